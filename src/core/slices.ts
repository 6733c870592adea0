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

/**
 * The bookkeeping of slices: the items and the time a slice has used, ended (a pause, the catching up, a pause) once
 * it has used its budget or its items.
 */
class Slicer {
  done = 0;
  private inSlice = 0;
  private used = 0;
  private readonly maxItems: number;

  constructor(private readonly options: SliceOptions) {
    this.maxItems = options.maxItems ?? Infinity;
  }

  /** One more item ran, using `ms` of the thread. */
  async ran(ms: number): Promise<void> {
    this.done++;
    this.used += ms;
    if (++this.inSlice < this.maxItems && this.used < this.options.budgetMs) return;
    this.inSlice = 0;
    this.used = 0;
    await this.options.pause();
    if (this.options.afterSlice) {
      this.options.afterSlice();
      await this.options.pause();
    }
  }

  /** After the last item: the catching up once more (unless nothing ran or the work was stopped). */
  async finish(): Promise<number> {
    if (this.done > 0 && this.options.afterSlice && !this.options.cancelled?.()) {
      await this.options.pause();
      this.options.afterSlice();
    }
    return this.done;
  }
}

/** Runs `work` on every item, pausing whenever a slice has used its budget. Resolves to how many items ran. */
export async function runInSlices<T>(items: readonly T[], work: (item: T) => void | Promise<void>, options: SliceOptions): Promise<number> {
  const slicer = new Slicer(options);
  for (const item of items) {
    if (options.cancelled?.()) break;
    const began = options.now();
    await work(item);
    await slicer.ran(options.now() - began);
  }
  return slicer.finish();
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
  const slicer = new Slicer(options);
  const started = new Map<number, Promise<P>>();
  let next = 0;
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
    await slicer.ran(options.now() - began);
  }
  return slicer.finish();
}
