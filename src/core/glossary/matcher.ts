/**
 * The term matcher: finds glossary names and aliases in text in one pass, whatever the size of the glossary.
 *
 * Rules (issue 5):
 * - Longest match wins among those starting leftmost; matches never overlap; results run left to right.
 * - A name starting (ending) with a Latin letter or digit needs a character before (after) it that is not one; so
 *   Hangul right after a Latin term is a boundary (`SQS를`). A name starting with Hangul never continues a Hangul word
 *   (`데이터` is not in `빅데이터`); one ending with Hangul is followed by a non-Hangul character or by particles only
 *   (`데이터를`, `데이터에서는`).
 * - Acronyms (see {@link isAcronym}: `SQS`, `EC2`, `IaaS`) match with their exact case, other names in any case.
 * - Names are trimmed, NFC-normalised, and their blanks collapsed to one space, which matches any one blank in text
 *   (space, tab, NBSP). Names shorter than 2 characters are ignored. A name whose NFD form differs is also looked for
 *   in that form, so notes saved decomposed still match.
 * - Text is matched as it is, never normalised, so offsets are plain JS string offsets into the caller's text.
 */
import { automatonSteps, type Automaton } from "./matcher-automaton";
import type { SliceOptions } from "../slices";
import { foldText, isAcronym, isBelowComposable, isHangul, isLatinOrDigit } from "./matcher-chars";
import { isParticleTail } from "./korean-particles";

/** What the matcher needs of a term. */
export interface MatchableTerm {
  id: string;
  name: string;
  aliases: readonly string[];
}

/** A term found in text: `text.slice(from, to)` is what was written; `name` is the term's primary name. */
export interface TermMatch {
  from: number;
  to: number;
  termId: string;
  name: string;
}

/** A compiled glossary, ready to find its terms in any text. */
export interface TermMatcher {
  /** Matches lying wholly in `text[from, to)` (default: all of it); characters outside are read for boundaries. */
  findTerms(text: string, from?: number, to?: number): TermMatch[];
  /** Number of terms that have at least one matchable name. */
  readonly termCount: number;
}

interface Pattern {
  folded: string;
  exact: string | null;
  term: number;
  primary: boolean;
  order: number;
}

/** Trims, NFC-normalises and collapses blanks of a name; the result is what the matcher looks for. */
export function cleanTermName(name: string): string {
  return (isBelowComposable(name) ? name : name.normalize("NFC")).replace(/\s+/g, " ").trim();
}

/** How many terms are read between two points where a sliced build may pause. */
const TERM_STEP = 512;

function* collectPatterns(terms: ReadonlyArray<MatchableTerm>): Generator<void, { patterns: Pattern[]; termCount: number }, void> {
  const patterns: Pattern[] = [];
  const seen = new Set<string>();
  const termsWithNames = new Set<number>();
  for (let index = 0; index < terms.length; index++) {
    if (index % TERM_STEP === TERM_STEP - 1) yield;
    const term = terms[index] as MatchableTerm;
    const names = [term.name, ...term.aliases];
    names.forEach((raw, n) => {
      if (typeof raw !== "string") return;
      const clean = cleanTermName(raw);
      if (clean.length < 2) return;
      const forms = [clean];
      const decomposed = isBelowComposable(clean) ? clean : clean.normalize("NFD");
      if (decomposed !== clean) forms.push(decomposed);
      for (const form of forms) {
        const exact = isAcronym(form) ? form : null;
        const folded = foldText(form);
        const key = `${index}\u0000${exact ?? ""}\u0000${folded}`;
        if (seen.has(key)) continue;
        seen.add(key);
        termsWithNames.add(index);
        patterns.push({ folded, exact, term: index, primary: n === 0, order: patterns.length });
      }
    });
  }
  yield;
  // Among patterns with the same folded text, exact-case ones first, then primary names, then glossary order: a
  // stable split into four runs (what sorting by those three keys gives), in one linear pass.
  const runs: Pattern[][] = [[], [], [], []];
  for (const p of patterns) runs[(p.exact !== null ? 0 : 2) + (p.primary ? 0 : 1)]?.push(p);
  return { patterns: runs.flat(), termCount: termsWithNames.size };
}

/** Whether `text[from, to)` sits on word boundaries for a name that starts and ends with these characters. */
function isOnBoundaries(text: string, from: number, to: number): boolean {
  const first = text.charCodeAt(from);
  if (from > 0) {
    const before = text.charCodeAt(from - 1);
    if (isLatinOrDigit(first) && isLatinOrDigit(before)) return false;
    if (isHangul(first) && isHangul(before)) return false;
  }
  const last = text.charCodeAt(to - 1);
  if (to < text.length) {
    const after = text.charCodeAt(to);
    if (isLatinOrDigit(last) && isLatinOrDigit(after)) return false;
    if (isHangul(last) && isHangul(after) && !isParticleTail(text, to)) return false;
  }
  return true;
}

function hasExactText(text: string, from: number, exact: string): boolean {
  for (let i = 0; i < exact.length; i++) {
    if (text.charCodeAt(from + i) !== exact.charCodeAt(i)) return false;
  }
  return true;
}

function clampOffset(value: number | undefined, fallback: number, length: number): number {
  if (value === undefined || !Number.isFinite(value)) return fallback;
  return Math.min(length, Math.max(0, Math.trunc(value)));
}

/** Compiles the names and aliases of `terms` into a matcher; bad entries (empty or 1-character names) are skipped. */
export function buildMatcher(terms: ReadonlyArray<MatchableTerm>): TermMatcher {
  const steps = matcherSteps(terms);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * The same matcher as {@link buildMatcher}, built in slices of `budgetMs` with a pause between them, so a large
 * glossary never blocks the thread for long. `terms` must not change until it resolves.
 */
export async function buildMatcherInSlices(
  terms: ReadonlyArray<MatchableTerm>, options: Pick<SliceOptions, "budgetMs" | "now" | "pause">,
): Promise<TermMatcher> {
  const steps = matcherSteps(terms);
  let sliceStart = options.now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (options.now() - sliceStart >= options.budgetMs) {
      await options.pause();
      sliceStart = options.now();
    }
  }
}

/** The matcher's build as a generator that yields between chunks of work. */
function* matcherSteps(terms: ReadonlyArray<MatchableTerm>): Generator<void, TermMatcher, void> {
  const { patterns, termCount } = yield* collectPatterns(terms);
  yield;
  const automaton: Automaton = yield* automatonSteps(patterns.map((p) => p.folded));
  const lengths = Int32Array.from(patterns, (p) => p.folded.length);
  const exacts = patterns.map((p) => p.exact);
  const termOf = Int32Array.from(patterns, (p) => p.term);
  const { classOf, step, firstPattern, nextPattern, outputLink } = automaton;

  /** First pattern ending at `node` whose case rule holds for `text[from, …)`, or -1. */
  const acceptedPattern = (text: string, node: number, from: number): number => {
    for (let p = firstPattern[node] ?? -1; p !== -1; p = nextPattern[p] ?? -1) {
      const exact = exacts[p];
      if (exact === null || exact === undefined || hasExactText(text, from, exact)) return p;
    }
    return -1;
  };

  const findTerms = (text: string, from?: number, to?: number): TermMatch[] => {
    if (typeof text !== "string" || patterns.length === 0) return [];
    const start = clampOffset(from, 0, text.length);
    const end = Math.max(start, clampOffset(to, text.length, text.length));
    // Candidates in order of their end; resolved to leftmost-longest afterwards (they are few).
    const starts: number[] = [];
    const ends: number[] = [];
    const found: number[] = [];
    let node = 0;
    for (let i = start; i < end; i++) {
      node = step(node, classOf[text.charCodeAt(i)] ?? 0);
      let out = (firstPattern[node] ?? -1) !== -1 ? node : (outputLink[node] ?? -1);
      while (out !== -1) {
        const length = lengths[firstPattern[out] ?? 0] ?? 0;
        const matchFrom = i + 1 - length;
        if (isOnBoundaries(text, matchFrom, i + 1)) {
          const p = acceptedPattern(text, out, matchFrom);
          if (p !== -1) {
            starts.push(matchFrom);
            ends.push(i + 1);
            found.push(p);
          }
        }
        out = outputLink[out] ?? -1;
      }
    }
    return selectLeftmostLongest(starts, ends, found).map((k) => {
      const term = terms[termOf[found[k] ?? 0] ?? 0];
      return { from: starts[k] ?? 0, to: ends[k] ?? 0, termId: term?.id ?? "", name: term?.name ?? "" };
    });
  };

  return { findTerms, termCount };
}

/** Indices of the candidates kept: sorted by start, longest first at each start, skipping any that overlap. */
function selectLeftmostLongest(starts: number[], ends: number[], found: number[]): number[] {
  const order = found.map((_, k) => k);
  order.sort((a, b) => (starts[a] ?? 0) - (starts[b] ?? 0) || (ends[b] ?? 0) - (ends[a] ?? 0) || a - b);
  const kept: number[] = [];
  let reached = -1;
  for (const k of order) {
    const s = starts[k] ?? 0;
    if (s < reached) continue;
    kept.push(k);
    reached = ends[k] ?? 0;
  }
  return kept;
}
