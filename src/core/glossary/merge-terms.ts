/** Notes' terms -> one glossary: a term defined in several places (`Fargate` and `Amazon Fargate`) is one term. */
import { foldKey } from "../markdown/text";
import { buildMergedTerm, type TermSource } from "./term-merge";
import type { Term } from "./types";
import type { NoteTerm, ParsedNote } from "../reading/types";

export { buildMergedTerm, TermMerge, type TermSource } from "./term-merge";

/** The folded name and aliases of a note's term: the keys terms are merged by. */
export function termKeys(term: NoteTerm): string[] {
  const keys = [foldKey(term.name)];
  for (const alias of term.aliases) keys.push(foldKey(alias));
  return keys;
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
