/** "Look up AWS term" on the vault's glossary: building the search, and the longest single step of a keystroke's search. */
import type { Term } from "../src/core/glossary/types";
import { createTermSearch } from "../src/core/quiz/term-search";
import { nowMs } from "./bench-timing";

/** What the look-up measurements found. */
export interface LookupFigures {
  terms: number;
  /** Building the search when the modal first opens on this glossary. */
  buildMs: number;
  /** The longest step of any query's search: what one keystroke can hold up the app for. */
  worstStepMs: number;
  /** The whole search of the slowest query, all steps together (spread over frames in the app). */
  slowestQueryMs: number;
}

/** The queries a student types, letter by letter: short prefixes, a typo, Korean, a definition word, nothing found. */
const QUERIES = ["l", "la", "lam", "lamb", "lamdba", "s3", "서", "서버", "서버리스", "ama", "amazon k", "웨어하우스", "zzzz"];

/** Times the look-up over `terms`, as the modal runs it (step by step). */
export function measureLookup(terms: readonly Term[]): LookupFigures {
  const began = nowMs();
  const search = createTermSearch(terms);
  search.search("", 50);
  const buildMs = nowMs() - began;
  let worstStepMs = 0;
  let slowestQueryMs = 0;
  // Twice: the first pass also pays for what the search reads lazily (folded definitions, fuzzy indexes).
  for (let pass = 0; pass < 2; pass++) {
    for (const q of QUERIES) {
      const run = search.start(q, 50);
      let total = 0;
      for (let done = null; done === null;) {
        const t = nowMs();
        done = run.step();
        const step = nowMs() - t;
        total += step;
        worstStepMs = Math.max(worstStepMs, step);
      }
      slowestQueryMs = Math.max(slowestQueryMs, total);
    }
  }
  return { terms: terms.length, buildMs, worstStepMs, slowestQueryMs };
}
