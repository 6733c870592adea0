/**
 * The merged glossary of the indexed notes, kept up to date note by note: a change re-merges only the terms that
 * share a name with what the note held before or holds now, and gives the same result as {@link mergeTerms} over
 * every note in path order.
 */
import { TermMerge, termKeys, type TermSource } from "./merge-terms";
import type { NoteTerm, ParsedNote, Term } from "./types";

/** Where a note defines a merged term: the term's id and the 1-based line span of the note's entry. */
export interface TermSpan {
  termId: string;
  from: number;
  to: number;
}

/** One note's term in the merge. */
interface Source extends TermSource {
  keys: string[];
  /** Position in its note, which orders the sources of one note. */
  index: number;
  group: Group | null;
  /** Keys are filled in, and the source is reachable through them, once a flush has read it. */
  linked: boolean;
  removed: boolean;
  /** The term id its note's spans were last listed with. */
  listedAs: string | null;
}

/** The sources with one key. Removed sources stay until they are half of the list, so removing one costs no search. */
interface Bucket {
  key: string;
  sources: Source[];
  removed: number;
}

/** Sources that share names (directly or through others), in note order, and the term they make. */
interface Group {
  sources: Source[];
  term: Term;
  /** The term as built so far: sources that come after all of the group's extend it without a full merge. */
  merge: TermMerge;
  dead: boolean;
  /** Within a flush: grown in place (it keeps its place in the list of groups). */
  grown: boolean;
  /** Within a flush: its sources before this one are already listed with its term's id. */
  listedUpTo: number;
}

const byNoteOrder = (a: Source, b: Source): number =>
  a.path < b.path ? -1 : a.path > b.path ? 1 : a.index - b.index;
const byFirstSource = (a: Group, b: Group): number => byNoteOrder(a.sources[0] as Source, b.sources[0] as Source);

/** The merged terms of a set of notes, updated with {@link setNote}; read lazily, so a burst of changes merges once. */
export class GlossaryTerms {
  private readonly byPath = new Map<string, Source[]>();
  /** Per key, the one copy of the key string every source shares, and the linked sources with that key. */
  private readonly byKey = new Map<string, Bucket>();
  /** Sources added since the last flush. */
  private pending: Source[] = [];
  /** Groups that lost a source since the last flush. */
  private readonly broken = new Set<Group>();
  /** Live groups with a source whose term changed but kept its names: their term is built again, nothing more. */
  private readonly stale = new Set<Group>();
  /** Notes changed since the last flush. */
  private readonly changedPaths = new Set<string>();
  /** Live groups in the order of their first source. */
  private groups: Group[] = [];
  private termList: Term[] | null = [];
  private spans = new Map<string, readonly TermSpan[]>();
  /** Whether `spans` was handed out since it last changed (a change then copies it first). */
  private spansShared = false;

  /** Replaces what a note contributes (`undefined` removes it). */
  setNote(path: string, note: Pick<ParsedNote, "terms"> | undefined): void {
    const old = this.byPath.get(path);
    const terms = note?.terms ?? [];
    this.changedPaths.add(path);
    if (old && this.updateInPlace(old, terms)) return;
    if (old) {
      for (const s of old) this.unlink(s);
      this.byPath.delete(path);
    }
    if (terms.length > 0) {
      const added = terms.map((term: NoteTerm, index): Source => ({ path, term, keys: [], index, group: null, linked: false, removed: false, listedAs: null }));
      this.byPath.set(path, added);
      for (const s of added) this.pending.push(s);
    }
    if (old || terms.length > 0) this.termList = null;
  }

  /** Every merged term, in the order of its first source. The array is shared: do not change it. */
  terms(): Term[] {
    this.flush();
    this.termList ??= this.groups.map((g) => g.term);
    return this.termList;
  }

  /** Per note path, the terms it defines and where. The map is shared until the next change: do not change it. */
  spansByPath(): ReadonlyMap<string, readonly TermSpan[]> {
    this.flush();
    this.spansShared = true;
    return this.spans;
  }

  /**
   * The common edit: the note's terms keep their names and order (a definition line was typed in). Each source takes
   * its new term where it is, and only the groups whose terms really changed are merged again. False when the names
   * moved, and the note must be re-linked.
   */
  private updateInPlace(old: readonly Source[], terms: readonly NoteTerm[]): boolean {
    if (old.length !== terms.length || old.some((s) => !s.linked)) return false;
    const keys = terms.map(termKeys);
    if (!old.every((s, i) => sameStrings(s.keys, keys[i] as string[]))) return false;
    old.forEach((s, i) => {
      const term = terms[i] as NoteTerm;
      if (!sameTerm(s.term, term) && s.group) this.stale.add(s.group);
      s.term = term;
    });
    return true;
  }

  private unlink(s: Source): void {
    s.removed = true;
    if (!s.linked) return;
    for (const key of new Set(s.keys)) {
      const bucket = this.byKey.get(key);
      if (!bucket) continue;
      bucket.removed++;
      if (bucket.removed * 2 < bucket.sources.length) continue;
      bucket.sources = bucket.sources.filter((x) => !x.removed);
      bucket.removed = 0;
      if (bucket.sources.length === 0) this.byKey.delete(key);
    }
    if (s.group) this.broken.add(s.group);
  }

  /** Re-merges the groups touched since the last flush. */
  private flush(): void {
    if (this.pending.length === 0 && this.broken.size === 0 && this.stale.size === 0 && this.changedPaths.size === 0) return;
    const seeds: Source[] = [];
    for (const s of this.pending) {
      if (s.removed) continue;
      s.keys = termKeys(s.term);
      s.linked = true;
      s.keys.forEach((key, k) => {
        const bucket = this.byKey.get(key);
        if (!bucket) this.byKey.set(key, { key, sources: [s], removed: 0 });
        else if (bucket.sources[bucket.sources.length - 1] !== s) {
          // One string per key, however many notes write the name.
          s.keys[k] = bucket.key;
          bucket.sources.push(s);
        }
      });
      seeds.push(s);
    }
    this.pending = [];
    const dead = new Set(this.broken);
    this.broken.clear();
    for (const g of dead) for (const s of g.sources) if (!s.removed) seeds.push(s);

    // Only notes added (a scan, a new note): old groups are whole and need no walk through their sources.
    const fresh = seeds.length === 0 ? [] : dead.size === 0 ? this.joinAdded(seeds, dead) : this.regroup(seeds, dead);
    for (const g of dead) g.dead = true;
    const made = fresh.filter((g) => !g.grown);
    if (dead.size > 0 || made.length > 0) {
      this.groups = mergeSorted(dead.size > 0 ? this.groups.filter((g) => !g.dead) : this.groups, made.sort(byFirstSource));
      this.termList = null;
    }
    // Groups that only changed their term, or grew, keep their place: a list still valid needs those places patched.
    const grown = fresh.filter((g) => g.grown);
    const patched = this.termList && (this.stale.size > 0 || grown.length > 0) ? this.termList.slice() : null;
    for (const g of grown) {
      g.grown = false;
      if (patched) patched[lowerBound(this.groups, g)] = g.term;
    }
    if (grown.length > 0) this.termList = patched;
    for (const g of this.stale) {
      if (g.dead) continue;
      g.merge = new TermMerge();
      g.merge.addSources(g.sources);
      g.term = g.merge.term();
      fresh.push(g);
      if (patched) patched[lowerBound(this.groups, g)] = g.term;
    }
    if (this.stale.size > 0) this.termList = patched;
    this.stale.clear();

    // A note's spans change with the note, or when a term it defines gets another id (its fullest name changed).
    const touched = new Set(this.changedPaths);
    this.changedPaths.clear();
    for (const g of fresh) {
      for (let i = g.listedUpTo; i < g.sources.length; i++) {
        const s = g.sources[i] as Source;
        if (s.listedAs !== g.term.id) touched.add(s.path);
      }
      g.listedUpTo = 0;
    }
    for (const path of touched) {
      const sources = this.byPath.get(path);
      if (!sources) {
        if (this.spans.has(path)) this.editSpans().delete(path);
        continue;
      }
      const list = sources.map((s): TermSpan => {
        const termId = s.group?.term.id ?? "";
        s.listedAs = termId;
        return { termId, from: s.term.lines.from, to: s.term.lines.to };
      });
      // Typing inside a line moves no span: the map (and every snapshot holding it) stays as it is.
      if (!sameSpans(this.spans.get(path), list)) this.editSpans().set(path, list);
    }
  }

  /**
   * The groups reachable from `seeds` through shared keys; every older group met on the way is added to `dead`.
   */
  private regroup(seeds: readonly Source[], dead: Set<Group>): Group[] {
    const visited = new Set<Source>();
    const keysDone = new Set<string>();
    const fresh: Group[] = [];
    for (const seed of seeds) {
      if (visited.has(seed)) continue;
      visited.add(seed);
      const reached: Source[] = [];
      const todo = [seed];
      while (todo.length > 0) {
        const s = todo.pop() as Source;
        reached.push(s);
        if (s.group && !s.group.dead) dead.add(s.group);
        for (const key of s.keys) {
          if (keysDone.has(key)) continue;
          keysDone.add(key);
          for (const other of this.byKey.get(key)?.sources ?? []) {
            if (other.removed || visited.has(other)) continue;
            visited.add(other);
            todo.push(other);
          }
        }
      }
      const group = mergedGroup(inNoteOrder(reached));
      for (const s of group.sources) s.group = group;
      fresh.push(group);
    }
    return fresh;
  }

  /**
   * Like {@link regroup} when no source was lost, so every old group is a whole group: new sources are joined with
   * each other and with the groups whose keys they share, at a cost that depends on the new sources only.
   */
  private joinAdded(seeds: readonly Source[], dead: Set<Group>): Group[] {
    const parent = new Map<Source | Group, Source | Group>();
    const find = (x: Source | Group): Source | Group => {
      let r = x;
      for (let p = parent.get(r); p !== undefined && p !== r; p = parent.get(r)) r = p;
      for (let k = x, p = parent.get(k); p !== undefined && p !== r; p = parent.get(k)) {
        parent.set(k, r);
        k = p;
      }
      return r;
    };
    const union = (a: Source | Group, b: Source | Group): void => {
      const ra = find(a);
      const rb = find(b);
      if (ra !== rb) parent.set(rb, ra);
    };
    const firstByKey = new Map<string, Source>();
    for (const s of seeds) {
      parent.set(s, s);
      for (const key of s.keys) {
        const first = firstByKey.get(key);
        if (first) union(first, s);
        else {
          firstByKey.set(key, s);
          const old = this.groupWithKey(key);
          if (old) {
            if (!parent.has(old)) parent.set(old, old);
            union(old, s);
          }
        }
      }
    }
    const components = new Map<Source | Group, { olds: Set<Group>; added: Source[] }>();
    for (const s of seeds) {
      const root = find(s);
      let c = components.get(root);
      if (!c) components.set(root, (c = { olds: new Set(), added: [] }));
      c.added.push(s);
    }
    for (const x of parent.keys()) {
      if ("dead" in x) components.get(find(x))?.olds.add(x);
    }
    const fresh: Group[] = [];
    for (const { olds, added } of components.values()) {
      if (this.grow(olds, added)) {
        fresh.push(olds.values().next().value as Group);
        continue;
      }
      for (const g of olds) dead.add(g);
      const group = mergedGroup(inNoteOrder([...[...olds].flatMap((g) => g.sources), ...added]));
      for (const s of group.sources) s.group = group;
      fresh.push(group);
    }
    return fresh;
  }

  /** The live group of the old sources with `key`, if any (all of them are in one group while none was lost). */
  private groupWithKey(key: string): Group | null {
    for (const s of this.byKey.get(key)?.sources ?? []) {
      if (!s.removed && s.group && !s.group.dead) return s.group;
    }
    return null;
  }

  /**
   * Grows the one old group of `olds` by `added` in place, when they all come after its sources (and it lost none and
   * changed none): its term is extended, not merged again. False when it cannot.
   */
  private grow(olds: ReadonlySet<Group>, added: Source[]): boolean {
    if (olds.size !== 1 || added.length === 0) return false;
    const group = olds.values().next().value as Group;
    if (group.dead || this.stale.has(group)) return false;
    const last = group.sources[group.sources.length - 1];
    added.sort(byNoteOrder);
    if (!last || byNoteOrder(last, added[0] as Source) >= 0) return false;
    group.merge.addSources(added);
    const term = group.merge.term();
    // Its older sources are listed with its id already, unless the id changed.
    group.listedUpTo = term.id === group.term.id ? group.sources.length : 0;
    group.term = term;
    group.grown = true;
    for (const s of added) {
      s.group = group;
      group.sources.push(s);
    }
    return true;
  }

  private editSpans(): Map<string, readonly TermSpan[]> {
    if (this.spansShared) {
      this.spans = new Map(this.spans);
      this.spansShared = false;
    }
    return this.spans;
  }
}

/** A group of `members` (in note order), merged from scratch. */
function mergedGroup(members: Source[]): Group {
  const merge = new TermMerge();
  merge.addSources(members);
  return { sources: members, term: merge.term(), merge, dead: false, grown: false, listedUpTo: 0 };
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function sameTerm(a: NoteTerm, b: NoteTerm): boolean {
  return a.name === b.name && a.line === b.line && a.lines.from === b.lines.from && a.lines.to === b.lines.to &&
    sameStrings(a.aliases, b.aliases) && sameStrings(a.definition, b.definition);
}

function sameSpans(a: readonly TermSpan[] | undefined, b: readonly TermSpan[]): boolean {
  if (!a || a.length !== b.length) return false;
  return a.every((x, i) => x.termId === b[i]?.termId && x.from === b[i]?.from && x.to === b[i]?.to);
}

/**
 * Sources in note order. Sources already merged before come as the sorted runs of their old groups, so the sort
 * mostly merges runs instead of comparing everything.
 */
function inNoteOrder(reached: readonly Source[]): Source[] {
  const here = new Set(reached);
  const out: Source[] = [];
  const groups = new Set<Group>();
  for (const s of reached) {
    if (!s.group) out.push(s);
    else if (!groups.has(s.group)) {
      groups.add(s.group);
      // An old group that lost a source may have split: only its sources reached here belong.
      for (const member of s.group.sources) if (here.has(member)) out.push(member);
    }
  }
  // A copy of exactly its length (a list grown by `push` keeps spare room, and groups live long).
  return out.sort(byNoteOrder).slice();
}

/** Index of a live group in the list of groups sorted by first source. */
function lowerBound(groups: readonly Group[], group: Group): number {
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
function mergeSorted(a: Group[], b: readonly Group[]): Group[] {
  if (b.length === 0) return a;
  const pieces: Group[][] = [];
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
    if (lo > i) pieces.push(a.slice(i, lo));
    pieces.push([g]);
    i = lo;
  }
  if (i < a.length) pieces.push(a.slice(i));
  return ([] as Group[]).concat(...pieces);
}
