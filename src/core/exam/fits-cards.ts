/**
 * "Which service fits?": one line of one side of a comparison (`EKS vs ECS`, `VPC와 VPN 차이`), asking which side it
 * belongs to. The options are the sides.
 */
import { foldIdentityText } from "../cards/card-id";
import type { Card } from "../cards/types";
import { normalizeNfc } from "../markdown/text";
import type { ParsedNote } from "../reading/types";
import { findNames, prepareNames } from "./blank-names";
import { asksEnough } from "./face-lines";
import { questionId } from "./question-id";
import { comparisonsOf, readTerms } from "./reverse-cards";

/** What stands between the sides in a fits card's hint, which is also what its blank shows: `[VPC / VPN]`. */
export const SIDES_SEPARATOR = " / ";

/**
 * One card per definition line of each side of each comparison in an AWS note. Left out: lines that name a side (the
 * name would answer it), lines every side has, lines too short to ask from. The id comes from the sides, the answer
 * and the folded line: moving the comparison keeps it, moving the line to the other side makes a new question.
 */
export function buildFitsCards(note: ParsedNote, terms = readTerms(note)): Card[] {
  if (!note.aws) return [];
  const cards: Card[] = [];
  const made = new Set<string>();
  for (const sides of comparisonsOf(terms)) {
    const allNames = prepareNames(sides.flatMap((s) => s.names));
    const sideIds = sides.map((s) => s.identity).sort();
    // The sides are in note order already: the note's terms are.
    const sideNames = sides.map((s) => s.term.name);
    // Each line's folded key, once, and how many sides have a line of that key.
    const keys = sides.map((s) => s.term.definition.map(foldIdentityText));
    const sidesWith = new Map<string, number>();
    for (const list of keys) for (const key of new Set(list)) sidesWith.set(key, (sidesWith.get(key) ?? 0) + 1);
    for (let si = 0; si < sides.length; si++) {
      const side = sides[si] as (typeof sides)[number];
      const own = keys[si] as string[];
      for (let li = 0; li < own.length; li++) {
        const key = own[li] as string;
        // A line another side has too fits both.
        if ((sidesWith.get(key) ?? 0) > 1) continue;
        const raw = side.term.definition[li] as string;
        const line = normalizeNfc(raw);
        if (findNames(line, allNames).length > 0 || !asksEnough([line])) continue;
        const id = questionId("fits", [...sideIds, side.identity, key]);
        if (made.has(id)) continue;
        made.add(id);
        cards.push({
          id,
          path: note.path,
          line: side.term.line,
          term: side.term.name,
          promptParts: [line],
          answer: side.term.name,
          hint: sideNames.join(SIDES_SEPARATOR),
          context: [],
          selfNamed: true,
          tags: note.tags,
          kind: "fits",
          sides: sideNames,
        });
      }
    }
  }
  return cards;
}
