/** Index figures: the full vault, one changed note, and deriving the snapshot (terms, cards, matcher) afterwards. */
import type { GlossaryIndex } from "../src/core/glossary/glossary-index";
import { createSnapshotCache, takeSnapshot, type SnapshotCache, type VaultSnapshot } from "../src/core/vault-snapshot";
import type { PluginSettings } from "../src/settings";
import { collectGarbage, megabytesPerSecond, timeMedian } from "./bench-timing";
import { editNote, indexFiles, type BenchSizes, type BenchVault } from "./bench-vault";

/** What the index measurements found, plus the index and snapshot the later steps reuse. */
export interface IndexFigures {
  fullMs: number;
  mbPerS: number;
  oneNoteMs: number;
  /** Snapshot after one changed note, reusing the cache (what the plugin does on every edit). */
  snapshotMs: number;
  /** Snapshot from scratch after the full index (the first one after start-up). */
  snapshotFullMs: number;
  index: GlossaryIndex;
  snapshot: VaultSnapshot;
  cache: SnapshotCache;
}

/** Indexes the whole vault (median of `runs`), then times one-note edits and snapshots on that index. */
export function measureIndex(vault: BenchVault, settings: PluginSettings, sizes: BenchSizes): IndexFigures {
  let index: GlossaryIndex | null = null;
  const fullMs = timeMedian({ warmup: 1, runs: sizes.runs }, () => {
    index = null;
    collectGarbage();
  }, () => {
    index = indexFiles(vault.files, settings);
  });
  const built = index as GlossaryIndex | null;
  if (!built) throw new Error("the index was not built");

  const edited = vault.files[vault.editedIndex];
  if (!edited) throw new Error("the vault has no note to edit");
  let round = 0;
  const edit = (): string => editNote(edited.text, ++round);

  // From scratch: a fresh cache, and a new revision so the merged terms are not reused either.
  const snapshotFullMs = timeMedian({ warmup: 1, runs: sizes.runs }, () => {
    built.setNote(edited.path, edit());
    return createSnapshotCache();
  }, (cache) => takeSnapshot(built, settings, cache));

  const oneNoteMs = timeMedian({ warmup: 5, runs: sizes.runs * 4 }, edit, (text) => {
    if (!built.setNote(edited.path, text)) throw new Error("an edit of the note did not change the index");
  });

  const cache = createSnapshotCache();
  let snapshot = takeSnapshot(built, settings, cache);
  const snapshotMs = timeMedian({ warmup: 2, runs: sizes.runs }, () => {
    built.setNote(edited.path, edit());
  }, () => {
    snapshot = takeSnapshot(built, settings, cache);
  });

  return { fullMs, mbPerS: megabytesPerSecond(vault.bytes, fullMs), oneNoteMs, snapshotMs, snapshotFullMs, index: built, snapshot, cache };
}
