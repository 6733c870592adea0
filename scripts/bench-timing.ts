/** Timing helpers for the benchmark: a monotonic clock, warm-up plus median of several runs, garbage collection. */
import { performance } from "node:perf_hooks";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** How many runs to time and how many untimed warm-up runs go first. */
export interface RunCounts {
  warmup: number;
  runs: number;
}

/** A measurement whose last warm-up run took this long is timed over at most {@link SLOW_RUNS} runs. */
const SLOW_RUN_MS = 250;
const SLOW_RUNS = 3;

/** The clock every measurement reads (monotonic, sub-millisecond). */
export function nowMs(): number {
  return performance.now();
}

/** The median of a list of numbers (the mean of the middle two for an even count); 0 for an empty list. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * Runs `setup` (untimed) then `work` (timed) `warmup + runs` times and returns the median of the timed runs; slow
 * work (a warm-up over 250 ms) is timed at most 3 times, so the whole benchmark stays within a couple of minutes.
 * `setup` returns what `work` receives, so each run can start from fresh input.
 */
export function timeMedian<S>(counts: RunCounts, setup: (run: number) => S, work: (input: S) => unknown): number {
  const samples: number[] = [];
  let runs = counts.runs;
  for (let run = 0; run < counts.warmup + runs; run++) {
    const input = setup(run);
    const start = nowMs();
    work(input);
    const elapsed = nowMs() - start;
    if (run >= counts.warmup) samples.push(elapsed);
    else if (elapsed >= SLOW_RUN_MS) runs = Math.min(runs, SLOW_RUNS);
  }
  return median(samples);
}

let gc: (() => void) | null | undefined;

/**
 * Runs a full garbage collection when the engine allows it. `npm run bench` does not pass `--expose-gc`, so the flag
 * is turned on at run time and `gc` is taken from a fresh context, where V8 installs it.
 */
export function collectGarbage(): void {
  if (gc === undefined) {
    const exposed = (globalThis as { gc?: unknown }).gc;
    if (typeof exposed === "function") gc = exposed as () => void;
    else {
      try {
        setFlagsFromString("--expose-gc");
        const fromContext: unknown = runInNewContext("typeof gc === 'function' ? gc : null");
        gc = typeof fromContext === "function" ? (fromContext as () => void) : null;
      } catch {
        gc = null;
      }
    }
  }
  gc?.();
}

/** Heap in use (MB, 10^6 bytes) after a full collection, with `retained` (what the caller counts) still alive. */
export function measureHeapMb(retained: readonly unknown[]): number {
  collectGarbage();
  const used = process.memoryUsage().heapUsed;
  return retained.length >= 0 ? used / 1e6 : 0;
}

/** Megabytes (10^6 bytes) per second for `bytes` processed in `ms` milliseconds. */
export function megabytesPerSecond(bytes: number, ms: number): number {
  return ms > 0 ? bytes / 1e6 / (ms / 1000) : 0;
}

/** Rounds for the report: two decimals below 10, one below 1000, whole numbers above. */
export function roundFigure(x: number): number {
  const digits = Math.abs(x) < 10 ? 100 : Math.abs(x) < 1000 ? 10 : 1;
  return Math.round(x * digits) / digits;
}
