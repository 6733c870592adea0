/**
 * `npm run bench [-- --json] [--small] [--write DIR]`
 * The performance benchmark of issue 6: a generated 5,000-note vault and a year of reviews for 50,000 cards, run
 * through the plugin's own code. Prints a table with the targets, or one JSON object with `--json`.
 */
import { createScheduler, serializeReviewData } from "../src/core/review";
import { buildHistory, queueTime, topUpCards } from "./bench-history";
import { measureExam } from "./bench-exam";
import { measureFreezes } from "./bench-freezes";
import { measureIndex } from "./bench-index";
import { measureOnload } from "./bench-onload";
import { measureWarmStart } from "./bench-start";
import { measureWorkerIndex, measureWorkerSlices } from "./bench-workers";
import { measureLookup } from "./bench-lookup";
import { measureMatch } from "./bench-match";
import { formatTable, toJson, type BenchResults } from "./bench-report";
import { measureQueue, measureStore } from "./bench-review";
import { measureSlices, repeatFiles } from "./bench-slices";
import { measureHeapMb, nowMs } from "./bench-timing";
import { BENCH_SEED, benchSettings, buildBenchVault, FULL_SIZES, SMALL_SIZES, writeVault, type BenchSizes } from "./bench-vault";

interface Args {
  json: boolean;
  small: boolean;
  scanRefresh: boolean;
  write: string | null;
}

const USAGE = "usage: npm run --silent bench -- [--json] [--small] [--scan-refresh] [--write DIR]";

function parseArgs(argv: readonly string[]): Args | string {
  const out: Args = { json: false, small: false, scanRefresh: false, write: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--json") out.json = true;
    else if (a === "--small") out.small = true;
    else if (a === "--scan-refresh") out.scanRefresh = true;
    else if (a === "--write") {
      const dir = argv[++i];
      if (dir === undefined || dir.startsWith("--")) return "--write needs a folder";
      out.write = dir;
    } else return `unknown argument ${a ?? ""}`;
  }
  return out;
}

/** What to run and whom to tell: `scanRefresh` adds the plugin's refreshes to the sliced scan. */
export interface BenchOptions {
  sizes: BenchSizes;
  scanRefresh: boolean;
  progress: (step: string) => void;
}

/** Runs every measurement in order. */
export async function runBench({ sizes, scanRefresh, progress }: BenchOptions): Promise<BenchResults> {
  const began = nowMs();
  const settings = benchSettings();
  progress(`generating ${sizes.notes} notes`);
  const vault = buildBenchVault(sizes);
  const generateMs = nowMs() - began;

  progress("indexing");
  const vaultBytes = vault.bytes;
  const indexed = measureIndex(vault, settings, sizes);
  const { snapshot } = indexed;

  progress("indexing in two parse workers, as the plugin's scan does");
  const workers = await measureWorkerIndex(process.cwd(), vault.files, settings, 2, sizes.runs);

  progress("a warm start from the note cache");
  const warmStart = await measureWarmStart(indexed.index, settings, sizes.runs);

  progress("matching");
  const match = measureMatch(sizes, snapshot.matcher);
  progress("looking up terms");
  const lookup = measureLookup(snapshot.terms);

  progress("exam practice: the option pool and one question's options");
  const exam = measureExam(indexed.index, settings, indexed.cache, vault);

  progress(`freezes: a matcher of ${sizes.hugeTerms} terms in steps, pasted names, a note at the size limit`);
  const freezes = measureFreezes(indexed.index, settings, indexed.cache, sizes.hugeTerms);

  progress(`indexing ${sizes.sliceNotes} notes in slices`);
  const files = repeatFiles(vault.files, sizes.sliceNotes);
  const slices = await measureSlices(files, settings, sizes.sliceBudgetMs, scanRefresh);
  progress(`indexing ${sizes.sliceNotes} notes in slices with two parse workers`);
  const workerSlices = await measureWorkerSlices(process.cwd(), files, settings, sizes.sliceBudgetMs, 2);
  // The plugin keeps no note text (Obsidian holds it): drop it before the heap is measured. `onload` reads no note.
  const notePaths = new Map(vault.files.map((f) => [f.path, ""]));
  files.length = 0;
  vault.files.length = 0;

  progress(`replaying a year of reviews for ${sizes.reviewCards} cards`);
  const cards = topUpCards(snapshot.cards, sizes.reviewCards);
  const history = buildHistory({ cards, days: sizes.historyDays, seed: BENCH_SEED, settings });
  const counts = { warmup: 2, runs: sizes.runs };
  progress("the plugin's onload, with that history in its data.json");
  const onload = await measureOnload(process.cwd(), notePaths, serializeReviewData(history.data), sizes.runs);
  const scheduler = createScheduler(settings);
  progress("building today's queue");
  const queue = measureQueue(cards, history.data, settings, queueTime(sizes.historyDays), counts, scheduler);
  // What the plugin holds after start-up: the index, its snapshot, the matchers and the review data.
  const heapMb = measureHeapMb([indexed.index, snapshot, indexed.cache, match, history.data, cards]);
  progress("saving and loading review data");
  const store = measureStore(history.data, counts);
  progress(`a year of reviews for ${sizes.yearCards} cards`);
  const yearHistory = buildHistory({ cards: topUpCards(snapshot.cards, sizes.yearCards), days: sizes.historyDays, seed: BENCH_SEED + 1, settings });
  const storeYear = measureStore(yearHistory.data, counts);

  // After a save, the schema keeps each log's encoded text for the next save.
  serializeReviewData(history.data);
  const heapAfterSaveMb = measureHeapMb([indexed.index, snapshot, indexed.cache, match, history.data, cards]);

  return {
    vault: { notes: sizes.notes, bytes: vaultBytes, terms: snapshot.terms.length, cards: snapshot.cards.length },
    index: {
      fullMs: indexed.fullMs, mbPerS: indexed.mbPerS, parseMs: indexed.parseMs, mergeMs: indexed.mergeMs, oneNoteMs: indexed.oneNoteMs,
      snapshotMs: indexed.snapshotMs, renameMs: indexed.renameMs, renameMatcherMs: indexed.renameMatcherMs, snapshotFullMs: indexed.snapshotFullMs,
    },
    workers, workerSlices, warmStart, onload, match, lookup, exam, freezes, queue, store, storeYear, slices, heapMb, heapAfterSaveMb,
    setup: { generateMs, replayMs: history.replayMs + yearHistory.replayMs, totalMs: nowMs() - began },
  };
}

/** Entry point used by scripts/run.mjs. */
export async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === "string") {
    console.error(`bench: ${args}\n${USAGE}`);
    return 2;
  }
  const sizes = args.small ? SMALL_SIZES : FULL_SIZES;
  if (args.write !== null) {
    const written = writeVault(args.write, buildBenchVault(sizes).files);
    console.error(`wrote ${written} notes to ${args.write}; try: npm run --silent inspect -- ${args.write}`);
    return 0;
  }
  const began = nowMs();
  const progress = args.json ? (): void => undefined : (step: string): void => {
    process.stderr.write(`[${((nowMs() - began) / 1000).toFixed(1)} s] ${step}\n`);
  };
  const results = await runBench({ sizes, scanRefresh: args.scanRefresh, progress });
  console.log(args.json ? JSON.stringify(toJson(results), null, 2) : formatTable(results));
  return 0;
}
