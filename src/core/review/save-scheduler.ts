/** Options of the debounced saver; timers are injected so core never touches the clock. */
export interface SaveSchedulerOptions {
  save: () => Promise<void>;
  /** Longest time a change waits before it is written: what a crash can lose at most. */
  delayMs: number;
  setTimer: (run: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
  /** Called when a save fails; the changes stay in memory and the save is retried. */
  onError?: (error: unknown) => void;
  /** Longest wait between retries after failures (doubling from `delayMs`). */
  maxRetryMs?: number;
}

/** A debounced saver. */
export interface SaveScheduler {
  /** Marks data as changed; it is written within `delayMs` (later changes do not push the write back). */
  schedule(): void;
  /** Writes pending changes now (on unload); resolves true when everything is saved. */
  flush(): Promise<boolean>;
  /** True when changes are waiting to be written. */
  isPending(): boolean;
  /** Stops the timer (after the final flush on unload). */
  dispose(): void;
}

/** Creates the debounced saver: the first change starts the timer and the write covers every change made until then. */
export function createSaveScheduler(options: SaveSchedulerOptions): SaveScheduler {
  const maxRetry = options.maxRetryMs ?? 60_000;
  let dirty = false;
  let timer: unknown = null;
  let running: Promise<void> | null = null;
  let retryMs = options.delayMs;

  const arm = (ms: number): void => {
    if (timer === null && running === null) timer = options.setTimer(() => { timer = null; void run(); }, ms);
  };

  async function run(): Promise<void> {
    if (!dirty || running) return;
    dirty = false;
    let failed = false;
    running = options.save().then(
      () => { retryMs = options.delayMs; },
      (error: unknown) => {
        dirty = true;
        failed = true;
        retryMs = Math.min(maxRetry, retryMs * 2);
        options.onError?.(error);
      },
    );
    await running;
    running = null;
    if (dirty) arm(failed ? retryMs : options.delayMs);
  }

  return {
    schedule() {
      dirty = true;
      arm(options.delayMs);
    },
    async flush() {
      if (timer !== null) { options.clearTimer(timer); timer = null; }
      if (running) await running;
      if (timer !== null) { options.clearTimer(timer); timer = null; }
      if (dirty) await run();
      return !dirty;
    },
    dispose() {
      if (timer !== null) { options.clearTimer(timer); timer = null; }
    },
    isPending: () => dirty || running !== null,
  };
}
