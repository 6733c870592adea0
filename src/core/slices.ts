/** Long work cut into slices so the UI thread is never blocked for long: the caller passes the clock and the pause. */

/** How slicing reads time and gives the thread back. */
export interface SliceOptions {
  /** Longest stretch of work between pauses, in milliseconds. */
  budgetMs: number;
  /** A monotonic clock in milliseconds (e.g. `performance.now`). */
  now: () => number;
  /** Gives the thread back (e.g. a zero-delay timer); resolves when work may go on. */
  pause: () => Promise<void>;
  /**
   * Most items in one slice, whatever the clock says: for items whose real cost comes in `afterSlice` (notes taken
   * from a cache are stored in no time and merged after the slice), so that step stays short too.
   */
  maxItems?: number;
  /** Stops early when it returns true (e.g. the plugin was unloaded). */
  cancelled?: () => boolean;
  /**
   * Runs after every slice, as a step of its own between two pauses, and after the last item (e.g. bringing data
   * derived from the items up to date bit by bit).
   */
  afterSlice?: () => void;
}

/** Runs `work` on every item, pausing whenever a slice has used its budget. Resolves to how many items ran. */
export async function runInSlices<T>(items: readonly T[], work: (item: T) => void | Promise<void>, options: SliceOptions): Promise<number> {
  let sliceStart = options.now();
  let done = 0;
  let inSlice = 0;
  const maxItems = options.maxItems ?? Infinity;
  for (const item of items) {
    if (options.cancelled?.()) break;
    await work(item);
    done++;
    if (++inSlice >= maxItems || options.now() - sliceStart >= options.budgetMs) {
      inSlice = 0;
      await options.pause();
      if (options.afterSlice) {
        options.afterSlice();
        await options.pause();
      }
      sliceStart = options.now();
    }
  }
  if (done > 0 && options.afterSlice && !options.cancelled?.()) {
    await options.pause();
    options.afterSlice();
  }
  return done;
}

/**
 * Like {@link runInSlices} for items whose work waits on something else (a note read from the disk, then parsed in
 * a worker): `prepare` starts up to `ahead` items before the one being taken, and `take` handles each item's result
 * in item order. Only `take` counts against a slice's budget: while a result is awaited the thread is free anyway.
 * `prepare` must not reject.
 */
export async function runAhead<T, P>(
  items: readonly T[], prepare: (item: T) => Promise<P>, take: (item: T, prepared: P) => void, ahead: number, options: SliceOptions,
): Promise<number> {
  const started = new Map<number, Promise<P>>();
  const maxItems = options.maxItems ?? Infinity;
  let next = 0;
  let done = 0;
  let inSlice = 0;
  let used = 0;
  for (let i = 0; i < items.length; i++) {
    if (options.cancelled?.()) break;
    while (next < items.length && next <= i + ahead) {
      started.set(next, prepare(items[next] as T));
      next++;
    }
    const prepared = await (started.get(i) as Promise<P>);
    started.delete(i);
    const began = options.now();
    take(items[i] as T, prepared);
    used += options.now() - began;
    done++;
    if (++inSlice >= maxItems || used >= options.budgetMs) {
      inSlice = 0;
      used = 0;
      await options.pause();
      if (options.afterSlice) {
        options.afterSlice();
        await options.pause();
      }
    }
  }
  if (done > 0 && options.afterSlice && !options.cancelled?.()) {
    await options.pause();
    options.afterSlice();
  }
  return done;
}
