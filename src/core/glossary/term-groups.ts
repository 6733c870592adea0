/** What {@link GlossaryTerms} keeps per note term, per key and per merged term, and the orders it keeps them in. */
import { TermMerge, type TermSource } from "./term-merge";
import type { Term } from "./types";
import type { NoteTerm } from "../reading/types";

/** One note's term in the merge. */
export interface Source extends TermSource {
  /** Shared by sources with the same keys: never changed, only replaced. */
  keys: readonly string[];
  /** Position in its note, which orders the sources of one note. */
  index: number;
  group: Group | null;
  /** Keys are filled in, and the source is in its keys' group, once a flush has read it. */
  linked: boolean;
  removed: boolean;
  /** The term id its note's spans were last listed with (null until they are first listed). */
  listedAs: string | null;
}

/** One key of the linked sources. */
export interface Bucket {
  /** The one copy of the key string every source with it shares. */
  key: string;
  /** The group of the live sources with this key (all of them are in one), once a flush made it. */
  group: Group | null;
  /** Within a flush: the bucket's parent in the union of buckets that share sources. */
  parent: Bucket | null;
  /** Within a flush, on a root bucket: the sources and old groups joined under it. */
  joined: Joined | null;
  /** Within a flush: the lists of keys handed to new sources whose name has this key. */
  keyLists: (readonly string[])[] | null;
}

/** Old groups and sources to group (new ones in note order, then those of groups that lost one) that share keys. */
export interface Joined {
  olds: Group[];
  /** A list of exactly their number, filled in the order the sources were given. */
  added: Source[];
  /** How many of `added` are filled in (while they are). */
  filled: number;
}

/** Sources that share names (directly or through others), in note order, and the term they make. */
export interface Group {
  sources: Source[];
  term: Term;
  /**
   * The keys of the term's names in the order they were first written, and the name listed with the primary one's
   * key: with them, sources that come after all of the group's extend the term ({@link TermMerge.resume}) without a
   * full merge.
   */
  nameKeys: readonly string[];
  primaryListed: string;
  /** The builder of a large term (see {@link TermMerge.isLarge}): it extends the term faster than one resumed. */
  merge: TermMerge | null;
  dead: boolean;
  /** Within a flush: grown in place (it keeps its place in the list of groups). */
  grown: boolean;
  /** Within a flush: its sources before this one are already listed with its term's id. */
  listedUpTo: number;
  /** Within a flush: a bucket of its keys that sources to group reached it through. */
  via: Bucket | null;
}

/** Path order, then the order within the note (the sources of one note share one path string). */
export const byNoteOrder = (a: Source, b: Source): number =>
  a.path === b.path ? a.index - b.index : a.path < b.path ? -1 : 1;
export const byFirstSource = (a: Group, b: Group): number => byNoteOrder(a.sources[0] as Source, b.sources[0] as Source);

/** No term yet: the term of a group being built. */
const NO_TERM: Term = Object.freeze({ id: "", name: "", aliases: [], definition: [], sources: [] });
const NO_KEYS: readonly string[] = Object.freeze([]);

/** The one builder of terms merged from scratch: it keeps its lists' room from one term to the next. */
const scratch = new TermMerge();

/** A group of `members` (in note order, a list of exactly their number), merged from scratch. */
export function mergedGroup(members: Source[]): Group {
  const group: Group = { sources: members, term: NO_TERM, nameKeys: NO_KEYS, primaryListed: "", merge: null, dead: false, grown: false, listedUpTo: 0, via: null };
  mergeGroup(group);
  return group;
}

/** Merges the group's term from scratch, and points its sources to it. */
export function mergeGroup(group: Group): void {
  for (const s of group.sources) {
    scratch.add(s);
    s.group = group;
  }
  group.term = scratch.term();
  group.nameKeys = scratch.nameKeyList();
  group.primaryListed = scratch.primaryListed();
  // A large term keeps its builder (the scratch one hands it over and starts afresh).
  if (scratch.isLarge()) group.merge = scratch.detach();
  else {
    group.merge = null;
    scratch.reset();
  }
}

/** Sorts in place, unless the list is sorted already (the common case here: one pass, no sort). */
export function sortIfNeeded<T>(list: T[], order: (a: T, b: T) => number): T[] {
  for (let i = 1; i < list.length; i++) {
    if (order(list[i - 1] as T, list[i] as T) > 0) return list.sort(order);
  }
  return list;
}

export function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function sameTerm(a: NoteTerm, b: NoteTerm): boolean {
  return a.name === b.name && a.line === b.line && a.lines.from === b.lines.from && a.lines.to === b.lines.to &&
    sameStrings(a.aliases, b.aliases) && sameStrings(a.definition, b.definition);
}

/** Index of a live group in the list of groups sorted by first source. */
export function lowerBound(groups: readonly Group[], group: Group): number {
  let lo = 0;
  let hi = groups.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (byFirstSource(groups[mid] as Group, group) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Two lists sorted by first source, merged into one: each of `b` (the few) is placed by binary search in `a`. */
export function mergeSorted(a: readonly Group[], b: readonly Group[]): Group[] {
  // A list of exactly its length, not one grown by `push` (the list of groups lives long).
  const out = new Array<Group>(a.length + b.length);
  let n = 0;
  let i = 0;
  for (const g of b) {
    // After every group of `a` that does not come after `g`.
    let lo = i;
    let hi = a.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byFirstSource(a[mid] as Group, g) <= 0) lo = mid + 1;
      else hi = mid;
    }
    while (i < lo) out[n++] = a[i++] as Group;
    out[n++] = g;
  }
  while (i < a.length) out[n++] = a[i++] as Group;
  return out;
}
