/**
 * The worst main-thread pause while indexing a large vault the way the plugin does (issue 7): notes go through
 * `runInSlices` in path order with the plugin's budget, yielding with a zero-delay timer, and the snapshot (terms and
 * per-note cards, not the matcher) is brought up to date after every slice (`StudyRuntime.keepUp`); when the scan
 * ends the matcher is built in slices (`prepareMatcher`), then the refresh derives the snapshot in one step. With `refreshDuringScan`, a refresh also runs 150 ms after each change, as
 * `StudyRuntime.scheduleRefresh` does (slow on a large vault: every refresh derives the whole snapshot).
 */
import { GlossaryIndex } from "../src/core/glossary/glossary-index";
import { runInSlices } from "../src/core/slices";
import { createSnapshotCache, prepareMatcher, takeSnapshot } from "../src/core/vault-snapshot";
import type { PluginSettings } from "../src/settings";
import type { GeneratedFile } from "./generate-vault";
import { collectGarbage, nowMs } from "./bench-timing";

/** The plugin's gathering delay between an index change and the refresh of its views. */
const REFRESH_DELAY_MS = 150;

/** What indexing in slices showed. */
export interface SliceFigures {
  notes: number;
  budgetMs: number;
  /** Longest stretch of indexing between two yields. */
  maxSliceMs: number;
  /** Stretches longer than 50 ms (a garbage collection inside a slice makes most of them). */
  slicesOver50: number;
  /** The 99th percentile of the stretches between two yields. */
  p99SliceMs: number;
  /** Longest single note. */
  maxStepMs: number;
  slices: number;
  /** Wall time of the whole scan, pauses included. */
  totalMs: number;
  /** Whether refreshes ran during the scan too (`--scan-refresh`). */
  refreshDuringScan: boolean;
  refreshes: number;
  /** Longest refresh (snapshot derivation): the one at the end of the scan, and those during it when simulated. */
  maxRefreshMs: number;
  /** The worst main-thread pause of the two kinds. */
  worstPauseMs: number;
}

/** `count` notes: the vault's notes, repeated under numbered folders when more are wanted than it has. */
export function repeatFiles(files: readonly GeneratedFile[], count: number): GeneratedFile[] {
  const out: GeneratedFile[] = [];
  for (let copy = 0; out.length < count && files.length > 0; copy++) {
    for (const f of files) {
      if (out.length >= count) break;
      out.push(copy === 0 ? f : { path: `Copy ${copy}/${f.path}`, text: f.text });
    }
  }
  return out;
}

/** Indexes `files` in slices of `budgetMs` with refreshes in between, timing every slice and every refresh. */
export async function measureSlices(
  files: readonly GeneratedFile[], settings: PluginSettings, budgetMs: number, refreshDuringScan: boolean,
): Promise<SliceFigures> {
  collectGarbage();
  const index = new GlossaryIndex(settings);
  const cache = createSnapshotCache();
  let maxRefreshMs = 0;
  let refreshes = 0;
  let timer: NodeJS.Timeout | null = null;
  const refresh = (): void => {
    timer = null;
    const start = nowMs();
    // Editors need the matcher, so the refresh builds it.
    void takeSnapshot(index, settings, cache).matcher;
    maxRefreshMs = Math.max(maxRefreshMs, nowMs() - start);
    refreshes++;
  };
  const stopListening = index.onChange(() => {
    if (refreshDuringScan) timer ??= setTimeout(refresh, REFRESH_DELAY_MS);
  });

  let maxStepMs = 0;
  let maxSliceMs = 0;
  let slices = 0;
  let resumed = nowMs();
  const lengths: number[] = [];
  const endSlice = (): void => {
    const length = nowMs() - resumed;
    lengths.push(length);
    maxSliceMs = Math.max(maxSliceMs, length);
    slices++;
  };
  const pause = (): Promise<void> => {
    endSlice();
    return new Promise((resolve) => setTimeout(() => {
      resumed = nowMs();
      resolve();
    }, 0));
  };
  const scanStart = nowMs();
  resumed = scanStart;
  // The plugin reads notes in path order (`VaultIndexer.rescan`).
  const ordered = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  await runInSlices(ordered, (f) => {
    const start = nowMs();
    index.setNote(f.path, f.text);
    maxStepMs = Math.max(maxStepMs, nowMs() - start);
  }, {
    budgetMs,
    // As `VaultIndexer.rescan`: at most 48 notes between two updates.
    maxItems: 48,
    now: nowMs,
    pause,
    // `StudyRuntime.keepUp`: terms and per-note cards follow the scan, slice by slice.
    afterSlice: () => void takeSnapshot(index, settings, cache),
  });
  // `StudyRuntime.markScanned`: the matcher is built in slices before the refresh.
  await prepareMatcher(index, cache, { budgetMs, now: nowMs, pause });
  endSlice();
  const totalMs = nowMs() - scanStart;
  stopListening();
  if (timer !== null) clearTimeout(timer);
  // The plugin refreshes at once when the first scan ends (`markScanned`).
  refresh();
  lengths.sort((a, b) => a - b);
  const slicesOver50 = lengths.filter((l) => l > 50).length;
  const p99SliceMs = lengths[Math.min(lengths.length - 1, Math.floor(lengths.length * 0.99))] ?? 0;
  return {
    notes: files.length, budgetMs, maxSliceMs, slicesOver50, p99SliceMs, maxStepMs, slices, totalMs, refreshDuringScan, refreshes, maxRefreshMs,
    worstPauseMs: Math.max(maxSliceMs, maxRefreshMs),
  };
}
