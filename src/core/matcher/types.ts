/** What the matcher reads and returns: plain shapes shared by its compiler, layers and entry point. */

/** What the matcher needs of a term. */
export interface MatchableTerm {
  id: string;
  name: string;
  aliases: readonly string[];
}

/** A term found in text: `text.slice(from, to)` is what was written; `name` is the term's primary name. */
export interface TermMatch {
  from: number;
  to: number;
  termId: string;
  name: string;
}

/** A compiled glossary, ready to find its terms in any text. */
export interface TermMatcher {
  /** Matches lying wholly in `text[from, to)` (default: all of it); characters outside are read for boundaries. */
  findTerms(text: string, from?: number, to?: number): TermMatch[];
  /** Number of terms that have at least one matchable name. */
  readonly termCount: number;
}
