/** A note's exam questions as cards: reverse cards and "which side fits?" cards, as the setting asks. */
import type { PluginSettings } from "../../settings";
import { buildCards, type CardOptions } from "../cards/build-cards";
import type { Card } from "../cards/types";
import type { ParsedNote } from "../reading/types";
import { buildFitsCards } from "./fits-cards";
import { buildReverseCards, readTerms, type ReverseCardOptions } from "./reverse-cards";

/**
 * The note's question cards, in a fixed order (reverse cards, then fits cards): none when `reverseCards` is "none" or
 * the note is not an AWS note. A function of the note and the settings alone, so one changed note redoes only its own.
 */
export function buildQuestionCards(note: ParsedNote, options: ReverseCardOptions): Card[] {
  if (!note.aws || options.reverseCards === "none" || note.terms.length === 0) return [];
  const terms = readTerms(note);
  return [...buildReverseCards(note, options, terms), ...buildFitsCards(note, terms)];
}

/** The card options plus which terms get exam questions: what a note's whole card list depends on. */
export type NoteCardOptions = CardOptions & Pick<PluginSettings, "reverseCards">;

/**
 * Every card of one note: its cloze cards, then its exam questions, one list the vault merges, schedules and stores
 * like cloze cards.
 */
export function buildNoteCards(note: ParsedNote, options: NoteCardOptions): Card[] {
  const questions = buildQuestionCards(note, options);
  const cloze = buildCards(note, options);
  return questions.length === 0 ? cloze : [...cloze, ...questions];
}
