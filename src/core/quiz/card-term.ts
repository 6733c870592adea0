/** The glossary term a card belongs to, for the answer side's "whole term": every definition line and its other names. */
import type { Term } from "../glossary/types";
import type { NoteTerm } from "../reading/types";
import { foldKey } from "../markdown/text";

/** Finds a term by any of its names (folded); built once per glossary. */
export type TermFinder = (name: string) => Term | undefined;

/** Indexes every term under its name and aliases; a name two terms share stays with the first (by its own name first). */
export function createTermFinder(terms: readonly Term[]): TermFinder {
  const byName = new Map<string, Term>();
  for (const t of terms) byName.set(foldKey(t.name), t);
  for (const t of terms) {
    for (const alias of t.aliases) {
      const key = foldKey(alias);
      if (!byName.has(key)) byName.set(key, t);
    }
  }
  return (name) => byName.get(foldKey(name));
}

/** Most definition lines the answer side shows: a term defined in many notes would otherwise fill the screen. */
export const WHOLE_TERM_LINES = 30;

/** What the answer side adds about the card's term: its other names and its definition lines beyond the card's own. */
export interface WholeTerm {
  name: string;
  /** Names other than the one the card shows. */
  otherNames: string[];
  /** Every definition line of the term that the card's face did not already show, in glossary order. */
  lines: string[];
  /** Lines left out past {@link WHOLE_TERM_LINES}. */
  more: number;
  /** The other sides of a comparison the term is a side of (`EKS` in `EKS vs ECS`): their names and first lines. */
  compared: ComparedSide[];
}

/** The other side of a comparison, as its note defines it. */
export interface ComparedSide {
  name: string;
  lines: string[];
}

/** Lines shown of each other side of a comparison. */
export const COMPARED_LINES = 5;

/**
 * The other sides of the comparison the card's term is a side of, in the card's note (`notes`: that note's terms): each
 * side's name and first lines.
 */
export function comparedSides(noteTerms: readonly NoteTerm[], shownName: string): ComparedSide[] {
  const key = foldKey(shownName);
  const own = noteTerms.find((t) => foldKey(t.name) === key || t.aliases.some((a) => foldKey(a) === key));
  if (!own?.compared) return [];
  const out: ComparedSide[] = [];
  for (const name of own.compared) {
    const side = noteTerms.find((t) => foldKey(t.name) === foldKey(name));
    out.push({ name, lines: (side?.definition ?? []).slice(0, COMPARED_LINES) });
  }
  return out;
}

/**
 * The whole term for a card showing `shownName` with `shownLines` (its prompt and context), with the other sides of its
 * comparison (see {@link comparedSides}); null when there is nothing to add.
 */
export function describeWholeTerm(
  term: Term, shownName: string, shownLines: readonly string[], compared: ComparedSide[] = [],
): WholeTerm | null {
  const shownKey = foldKey(shownName);
  const otherNames = [term.name, ...term.aliases].filter((n, i, all) => foldKey(n) !== shownKey && all.findIndex((m) => foldKey(m) === foldKey(n)) === i);
  const seen = new Set(shownLines.map(foldKey));
  const fresh = term.definition.filter((line) => !seen.has(foldKey(line)));
  if (otherNames.length === 0 && fresh.length === 0 && compared.length === 0) return null;
  return {
    name: term.name, otherNames, lines: fresh.slice(0, WHOLE_TERM_LINES), more: Math.max(0, fresh.length - WHOLE_TERM_LINES), compared,
  };
}
