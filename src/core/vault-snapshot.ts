/** The index, the cards and the matcher of a vault at one revision: what the plugin's views and the inspector read. */
import { buildCards, mergeCards } from "./cards/build-cards";
import type { Card } from "./cards/types";
import type { GlossaryIndex } from "./glossary/glossary-index";
import { buildMatcher, type TermMatcher } from "./glossary/matcher";
import { foldKey } from "./markdown/text";
import type { ParsedNote, Term } from "./glossary/types";
import type { PluginSettings } from "../settings";

/** Everything derived from the index at one revision. */
export interface VaultSnapshot {
  revision: number;
  notes: ParsedNote[];
  terms: Term[];
  termsById: Map<string, Term>;
  cards: Card[];
  cardsByNote: Map<string, Card[]>;
  matcher: TermMatcher;
  /** 1-based line spans where a term is defined in a note (the editor does not mark a term there). */
  definingLines: (termId: string, path: string) => ReadonlyArray<LineSpan>;
  /** Every term a note defines, with the line span of its entry. */
  definedIn: (path: string) => ReadonlyArray<DefinedTerm>;
}

/** A 1-based, inclusive line span. */
export interface LineSpan {
  from: number;
  to: number;
}

/** A term defined by a note, at a span of its lines. */
export interface DefinedTerm extends LineSpan {
  termId: string;
}

/** The card settings the snapshot needs. */
export type SnapshotSettings = Pick<PluginSettings, "clozeEquals" | "clozeMark" | "markColors" | "clozeBold">;

/** What a snapshot can reuse from the one before: per-note cards and the matcher when no name changed. */
export interface SnapshotCache {
  cards: WeakMap<ParsedNote, Card[]>;
  matcher: { names: string; matcher: TermMatcher } | null;
  settings: string;
}

/** An empty cache; pass the same one to every `takeSnapshot` of an index. */
export function createSnapshotCache(): SnapshotCache {
  return { cards: new WeakMap(), matcher: null, settings: "" };
}

/** Derives cards and the matcher from the index's current revision, redoing only what changed. */
export function takeSnapshot(index: GlossaryIndex, settings: SnapshotSettings, cache: SnapshotCache = createSnapshotCache()): VaultSnapshot {
  const notes = index.allNotes();
  const terms = index.terms();
  const settingsKey = JSON.stringify([settings.clozeEquals, settings.clozeMark, settings.markColors, settings.clozeBold]);
  if (cache.settings !== settingsKey) {
    cache.cards = new WeakMap();
    cache.settings = settingsKey;
  }
  const cardsByNote = new Map<string, Card[]>();
  for (const note of notes) {
    let cards = cache.cards.get(note);
    if (!cards) {
      cards = buildCards(note, settings);
      cache.cards.set(note, cards);
    }
    cardsByNote.set(note.path, cards);
  }
  const names = terms.map((t) => `${t.id}\u0001${t.name}\u0001${t.aliases.join("\u0002")}`).join("\u0000");
  if (cache.matcher?.names !== names) cache.matcher = { names, matcher: buildMatcher(terms) };
  const termsById = new Map(terms.map((t) => [t.id, t]));
  const defined = definedTerms(notes, terms);
  return {
    revision: index.revision,
    notes,
    terms,
    termsById,
    cards: mergeCards(cardsByNote.values()),
    cardsByNote,
    matcher: cache.matcher.matcher,
    definingLines: (termId, path) => (defined.get(path) ?? []).filter((d) => d.termId === termId),
    definedIn: (path) => defined.get(path) ?? [],
  };
}

/** For every note, the terms it defines and where. */
function definedTerms(notes: readonly ParsedNote[], terms: readonly Term[]): Map<string, DefinedTerm[]> {
  const idByName = new Map<string, string>();
  for (const t of terms) for (const n of [t.name, ...t.aliases]) idByName.set(foldKey(n), t.id);
  const out = new Map<string, DefinedTerm[]>();
  for (const note of notes) {
    const list: DefinedTerm[] = [];
    for (const nt of note.terms) {
      const termId = idByName.get(foldKey(nt.name));
      if (termId) list.push({ termId, from: nt.lines.from, to: nt.lines.to });
    }
    if (list.length > 0) out.set(note.path, list);
  }
  return out;
}
