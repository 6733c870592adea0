/**
 * The vault's terms that can stand as options of a multiple-choice question: one candidate per term (notes defining
 * the same service or name make one), with its definition, its names and the categories it belongs to.
 */
import { foldKey } from "../markdown/text";
import type { NoteTerm, ParsedNote } from "../reading/types";
import { catalogueEntryOf, namesToHide } from "./term-names";

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
}

/** The candidates' indexes by name, group and catalogue category; built once per vault snapshot. */
export interface OptionPool {
  /** A candidate by any of its names, folded with `foldKey`. */
  byName: ReadonlyMap<string, OptionCandidate>;
  /** Candidates by folded group name. */
  byGroup: ReadonlyMap<string, readonly OptionCandidate[]>;
  /** Candidates by catalogue category and kind, keyed by {@link categoryKey}. */
  byCategory: ReadonlyMap<string, readonly OptionCandidate[]>;
  /** What was read of each note's terms (the next pool, built with this one, reuses it for unchanged notes). */
  facts?: WeakMap<ParsedNote, readonly TermFacts[]>;
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

/** What the pool reads of one term of a note to file it (its names and lines are read only for the few options shown). */
interface TermFacts {
  entry: ReturnType<typeof catalogueEntryOf>;
  /** The catalogue entry, or the folded name: what makes terms one candidate (as `termIdentity` does for ids). */
  identity: object | string;
  /** Every name folded (its name, aliases and catalogue names): where the candidate is found by name. */
  keys: string[];
  groupKey: string;
}

/** What the pool read of each note's terms, by note object: the next pool reuses it for every note not changed. */
type NoteFacts = WeakMap<ParsedNote, readonly TermFacts[]>;

function termFacts(term: NoteTerm): TermFacts {
  const entry = catalogueEntryOf(term);
  const keys = namesToHide(term, entry).map(foldKey);
  // The entry itself, or one of `keys`: nothing new is kept for it.
  return { entry, identity: entry ?? keys[0] ?? "", keys, groupKey: term.group ? foldKey(term.group) : "" };
}

/** The facts of a note's terms: taken from the previous pool when the note is the same object, else read. */
function noteFacts(note: ParsedNote, previous: NoteFacts | undefined, next: NoteFacts): readonly TermFacts[] {
  let facts = previous?.get(note);
  if (!facts) facts = note.terms.map(termFacts);
  next.set(note, facts);
  return facts;
}

/** A candidate gathering its terms; its names and definition are put together on first read (most are never read). */
class Candidate implements OptionCandidate {
  catalogue?: OptionCandidate["catalogue"];
  readonly terms: NoteTerm[] = [];
  /** What the pool read of each of `terms`. */
  readonly facts: TermFacts[] = [];
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
    this.terms.forEach((term, t) => {
      const facts = this.facts[t] as TermFacts;
      namesToHide(term, facts.entry).forEach((n, i) => {
        const key = facts.keys[i] as string;
        if (!nameSeen.has(key)) { nameSeen.add(key); names.push(n); }
      });
      for (const line of term.definition) {
        const key = foldKey(line);
        if (key !== "" && !lineSeen.has(key)) { lineSeen.add(key); definition.push(line); }
      }
    });
    this.lists = { names, definition };
    return this.lists;
  }
}

/**
 * Builds the pool from the vault's notes (any order: they are read in path order). Terms are one candidate when they
 * name the same catalogue entry, or share a name or alias (folded). Notes that are not AWS notes have no terms. What
 * is read of each term is kept with it, so the pool of a vault with one note edited is built again cheaply.
 */
export function buildOptionPool(notes: Iterable<ParsedNote>, previous?: OptionPool): OptionPool {
  const sorted = [...notes].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const byIdentity = new Map<object | string, Candidate>();
  const byName = new Map<string, Candidate>();
  const groupSets = new Map<string, Set<Candidate>>();
  const byCategory = new Map<string, Candidate[]>();
  const facts = new WeakMap<ParsedNote, TermFacts[]>();
  for (const note of sorted) {
    const read = noteFacts(note, previous?.facts, facts);
    note.terms.forEach((term, t) => {
      const termRead = read[t] as TermFacts;
      const { entry, identity, keys, groupKey } = termRead;
      let c = byIdentity.get(identity);
      for (let i = 0; c === undefined && i < keys.length; i++) c = byName.get(keys[i] as string);
      if (!c) {
        c = new Candidate(term.name);
        if (entry) {
          c.catalogue = { id: entry.id, category: entry.category, kind: entry.kind };
          pushTo(byCategory, categoryKey(entry.category, entry.kind), c);
        }
      }
      c.terms.push(term);
      c.facts.push(termRead);
      if (!byIdentity.has(identity)) byIdentity.set(identity, c);
      for (const key of keys) if (!byName.has(key)) byName.set(key, c);
      if (term.group && groupKey !== "") {
        let members = groupSets.get(groupKey);
        if (!members) groupSets.set(groupKey, (members = new Set()));
        members.add(c);
      }
    });
  }
  const byGroup = new Map<string, Candidate[]>();
  for (const [key, members] of groupSets) byGroup.set(key, [...members]);
  return { byName, byGroup, byCategory, facts };
}
