/** A note's exam questions as cards: reverse cards and "which side fits?" cards, as the setting asks. */
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
