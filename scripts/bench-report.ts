/** The benchmark's output: the JSON object of issue 6 (with a few extra keys) and a readable table with targets. */
import type { ExamFigures } from "./bench-exam";
import type { FreezeFigures } from "./bench-freezes";
import type { IndexFigures } from "./bench-index";
import type { LookupFigures } from "./bench-lookup";
import type { MatchFigures } from "./bench-match";
import type { QueueFigures, StoreFigures } from "./bench-review";
import type { SliceFigures } from "./bench-slices";
import type { OnloadFigures } from "./bench-onload";
import type { WarmStartFigures } from "./bench-start";
import type { WorkerIndexFigures, WorkerSliceFigures } from "./bench-workers";
import { roundFigure } from "./bench-timing";

/** Everything one run measured. */
export interface BenchResults {
  vault: { notes: number; bytes: number; terms: number; cards: number };
  index: Omit<IndexFigures, "index" | "snapshot" | "cache">;
  match: MatchFigures;
  lookup: LookupFigures;
  exam: ExamFigures;
  freezes: FreezeFigures;
  workers: WorkerIndexFigures;
  workerSlices: WorkerSliceFigures;
  warmStart: WarmStartFigures;
  onload: OnloadFigures;
  queue: QueueFigures;
  store: StoreFigures;
  storeYear: StoreFigures;
  slices: SliceFigures;
  heapMb: number;
  heapAfterSaveMb: number;
  setup: { generateMs: number; replayMs: number; totalMs: number };
}

type Json = Record<string, number | boolean | Record<string, number | boolean>>;

const r = roundFigure;

function storeJson(s: StoreFigures): Record<string, number | boolean> {
  return {
    cards: s.cards, save_ms: r(s.saveMs), load_ms: r(s.loadMs), save_warm_ms: r(s.saveWarmMs), reviews: s.reviews, bytes: s.bytes,
    round_trip: s.roundTrip,
  };
}

/** The JSON object: the keys issue 6 names first, extra keys after them in each group. */
export function toJson(res: BenchResults): Json {
  const { index, match, queue, slices } = res;
  return {
    vault: res.vault,
    index: {
      full_ms: r(index.fullMs), mb_per_s: r(index.mbPerS), one_note_ms: r(index.oneNoteMs),
      parse_ms: r(index.parseMs), merge_ms: r(index.mergeMs), rename_ms: r(index.renameMs), rename_matcher_ms: r(index.renameMatcherMs),
      snapshot_ms: r(index.snapshotMs), snapshot_full_ms: r(index.snapshotFullMs),
      workers: res.workers.workers, workers_full_ms: r(res.workers.fullMs), workers_cold_ms: r(res.workers.coldMs),
      workers_main_ms: r(res.workers.mainMs),
    },
    start: {
      onload_ms: r(res.onload.onloadMs), onload_later_ms: r(res.onload.onloadLaterMs), main_js_eval_ms: r(res.onload.evalMs),
      warm_start_ms: r(res.warmStart.warmMs), warm_copy_ms: r(res.warmStart.copyMs), warm_worst_step_ms: r(res.warmStart.worstStepMs),
      warm_snapshot_ms: r(res.warmStart.snapshotMs), warm_sliced_ms: r(res.warmStart.slicedMs),
      notes: res.warmStart.notes,
    },
    match: {
      terms_100_mb_per_s: r(match.fewMbPerS), terms_10000_mb_per_s: r(match.manyMbPerS),
      text_bytes: match.textBytes, matches: match.matches, matcher_build_ms: r(match.buildManyMs),
      vault_terms: match.vaultTerms, vault_terms_mb_per_s: r(match.vaultMbPerS),
    },
    queue: { cards: queue.cards, build_ms: r(queue.buildMs), queued: queue.queued, session_ms: r(queue.sessionMs) },
    lookup: {
      terms: res.lookup.terms, build_ms: r(res.lookup.buildMs), worst_step_ms: r(res.lookup.worstStepMs),
      slowest_query_ms: r(res.lookup.slowestQueryMs),
    },
    exam: {
      questions: res.exam.questions, with_options: res.exam.withOptions, pool_first_ms: r(res.exam.poolFirstMs), pool_after_edit_ms: r(res.exam.poolAfterEditMs),
      options_ms: r(res.exam.optionsMs),
    },
    freezes: {
      huge_terms: res.freezes.hugeTerms, huge_worst_step_ms: r(res.freezes.hugeWorstStepMs), huge_steps: res.freezes.hugeSteps,
      ...Object.fromEntries(res.freezes.pastes.map((p) => [`paste_${p.names}_ms`, r(p.ms)])),
      large_note_bytes: res.freezes.largeNoteBytes, large_note_ms: r(res.freezes.largeNoteMs),
    },
    store: storeJson(res.store),
    heap_mb: r(res.heapMb),
    heap_after_save_mb: r(res.heapAfterSaveMb),
    store_year: storeJson(res.storeYear),
    slices: {
      notes: slices.notes, budget_ms: slices.budgetMs, max_slice_ms: r(slices.maxSliceMs), p99_slice_ms: r(slices.p99SliceMs),
      slices_over_50_ms: slices.slicesOver50, max_step_ms: r(slices.maxStepMs),
      slices: slices.slices, total_ms: r(slices.totalMs), refresh_during_scan: slices.refreshDuringScan, refreshes: slices.refreshes, max_refresh_ms: r(slices.maxRefreshMs),
      worst_pause_ms: r(slices.worstPauseMs),
      workers_worst_pause_ms: r(res.workerSlices.worstPauseMs), workers_total_ms: r(res.workerSlices.totalMs),
      workers_refresh_ms: r(res.workerSlices.refreshMs),
    },
    setup: { generate_ms: r(res.setup.generateMs), history_replay_ms: r(res.setup.replayMs), total_ms: r(res.setup.totalMs) },
  };
}

/** One line of the table: a label, the figure, and the target it is held to (if any). */
interface Row {
  label: string;
  value: string;
  target?: { text: string; met: boolean };
}

const fmt = (x: number, unit: string): string => `${r(x).toLocaleString("en-US")} ${unit}`;
const atMost = (x: number, limit: number, unit: string): Row["target"] => ({ text: `< ${limit} ${unit}`, met: x < limit });
const atLeast = (x: number, limit: number, unit: string): Row["target"] => ({ text: `>= ${limit} ${unit}`, met: x >= limit });

function rows(res: BenchResults): Row[] {
  const { vault, index, match, queue, store, storeYear, slices } = res;
  const ratio = match.manyMbPerS > 0 ? match.fewMbPerS / match.manyMbPerS : Infinity;
  return [
    { label: "Vault", value: `${vault.notes.toLocaleString("en-US")} notes, ${fmt(vault.bytes / 1e6, "MB")}, ${vault.terms.toLocaleString("en-US")} terms, ${vault.cards.toLocaleString("en-US")} cards` },
    { label: "Full index", value: `${fmt(index.fullMs, "ms")} (${fmt(index.mbPerS, "MB/s")})`, target: atLeast(index.mbPerS, 50, "MB/s") },
    { label: "  of which parsing / merging the glossary", value: `${fmt(index.parseMs, "ms")} / ${fmt(index.mergeMs, "ms")}` },
    { label: `Full index in ${res.workers.workers} parse workers (the plugin's scan)`, value: `${fmt(res.workers.fullMs, "ms")} (${fmt(vault.bytes / 1e6 / (res.workers.fullMs / 1000), "MB/s")}); fresh workers ${fmt(res.workers.coldMs, "ms")}` },
    { label: "  of which the main thread: storing notes, merging", value: fmt(res.workers.mainMs, "ms") },
    { label: "One 10 KB note re-indexed", value: fmt(index.oneNoteMs, "ms"), target: atMost(index.oneNoteMs, 2, "ms") },
    { label: "Snapshot after that edit", value: fmt(index.snapshotMs, "ms") },
    { label: "A save that renames a term (index, snapshot, matcher)", value: fmt(index.renameMs, "ms") },
    { label: "  of which the matcher", value: fmt(index.renameMatcherMs, "ms") },
    { label: "Snapshot from scratch", value: fmt(index.snapshotFullMs, "ms") },
    { label: "The plugin's onload (main.js as released), first / later", value: `${fmt(res.onload.onloadMs, "ms")} / ${fmt(res.onload.onloadLaterMs, "ms")}`, target: atMost(res.onload.onloadMs, 10, "ms") },
    { label: "  main.js compiled and evaluated before it", value: fmt(res.onload.evalMs, "ms") },
    { label: `Warm start, ${res.warmStart.notes.toLocaleString("en-US")} notes from the note cache`, value: `${fmt(res.warmStart.warmMs, "ms")} (reading them back ${fmt(res.warmStart.copyMs, "ms")}, cards and matcher ${fmt(res.warmStart.snapshotMs, "ms")})`, target: atMost(res.warmStart.warmMs, 150, "ms") },
    { label: "  longest step, in slices as the plugin runs it", value: `${fmt(res.warmStart.worstStepMs, "ms")} (all its steps ${fmt(res.warmStart.slicedMs, "ms")})`, target: atMost(res.warmStart.worstStepMs, 16, "ms") },
    { label: `Match, ${match.fewTerms} terms`, value: fmt(match.fewMbPerS, "MB/s") },
    { label: `Match, ${match.manyTerms.toLocaleString("en-US")} terms`, value: fmt(match.manyMbPerS, "MB/s"), target: atLeast(match.manyMbPerS, 30, "MB/s") },
    { label: "  slowdown vs. few terms", value: `${r(ratio)}x`, target: { text: "<= 1.5x", met: ratio <= 1.5 } },
    { label: `Match, vault glossary (${match.vaultTerms.toLocaleString("en-US")})`, value: fmt(match.vaultMbPerS, "MB/s") },
    { label: "Matcher build, 10,000 terms", value: fmt(match.buildManyMs, "ms") },
    { label: `Look up a term, ${res.lookup.terms.toLocaleString("en-US")} terms: opening`, value: fmt(res.lookup.buildMs, "ms"), target: atMost(res.lookup.buildMs, 50, "ms") },
    { label: "  longest step of a keystroke's search", value: `${fmt(res.lookup.worstStepMs, "ms")} (slowest query ${fmt(res.lookup.slowestQueryMs, "ms")} in all)`, target: atMost(res.lookup.worstStepMs, 16, "ms") },
    { label: `Multiple choice, ${res.exam.questions.toLocaleString("en-US")} questions: option pool`, value: `${fmt(res.exam.poolFirstMs, "ms")} first, ${fmt(res.exam.poolAfterEditMs, "ms")} after an edit` },
    { label: "  options of one question", value: fmt(res.exam.optionsMs, "ms"), target: atMost(res.exam.optionsMs, 16, "ms") },
    ...freezeRows(res.freezes),
    { label: `Today's queue, ${queue.cards.toLocaleString("en-US")} cards`, value: `${fmt(queue.buildMs, "ms")} (${queue.queued.toLocaleString("en-US")} queued)`, target: atMost(queue.buildMs, 30, "ms") },
    { label: "  review session start", value: fmt(queue.sessionMs, "ms") },
    ...storeRows(store),
    ...storeRows(storeYear),
    { label: `Indexing ${slices.notes.toLocaleString("en-US")} notes in ${slices.budgetMs} ms slices`, value: `longest slice ${fmt(slices.maxSliceMs, "ms")} (99% under ${fmt(slices.p99SliceMs, "ms")}, ${slices.slicesOver50} of ${slices.slices} over 50 ms), longest note ${fmt(slices.maxStepMs, "ms")}` },
    {
      label: slices.refreshDuringScan ? "  refreshes during and after the scan" : "  refresh after the scan",
      value: `longest ${fmt(slices.maxRefreshMs, "ms")} (${slices.refreshes} refreshes)`,
    },
    { label: "  worst main-thread pause", value: fmt(slices.worstPauseMs, "ms"), target: atMost(slices.worstPauseMs, 50, "ms") },
    { label: "  the same scan with two parse workers (the plugin's)", value: `worst pause ${fmt(res.workerSlices.worstPauseMs, "ms")}, the scan ${fmt(res.workerSlices.totalMs, "ms")}, refresh ${fmt(res.workerSlices.refreshMs, "ms")}`, target: atMost(Math.max(res.workerSlices.worstPauseMs, res.workerSlices.refreshMs), 50, "ms") },
    { label: "Heap after building everything", value: fmt(res.heapMb, "MB"), target: atMost(res.heapMb, 200, "MB") },
    { label: "  and after one save", value: fmt(res.heapAfterSaveMb, "MB"), target: atMost(res.heapAfterSaveMb, 200, "MB") },
  ];
}

function freezeRows(f: FreezeFigures): Row[] {
  return [
    { label: `Matcher of ${f.hugeTerms.toLocaleString("en-US")} terms built in steps`, value: `longest step ${fmt(f.hugeWorstStepMs, "ms")} (${f.hugeSteps.toLocaleString("en-US")} steps)`, target: atMost(f.hugeWorstStepMs, 50, "ms") },
    ...f.pastes.map((p): Row => ({ label: `  ${p.names.toLocaleString("en-US")} names pasted: the matcher's first step`, value: fmt(p.ms, "ms"), target: atMost(p.ms, 50, "ms") })),
    { label: `Save of a ${fmt(f.largeNoteBytes / 1024, "KB")} note (the size limit)`, value: fmt(f.largeNoteMs, "ms"), target: atMost(f.largeNoteMs, 50, "ms") },
  ];
}

function storeRows(s: StoreFigures): Row[] {
  const what = `${s.cards.toLocaleString("en-US")} cards, ${s.reviews.toLocaleString("en-US")} reviews`;
  return [
    { label: `Stored data, ${what}`, value: `${fmt(s.bytes / 1e6, "MB")}${s.roundTrip ? "" : " (save after load differs!)"}` },
    { label: "  save (first after load)", value: fmt(s.saveMs, "ms"), target: atMost(s.saveMs, 200, "ms") },
    { label: "  save (later saves)", value: fmt(s.saveWarmMs, "ms"), target: atMost(s.saveWarmMs, 200, "ms") },
    { label: "  load", value: fmt(s.loadMs, "ms"), target: atMost(s.loadMs, 200, "ms") },
  ];
}

/** The readable table: one line per figure, the target and a pass/miss mark where the issue sets one. */
export function formatTable(res: BenchResults): string {
  const all = rows(res);
  const labelWidth = Math.max(...all.map((row) => row.label.length));
  const valueWidth = Math.max(...all.map((row) => row.value.length));
  const lines = all.map((row) => {
    const mark = row.target ? `  ${row.target.text.padEnd(10)}  ${row.target.met ? "pass" : "MISS"}` : "";
    return `${row.label.padEnd(labelWidth)}  ${row.value.padEnd(valueWidth)}${mark}`.trimEnd();
  });
  const missed = all.filter((row) => row.target && !row.target.met).length;
  lines.push("", `${missed === 0 ? "All targets met" : `${missed} target(s) missed`}; setup took ${fmt(res.setup.totalMs / 1000, "s")} in all.`);
  return lines.join("\n");
}
