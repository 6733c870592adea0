/**
 * The vault's terms that can stand as options of a multiple-choice question: one candidate per term (notes defining
 * the same service or name make one), with its definition, its names and the categories it belongs to.
 */
import { foldKey } from "../markdown/text";
import type { ParsedNote } from "../reading/types";
import { catalogueEntryOf, namesToHide, termIdentity } from "./term-names";

/** One term that can be an option. */
export interface OptionCandidate {
  /** The name shown on the option: the term's name in the first note (path order) that defines it. */
  name: string;
  /** Every name of the term (its names, aliases and its catalogue entry's names), as written. */
  names: string[];
  /** Its definition lines over every note, each once, in path order. */
  definition: string[];
  /** Its AWS catalogue entry, if it names one: a service or a concept (a feature, a model) of a category. */
  catalogue?: { id: string; category: string; kind: "service" | "concept" };
  /** The lists (category lines, headings) it is one item of, as written. */
  groups: string[];
  /** The comparisons it is a side of: each one's side names, its own included. */
  comparisons: string[][];
}

/** The candidates and their indexes by name, group and catalogue category; built once per vault snapshot. */
export interface OptionPool {
  candidates: readonly OptionCandidate[];
  /** A candidate by any of its names, folded with `foldKey`. */
  byName: ReadonlyMap<string, OptionCandidate>;
  /** Candidates by folded group name. */
  byGroup: ReadonlyMap<string, readonly OptionCandidate[]>;
  /** Candidates by catalogue category and kind, keyed by {@link categoryKey}. */
  byCategory: ReadonlyMap<string, readonly OptionCandidate[]>;
}

/**
 * The key of a catalogue category in {@link OptionPool.byCategory}: category and kind, so services are asked among
 * services and concepts (`Instance Store`, `RPO`) among concepts.
 */
export function categoryKey(category: string, kind: string): string {
  return `${kind}:${category}`;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/**
 * Builds the pool from the vault's notes (any order: they are read in path order). Terms are one candidate when they
 * name the same catalogue entry, or share a name or alias (folded). Notes that are not AWS notes have no terms.
 */
export function buildOptionPool(notes: Iterable<ParsedNote>): OptionPool {
  const sorted = [...notes].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const candidates: OptionCandidate[] = [];
  const byIdentity = new Map<string, OptionCandidate>();
  const byName = new Map<string, OptionCandidate>();
  const lineKeys = new Map<OptionCandidate, Set<string>>();
  const nameKeys = new Map<OptionCandidate, Set<string>>();
  const groupKeys = new Map<OptionCandidate, Set<string>>();
  for (const note of sorted) {
    for (const term of note.terms) {
      const entry = catalogueEntryOf(term);
      const identity = termIdentity(term, entry);
      const names = namesToHide(term, entry);
      const keys = names.map(foldKey);
      let c = byIdentity.get(identity) ?? keys.map((k) => byName.get(k)).find((x) => x !== undefined);
      if (!c) {
        c = { name: term.name, names: [], definition: [], groups: [], comparisons: [] };
        if (entry) c.catalogue = { id: entry.id, category: entry.category, kind: entry.kind };
        candidates.push(c);
        lineKeys.set(c, new Set());
        nameKeys.set(c, new Set());
        groupKeys.set(c, new Set());
      }
      if (!byIdentity.has(identity)) byIdentity.set(identity, c);
      const own = nameKeys.get(c) as Set<string>;
      for (let i = 0; i < names.length; i++) {
        const key = keys[i] as string;
        if (!own.has(key)) {
          own.add(key);
          c.names.push(names[i] as string);
        }
        if (!byName.has(key)) byName.set(key, c);
      }
      const seen = lineKeys.get(c) as Set<string>;
      for (const line of term.definition) {
        const key = foldKey(line);
        if (key === "" || seen.has(key)) continue;
        seen.add(key);
        c.definition.push(line);
      }
      const groups = groupKeys.get(c) as Set<string>;
      if (term.group && !groups.has(foldKey(term.group))) {
        groups.add(foldKey(term.group));
        c.groups.push(term.group);
      }
      if (term.compared && term.compared.length > 0) c.comparisons.push([term.name, ...term.compared]);
    }
  }
  const byGroup = new Map<string, OptionCandidate[]>();
  const byCategory = new Map<string, OptionCandidate[]>();
  for (const c of candidates) {
    for (const g of c.groups) pushTo(byGroup, foldKey(g), c);
    if (c.catalogue) pushTo(byCategory, categoryKey(c.catalogue.category, c.catalogue.kind), c);
  }
  return { candidates, byName, byGroup, byCategory };
}
