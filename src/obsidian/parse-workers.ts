/**
 * The parse workers of a scan: Web Workers started from the worker script bundled into main.js (a blob URL, as a
 * plugin is one file), at most two, for as long as one scan needs them. Where workers cannot run, there is no pool
 * and notes are read on the main thread, as before.
 */
import source from "virtual:parse-worker";
import { ParsePool, type ParseWorker } from "../core/parse-pool";
import type { ParseReply } from "../core/reading/parse-request";

/** A worker that holds notes and answers none for this long is given up (its notes are then read in place). */
const WATCHDOG_MS = 30_000;

/** A pool of parse workers, or null where Web Workers cannot run. */
export function createParsePool(): ParsePool | null {
  if (source === null || typeof Worker === "undefined" || typeof Blob === "undefined") return null;
  let url: string;
  try {
    url = URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
  } catch {
    return null;
  }
  // Both cores of a small machine, two of a larger one: the main thread only stores what the workers read.
  const size = Math.min(2, Math.max(1, navigator.hardwareConcurrency || 1));
  return new ParsePool({
    size,
    spawn: () => webWorker(url),
    onBroken: (error) => console.warn("AWS Notes Cloze: the parse workers stopped; notes are read on the main thread", error),
    release: () => URL.revokeObjectURL(url),
    watchdog: { ms: WATCHDOG_MS, set: (run, ms) => window.setTimeout(run, ms), clear: (handle) => window.clearTimeout(handle as number) },
  });
}

function webWorker(url: string): ParseWorker {
  const worker = new Worker(url, { name: "AWS Notes Cloze parser" });
  return {
    post: (request) => worker.postMessage(request),
    listen: (onReply, onFail) => {
      worker.onmessage = (event: MessageEvent<ParseReply>) => onReply(event.data);
      worker.onerror = (event) => {
        event.preventDefault();
        onFail(event.message || "the worker failed");
      };
      worker.onmessageerror = () => onFail("a reply could not be read");
    },
    terminate: () => worker.terminate(),
  };
}
