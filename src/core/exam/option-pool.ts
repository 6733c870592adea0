/**
 * The vault's terms that can stand as options of a multiple-choice question: one candidate per term (notes defining
 * the same service or name make one), with its definition, its names and the categories it belongs to.
 */
import { foldKey } from "../markdown/text";
import type { NoteTerm, ParsedNote } from "../reading/types";
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

/** Adds `value` to the list at `key` (each candidate comes once per key: no check needed). */
function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else list.push(value);
}

/** What the pool reads of one term of a note: worked out once per term object (a note edit makes new ones). */
interface TermFacts {
  entry: ReturnType<typeof catalogueEntryOf>;
  identity: string;
  names: string[];
  keys: string[];
  lineKeys: string[];
  groupKey: string;
}

const factsOf = new WeakMap<NoteTerm, TermFacts>();

function termFacts(term: NoteTerm): TermFacts {
  let facts = factsOf.get(term);
  if (!facts) {
    const entry = catalogueEntryOf(term);
    const names = namesToHide(term, entry);
    facts = {
      entry, identity: termIdentity(term, entry), names, keys: names.map(foldKey),
      lineKeys: term.definition.map(foldKey), groupKey: term.group ? foldKey(term.group) : "",
    };
    factsOf.set(term, facts);
  }
  return facts;
}

/** A candidate gathering its terms; its names and definition are put together on first read (most are never read). */
class Candidate implements OptionCandidate {
  catalogue?: OptionCandidate["catalogue"];
  readonly groups: string[] = [];
  readonly comparisons: string[][] = [];
  readonly terms: NoteTerm[] = [];
  private lists: { names: string[]; definition: string[] } | null = null;

  constructor(readonly name: string) {}

  get names(): string[] {
    return this.read().names;
  }

  get definition(): string[] {
    return this.read().definition;
  }

  /** Every name once and every definition line once (folded), in the terms' order. */
  private read(): { names: string[]; definition: string[] } {
    if (this.lists) return this.lists;
    const names: string[] = [];
    const definition: string[] = [];
    const nameSeen = new Set<string>();
    const lineSeen = new Set<string>();
    for (const term of this.terms) {
      const facts = termFacts(term);
      facts.names.forEach((n, i) => {
        const key = facts.keys[i] as string;
        if (!nameSeen.has(key)) { nameSeen.add(key); names.push(n); }
      });
      term.definition.forEach((line, i) => {
        const key = facts.lineKeys[i] as string;
        if (key !== "" && !lineSeen.has(key)) { lineSeen.add(key); definition.push(line); }
      });
    }
    this.lists = { names, definition };
    return this.lists;
  }
}

/**
 * Builds the pool from the vault's notes (any order: they are read in path order). Terms are one candidate when they
 * name the same catalogue entry, or share a name or alias (folded). Notes that are not AWS notes have no terms. What
 * is read of each term is kept with it, so the pool of a vault with one note edited is built again cheaply.
 */
export function buildOptionPool(notes: Iterable<ParsedNote>): OptionPool {
  const sorted = [...notes].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const candidates: Candidate[] = [];
  const byIdentity = new Map<string, Candidate>();
  const byName = new Map<string, Candidate>();
  const groupSets = new Map<string, Set<Candidate>>();
  const byCategory = new Map<string, Candidate[]>();
  for (const note of sorted) {
    for (const term of note.terms) {
      const { entry, identity, keys, groupKey } = termFacts(term);
      let c = byIdentity.get(identity);
      for (let i = 0; c === undefined && i < keys.length; i++) c = byName.get(keys[i] as string);
      if (!c) {
        c = new Candidate(term.name);
        if (entry) {
          c.catalogue = { id: entry.id, category: entry.category, kind: entry.kind };
          pushTo(byCategory, categoryKey(entry.category, entry.kind), c);
        }
        candidates.push(c);
      }
      c.terms.push(term);
      if (!byIdentity.has(identity)) byIdentity.set(identity, c);
      for (const key of keys) if (!byName.has(key)) byName.set(key, c);
      if (term.group && groupKey !== "") {
        let members = groupSets.get(groupKey);
        if (!members) groupSets.set(groupKey, (members = new Set()));
        if (!members.has(c)) {
          members.add(c);
          if (!c.groups.some((g) => foldKey(g) === groupKey)) c.groups.push(term.group);
        }
      }
      if (term.compared && term.compared.length > 0) c.comparisons.push([term.name, ...term.compared]);
    }
  }
  const byGroup = new Map<string, Candidate[]>();
  for (const [key, members] of groupSets) byGroup.set(key, [...members]);
  return { candidates, byName, byGroup, byCategory };
}
