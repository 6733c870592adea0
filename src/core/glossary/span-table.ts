/**
 * The spans of the vault's notes (where each note defines which term), as an immutable table: a change makes a new
 * table that shares all but the touched buckets with the old one, so snapshots can hold a table without copies and a
 * change costs a few dozen entries, not the whole vault.
 */

/** Where a note defines a merged term: the term's id and the 1-based line span of the note's entry. */
export interface TermSpan {
  termId: string;
  from: number;
  to: number;
}

const BUCKETS = 64;

/** A bucket number of a path (a small string hash; any spread over the buckets will do). */
function bucketOf(path: string): number {
  let h = 0;
  for (let i = 0; i < path.length; i++) h = (Math.imul(h, 31) + path.charCodeAt(i)) | 0;
  return (h >>> 0) % BUCKETS;
}

type Bucket = ReadonlyMap<string, readonly TermSpan[]>;

/** Per note path, its spans. Never changes: {@link with} gives a new table. */
export class SpanTable implements ReadonlyMap<string, readonly TermSpan[]> {
  private constructor(private readonly buckets: readonly Bucket[], readonly size: number) {}

  /** The table with no notes. */
  static empty(): SpanTable {
    return new SpanTable(Array.from({ length: BUCKETS }, () => new Map<string, readonly TermSpan[]>()), 0);
  }

  get(path: string): readonly TermSpan[] | undefined {
    return (this.buckets[bucketOf(path)] as Bucket).get(path);
  }

  has(path: string): boolean {
    return (this.buckets[bucketOf(path)] as Bucket).has(path);
  }

  /** This table with each path of `changes` set to its spans, or removed where they are `undefined`. */
  with(changes: ReadonlyMap<string, readonly TermSpan[] | undefined>): SpanTable {
    if (changes.size === 0) return this;
    const buckets = this.buckets.slice();
    const copied = new Set<number>();
    let size = this.size;
    for (const [path, spans] of changes) {
      const b = bucketOf(path);
      if (!copied.has(b)) {
        buckets[b] = new Map(buckets[b]);
        copied.add(b);
      }
      const bucket = buckets[b] as Map<string, readonly TermSpan[]>;
      const had = bucket.has(path);
      if (spans === undefined) {
        if (had) size--;
        bucket.delete(path);
      } else {
        if (!had) size++;
        bucket.set(path, spans);
      }
    }
    return new SpanTable(buckets, size);
  }

  *entries(): MapIterator<[string, readonly TermSpan[]]> {
    for (const bucket of this.buckets) yield* bucket.entries();
  }

  *keys(): MapIterator<string> {
    for (const bucket of this.buckets) yield* bucket.keys();
  }

  *values(): MapIterator<readonly TermSpan[]> {
    for (const bucket of this.buckets) yield* bucket.values();
  }

  [Symbol.iterator](): MapIterator<[string, readonly TermSpan[]]> {
    return this.entries();
  }

  forEach(visit: (spans: readonly TermSpan[], path: string, table: ReadonlyMap<string, readonly TermSpan[]>) => void): void {
    for (const [path, spans] of this.entries()) visit(spans, path, this);
  }
}
