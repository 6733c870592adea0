/** Notes' terms -> one glossary: a term defined in several places (`Fargate` and `Amazon Fargate`) is one term. */
import { foldKey } from "../markdown/text";
import type { ParsedNote, SourceRef, Term } from "./types";

interface Group {
  /** The names the notes wrote as the entry's name (not its aliases). */
  primaries: string[];
  names: string[];
  definition: string[];
  sources: SourceRef[];
}

/** Merges the terms of many notes: terms that share a name or an alias become one, with every definition and source. */
export function mergeTerms(notes: Iterable<ParsedNote>): Term[] {
  const parent: number[] = [];
  const groups: Group[] = [];
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
      const id = groups.length;
      groups.push({ primaries: [t.name], names: [t.name, ...t.aliases], definition: t.definition, sources: [{ path: note.path, line: t.line }] });
      parent.push(id);
      for (const n of [t.name, ...t.aliases]) {
        const key = foldKey(n);
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
  const merged = new Map<number, Group>();
  groups.forEach((g, i) => {
    const root = find(i);
    const into = merged.get(root);
    if (!into) merged.set(root, { primaries: [...g.primaries], names: [...g.names], definition: [...g.definition], sources: [...g.sources] });
    else {
      into.primaries.push(...g.primaries);
      into.names.push(...g.names);
      for (const d of g.definition) if (!into.definition.includes(d)) into.definition.push(d);
      into.sources.push(...g.sources);
    }
  });
  const terms: Term[] = [];
  for (const g of merged.values()) {
    const primary = pickName(g.primaries);
    const seen = new Set([foldKey(primary)]);
    const aliases: string[] = [];
    for (const n of g.names) {
      const k = foldKey(n);
      if (!seen.has(k)) { seen.add(k); aliases.push(n); }
    }
    terms.push({ id: foldKey(primary), name: primary, aliases, definition: g.definition, sources: g.sources });
  }
  return terms;
}

/** The fullest entry name: one that carries `Amazon`/`AWS`, else the longest; ties keep note order. */
function pickName(names: readonly string[]): string {
  let best = names[0] ?? "";
  for (const n of names) {
    const pref = /^(?:Amazon|AWS)\s/.test(n);
    const bestPref = /^(?:Amazon|AWS)\s/.test(best);
    if ((pref && !bestPref) || (pref === bestPref && n.length > best.length && n.split(" ").length <= best.split(" ").length + 1)) {
      best = n;
    }
  }
  return best;
}
