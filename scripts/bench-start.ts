/**
 * A warm start: every note taken from the note cache, none read or parsed, then the glossary merged. The cache is
 * stood in for by a store that keeps each row as IndexedDB does, serialized by V8 (`node:v8` writes the format
 * Chromium's IndexedDB keeps); reading rows back deserializes them on the main thread, as the app does, while
 * writing them happened at the end of an earlier session. Timed in one piece, and the way the plugin runs it (rows
 * read in batches, then the notes indexed in slices with the snapshot kept up after each) for the longest step.
 */
import { deserialize, serialize } from "node:v8";
import { GlossaryIndex } from "../src/core/glossary/glossary-index";
import { NoteCache, readingKey, type CachedNote, type FileStamp, type NoteCacheStore } from "../src/core/note-cache";
import type { ParsedNote } from "../src/core/reading/types";
import { runInSlices } from "../src/core/slices";
import { builtCards, createSnapshotCache, prepareMatcher, takeSnapshot, type SnapshotCache } from "../src/core/vault-snapshot";
import type { PluginSettings } from "../src/settings";
import { collectGarbage, median, nowMs } from "./bench-timing";

/** What the warm start measurements found. */
export interface WarmStartFigures {
  notes: number;
  /** Reading the rows back, indexing and merging the notes, then the snapshot the plugin starts on (cards, matcher). */
  warmMs: number;
  /** Of that, reading the rows back (deserializing them). */
  copyMs: number;
  /** Of that, the snapshot: every note's cards and exam questions (kept in the cache with the notes), and the matcher. */
  snapshotMs: number;
  /** The longest main-thread step of the same start in 12 ms slices, as the plugin runs it. */
  worstStepMs: number;
  /** All the main-thread steps of that start (the snapshot kept up after every slice costs more than once at the end). */
  slicedMs: number;
}

/** The plugin's batch of rows per read request (`openNoteCacheStore`). */
const LOAD_BATCH = 64;

/** Rows kept serialized, as IndexedDB keeps them; `loadAll` deserializes them, `onBatch` told after each batch. */
class SerializedStore implements NoteCacheStore {
  private readonly rows = new Map<string, Buffer>();
  onBatch: () => Promise<void> = () => Promise.resolve();

  async loadAll(): Promise<CachedNote[]> {
    const all: CachedNote[] = [];
    const buffers = [...this.rows.values()];
    for (let from = 0; from < buffers.length; from += LOAD_BATCH) {
      for (let k = from; k < Math.min(from + LOAD_BATCH, buffers.length); k++) all.push(deserialize(buffers[k] as Buffer) as CachedNote);
      await this.onBatch();
    }
    return all;
  }

  put(entries: readonly CachedNote[]): Promise<void> {
    for (const e of entries) this.rows.set(e.path, serialize(e));
    return Promise.resolve();
  }

  remove(paths: readonly string[]): Promise<void> {
    for (const p of paths) this.rows.delete(p);
    return Promise.resolve();
  }
}

/** The stamp a note's file is given here (the same in every session). */
const stampOf = (n: ParsedNote): FileStamp => ({ path: n.path, mtime: 1_700_000_000_000, size: n.path.length });

/** Times a warm start over the notes `built` holds. */
export async function measureWarmStart(built: GlossaryIndex, settings: PluginSettings, runs: number): Promise<WarmStartFigures> {
  const cached: ParsedNote[] = built.allNotes();
  const key = readingKey(settings, "bench");
  const store = new SerializedStore();
  // The session before built every note's cards: they are written with the notes, as the plugin does.
  const before = createSnapshotCache();
  void takeSnapshot(built, settings, before).cards;
  const writer = new NoteCache(store, undefined, (note) => builtCards(before, note));
  for (const n of cached) writer.remember(stampOf(n), key, n);
  await writer.flush();
  /** A snapshot cache that takes the cards the note cache kept, as the plugin's does. */
  const seeded = (cache: NoteCache): SnapshotCache => ({ ...createSnapshotCache(), known: (note, cardsKey) => cache.cardsFor(note, cardsKey) });

  const totals: number[] = [];
  const copies: number[] = [];
  const snapshots: number[] = [];
  for (let r = 0; r < runs + 1; r++) {
    collectGarbage();
    const began = nowMs();
    const cache = new NoteCache(store);
    await cache.load();
    const notes = cached.map((n) => cache.lookup(stampOf(n), key) as ParsedNote);
    const copied = nowMs();
    const index = new GlossaryIndex(settings);
    index.batch(() => { for (const n of notes) index.setParsedNote(n.path, n); });
    index.terms();
    index.termSpans();
    const merged = nowMs();
    void takeSnapshot(index, settings, seeded(cache)).matcher;
    if (r > 0) {
      totals.push(nowMs() - began);
      copies.push(copied - began);
      snapshots.push(nowMs() - merged);
    }
  }

  collectGarbage();
  let worstStepMs = 0;
  let slicedMs = 0;
  let resumed = nowMs();
  const endStep = (): void => {
    const step = nowMs() - resumed;
    worstStepMs = Math.max(worstStepMs, step);
    slicedMs += step;
  };
  const pause = (): Promise<void> => {
    endStep();
    return new Promise((resolve) => setTimeout(() => { resumed = nowMs(); resolve(); }, 0));
  };
  // Each batch of rows read is one step.
  store.onBatch = pause;
  const cache = new NoteCache(store);
  await cache.load();
  const index = new GlossaryIndex(settings);
  const kept = seeded(cache);
  resumed = nowMs();
  await runInSlices(cached, (n) => {
    const note = cache.lookup(stampOf(n), key);
    if (note) index.setParsedNote(note.path, note);
  }, {
    // As the plugin's scan does (`VaultIndexer.rescan`): a 12 ms budget and at most 48 notes between two updates.
    budgetMs: 12, maxItems: 48, now: nowMs, pause,
    afterSlice: () => void takeSnapshot(index, settings, kept),
  });
  // As `StudyRuntime.markScanned`: the matcher in slices, then the refresh.
  await prepareMatcher(index, kept, { budgetMs: 12, now: nowMs, pause });
  void takeSnapshot(index, settings, kept).matcher;
  endStep();
  if (index.allNotes().length !== cached.length) throw new Error("the warm start lost notes");
  return { notes: cached.length, warmMs: median(totals), copyMs: median(copies), snapshotMs: median(snapshots), worstStepMs, slicedMs };
}
