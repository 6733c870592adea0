/** Notes' terms -> one glossary: a term defined in several places (`Fargate` and `Amazon Fargate`) is one term. */
import { foldKey } from "../markdown/text";
import type { NoteTerm, ParsedNote, SourceRef, Term } from "./types";

/** One note's term as the merge reads it: where it is written and its folded names (name first, then aliases). */
export interface TermSource {
  path: string;
  term: NoteTerm;
  keys: readonly string[];
}

/** The folded name and aliases of a note's term: the keys terms are merged by. */
export function termKeys(term: NoteTerm): string[] {
  return [term.name, ...term.aliases].map(foldKey);
}

/**
 * A merged term built source by source, in note order: {@link addSources} with more sources that come after every
 * source added so far gives the same term as {@link buildMergedTerm} over all of them, at the cost of the new ones.
 */
export class TermMerge {
  private best = "";
  private bestPref = false;
  private bestWords = 0;
  private count = 0;
  /** Every name once (the first written with its key), in note order, with its key. */
  private readonly names: string[] = [];
  private readonly nameKeys: string[] = [];
  private readonly seenKeys = new Set<string>();
  private readonly definition: string[] = [];
  private readonly lines = new Set<string>();
  private readonly refs: SourceRef[] = [];

  /** Adds sources that follow, in note order, every source added before. */
  addSources(sources: readonly TermSource[]): void {
    for (const s of sources) {
      const name = s.term.name;
      const pref = PREFIXED.test(name);
      if (this.count === 0) {
        this.best = name;
        this.bestPref = pref;
        this.bestWords = name.split(" ").length;
      } else if ((pref && !this.bestPref) || (pref === this.bestPref && name.length > this.best.length && name.split(" ").length <= this.bestWords + 1)) {
        this.best = name;
        this.bestPref = pref;
        this.bestWords = name.split(" ").length;
      }
      const names = [name, ...s.term.aliases];
      names.forEach((n, k) => {
        const key = s.keys[k] ?? foldKey(n);
        if (this.seenKeys.has(key)) return;
        this.seenKeys.add(key);
        this.names.push(n);
        this.nameKeys.push(key);
      });
      // The first source's lines are kept as written; later sources add only lines not seen yet.
      for (const d of s.term.definition) {
        if (this.count === 0 || !this.lines.has(d)) this.definition.push(d);
        this.lines.add(d);
      }
      this.refs.push({ path: s.path, line: s.term.line });
      this.count++;
    }
  }

  /** The term of every source added so far (a new object each time, sharing nothing with this builder). */
  term(): Term {
    const primary = this.best;
    const id = foldKey(primary);
    const aliases: string[] = [];
    this.names.forEach((n, i) => {
      if (this.nameKeys[i] !== id) aliases.push(n);
    });
    // Copies of exactly their length: lists grown by `push` keep spare room, and terms live as long as the index.
    return { id, name: primary, aliases: aliases.slice(), definition: this.definition.slice(), sources: this.refs.slice() };
  }
}

/**
 * One glossary term from the sources that share its names, given in note order (path order, then the note's own
 * order): the fullest name, every other name once, each definition line once, every source.
 */
export function buildMergedTerm(sources: readonly TermSource[]): Term {
  const merge = new TermMerge();
  merge.addSources(sources);
  return merge.term();
}

/** Merges the terms of many notes: terms that share a name or an alias become one, with every definition and source. */
export function mergeTerms(notes: Iterable<ParsedNote>): Term[] {
  const parent: number[] = [];
  const sources: TermSource[] = [];
  const byKey = new Map<string, number>();
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] as number;
    let k = i;
    while (parent[k] !== r) { const next = parent[k] as number; parent[k] = r; k = next; }
    return r;
  };
  for (const note of notes) {
    for (const t of note.terms) {
      const id = sources.length;
      const keys = termKeys(t);
      sources.push({ path: note.path, term: t, keys });
      parent.push(id);
      for (const key of keys) {
        const seen = byKey.get(key);
        if (seen === undefined) byKey.set(key, id);
        else {
          const a = find(seen);
          const b = find(id);
          if (a !== b) parent[b] = a;
        }
      }
    }
  }
  // Each group in the order of its first source, its sources in note order.
  const groups = new Map<number, TermSource[]>();
  sources.forEach((s, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(s);
    else groups.set(root, [s]);
  });
  return [...groups.values()].map(buildMergedTerm);
}

const PREFIXED = /^(?:Amazon|AWS)\s/;
