/** The index, the cards and the matcher of a vault at one revision: what the plugin's views and the inspector read. */
import { buildCards, mergeCards } from "./cards/build-cards";
import type { Card } from "./cards/types";
import type { GlossaryIndex } from "./glossary/glossary-index";
import { buildMatcher, type TermMatcher } from "./glossary/matcher";
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
}

/** The card settings the snapshot needs. */
export type SnapshotSettings = Pick<PluginSettings, "clozeEquals" | "clozeMark" | "markColors" | "clozeBold">;

/** Derives cards and the matcher from the index's current revision. */
export function takeSnapshot(index: GlossaryIndex, settings: SnapshotSettings): VaultSnapshot {
  const notes = index.allNotes();
  const terms = index.terms();
  const cardsByNote = new Map<string, Card[]>();
  for (const note of notes) cardsByNote.set(note.path, buildCards(note, settings));
  return {
    revision: index.revision,
    notes,
    terms,
    termsById: new Map(terms.map((t) => [t.id, t])),
    cards: mergeCards(cardsByNote.values()),
    cardsByNote,
    matcher: buildMatcher(terms),
  };
}
