/**
 * The full index as the plugin's scan runs it on a cold start: every note parsed in two workers (Node worker threads
 * standing in for the app's Web Workers, the same pool and the same messages), each note stored in path order as its
 * result comes back, then the glossary merged. Wall-clock time, beside the one-thread figure of `bench-index`.
 */
import esbuild from "esbuild";
import { join } from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { Worker } from "node:worker_threads";
import { GlossaryIndex } from "../src/core/glossary/glossary-index";
import { ParsePool, type ParseWorker } from "../src/core/parse-pool";
import type { ParseReply } from "../src/core/reading/parse-request";
import { runAhead } from "../src/core/slices";
import { createSnapshotCache, prepareMatcher, takeSnapshot } from "../src/core/vault-snapshot";
import type { PluginSettings } from "../src/settings";
import { collectGarbage, median, nowMs } from "./bench-timing";
import type { GeneratedFile } from "./generate-vault";

/** What the worker measurements found. */
export interface WorkerIndexFigures {
  workers: number;
  /** Median wall-clock time with workers whose parser is compiled (a later scan of a session). */
  fullMs: number;
  /** The first scan of fresh workers (each compiles the parser as it goes). */
  coldMs: number;
  /** Of the median run, the main thread's own part: storing the notes and merging the glossary. */
  mainMs: number;
}

/** As the plugin's scan: notes read ahead of the one stored (`SCAN_AHEAD` in vault-indexer.ts). */
const AHEAD = 16;

async function buildWorkerScript(root: string): Promise<string> {
  const outfile = join(root, "node_modules", ".cache", "aws-notes-cloze", "parse-worker-node.cjs");
  await esbuild.build({
    entryPoints: [join(root, "scripts", "parse-worker-node.ts")], bundle: true, platform: "node", format: "cjs", target: "node20",
    outfile, logLevel: "error",
  });
  return outfile;
}

function nodeWorker(script: string): ParseWorker {
  const worker = new Worker(script);
  return {
    post: (request) => worker.postMessage(request),
    listen: (onReply, onFail) => {
      worker.on("message", (reply: ParseReply) => onReply(reply));
      worker.on("error", onFail);
    },
    terminate: () => void worker.terminate(),
  };
}

/** One scan of `files` through `pool`; resolves to its wall time and the main thread's part. */
async function scan(pool: ParsePool, files: readonly GeneratedFile[], settings: PluginSettings): Promise<{ wallMs: number; mainMs: number }> {
  const began = nowMs();
  let mainMs = 0;
  const index = new GlossaryIndex(settings);
  await runAhead(files, (f) => pool.parse(f.path, f.text, settings), (f, note) => {
    const t = nowMs();
    if (note) index.setParsedNote(f.path, note);
    else index.setNote(f.path, f.text);
    mainMs += nowMs() - t;
  }, AHEAD, { budgetMs: Infinity, now: nowMs, pause: () => Promise.resolve() });
  const t = nowMs();
  index.terms();
  index.termSpans();
  mainMs += nowMs() - t;
  if (index.allNotes().length !== files.length) throw new Error("the workers lost notes");
  return { wallMs: nowMs() - began, mainMs };
}

/** Times the full index in `workers` workers over `files`. */
export async function measureWorkerIndex(root: string, files: readonly GeneratedFile[], settings: PluginSettings, workers: number, runs: number): Promise<WorkerIndexFigures> {
  const script = await buildWorkerScript(root);
  const spawn = (): ParsePool => new ParsePool({ size: workers, spawn: () => nodeWorker(script), onBroken: (e) => { throw e; } });
  collectGarbage();
  const fresh = spawn();
  const cold = await scan(fresh, files, settings);
  const walls: number[] = [];
  const mains: number[] = [];
  for (let r = 0; r < runs; r++) {
    collectGarbage();
    const run = await scan(fresh, files, settings);
    walls.push(run.wallMs);
    mains.push(run.mainMs);
  }
  fresh.dispose();
  return { workers, fullMs: median(walls), coldMs: cold.wallMs, mainMs: median(mains) };
}

/** What a scan in slices with the parse workers showed. */
export interface WorkerSliceFigures {
  notes: number;
  /** The longest the main thread was blocked (the event loop's longest delay: what a person feels as a freeze). */
  worstPauseMs: number;
  /** Wall time of the scan, the matcher built in slices after it. */
  totalMs: number;
  /** The refresh when the scan ends (one step). */
  refreshMs: number;
}

/**
 * The plugin's scan of `files` with `workers` parse workers, as `VaultIndexer.rescan` runs it: notes read ahead and stored
 * in path order in slices of `budgetMs` (at most 48 notes), the snapshot kept up after each slice, the matcher built
 * in slices after the scan, then the refresh. The worst pause is the event loop's longest delay, so the main
 * thread's part of the workers' messages (copying each reply out) counts too.
 */
export async function measureWorkerSlices(
  root: string, files: readonly GeneratedFile[], settings: PluginSettings, budgetMs: number, workers: number,
): Promise<WorkerSliceFigures> {
  const script = await buildWorkerScript(root);
  const pool = new ParsePool({ size: workers, spawn: () => nodeWorker(script), onBroken: (e) => { throw e; } });
  collectGarbage();
  const index = new GlossaryIndex(settings);
  const cache = createSnapshotCache();
  const ordered = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
  const delays = monitorEventLoopDelay({ resolution: 1 });
  delays.enable();
  const began = nowMs();
  await runAhead(ordered, (f) => pool.parse(f.path, f.text, settings), (f, note) => void (note ? index.setParsedNote(f.path, note) : index.setNote(f.path, f.text)), AHEAD, {
    budgetMs, maxItems: 48, now: nowMs, pause, afterSlice: () => void takeSnapshot(index, settings, cache),
  });
  await prepareMatcher(index, cache, { budgetMs, now: nowMs, pause });
  const totalMs = nowMs() - began;
  delays.disable();
  pool.dispose();
  const t = nowMs();
  void takeSnapshot(index, settings, cache).matcher;
  const refreshMs = nowMs() - t;
  if (index.allNotes().length !== files.length) throw new Error("the workers lost notes");
  return { notes: files.length, worstPauseMs: delays.max / 1e6, totalMs, refreshMs };
}
