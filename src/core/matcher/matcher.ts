/**
 * The term matcher: finds glossary names and aliases in text in one pass, whatever the size of the glossary.
 *
 * Rules (issue 5):
 * - Longest match wins among those starting leftmost; matches never overlap; results run left to right.
 * - A name starting (ending) with a Latin letter or digit needs a character before (after) it that is not one; so
 *   Hangul right after a Latin term is a boundary (`SQS를`). A name starting with Hangul never continues a Hangul word
 *   (`데이터` is not in `빅데이터`); one ending with Hangul is followed by a non-Hangul character or by particles only
 *   (`데이터를`, `데이터에서는`).
 * - Acronyms (see `isAcronym` in `chars.ts`: `SQS`, `EC2`, `IaaS`) match with their exact case, other names in any case.
 * - Names are trimmed, NFC-normalised, and their blanks collapsed to one space, which matches any one blank in text
 *   (space, tab, NBSP). Names shorter than 2 characters are ignored. A name whose NFD form differs is also looked for
 *   in that form, so notes saved decomposed still match.
 * - Text is matched as it is, never normalised, so offsets are plain JS string offsets into the caller's text.
 */
import type { SliceOptions } from "../slices";
import { baseMatcherSteps, runSteps, type LayeredMatcher } from "./layers";

export { cleanTermName } from "./compile";

import type { MatchableTerm } from "./types";

export type { MatchableTerm, TermMatch, TermMatcher } from "./types";

/**
 * Compiles the names and aliases of `terms` into a matcher; bad entries (empty or 1-character names) are skipped.
 * The result can be brought up to date cheaply after a change of names with `updateMatcher` (`layers.ts`).
 */
export function buildMatcher(terms: ReadonlyArray<MatchableTerm>): LayeredMatcher {
  return runSteps(baseMatcherSteps(terms));
}

/**
 * The same matcher as {@link buildMatcher}, built in slices of `budgetMs` with a pause between them, so a large
 * glossary never blocks the thread for long. `terms` must not change until it resolves.
 */
export async function buildMatcherInSlices(
  terms: ReadonlyArray<MatchableTerm>, options: Pick<SliceOptions, "budgetMs" | "now" | "pause">,
): Promise<LayeredMatcher> {
  const steps = baseMatcherSteps(terms);
  let sliceStart = options.now();
  for (;;) {
    const began = options.now();
    const r = steps.next();
    if (r.done) return r.value;
    const now = options.now();
    // Steps vary (a table's allocation takes longer than a run of names): a slice also ends before a step as long as
    // the last one would run past the budget, so one long step is not added to a slice already nearly spent.
    if (now - sliceStart >= options.budgetMs || now - sliceStart + (now - began) > options.budgetMs) {
      await options.pause();
      sliceStart = options.now();
    }
  }
}
