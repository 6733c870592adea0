/**
 * The main-thread steps of issue 12's freezes, each the worst single step: the matcher of a huge glossary built in
 * steps, names pasted into the vault's glossary, and a save of the largest note the plugin indexes. (The look-up's
 * keystrokes are in `bench-lookup.ts`; a hovered term in hundreds of notes shows a bounded card, which is a DOM test.)
 */
import type { GlossaryIndex } from "../src/core/glossary/glossary-index";
import { baseMatcherSteps, updateMatcher, type LayeredMatcher } from "../src/core/matcher/layers";
import type { MatchableTerm } from "../src/core/matcher/types";
import { OVERLAY_AT_MOST, takeSnapshot, type SnapshotCache } from "../src/core/vault-snapshot";
import { MAX_NOTE_BYTES } from "../src/core/note-size";
import type { PluginSettings } from "../src/settings";
import { collectGarbage, nowMs, timeMedian } from "./bench-timing";
import { generateNote, generateTermNames } from "./generate-vault";
import { BENCH_SEED } from "./bench-vault";

/** What the freeze measurements found. */
export interface FreezeFigures {
  /** Terms of the huge glossary whose matcher is built in steps. */
  hugeTerms: number;
  /** The longest step of that build, and how many steps it took. */
  hugeWorstStepMs: number;
  hugeSteps: number;
  /**
   * Names pasted into the vault's glossary at once, and the one step that brings the matcher up to date (as a
   * snapshot does: at most `OVERLAY_AT_MOST` of them at once, the rest with the next build in steps).
   */
  pastes: { names: number; ms: number }[];
  /** The note at the size limit: its size, and a save of it (index and snapshot) in one step, the median of several. */
  largeNoteBytes: number;
  largeNoteMs: number;
}

/** `count` generated names, each with an acronym-like alias, as glossary entries. */
function hugeGlossary(count: number): MatchableTerm[] {
  return generateTermNames(count, BENCH_SEED + 7).map((name, i) => ({ id: `h${i}`, name, aliases: [`HX${i}`] }));
}

/** Runs a sliced build the way the plugin does (one step per frame), timing every step. */
function worstStep(steps: Generator<void, LayeredMatcher, void>): { worstMs: number; count: number } {
  let worstMs = 0;
  let count = 0;
  for (;;) {
    const t = nowMs();
    const r = steps.next();
    worstMs = Math.max(worstMs, nowMs() - t);
    count++;
    if (r.done === true) return { worstMs, count };
  }
}

/** Measures the freezes on the indexed vault; `hugeTerms` sets the huge glossary's size. */
export function measureFreezes(index: GlossaryIndex, settings: PluginSettings, cache: SnapshotCache, hugeTerms: number): FreezeFigures {
  // The vault's matcher, as the editors last used it.
  void takeSnapshot(index, settings, cache).matcher;
  const matcher = cache.matcher?.matcher;
  if (!matcher) throw new Error("the snapshot built no matcher");
  collectGarbage();
  // Twice: the first build also pays for compiling the code; the second is what a long session sees.
  const huge = hugeGlossary(hugeTerms);
  worstStep(baseMatcherSteps(huge));
  const built = worstStep(baseMatcherSteps(huge));

  const pastes = [600, 20_000].map((names) => {
    const pasted = generateTermNames(names, BENCH_SEED + names).map((name, i) => ({ id: `p${names}-${i}`, name, aliases: [] }));
    const terms = [...matcher.terms, ...pasted];
    const t = nowMs();
    updateMatcher(matcher, terms, OVERLAY_AT_MOST);
    return { names, ms: nowMs() - t };
  });

  // A note just under the limit, saved again and again as in a writing session (the median save).
  const large = generateNote({ seed: BENCH_SEED, index: 999_999, bytes: MAX_NOTE_BYTES - 4096 });
  const path = "Large/큰 노트.md";
  const largeNoteMs = timeMedian({ warmup: 2, runs: 7 }, (run) => `${large.text}\n- 한 줄 더 ${run}\n`, (text) => {
    index.setNote(path, text);
    takeSnapshot(index, settings, cache);
  });
  index.removeNote(path);
  takeSnapshot(index, settings, cache);
  return {
    hugeTerms, hugeWorstStepMs: built.worstMs, hugeSteps: built.count, pastes,
    largeNoteBytes: Buffer.byteLength(large.text, "utf8"), largeNoteMs,
  };
}
