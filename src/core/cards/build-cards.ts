/** Highlights of a parsed note -> cloze cards; cards of many notes -> one card per id for the vault. */
import type { PluginSettings } from "../../settings";
import type { ParsedNote } from "../reading/types";
import { cardId, identityKey } from "./card-id";
import { chosenColors, isClozeSource } from "./cloze-source";
import { clipPromptParts, resolveMaxPromptChars } from "./clip-prompt";
import type { Card } from "./types";

/**
 * Which highlights make cards and how long a prompt may be. The cloze fields carry the names of
 * {@link PluginSettings}, so the plugin's settings can be passed as they are.
 */
export type CardOptions = Pick<PluginSettings, "clozeEquals" | "clozeMark" | "markColors" | "clozeBold"> & {
  /** Prompts longer than this many characters are clipped around the blank; defaults to 300. */
  maxPromptChars?: number;
};

/**
 * One card per chosen highlight of an AWS note, in note order. A note that is not an AWS note has none. Ordinals
 * count every earlier highlight with the same term and answer, chosen or not, so changing the colour or kind
 * settings never renumbers the cards that remain.
 */
export function buildCards(note: ParsedNote, options: CardOptions): Card[] {
  if (!note.aws) return [];
  const maxChars = resolveMaxPromptChars(options.maxPromptChars);
  const colors = chosenColors(options);
  const seen = new Map<string, number>();
  const cards: Card[] = [];
  for (const h of note.highlights) {
    const answer = h.answer.trim();
    // A blank with nothing behind it cannot be answered.
    if (answer === "") continue;
    const key = identityKey(h.term, answer);
    const ordinal = seen.get(key) ?? 0;
    seen.set(key, ordinal + 1);
    if (!isClozeSource(h, options, colors)) continue;
    // Without a blank in the line the card still asks: its term and context are the question.
    const parts = h.promptParts.length >= 2 ? h.promptParts : ["", ""];
    const hint = h.hint?.trim();
    const card: Card = {
      id: cardId(h.term, answer, ordinal),
      path: note.path,
      line: h.line,
      term: h.term,
      promptParts: clipPromptParts(parts, maxChars),
      answer,
      // Shared with the highlight and the note's other cards, not copied: cards are read, never changed.
      context: h.context,
      selfNamed: h.selfNamed,
      tags: note.tags,
    };
    if (hint) card.hint = hint;
    if (h.color !== undefined) card.color = h.color;
    cards.push(card);
  }
  return cards;
}

/**
 * The vault's cards, one per id. Two notes asking the same thing (same term, same answer) make one card: the note
 * first in path order keeps it, so its review history stays with a deterministic source whatever order the index
 * hands the notes over in. Notes are compared by path (code-unit order); cards keep their note order.
 */
export function mergeCards(cardsByNote: Iterable<Card[]>): Card[] {
  const notes = [...cardsByNote].filter((cards) => cards.length > 0);
  const pathOf = (cards: Card[]): string => cards[0]?.path ?? "";
  notes.sort((a, b) => (pathOf(a) < pathOf(b) ? -1 : pathOf(a) > pathOf(b) ? 1 : 0));
  const byId = new Map<string, Card>();
  for (const cards of notes) {
    for (const card of cards) {
      if (!byId.has(card.id)) byId.set(card.id, card);
    }
  }
  return [...byId.values()];
}
