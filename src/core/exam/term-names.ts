/** A note's term as exam practice sees it: its catalogue entry, every name that gives it away, and its identity. */
import { lookupCatalogue, namesOf } from "../catalogue/catalogue";
import type { CatalogueEntry } from "../catalogue/types";
import { foldIdentityText } from "../cards/card-id";
import { foldKey } from "../markdown/text";
import type { NoteTerm } from "../reading/types";

/** The catalogue entry a term names through `find`: by its own name first, then by its aliases in order. */
export function catalogueEntryOf(
  term: Pick<NoteTerm, "name" | "aliases">, find: (name: string) => CatalogueEntry | undefined = lookupCatalogue,
): CatalogueEntry | undefined {
  const own = find(term.name);
  if (own) return own;
  for (const alias of term.aliases) {
    const entry = find(alias);
    if (entry) return entry;
  }
  return undefined;
}

/**
 * Every name a question about the term must hide: its name, its aliases and, for an AWS service or concept, every
 * name of its catalogue entry (the acronym, the expansion, the Korean names).
 */
export function namesToHide(term: Pick<NoteTerm, "name" | "aliases">, entry = catalogueEntryOf(term)): string[] {
  const names = [term.name, ...term.aliases, ...(entry ? namesOf(entry) : [])];
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = foldKey(n);
    if (key === "" || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * What a term is, for identity: its catalogue entry's id when it has one (`ECS` and `Amazon ECS` are one service),
 * else its folded name. Never a path or a line.
 */
export function termIdentity(term: Pick<NoteTerm, "name" | "aliases">, entry = catalogueEntryOf(term)): string {
  return entry ? `catalogue:${entry.id}` : `term:${foldIdentityText(term.name)}`;
}

/** What a name shown on a card or an option stands for: {@link termIdentity} of a term by that name alone. */
export function nameIdentity(name: string): string {
  return termIdentity({ name, aliases: [] });
}
