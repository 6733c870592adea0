/** What the editor extension knows of the glossary: a snapshot per index revision. */
import type { TermMatcher } from "../core/matcher/matcher";
import type { Term } from "../core/glossary/types";

/** 1-based, inclusive line span. */
export interface LineSpan {
  from: number;
  to: number;
}

/** Everything the editor needs of the glossary at one index revision. */
export interface GlossarySnapshot {
  /** The index revision this snapshot was built at; a snapshot with the revision an editor has is ignored. */
  revision: number;
  matcher: TermMatcher;
  lookup(termId: string): Term | undefined;
  /**
   * Lines of the note at `path` that define the term (its name line and its definition), which are not marked.
   * Without it, the lines of `Term.sources` in that note are used.
   */
  definingLines?(termId: string, path: string): ReadonlyArray<LineSpan>;
}
