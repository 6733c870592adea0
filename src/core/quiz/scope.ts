/**
 * Which cards a review covers: every AWS note, the active note, one folder, one tag, one glossary term, or a list of
 * cards chosen for the student (a cram run, a drill of confused pairs).
 */
import type { Card } from "../cards/types";
import type { Term } from "../glossary/types";
import { foldKey } from "../markdown/text";

/** A review scope as the scope picker offers it. */
export type StudyScope =
  | { kind: "all" }
  | { kind: "note"; path: string }
  | { kind: "folder"; folder: string }
  | { kind: "tag"; tag: string }
  /** A term's cards: `names` are its name and aliases, folded with `foldKey`. */
  | { kind: "term"; termId: string; names: string[] }
  /** These cards, in this order (weakest first, a confused pair together). */
  | { kind: "cards"; ids: string[] };

/** The folders and tags the scope picker offers for a set of cards. */
export interface ScopeChoices {
  folders: string[];
  tags: string[];
}

const foldTag = (tag: string): string => tag.replace(/^#+/, "").toLowerCase();

/** The scope of one glossary term; without the term (gone from the index) its id, the folded name, stands alone. */
export function buildTermScope(termId: string, term?: Pick<Term, "name" | "aliases">): StudyScope {
  const names = term ? [term.name, ...term.aliases] : [termId];
  return { kind: "term", termId, names: [...new Set(names.map(foldKey))] };
}

/** True when the card belongs to the scope (a tag scope includes nested tags: `aws` covers `aws/saa`). */
export function isInScope(card: Pick<Card, "id" | "path" | "tags" | "term">, scope: StudyScope): boolean {
  switch (scope.kind) {
    case "all":
      return true;
    case "note":
      return card.path === scope.path;
    case "folder":
      return scope.folder === "" || card.path.startsWith(`${scope.folder}/`);
    case "tag": {
      const want = foldTag(scope.tag);
      return card.tags.some((t) => { const f = foldTag(t); return f === want || f.startsWith(`${want}/`); });
    }
    case "term":
      return scope.names.includes(foldKey(card.term));
    case "cards":
      return scope.ids.includes(card.id);
  }
}

/** The cards of `cards` inside the scope, in their order (a list of cards in the list's order; gone ones left out). */
export function filterCardsByScope<C extends Pick<Card, "id" | "path" | "tags" | "term">>(cards: readonly C[], scope: StudyScope): C[] {
  if (scope.kind === "all") return [...cards];
  if (scope.kind === "cards") {
    const byId = new Map(cards.map((c) => [c.id, c]));
    return scope.ids.flatMap((id) => byId.get(id) ?? []);
  }
  return cards.filter((c) => isInScope(c, scope));
}

/** Every folder (with its parents) and tag that holds at least one card, sorted. */
export function listScopeChoices(cards: readonly Pick<Card, "path" | "tags">[]): ScopeChoices {
  const folders = new Set<string>();
  const tags = new Set<string>();
  for (const card of cards) {
    const parts = card.path.split("/").slice(0, -1);
    for (let i = 1; i <= parts.length; i++) folders.add(parts.slice(0, i).join("/"));
    for (const t of card.tags) { const f = foldTag(t); if (f !== "") tags.add(f); }
  }
  const sort = (xs: Set<string>): string[] => [...xs].sort((a, b) => a.localeCompare(b));
  return { folders: sort(folders), tags: sort(tags) };
}

/** The scope as one string (for a `<select>` value); {@link parseScope} reads it back (a term by its id only). */
export function encodeScope(scope: StudyScope): string {
  switch (scope.kind) {
    case "all": return "all";
    case "note": return `note:${scope.path}`;
    case "folder": return `folder:${scope.folder}`;
    case "tag": return `tag:${scope.tag}`;
    case "term": return `term:${scope.termId}`;
    // A chosen list is a run of its own, never a choice of the picker.
    case "cards": return "all";
  }
}

/** Reads a scope written by {@link encodeScope}; anything else is "all". */
export function parseScope(value: string): StudyScope {
  const colon = value.indexOf(":");
  const kind = colon < 0 ? value : value.slice(0, colon);
  const rest = colon < 0 ? "" : value.slice(colon + 1);
  if (kind === "note" && rest !== "") return { kind: "note", path: rest };
  if (kind === "folder") return { kind: "folder", folder: rest };
  if (kind === "tag" && rest !== "") return { kind: "tag", tag: rest };
  if (kind === "term" && rest !== "") return buildTermScope(rest);
  return { kind: "all" };
}
