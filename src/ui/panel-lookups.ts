/** What the panel looks up about a card in the glossary, each built once per glossary and note, not per card shown. */
import { indexNoteLines, otherAnswersFor, type NoteLines, type OtherAnswers } from "../core/cards/other-answers";
import type { Card } from "../core/cards/types";
import { comparedSides, createTermFinder, describeWholeTerm, type TermFinder, type WholeTerm } from "../core/quiz/card-term";
import type { VaultSnapshot } from "../core/vault-snapshot";
import { chooseOptions, type Choices } from "../core/exam/choices";
import { confusionsFor } from "../core/exam/confusions";
import { buildOptionPool, type OptionPool } from "../core/exam/option-pool";
import type { ReviewLog } from "../core/review";

/** The term finder and the notes' line indexes, kept while the glossary they were built from stays. */
export class PanelLookups {
  /** Terms by name, for the glossary revision they were read from. */
  private termFinder: { revision: number; find: TermFinder } | null = null;
  /** The lines of each note's cards, by the snapshot's card list of the note (a new list, a new index). */
  private readonly noteLines = new WeakMap<readonly Card[], NoteLines>();
  /** The terms that can be options, by the snapshot's list of notes (a new list, a new pool). */
  private readonly pools = new WeakMap<readonly unknown[], OptionPool>();
  /** The pool built last (the panel keeps one: the next is built on it). */
  private lastPool: OptionPool | null = null;

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
    // A question's lines may show other cards' phrases: none of them is the name it asks.
    if (card.kind) return new Map();
    const cards = this.snapshot().cardsByNote.get(card.path);
    if (!cards) return new Map();
    let lines = this.noteLines.get(cards);
    // Cloze cards' lines only, as `inspect` reads faces: a question card asks a name, no phrase of a line.
    if (!lines) this.noteLines.set(cards, (lines = indexNoteLines(cards.filter((c) => c.kind === undefined))));
    return otherAnswersFor(card, lines);
  }

  /**
   * The options of a question card asked as multiple choice, leaning on the terms the student picked instead of its
   * answer before (either way round); null for a cloze card or when the vault has too few options of its category.
   */
  choicesOf(card: Card, logs: readonly ReviewLog[], count: number, seed: number): Choices | null {
    if (!card.kind) return null;
    const notes = this.snapshot().notes;
    let pool = this.pools.get(notes);
    // Built on the last pool: only the notes changed since are read again.
    if (!pool) this.pools.set(notes, (pool = buildOptionPool(notes, this.lastPool ?? undefined)));
    this.lastPool = pool;
    const confusions = confusionsFor(logs, card.answer, { bothWays: true });
    return chooseOptions(card, pool, { count, confusions, seed });
  }
}
