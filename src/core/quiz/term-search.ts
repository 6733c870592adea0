/** Fuzzy look-up of glossary terms by name, alias and definition (fuse.js), for the "Look up AWS term" modal. */
import Fuse from "fuse.js";
import type { Term } from "../glossary/types";

/** One search hit: the term and what matched best. */
export interface TermHit {
  term: Term;
  /** Which field matched best: the name, an alias, or a definition line. */
  field: "name" | "alias" | "definition" | "none";
  /** The matched alias or definition line, for the suggestion's second line. */
  matched?: string;
}

/** A search over one glossary; build it again when the glossary changes. */
export interface TermSearch {
  /** Best matches first; an empty query lists terms by name. */
  search(query: string, limit?: number): TermHit[];
}

/** Longest query searched (fuse's bitap works on short patterns; longer input only slows it down). */
const MAX_QUERY = 64;

const KEY_FIELD: Record<string, TermHit["field"]> = { name: "name", aliases: "alias", definition: "definition" };

/** Builds the search over `terms`. Names weigh most, then aliases, then definition lines. */
export function createTermSearch(terms: readonly Term[]): TermSearch {
  const fuse = new Fuse(terms, {
    keys: [
      { name: "name", weight: 3 },
      { name: "aliases", weight: 2 },
      { name: "definition", weight: 1 },
    ],
    threshold: 0.34,
    ignoreLocation: true,
    includeMatches: true,
    minMatchCharLength: 1,
  });
  const byName = [...terms].sort((a, b) => a.name.localeCompare(b.name));

  return {
    search(query, limit = 50) {
      const q = query.normalize("NFC").trim().slice(0, MAX_QUERY);
      const n = Math.max(0, Math.floor(limit));
      if (q === "") return byName.slice(0, n).map((term) => ({ term, field: "none" }));
      return fuse.search(q, { limit: n }).map((r): TermHit => {
        const best = r.matches?.[0];
        const field = (best?.key && KEY_FIELD[best.key]) || "name";
        return field === "name" ? { term: r.item, field } : { term: r.item, field, matched: best?.value ?? "" };
      });
    },
  };
}
