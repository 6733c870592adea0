/**
 * Other cards' answers on a card's face: a context line that is another card's own line shows that card's answer as
 * a blank too, so that one card never gives away the next one's (a category card listing `EC2 : ==가상 서버==` before
 * the card that blanks `가상 서버`).
 */
import { foldKey } from "../markdown/text";
import { splitAtAnswer } from "./render-prompt";
import type { Card } from "./types";

/** What stands on a face where another card's answer was. */
export const OTHER_BLANK = "[…]";

/** Shortest answer hidden on other cards' faces: a one-letter answer would blank letters everywhere. */
const SHORTEST_HIDDEN = 2;

/** The facts of a card that say whose answer a face may show. */
export type FaceCard = Pick<Card, "id" | "answer" | "term" | "line" | "promptParts" | "context">;

/** A note's cards by the text of their own line (folded), built once per note. */
export type NoteLines = ReadonlyMap<string, readonly FaceCard[]>;

/** Indexes a note's cards by their own line: the prompt with the answer in place (folded). Linear in the cards. */
export function indexNoteLines(noteCards: readonly FaceCard[]): NoteLines {
  const lines = new Map<string, FaceCard[]>();
  for (const card of noteCards) {
    const key = foldKey(card.promptParts.join(card.answer));
    const list = lines.get(key);
    if (list) list.push(card);
    else lines.set(key, [card]);
  }
  return lines;
}

/** For one card: the other cards whose answers to hide, by the folded context line (their own line) they stand on. */
export type OtherAnswers = ReadonlyMap<string, readonly FaceCard[]>;

/**
 * The answers the card's face hides on its context lines: those of cards whose own line the context shows. Left out,
 * as siblings, whose answers the card is usually answered from and which never come on the same day: cards of the
 * same entry or line, a card whose entry is this card's answer (`==온디맨드==` over its highlighted definition) and
 * the card whose answer is this card's entry. Also left out: answers inside this card's own (its blank covers them).
 * Costs one look-up per context line.
 */
export function otherAnswersFor(card: FaceCard, lines: NoteLines): OtherAnswers {
  const own = foldKey(card.answer);
  const term = foldKey(card.term);
  const out = new Map<string, FaceCard[]>();
  for (const line of card.context) {
    const key = foldKey(line);
    const onLine = lines.get(key);
    if (!onLine || out.has(key)) continue;
    const hidden: FaceCard[] = [];
    for (const other of onLine) {
      if (other.id === card.id || other.line === card.line) continue;
      const answer = other.answer.trim();
      const folded = foldKey(answer);
      const otherTerm = foldKey(other.term);
      if (folded.length < SHORTEST_HIDDEN || otherTerm === term || otherTerm === own || folded === term || own.includes(folded)) continue;
      hidden.push(other);
    }
    if (hidden.length > 0) out.set(key, hidden);
  }
  return out;
}

/**
 * A context line split where the other cards' answers stand (see {@link otherAnswersFor}); else the line whole. The
 * line is that card's own: its prompt parts are the line split exactly where its highlight was, never inside a word
 * that merely holds the answer's letters (`AZ` in `Amazon`). A second card on the line is split at its answer.
 */
export function splitAtOthers(line: string, others: OtherAnswers): string[] {
  if (others.size === 0) return [line];
  const hidden = others.get(foldKey(line));
  const [first, ...rest] = hidden ?? [];
  if (!first) return [line];
  let parts = [...first.promptParts];
  for (const other of rest) parts = parts.flatMap((part) => splitAtAnswer(part, other.answer));
  return parts;
}
