/** Index figures: the full vault, one changed note, and deriving the snapshot (terms, cards, matcher) afterwards. */
import type { GlossaryIndex } from "../src/core/glossary/glossary-index";
import { createSnapshotCache, takeSnapshot, type SnapshotCache, type VaultSnapshot } from "../src/core/vault-snapshot";
import type { PluginSettings } from "../src/settings";
import { collectGarbage, median, megabytesPerSecond, nowMs, timeMedian } from "./bench-timing";
import { editNote, indexFiles, renameTerm, type BenchSizes, type BenchVault } from "./bench-vault";

/** What the index measurements found, plus the index and snapshot the later steps reuse. */
export interface IndexFigures {
  /** Every note parsed and the glossary merged (terms and where each note defines them): what start-up waits for. */
  fullMs: number;
  mbPerS: number;
  /** The two parts of `fullMs`: parsing the notes, then merging their terms into the glossary. */
  parseMs: number;
  mergeMs: number;
  oneNoteMs: number;
  /** Snapshot after one changed note, reusing the cache (what the plugin does on every edit). */
  snapshotMs: number;
  /** A save that renames a term: re-indexing the note plus the snapshot and its matcher. */
  renameMs: number;
  /** The matcher's part of `renameMs`: bringing the term matcher up to date with the new name. */
  renameMatcherMs: number;
  /** Snapshot from scratch after the full index (the first one after start-up). */
  snapshotFullMs: number;
  index: GlossaryIndex;
  snapshot: VaultSnapshot;
  cache: SnapshotCache;
}

/** Indexes the whole vault (median of `runs`), then times one-note edits and snapshots on that index. */
export function measureIndex(vault: BenchVault, settings: PluginSettings, sizes: BenchSizes): IndexFigures {
  let index: GlossaryIndex | null = null;
  const parts = { parse: [] as number[], merge: [] as number[] };
  const fullMs = timeMedian({ warmup: 1, runs: sizes.runs }, () => {
    index = null;
    collectGarbage();
  }, () => {
    const began = nowMs();
    const built = indexFiles(vault.files, settings);
    const parsed = nowMs();
    // The merge is lazy (a burst of changes merges once): reading the terms and spans makes it happen.
    built.terms();
    built.termSpans();
    parts.parse.push(parsed - began);
    parts.merge.push(nowMs() - parsed);
    index = built;
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

  // A save that renames a term: the index, then the snapshot with its matcher (the editors' refresh).
  const named = built.getNote(edited.path)?.terms[0];
  const rename = (): string => {
    const text = named ? renameTerm(edited.text, named.name, named.line, ++round) : null;
    if (text === null) throw new Error("the edited note has no term to rename");
    return text;
  };
  const matcherParts: number[] = [];
  const renameMs = timeMedian({ warmup: 2, runs: sizes.runs * 2 }, rename, (text) => {
    built.setNote(edited.path, text);
    snapshot = takeSnapshot(built, settings, cache);
    const began = nowMs();
    void snapshot.matcher;
    matcherParts.push(nowMs() - began);
  });
  const renameMatcherMs = median(matcherParts.slice(2));
  // Back to the note's own names, so what is measured next sees the vault's glossary.
  built.setNote(edited.path, edited.text);
  snapshot = takeSnapshot(built, settings, cache);

  // The parts are medians over the timed runs (the first run is the warm-up).
  const parseMs = median(parts.parse.slice(1));
  const mergeMs = median(parts.merge.slice(1));
  return { fullMs, mbPerS: megabytesPerSecond(vault.bytes, fullMs), parseMs, mergeMs, oneNoteMs, snapshotMs, renameMs, renameMatcherMs, snapshotFullMs, index: built, snapshot, cache };
}
