/** The glossary term a card belongs to, for the answer side's "whole term": every definition line and its other names. */
import type { Term } from "../glossary/types";
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
}

/** The whole term for a card showing `shownName` with `shownLines` (its prompt and context), or null when there is nothing to add. */
export function describeWholeTerm(term: Term, shownName: string, shownLines: readonly string[]): WholeTerm | null {
  const shownKey = foldKey(shownName);
  const otherNames = [term.name, ...term.aliases].filter((n, i, all) => foldKey(n) !== shownKey && all.findIndex((m) => foldKey(m) === foldKey(n)) === i);
  const seen = new Set(shownLines.map(foldKey));
  const fresh = term.definition.filter((line) => !seen.has(foldKey(line)));
  if (otherNames.length === 0 && fresh.length === 0) return null;
  return {
    name: term.name, otherNames, lines: fresh.slice(0, WHOLE_TERM_LINES), more: Math.max(0, fresh.length - WHOLE_TERM_LINES),
  };
}
