/**
 * Notes read off the main thread: a few workers, each given a few notes at a time. When no worker can start, or one
 * fails, the pool reads notes in place instead, so a scan never stops for it.
 */
import { compactNote } from "./glossary/compact";
import { answerParseRequest, readingRules, type ParseReply, type ParseRequest } from "./reading/parse-request";
import type { ParseOptions } from "./reading/parse-note";
import type { ParsedNote } from "./reading/types";

/** A worker as the pool uses it (a Web Worker in the app, a Node worker thread in the benchmark). */
export interface ParseWorker {
  post(request: ParseRequest): void;
  /** Replies, and failures: a worker that cannot load its script or dies. */
  listen(onReply: (reply: ParseReply) => void, onFail: (error: unknown) => void): void;
  terminate(): void;
}

interface Slot {
  worker: ParseWorker;
  busy: number;
}

interface Waiting {
  request: ParseRequest;
  resolve: (note: ParsedNote) => void;
  reject: (error: Error) => void;
  slot: Slot | null;
}

/** What a pool is made with. */
export interface ParsePoolOptions {
  /** Starts one worker; may throw (no workers here). */
  spawn: () => ParseWorker;
  size: number;
  /** Notes posted to one worker before it answers (enough to keep it busy, few enough to hold little text). */
  perWorker?: number;
  /** Told once when the workers are given up (the notes are read in place from then on). */
  onBroken?: (error: unknown) => void;
  /** Runs once the workers are stopped (disposed of or given up): what they were started from can go. */
  release?: () => void;
}

/** Reads notes in workers; in place once none is working. */
export class ParsePool {
  private slots: Slot[] = [];
  private readonly waiting: Waiting[] = [];
  private readonly posted = new Map<number, Waiting>();
  private nextId = 1;
  private broken = false;
  private readonly perWorker: number;

  constructor(private readonly options: ParsePoolOptions) {
    this.perWorker = Math.max(1, options.perWorker ?? 4);
    try {
      for (let i = 0; i < options.size; i++) {
        const slot: Slot = { worker: options.spawn(), busy: 0 };
        this.slots.push(slot);
        slot.worker.listen((reply) => this.answered(slot, reply), (error) => this.giveUp(error));
      }
    } catch (error) {
      this.giveUp(error);
    }
  }

  /** Whether notes are read in workers (false once they were given up, or when none could start). */
  get working(): boolean {
    return !this.broken && this.slots.length > 0;
  }

  /** What the note yields, read by `options`; rejects only when reading it throws. */
  parse(path: string, text: string, options: ParseOptions): Promise<ParsedNote> {
    const request: ParseRequest = { id: this.nextId++, path, text, options: readingRules(options) };
    if (!this.working) return settleInPlace(request);
    return new Promise<ParsedNote>((resolve, reject) => {
      this.waiting.push({ request, resolve, reject, slot: null });
      this.pump();
    });
  }

  /** Stops the workers; notes still waiting are read in place. */
  dispose(): void {
    this.giveUp(null);
  }

  private pump(): void {
    while (this.waiting.length > 0) {
      let best: Slot | null = null;
      for (const slot of this.slots) if (slot.busy < this.perWorker && (best === null || slot.busy < best.busy)) best = slot;
      if (best === null) return;
      const next = this.waiting.shift() as Waiting;
      next.slot = best;
      best.busy++;
      this.posted.set(next.request.id, next);
      best.worker.post(next.request);
    }
  }

  private answered(slot: Slot, reply: ParseReply): void {
    const waiting = this.posted.get(reply.id);
    if (!waiting || waiting.slot !== slot) return;
    this.posted.delete(reply.id);
    slot.busy--;
    // Kept as the index keeps every note (equal strings one copy, arrays and objects their exact size): a copy made
    // by the message alone holds some 15 % more.
    if ("note" in reply) waiting.resolve(compactNote(reply.note));
    else waiting.reject(new Error(reply.error));
    this.pump();
  }

  private giveUp(error: unknown): void {
    if (this.broken) return;
    this.broken = true;
    for (const slot of this.slots) {
      try {
        slot.worker.terminate();
      } catch {
        // Already gone.
      }
    }
    this.slots = [];
    this.options.release?.();
    if (error !== null) this.options.onBroken?.(error);
    const left = [...this.posted.values(), ...this.waiting];
    this.posted.clear();
    this.waiting.length = 0;
    for (const w of left) settleInPlace(w.request).then(w.resolve, w.reject);
  }
}

/** Reads a request's note here and now. */
function settleInPlace(request: ParseRequest): Promise<ParsedNote> {
  const reply = answerParseRequest(request);
  return "note" in reply ? Promise.resolve(reply.note) : Promise.reject(new Error(reply.error));
}
