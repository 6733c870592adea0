/**
 * A warm start: every note taken from the note cache (what IndexedDB gives back, copied as it copies), none read or
 * parsed, then the glossary merged. Timed in one piece and the way the plugin runs it (the cache read in batches,
 * then the notes in slices with the snapshot kept up after each), for the longest step.
 */
import { GlossaryIndex } from "../src/core/glossary/glossary-index";
import type { ParsedNote } from "../src/core/reading/types";
import { runInSlices } from "../src/core/slices";
import { createSnapshotCache, takeSnapshot } from "../src/core/vault-snapshot";
import type { PluginSettings } from "../src/settings";
import { collectGarbage, median, nowMs } from "./bench-timing";

/** What the warm start measurements found. */
export interface WarmStartFigures {
  notes: number;
  /** Copying the cached notes out (what IndexedDB's read costs the main thread), then indexing and merging them. */
  warmMs: number;
  copyMs: number;
  /** The longest main-thread step of the same start in 12 ms slices. */
  worstStepMs: number;
}

/** Times a warm start over the notes `built` holds. */
export async function measureWarmStart(built: GlossaryIndex, settings: PluginSettings, runs: number): Promise<WarmStartFigures> {
  const cached: ParsedNote[] = built.allNotes();
  const totals: number[] = [];
  const copies: number[] = [];
  for (let r = 0; r < runs + 1; r++) {
    collectGarbage();
    const began = nowMs();
    const notes = structuredClone(cached);
    const copied = nowMs();
    const index = new GlossaryIndex(settings);
    index.batch(() => { for (const n of notes) index.setParsedNote(n.path, n); });
    index.terms();
    index.termSpans();
    if (r > 0) {
      totals.push(nowMs() - began);
      copies.push(copied - began);
    }
  }
  collectGarbage();
  let worstStepMs = 0;
  // The cache is read 64 notes per request (`openNoteCacheStore`): each batch is one step.
  const notes: ParsedNote[] = [];
  for (let from = 0; from < cached.length; from += 64) {
    const t = nowMs();
    for (const n of structuredClone(cached.slice(from, from + 64))) notes.push(n);
    worstStepMs = Math.max(worstStepMs, nowMs() - t);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  const index = new GlossaryIndex(settings);
  const cache = createSnapshotCache();
  let resumed = nowMs();
  await runInSlices(notes, (n) => { index.setParsedNote(n.path, n); }, {
    // As the plugin's scan does (`VaultIndexer.rescan`): a 12 ms budget and at most 48 notes between two updates.
    budgetMs: 12, maxItems: 48, now: nowMs,
    pause: () => {
      worstStepMs = Math.max(worstStepMs, nowMs() - resumed);
      return new Promise((resolve) => setTimeout(() => { resumed = nowMs(); resolve(); }, 0));
    },
    afterSlice: () => void takeSnapshot(index, settings, cache),
  });
  worstStepMs = Math.max(worstStepMs, nowMs() - resumed);
  return { notes: cached.length, warmMs: median(totals), copyMs: median(copies), worstStepMs };
}
