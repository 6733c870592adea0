/**
 * The merged glossary of the indexed notes, kept up to date note by note: a change re-merges only the terms that
 * share a name with what the note held before or holds now, and gives the same result as {@link mergeTerms} over
 * every note in path order.
 */
import { linkSources } from "./link-sources";
import { termKeys } from "./merge-terms";
import {
  byFirstSource, byNoteOrder, lowerBound, mergedGroup, mergeGroup, mergeSorted, sameStrings, sameTerm, sortIfNeeded,
  type Bucket, type Group, type Joined, type Source,
} from "./term-groups";
import { TermMerge } from "./term-merge";
import { SpanTable, type TermSpan } from "./span-table";
import type { Term } from "./types";
import type { NoteTerm, ParsedNote } from "../reading/types";

export type { TermSpan } from "./span-table";

/** The keys of a source not linked yet. */
const NO_KEYS: readonly string[] = Object.freeze([]);

const byFirstPath = (a: readonly Source[], b: readonly Source[]): number => byNoteOrder(a[0] as Source, b[0] as Source);

/** The merged terms of a set of notes, updated with {@link setNote}; read lazily, so a burst of changes merges once. */
export class GlossaryTerms {
  private readonly byPath = new Map<string, Source[]>();
  /** Per key of the linked sources, its bucket. */
  private readonly byKey = new Map<string, Bucket>();
  /** The sources of each note set since the last flush (a note's list, never empty; removed ones are skipped). */
  private pending: Source[][] = [];
  /** Groups that lost a source since the last flush. */
  private readonly broken = new Set<Group>();
  /** The keys of the linked sources removed since the last flush: their buckets go once no live source has them. */
  private lostKeys: (readonly string[])[] = [];
  /** Live groups with a source whose term changed but kept its names: their term is built again, nothing more. */
  private readonly stale = new Set<Group>();
  /** Notes changed since the last flush. */
  private readonly changedPaths = new Set<string>();
  /** Live groups in the order of their first source. */
  private groups: Group[] = [];
  private termList: Term[] | null = [];
  /** Immutable: a flush that moves spans makes a new table, so tables handed out stay as they were. */
  private spans = SpanTable.empty();

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
      const added = terms.map((term: NoteTerm, index): Source => ({ path, term, keys: NO_KEYS, index, group: null, linked: false, removed: false, listedAs: null }));
      this.byPath.set(path, added);
      this.pending.push(added);
    }
    if (old || terms.length > 0) this.termList = null;
  }

  /** Every merged term, in the order of its first source. The array is shared: do not change it. */
  terms(): Term[] {
    this.flush();
    this.termList ??= this.groups.map((g) => g.term);
    return this.termList;
  }

  /** Per note path, the terms it defines and where: a table that never changes (the next change makes another). */
  spansByPath(): ReadonlyMap<string, readonly TermSpan[]> {
    this.flush();
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
    if (!old.every((s, i) => sameStrings(s.keys, keys[i] as readonly string[]))) return false;
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
    this.lostKeys.push(s.keys);
    if (s.group) this.broken.add(s.group);
  }

  /** Re-merges the groups touched since the last flush. */
  private flush(): void {
    if (this.pending.length === 0 && this.broken.size === 0 && this.stale.size === 0 && this.changedPaths.size === 0) return;
    // The notes set since the last flush, in path order (a scan mostly sets them in that order already).
    const notes = sortIfNeeded(this.pending.filter((note) => !(note[0] as Source).removed), byFirstPath);
    this.pending = [];
    // A group that lost a source is no more: its other sources are grouped again, with the new ones.
    const dead = new Set(this.broken);
    this.broken.clear();
    const again: Source[] = [];
    for (const g of dead) {
      g.dead = true;
      for (const s of g.sources) if (!s.removed) again.push(s);
    }
    const fresh = this.regroup(linkSources(notes, again, this.byKey), dead);
    for (const g of dead) g.dead = true;
    for (const g of fresh) for (const key of g.nameKeys) (this.byKey.get(key) as Bucket).group = g;
    this.dropLostKeys();
    const made = fresh.filter((g) => !g.grown);
    if (dead.size > 0 || made.length > 0) {
      this.groups = mergeSorted(dead.size > 0 ? this.groups.filter((g) => !g.dead) : this.groups, sortIfNeeded(made, byFirstSource));
      this.termList = null;
    }
    this.rebuildStale(fresh);
    this.listSpans(fresh);
  }

  /** Buckets of keys no live source has any more (their group is dead, and no new one took the key). */
  private dropLostKeys(): void {
    for (const keys of this.lostKeys) {
      for (const key of keys) {
        const group = this.byKey.get(key)?.group;
        if (group === null || group?.dead === true) this.byKey.delete(key);
      }
    }
    this.lostKeys = [];
  }

  /**
   * Groups that only changed their term, or grew, keep their place: a list of terms still valid needs those places
   * patched. Stale groups are merged again, and added to `fresh`.
   */
  private rebuildStale(fresh: Group[]): void {
    const grown = fresh.filter((g) => g.grown);
    const patched = this.termList && (this.stale.size > 0 || grown.length > 0) ? this.termList.slice() : null;
    for (const g of grown) {
      g.grown = false;
      if (patched) patched[lowerBound(this.groups, g)] = g.term;
    }
    if (grown.length > 0) this.termList = patched;
    for (const g of this.stale) {
      if (g.dead) continue;
      mergeGroup(g);
      fresh.push(g);
      if (patched) patched[lowerBound(this.groups, g)] = g.term;
    }
    if (this.stale.size > 0) this.termList = patched;
    this.stale.clear();
  }

  /** A note's spans change with the note, or when a term it defines gets another id (its fullest name changed). */
  private listSpans(fresh: readonly Group[]): void {
    const touched = new Set(this.changedPaths);
    this.changedPaths.clear();
    for (const g of fresh) {
      const id = g.term.id;
      for (let i = g.listedUpTo; i < g.sources.length; i++) {
        const s = g.sources[i] as Source;
        // A source never listed is new since the last flush, and its note is among the changed ones already.
        if (s.listedAs !== null && s.listedAs !== id) touched.add(s.path);
      }
      g.listedUpTo = 0;
    }
    const changes = new Map<string, readonly TermSpan[] | undefined>();
    for (const path of touched) {
      const sources = this.byPath.get(path);
      if (!sources) {
        if (this.spans.has(path)) changes.set(path, undefined);
        continue;
      }
      const list = sources.map((s): TermSpan => {
        const termId = s.group?.term.id ?? "";
        s.listedAs = termId;
        return { termId, from: s.term.lines.from, to: s.term.lines.to };
      });
      // Typing inside a line moves no span: the map (and every snapshot holding it) stays as it is.
      if (!sameSpans(this.spans.get(path), list)) changes.set(path, list);
    }
    this.spans = this.spans.with(changes);
  }

  /**
   * The groups of the joined sets. With only new sources (a scan, a new note: every old group is whole), an old group
   * is grown in place where it can be; else each set is merged from scratch, and its old groups are dead.
   */
  private regroup(joined: readonly Joined[], dead: Set<Group>): Group[] {
    const onlyAdded = dead.size === 0;
    const fresh: Group[] = [];
    for (const { olds, added } of joined) {
      if (onlyAdded && olds.length === 0) {
        // Only new sources, in note order, none of them listed with an older id.
        const group = mergedGroup(added);
        group.listedUpTo = added.length;
        fresh.push(group);
        continue;
      }
      if (onlyAdded && olds.length === 1 && this.grow(olds[0] as Group, added)) {
        fresh.push(olds[0] as Group);
        continue;
      }
      for (const g of olds) dead.add(g);
      // Lists of exactly their length; old groups come as sorted runs, which the sort merges.
      // A list of exactly its length, filled without spreading (a flush can join more groups than a call can take
      // arguments); old groups come as sorted runs, which the sort merges.
      let total = added.length;
      for (const g of olds) total += g.sources.length;
      const members = new Array<Source>(total);
      let at = 0;
      for (const g of olds) for (const s of g.sources) members[at++] = s;
      for (const s of added) members[at++] = s;
      members.sort(byNoteOrder);
      fresh.push(mergedGroup(members));
    }
    return fresh;
  }

  /**
   * Grows an old group by `added` (in note order) in place, when they all come after its sources (and it lost none
   * and changed none): its term is extended, not merged again. False when it cannot.
   */
  private grow(group: Group, added: readonly Source[]): boolean {
    if (group.dead || this.stale.has(group) || added.length === 0) return false;
    const last = group.sources[group.sources.length - 1];
    if (!last || byNoteOrder(last, added[0] as Source) >= 0) return false;
    const merge = group.merge ?? TermMerge.resume(group.term, group.nameKeys, group.primaryListed);
    merge.addSources(added);
    const term = merge.term();
    group.merge = merge.isLarge() ? merge : null;
    group.nameKeys = merge.nameKeyList();
    group.primaryListed = merge.primaryListed();
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

}

function sameSpans(a: readonly TermSpan[] | undefined, b: readonly TermSpan[]): boolean {
  if (!a || a.length !== b.length) return false;
  return a.every((x, i) => x.termId === b[i]?.termId && x.from === b[i]?.from && x.to === b[i]?.to);
}
