/**
 * One compiled layer of the term matcher: the patterns of some terms in one automaton, and the walk that finds their
 * candidate spans in text. The rules the walk applies are described in `matcher.ts`.
 */
import { automatonSteps, type Automaton } from "./automaton";
import { foldText, isAcronym, isBelowComposable, isHangul, isLatinOrDigit } from "./chars";
import { isParticleTail } from "./korean-particles";
import type { MatchableTerm } from "./types";

/** The names of a list of terms, compiled. Pattern lists at a node run in priority order (see {@link patternKind}). */
export interface CompiledNames {
  readonly automaton: Automaton;
  readonly patternCount: number;
  /** Per pattern: its length, its exact text (acronyms) or null, the index of its term, and its kind. */
  readonly lengths: Int32Array;
  readonly exacts: ReadonlyArray<string | null>;
  readonly termOf: Int32Array;
  readonly kinds: Uint8Array;
  /** Per term: 1 when it has at least one matchable name. */
  readonly hasNames: Uint8Array;
  /** Number of terms that have at least one matchable name. */
  readonly termCount: number;
}

/**
 * Candidate spans found in text, in parallel arrays: span, priority key (lower wins among equal spans) and the term,
 * as its position in the glossary the matcher reports.
 */
export interface Candidates {
  starts: number[];
  ends: number[];
  keys: number[];
  terms: number[];
}

interface Pattern {
  folded: string;
  exact: string | null;
  term: number;
  primary: boolean;
}

/**
 * Kind of a pattern, its first priority among patterns with the same text: exact-case primary names (0), exact-case
 * aliases (1), primary names (2), aliases (3). Glossary order comes second.
 */
const patternKind = (p: Pattern): number => (p.exact !== null ? 0 : 2) + (p.primary ? 0 : 1);

/** Trims, NFC-normalises and collapses blanks of a name; the result is what the matcher looks for. */
export function cleanTermName(name: string): string {
  return (isBelowComposable(name) ? name : name.normalize("NFC")).replace(/\s+/g, " ").trim();
}

/** How many terms are read between two points where a sliced build may pause. */
const TERM_STEP = 512;

function* collectPatterns(terms: ReadonlyArray<MatchableTerm>, hasNames: Uint8Array): Generator<void, Pattern[], void> {
  // Among patterns with the same folded text, kind first, then glossary order: four runs filled in glossary order (a
  // stable split, what sorting by those keys gives), joined at the end.
  const runs: Pattern[][] = [[], [], [], []];
  const seen = new Set<string>();
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
        hasNames[index] = 1;
        const p: Pattern = { folded, exact, term: index, primary: n === 0 };
        runs[patternKind(p)]?.push(p);
      }
    });
  }
  yield;
  // `concat` copies the four runs in one go; `flat()` takes some 100 ms over the 500,000 patterns of a huge glossary.
  const [first = [], ...rest] = runs;
  return first.concat(...rest);
}

/** Compiles the names of `terms`, yielding between chunks of work. */
export function* compileSteps(terms: ReadonlyArray<MatchableTerm>): Generator<void, CompiledNames, void> {
  const hasNames = new Uint8Array(terms.length);
  const patterns = yield* collectPatterns(terms, hasNames);
  yield;
  const folded = new Array<string>(patterns.length);
  for (let k = 0; k < patterns.length; k++) {
    if (k % (TERM_STEP * 16) === TERM_STEP * 16 - 1) yield;
    folded[k] = (patterns[k] as Pattern).folded;
  }
  const automaton = yield* automatonSteps(folded);
  let termCount = 0;
  for (const flag of hasNames) termCount += flag;
  // The per-pattern tables, filled in plain loops that pause like the rest (a glossary can have 300,000 patterns).
  const n = patterns.length;
  const lengths = new Int32Array(n);
  const exacts = new Array<string | null>(n);
  const termOf = new Int32Array(n);
  const kinds = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    if (k % (TERM_STEP * 16) === TERM_STEP * 16 - 1) yield;
    const p = patterns[k] as Pattern;
    lengths[k] = p.folded.length;
    exacts[k] = p.exact;
    termOf[k] = p.term;
    kinds[k] = patternKind(p);
  }
  return { automaton, patternCount: n, lengths, exacts, termOf, kinds, hasNames, termCount };
}

/**
 * Whether `text[from, to)` sits on word boundaries for a name that starts and ends with these characters: not inside
 * a longer Latin word or Korean word, though a Korean name may have particles after it (`SQS를`, `람다는`).
 */
export function isOnBoundaries(text: string, from: number, to: number): boolean {
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

/**
 * Adds to `out` every span of `text[start, end)` that one of the layer's names matches. `rank` maps the layer's terms
 * to their positions in the reported glossary (-1: the term is hidden); null means they are the same. Ranks must keep
 * the layer's term order, so the first accepted pattern of a node is the best one; its key is `kind * stride + rank`.
 */
export function scanNames(
  names: CompiledNames, text: string, start: number, end: number, rank: Int32Array | null, stride: number, out: Candidates,
): void {
  if (names.patternCount === 0) return;
  const { lengths, exacts, termOf, kinds } = names;
  const { classOf, step, firstPattern, nextPattern, outputLink } = names.automaton;
  let node = 0;
  for (let i = start; i < end; i++) {
    const cls = classOf[text.charCodeAt(i)] ?? 0;
    // A character in no name leads back to the root, where no name ends.
    if (cls === 0) {
      node = 0;
      continue;
    }
    node = step(node, cls);
    let out0 = (firstPattern[node] ?? -1) !== -1 ? node : (outputLink[node] ?? -1);
    while (out0 !== -1) {
      const length = lengths[firstPattern[out0] ?? 0] ?? 0;
      const matchFrom = i + 1 - length;
      if (isOnBoundaries(text, matchFrom, i + 1)) {
        // The first pattern ending here whose term is shown and whose case rule holds.
        for (let p = firstPattern[out0] ?? -1; p !== -1; p = nextPattern[p] ?? -1) {
          const term = termOf[p] ?? 0;
          const r = rank === null ? term : (rank[term] ?? -1);
          if (r < 0) continue;
          const exact = exacts[p];
          if (exact !== null && exact !== undefined && !hasExactText(text, matchFrom, exact)) continue;
          out.starts.push(matchFrom);
          out.ends.push(i + 1);
          out.keys.push((kinds[p] ?? 0) * stride + r);
          out.terms.push(r);
          break;
        }
      }
      out0 = outputLink[out0] ?? -1;
    }
  }
}

/** Indices of the candidates kept: sorted by start, longest first at each start, best key first, skipping overlaps. */
export function selectLeftmostLongest(c: Candidates): number[] {
  const { starts, ends, keys } = c;
  const order = starts.map((_, k) => k);
  order.sort((a, b) => (starts[a] ?? 0) - (starts[b] ?? 0) || (ends[b] ?? 0) - (ends[a] ?? 0) || (keys[a] ?? 0) - (keys[b] ?? 0));
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
