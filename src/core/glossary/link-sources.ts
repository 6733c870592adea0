/**
 * Which sources share keys: new sources are linked to the buckets of their keys, and, with the sources of groups that
 * lost one, joined with each other and with the live groups whose keys they share.
 */
import { foldKey } from "../markdown/text";
import type { Bucket, Group, Joined, Source } from "./term-groups";

/**
 * Fills in the keys of `notes`' sources (their buckets made where new), and returns the sets of sources that share
 * keys, directly or through others: the sources of `notes`, then those of `again` (linked already), with the live
 * groups whose keys they share (a dead group is not one: its live sources are to be in `again`). Each
 * {@link Joined} has its sources in the order given, and the list is in the order of their first source.
 */
export function linkSources(notes: readonly (readonly Source[])[], again: readonly Source[], byKey: Map<string, Bucket>): Joined[] {
  let count = again.length;
  for (const note of notes) count += note.length;
  const linker = new Linker(byKey);
  const joining = new Joining(count);
  for (const note of notes) {
    for (const s of note) {
      const { name, aliases } = s.term;
      const first = linker.bucketOf(name);
      linker.keys[0] = first.key;
      joining.reach(first, true);
      for (let k = 0; k < aliases.length; k++) {
        const bucket = linker.bucketOf(aliases[k] as string);
        linker.keys[k + 1] = bucket.key;
        joining.reach(bucket, false);
      }
      s.keys = linker.sharedKeys(first, aliases.length + 1);
      s.linked = true;
    }
  }
  for (const s of again) {
    for (let k = 0; k < s.keys.length; k++) joining.reach(linker.bucketOfKey(s.keys[k] as string), k === 0);
  }
  const out = joining.collect(notes, again);
  linker.done();
  return out;
}

/** Looks up buckets by name for one flush, and hands out one list of keys for every source with the same names. */
class Linker {
  /** The keys of the source being linked (the first few items). */
  readonly keys: string[] = [];
  /** A name written in many notes is folded and looked up once. */
  private readonly byName = new Map<string, Bucket>();
  /** Every bucket given lists of keys, to clear afterwards. */
  private readonly touched: Bucket[] = [];

  constructor(private readonly byKey: Map<string, Bucket>) {}

  bucketOf(name: string): Bucket {
    let bucket = this.byName.get(name);
    if (bucket === undefined) {
      bucket = this.bucketOfKey(foldKey(name));
      this.byName.set(name, bucket);
    }
    return bucket;
  }

  bucketOfKey(key: string): Bucket {
    let bucket = this.byKey.get(key);
    if (bucket === undefined) {
      bucket = { key, group: null, parent: null, joined: null, keyLists: null };
      this.byKey.set(key, bucket);
    }
    return bucket;
  }

  /**
   * The first `size` of {@link keys} as a list to keep: the same list for every source with the same keys (sources
   * only read their keys), found among those of the bucket of its name.
   */
  sharedKeys(bucket: Bucket, size: number): readonly string[] {
    const keys = this.keys;
    const lists = bucket.keyLists;
    if (lists === null) {
      const list = keys.slice(0, size);
      bucket.keyLists = [list];
      this.touched.push(bucket);
      return list;
    }
    for (const list of lists) if (startsWith(keys, list, size)) return list;
    const list = keys.slice(0, size);
    lists.push(list);
    return list;
  }

  /** Clears the lists of keys (found again next flush, should the same names come back). */
  done(): void {
    for (const b of this.touched) b.keyLists = null;
  }
}

/** Empty lists to start with: never added to (a new list replaces them). */
const NO_SOURCES: Source[] = Object.freeze([]) as unknown as Source[];
const NO_GROUPS: Group[] = Object.freeze([]) as unknown as Group[];

/** Whether `list` is exactly the first `size` of `keys`. */
function startsWith(keys: readonly string[], list: readonly string[], size: number): boolean {
  if (list.length !== size) return false;
  for (let i = 0; i < size; i++) if (list[i] !== keys[i]) return false;
  return true;
}

/** A union-find over the buckets the sources reach, kept on the buckets' own fields for one flush. */
class Joining {
  /** Every bucket given a parent, to clear afterwards. */
  private readonly touched: Bucket[] = [];
  /** Per source (in order), the bucket of its name (its root, once collected). */
  private readonly firsts: Bucket[];
  private reached = 0;
  private readonly olds: Group[] = [];

  /** For `count` sources. */
  constructor(count: number) {
    this.firsts = new Array<Bucket>(count);
  }

  /** A source reaches the bucket of one of its keys; `first` for its name's bucket, which starts the source. */
  reach(bucket: Bucket, first: boolean): void {
    if (bucket.parent === null) {
      bucket.parent = bucket;
      this.touched.push(bucket);
      const old = bucket.group;
      if (old && !old.dead) {
        if (old.via === null) {
          old.via = bucket;
          this.olds.push(old);
        } else union(old.via, bucket);
      }
    }
    if (first) this.firsts[this.reached++] = bucket;
    else union(this.firsts[this.reached - 1] as Bucket, bucket);
  }

  /** The joined sets, in the order of their first source (old groups are met later). */
  collect(notes: readonly (readonly Source[])[], again: readonly Source[]): Joined[] {
    const out: Joined[] = [];
    const { firsts } = this;
    // Each source's root, and how many sources each root has.
    for (let i = 0; i < this.reached; i++) {
      const root = find(firsts[i] as Bucket);
      firsts[i] = root;
      if (root.joined === null) {
        root.joined = { olds: NO_GROUPS, added: NO_SOURCES, filled: 0 };
        out.push(root.joined);
      }
      root.joined.filled++;
    }
    for (const joined of out) {
      joined.added = new Array<Source>(joined.filled);
      joined.filled = 0;
    }
    let i = 0;
    const fill = (s: Source): void => {
      const joined = (firsts[i++] as Bucket).joined as Joined;
      joined.added[joined.filled++] = s;
    };
    for (const note of notes) for (const s of note) fill(s);
    for (const s of again) fill(s);
    for (const g of this.olds) {
      const joined = find(g.via as Bucket).joined as Joined;
      if (joined.olds.length === 0) joined.olds = [g];
      else joined.olds.push(g);
      g.via = null;
    }
    for (const b of this.touched) {
      b.parent = null;
      b.joined = null;
    }
    return out;
  }
}

function find(x: Bucket): Bucket {
  let root = x;
  while (root.parent !== root) root = root.parent as Bucket;
  for (let k = x; k !== root;) {
    const next = k.parent as Bucket;
    k.parent = root;
    k = next;
  }
  return root;
}

function union(a: Bucket, b: Bucket): void {
  const ra = find(a);
  const rb = find(b);
  if (ra !== rb) rb.parent = ra;
}
