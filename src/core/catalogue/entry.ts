/** A compact builder for catalogue data: one call per entry, one line per call. */
import type { CatalogueEntry, ServiceCategory } from "./types";

/** Makes one entry of a fixed category and kind; the last argument marks a bare name that is an ordinary word. */
export type EntryMaker = (
  id: string,
  name: string,
  names?: readonly string[],
  abbreviations?: readonly string[],
  korean?: readonly string[],
  commonWord?: boolean,
) => CatalogueEntry;

/** An {@link EntryMaker} for `category` and `kind`. */
export function entryMaker(category: ServiceCategory, kind: CatalogueEntry["kind"]): EntryMaker {
  return (id, name, names = [], abbreviations = [], korean = [], commonWord = false) => ({
    id, name, names: [...names], abbreviations: [...abbreviations], korean: [...korean], category, kind,
    ...(commonWord ? { commonWord: true } : {}),
  });
}
