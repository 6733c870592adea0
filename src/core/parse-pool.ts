/**
 * Notes read off the main thread: a few workers, each given a few notes at a time. When no worker can start, one
 * fails or stops answering, the pool gives every note back unread (null), and the caller reads it in place, in its
 * own slices: a scan never stops for it, and no step reads a pile of notes at once.
 */
import { compactNote } from "./glossary/compact";
import { readingRules, type ParseReply, type ParseRequest } from "./reading/parse-request";
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
  /** The watchdog's timer while the worker holds notes. */
  timer: unknown;
}

interface Waiting {
  request: ParseRequest;
  resolve: (note: ParsedNote | null) => void;
  reject: (error: Error) => void;
  slot: Slot | null;
}

/** How the pool notices a worker that holds notes and answers none: the clock it sets its timer on. */
export interface Watchdog {
  /** A worker holding notes that answers none in this time is given up. */
  ms: number;
  set: (run: () => void, ms: number) => unknown;
  clear: (handle: unknown) => void;
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
  watchdog?: Watchdog;
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
        const slot: Slot = { worker: options.spawn(), busy: 0, timer: null };
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

  /**
   * What the note yields, read by `options` in a worker; null when no worker can read it (the caller reads it in
   * place). Rejects only when reading it throws.
   */
  parse(path: string, text: string, options: ParseOptions): Promise<ParsedNote | null> {
    if (!this.working) return Promise.resolve(null);
    const request: ParseRequest = { id: this.nextId++, path, text, options: readingRules(options) };
    return new Promise<ParsedNote | null>((resolve, reject) => {
      this.waiting.push({ request, resolve, reject, slot: null });
      this.pump();
    });
  }

  /** Stops the workers; notes still waiting are given back unread. */
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
      this.watch(best);
      best.worker.post(next.request);
    }
  }

  /** Starts the watchdog's timer for a worker that holds notes, unless it runs already. */
  private watch(slot: Slot): void {
    const dog = this.options.watchdog;
    if (!dog || slot.timer !== null) return;
    slot.timer = dog.set(() => {
      slot.timer = null;
      this.giveUp(new Error("a parse worker stopped answering"));
    }, dog.ms);
  }

  /** Stops a worker's watchdog timer (it answered, or the pool stops). */
  private unwatch(slot: Slot): void {
    if (slot.timer === null) return;
    this.options.watchdog?.clear(slot.timer);
    slot.timer = null;
  }

  private answered(slot: Slot, reply: ParseReply): void {
    const waiting = this.posted.get(reply.id);
    if (!waiting || waiting.slot !== slot) return;
    this.posted.delete(reply.id);
    slot.busy--;
    // It answers: its time starts again for the notes it still holds.
    this.unwatch(slot);
    if (slot.busy > 0) this.watch(slot);
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
      this.unwatch(slot);
      try {
        slot.worker.terminate();
      } catch {
        // Already gone.
      }
    }
    this.slots = [];
    this.options.release?.();
    if (error !== null) this.options.onBroken?.(error);
    // Given back unread: the caller reads each in place, in its own slices.
    const left = [...this.posted.values(), ...this.waiting];
    this.posted.clear();
    this.waiting.length = 0;
    for (const w of left) w.resolve(null);
  }
}
