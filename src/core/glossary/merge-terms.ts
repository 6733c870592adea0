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
 * One glossary term from the sources that share its names, given in note order (path order, then the note's own
 * order): the fullest name, every other name once, each definition line once, every source.
 */
export function buildMergedTerm(sources: readonly TermSource[]): Term {
  const primary = pickName(sources.map((s) => s.term.name));
  const id = foldKey(primary);
  const seen = new Set([id]);
  const aliases: string[] = [];
  const definition: string[] = [];
  const lines = new Set<string>();
  const refs: SourceRef[] = [];
  sources.forEach((s, i) => {
    const names = [s.term.name, ...s.term.aliases];
    names.forEach((n, k) => {
      const key = s.keys[k] ?? foldKey(n);
      if (!seen.has(key)) {
        seen.add(key);
        aliases.push(n);
      }
    });
    // The first source's lines are kept as written; later sources add only lines not seen yet.
    for (const d of s.term.definition) {
      if (i === 0 || !lines.has(d)) definition.push(d);
      lines.add(d);
    }
    refs.push({ path: s.path, line: s.term.line });
  });
  // Copies of exactly their length: lists grown by `push` keep spare room, and terms live as long as the index.
  return { id, name: primary, aliases: aliases.slice(), definition: definition.slice(), sources: refs.slice() };
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

/** The fullest entry name: one that carries `Amazon`/`AWS`, else the longest; ties keep note order. */
function pickName(names: readonly string[]): string {
  let best = names[0] ?? "";
  let bestPref = PREFIXED.test(best);
  let bestWords = best.split(" ").length;
  for (const n of names) {
    const pref = PREFIXED.test(n);
    if ((pref && !bestPref) || (pref === bestPref && n.length > best.length && n.split(" ").length <= bestWords + 1)) {
      best = n;
      bestPref = pref;
      bestWords = best.split(" ").length;
    }
  }
  return best;
}
