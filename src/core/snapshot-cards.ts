/**
 * The vault's cards, one per id, kept from snapshot to snapshot: the same result as `mergeCards` over every note in
 * path order, but a changed note re-decides only the card ids it holds or held.
 */
import type { Card } from "./cards/types";
import type { ParsedNote } from "./reading/types";

/** Paths whose note differs between two path-ordered note lists, and whether both lists hold the same paths. */
function diffNotes(before: readonly ParsedNote[], after: readonly ParsedNote[]): { paths: string[]; samePaths: boolean } {
  const paths: string[] = [];
  let samePaths = true;
  let i = 0;
  let j = 0;
  while (i < before.length || j < after.length) {
    const a = before[i];
    const b = after[j];
    if (a && b && a.path === b.path) {
      if (a !== b) paths.push(a.path);
      i++;
      j++;
      continue;
    }
    samePaths = false;
    if (a && (!b || a.path < b.path)) {
      paths.push(a.path);
      i++;
    } else if (b) {
      paths.push(b.path);
      j++;
    }
  }
  return { paths, samePaths };
}

/** Index of the first entry of a sorted list whose key is not below `key`. */
function lowerBound<T>(list: readonly T[], key: string, keyOf: (item: T) => string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keyOf(list[mid] as T) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const itself = (s: string): string => s;
const pathOf = (n: ParsedNote): string => n.path;

/** Merged cards of path-ordered notes; see the file comment. */
export class VaultCards {
  private notes: readonly ParsedNote[] = [];
  /** Every card of every note, by path. */
  private readonly own = new Map<string, Card[]>();
  /** Per card id, the paths of the notes holding it, in path order: the first one's card is the vault's. */
  private readonly holders = new Map<string, string[]>();
  /** Per path, the note's cards that no note before it in path order holds. */
  private readonly kept = new Map<string, Card[]>();
  /** `starts[i]` is where the kept cards of `notes[i]` begin in `merged`; one more entry holds the total. */
  private starts: number[] = [0];
  private merged: Card[] = [];

  /** The merged cards of `notes` (in path order); `cardsOf` gives a note's own cards. The array is shared: do not change it. */
  update(notes: readonly ParsedNote[], cardsOf: (note: ParsedNote) => Card[]): Card[] {
    if (notes === this.notes) return this.merged;
    const { paths, samePaths } = diffNotes(this.notes, notes);
    const recheck = new Set(paths);
    for (const path of paths) {
      const at = lowerBound(notes, path, pathOf);
      const note = notes[at]?.path === path ? notes[at] : undefined;
      for (const card of this.own.get(path) ?? []) this.dropHolder(card.id, path, recheck);
      const cards = note ? cardsOf(note) : undefined;
      if (cards) this.own.set(path, cards);
      else this.own.delete(path);
      for (const card of cards ?? []) this.addHolder(card.id, path, recheck);
    }
    // Typing inside a note keeps its number of cards: the merged list is then patched where the note's cards are.
    this.notes = notes;
    if (recheck.size === 0) return this.merged;
    let patched: Card[] | null = samePaths ? this.merged.slice() : null;
    for (const path of recheck) {
      const list = this.keptCards(path);
      if (list) this.kept.set(path, list);
      else this.kept.delete(path);
      if (!patched) continue;
      const at = lowerBound(notes, path, pathOf);
      const from = this.starts[at] ?? 0;
      const count = list?.length ?? 0;
      if ((this.starts[at + 1] ?? 0) - from !== count) patched = null;
      else for (let k = 0; k < count; k++) patched[from + k] = (list as Card[])[k] as Card;
    }
    // Otherwise the notes before the first changed one keep their cards where they are (a scan adds notes at the end).
    this.merged = patched ?? this.rebuildFrom(notes, lowerBound(notes, paths[0] as string, pathOf));
    return this.merged;
  }

  private dropHolder(id: string, path: string, recheck: Set<string>): void {
    const list = this.holders.get(id);
    const at = list ? list.indexOf(path) : -1;
    if (!list || at < 0) return;
    // The next holder may now keep the card.
    if (at === 0 && list.length > 1) recheck.add(list[1] as string);
    list.splice(at, 1);
    if (list.length === 0) this.holders.delete(id);
  }

  private addHolder(id: string, path: string, recheck: Set<string>): void {
    let list = this.holders.get(id);
    if (!list) this.holders.set(id, (list = []));
    const at = lowerBound(list, path, itself);
    if (list[at] === path) return;
    // The note that kept the card so far loses it.
    if (at === 0 && list.length > 0) recheck.add(list[0] as string);
    list.splice(at, 0, path);
  }

  /** The cards of the note at `path` that it keeps: those it holds first, each id once. */
  private keptCards(path: string): Card[] | undefined {
    const own = this.own.get(path);
    if (!own) return undefined;
    const seen = new Set<string>();
    return own.filter((c) => {
      const first = !seen.has(c.id) && this.holders.get(c.id)?.[0] === path;
      seen.add(c.id);
      return first;
    });
  }

  /**
   * The merged list anew from `notes[first]` on; the cards of the notes before it are copied over as they were (the
   * same notes, at the same places, as `paths` in `update` come in path order and no earlier note is rechecked).
   */
  private rebuildFrom(notes: readonly ParsedNote[], first: number): Card[] {
    const out = this.merged.slice(0, this.starts[first] ?? 0);
    const starts = this.starts.slice(0, first);
    for (let i = first; i < notes.length; i++) {
      starts.push(out.length);
      for (const card of this.kept.get((notes[i] as ParsedNote).path) ?? []) out.push(card);
    }
    starts.push(out.length);
    this.starts = starts;
    return out;
  }
}
