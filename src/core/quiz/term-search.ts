/**
 * Look-up of glossary terms for the "Look up AWS term" modal: by name and alias (exact, prefix, word, part, then
 * fuzzy with fuse.js for typos; by Korean initial consonants when the query has one, `ㅅㅋㄹ`) and by words of the
 * definition, always below every name or alias hit. The work is cut into steps of a slice of the glossary each, so a
 * glossary of many thousand terms never holds up a keystroke; {@link TermSearch.search} runs them all.
 */
import Fuse from "fuse.js";
import type { Term } from "../glossary/types";
import { escapeRegExp, normalizeNfc } from "../markdown/text";
import { buildInitialsForm, matchInitials, prepareInitialsQuery, type InitialsForm, type InitialsQuery } from "./hangul-initials";

/** One search hit: the term and what matched best. */
export interface TermHit {
  term: Term;
  /** Which field matched best: the name, an alias, or a definition line. */
  field: "name" | "alias" | "definition" | "none";
  /** The matched alias or definition line, for the suggestion's second line. */
  matched?: string;
}

/** A search in progress: `step` does one slice of work, and gives the hits once the last slice is done. */
export interface SearchRun {
  /** Does the next slice of work; the hits, best first, after the last one, null before. */
  step(): TermHit[] | null;
  /** The best hits found so far. */
  partial(): TermHit[];
}

/** A search over one glossary; build it again when the glossary changes. */
export interface TermSearch {
  /** Best matches first, every step run at once; an empty query lists terms by name. */
  search(query: string, limit?: number): TermHit[];
  /** The same search, one slice of work per `step`. */
  start(query: string, limit?: number): SearchRun;
}

/** Longest query searched (fuse's bitap works on short patterns; longer input only slows it down). */
const MAX_QUERY = 64;
/** Names and aliases fuzzily searched per step. */
const LABEL_SLICE = 250;
/** Terms whose definitions are read per step. */
const TERM_SLICE = 500;
/** Names and aliases matched by initial consonants per step (the first search also prepares their initials). */
const INITIALS_SLICE = 1000;
/** Shortest query searched with typos allowed: a shorter one fuzzily resembles nearly every name. */
const MIN_FUZZY = 4;

/** How well a name or alias matched, best first. */
const enum Rank { Exact, Prefix, WordPrefix, Part, Fuzzy, Definition }

/** A name or an alias of a term, folded for comparison. */
interface Label {
  term: number;
  text: string;
  folded: string;
  field: "name" | "alias";
}

interface Found {
  term: number;
  rank: Rank;
  /** Fuse's score within the fuzzy rank (0 best), else 0. */
  score: number;
  field: TermHit["field"];
  matched: string;
}

const fold = (text: string): string => normalizeNfc(text).toLowerCase();
/** Orders names as `localeCompare` does, many times faster over a long list. */
const collator = new Intl.Collator();

/** Builds the search over `terms`. */
export function createTermSearch(terms: readonly Term[]): TermSearch {
  const labels: Label[] = [];
  terms.forEach((t, k) => {
    labels.push({ term: k, text: t.name, folded: fold(t.name), field: "name" });
    for (const a of t.aliases) labels.push({ term: k, text: a, folded: fold(a), field: "alias" });
  });
  /** Fuzzy indexes over slices of the labels, built when a search first needs them. */
  const fuzzy: (Fuse<Label> | undefined)[] = [];
  const fuzzySlice = (n: number): Fuse<Label> => {
    let fuse = fuzzy[n];
    if (!fuse) {
      fuse = new Fuse(labels.slice(n * LABEL_SLICE, (n + 1) * LABEL_SLICE), {
        keys: ["folded"], threshold: 0.34, ignoreLocation: true, includeScore: true, minMatchCharLength: 1,
      });
      fuzzy[n] = fuse;
    }
    return fuse;
  };
  // The first fuzzy search pays for compiling fuse.js's search: do it while the modal opens, not on a keystroke.
  if (labels.length > 0) fuzzySlice(0).search("warm up");
  /** Each label's initials, prepared by the first initials search that reaches it (null: nothing Korean in it). */
  const initialForms: (InitialsForm | null | undefined)[] = [];
  /** One step of an initials search: the labels of slice `s`, offered by where the query matched. */
  const matchInitialsSlice = (s: number, query: InitialsQuery, offer: (found: Found) => void): void => {
    for (let k = s * INITIALS_SLICE; k < Math.min(labels.length, (s + 1) * INITIALS_SLICE); k++) {
      const label = labels[k] as Label;
      let form = initialForms[k];
      if (form === undefined) {
        form = buildInitialsForm(label.folded);
        initialForms[k] = form;
      }
      const at = form ? matchInitials(form, query) : null;
      if (!at) continue;
      const rank = at.whole ? Rank.Exact : at.at === 0 ? Rank.Prefix : at.wordStart ? Rank.WordPrefix : Rank.Part;
      // As for text: one initial names nothing in the middle of a word.
      if (query.text.length > 1 || rank < Rank.Part) offer({ term: label.term, rank, score: 0, field: label.field, matched: label.text });
    }
  };

  function start(query: string, limit = 50): SearchRun {
    const q = fold(query).trim().slice(0, MAX_QUERY);
    const n = Math.max(0, Math.floor(limit));
    if (q === "") {
      const listed = firstByName(terms, n).map((term): TermHit => ({ term, field: "none" }));
      return { step: () => listed, partial: () => listed };
    }
    const best = new Map<number, Found>();
    const offer = (found: Found): void => {
      const known = best.get(found.term);
      if (!known || found.rank < known.rank || (found.rank === known.rank && found.score < known.score)) best.set(found.term, found);
    };
    const hits = (): TermHit[] => topHits([...best.values()], n)
      .map((f): TermHit => (f.field === "name" ? { term: terms[f.term] as Term, field: "name" } : { term: terms[f.term] as Term, field: f.field, matched: f.matched }));
    /** The best `count` hits in order. A short query matches thousands of names: they are cut down by a cheap numeric
     * order first, and only the few kept are ordered by name. */
    const topHits = (found: Found[], count: number): Found[] => {
      const key = (f: Found): number =>
        f.rank * 2 ** 21 + Math.round(f.score * 1000) * 1024 + Math.min((terms[f.term] as Term).name.length, 1023);
      found.sort((a, b) => key(a) - key(b));
      let end = Math.min(count, found.length);
      // Hits tied with the last one kept compete by name for the last places.
      const last = end > 0 ? key(found[end - 1] as Found) : 0;
      while (end < found.length && key(found[end] as Found) === last) end++;
      return found.slice(0, end).sort((a, b) => key(a) - key(b) || collator.compare((terms[a.term] as Term).name, (terms[b.term] as Term).name)).slice(0, count);
    };
    const steps: (() => void)[] = [];
    const initials = prepareInitialsQuery(q);
    if (initials) {
      // A lone initial consonant: names and aliases by their syllables' initials, and no typos (a near miss of a few
      // consonants resembles everything).
      for (let s = 0; s * INITIALS_SLICE < labels.length; s++) steps.push(() => matchInitialsSlice(s, initials, offer));
    } else {
      // The plain comparisons of every label first: cheap enough for one step.
      steps.push(() => {
        for (const label of labels) {
          const rank = rankOf(label.folded, q);
          // One letter names nothing in the middle of a word: only names and words it begins count.
          if (rank !== null && (q.length > 1 || rank < Rank.Part)) offer({ term: label.term, rank, score: 0, field: label.field, matched: label.text });
        }
      });
      // A typo only matters in a word long enough to have one, when the plain matches (all found by the first step)
      // do not fill the list.
      let fuzzyWanted: boolean | undefined;
      for (let s = 0; s * LABEL_SLICE < labels.length; s++) {
        steps.push(() => {
          fuzzyWanted ??= q.length >= MIN_FUZZY && best.size < n;
          if (!fuzzyWanted) return;
          for (const r of fuzzySlice(s).search(q)) {
            offer({ term: r.item.term, rank: Rank.Fuzzy, score: r.score ?? 1, field: r.item.field, matched: r.item.text });
          }
        });
      }
    }
    if (q.length >= 2) {
      // The raw lines are searched without copying them (a copy of every definition makes work for the garbage
      // collector): one case-insensitive pattern for the query as composed and as decomposed (notes written on a Mac).
      const nfd = q.normalize("NFD");
      const inDefinition = new RegExp(nfd === q ? escapeRegExp(q) : `${escapeRegExp(q)}|${escapeRegExp(nfd)}`, "i");
      for (let s = 0; s * TERM_SLICE < terms.length; s++) {
        steps.push(() => {
          // Definition hits rank last: once the list is full, more of them change nothing shown.
          if (best.size >= n) return;
          for (let k = s * TERM_SLICE; k < Math.min(terms.length, (s + 1) * TERM_SLICE) && best.size < n; k++) {
            if (best.has(k)) continue;
            const line = (terms[k] as Term).definition.find((l) => inDefinition.test(l));
            if (line !== undefined) offer({ term: k, rank: Rank.Definition, score: 0, field: "definition", matched: line });
          }
        });
      }
    }
    let next = 0;
    return {
      step() {
        if (next < steps.length) (steps[next++] as () => void)();
        return next >= steps.length ? hits() : null;
      },
      partial: hits,
    };
  }

  return {
    start,
    search(query, limit) {
      const run = start(query, limit);
      for (;;) {
        const done = run.step();
        if (done) return done;
      }
    },
  };
}

/** How a folded label matches the folded query without typos, or null. */
function rankOf(label: string, q: string): Rank | null {
  const at = label.indexOf(q);
  if (at < 0) return null;
  if (at === 0) return label.length === q.length ? Rank.Exact : Rank.Prefix;
  const before = label.charCodeAt(at - 1);
  // After a space, a hyphen, a slash or a parenthesis: the start of a word (`lam` in `AWS Lambda`).
  return before === 0x20 || before === 0x2d || before === 0x2f || before === 0x28 ? Rank.WordPrefix : Rank.Part;
}

/** The first `n` terms by name, without sorting the whole glossary (an opening lists them at once). */
function firstByName(terms: readonly Term[], n: number): Term[] {
  const top: Term[] = [];
  for (const term of terms) {
    if (top.length >= n && (n === 0 || collator.compare(term.name, (top[top.length - 1] as Term).name) >= 0)) continue;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (collator.compare((top[mid] as Term).name, term.name) <= 0) lo = mid + 1;
      else hi = mid;
    }
    top.splice(lo, 0, term);
    if (top.length > n) top.pop();
  }
  return top;
}
