/** What the panel looks up about a card in the glossary, each built once per glossary and note, not per card shown. */
import { indexNoteLines, otherAnswersFor, type NoteLines, type OtherAnswers } from "../core/cards/other-answers";
import type { Card } from "../core/cards/types";
import { comparedSides, createTermFinder, describeWholeTerm, type TermFinder, type WholeTerm } from "../core/quiz/card-term";
import type { VaultSnapshot } from "../core/vault-snapshot";

/** The term finder and the notes' line indexes, kept while the glossary they were built from stays. */
export class PanelLookups {
  /** Terms by name, for the glossary revision they were read from. */
  private termFinder: { revision: number; find: TermFinder } | null = null;
  /** The lines of each note's cards, by the snapshot's card list of the note (a new list, a new index). */
  private readonly noteLines = new WeakMap<readonly Card[], NoteLines>();

  constructor(private readonly snapshot: () => VaultSnapshot) {}

  /** What the notes say about the card's term beyond the card itself (see `describeWholeTerm`). */
  wholeTermOf(card: Card): WholeTerm | null {
    const snapshot = this.snapshot();
    if (this.termFinder?.revision !== snapshot.revision) this.termFinder = { revision: snapshot.revision, find: createTermFinder(snapshot.terms) };
    const term = this.termFinder.find(card.term);
    if (!term) return null;
    const note = snapshot.notes.find((n) => n.path === card.path);
    const compared = note ? comparedSides(note.terms, card.term) : [];
    return describeWholeTerm(term, card.term, [card.promptParts.join(card.answer), ...card.context], compared);
  }

  /** The other cards' answers the card's face keeps blank (see `otherAnswersFor`). */
  otherAnswersOf(card: Card): OtherAnswers {
    const cards = this.snapshot().cardsByNote.get(card.path);
    if (!cards) return new Map();
    let lines = this.noteLines.get(cards);
    if (!lines) this.noteLines.set(cards, (lines = indexNoteLines(cards)));
    return otherAnswersFor(card, lines);
  }
}
