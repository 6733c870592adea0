/**
 * Cards renamed by an edit: a card id is its term and answer, so renaming a term (`Amazon S3` → `S3`) gives each of
 * its cards a new id. Between two indexing passes, a card that vanished from a note and a card with the same answer
 * that appeared in the same note are one card renamed, when nothing else in that note could be meant.
 */
import { foldIdentityText } from "../cards/card-id";

/** What pairing needs of a card. */
export interface CardPlace {
  id: string;
  path: string;
  answer: string;
}

/** Old id → new id for every card renamed between `before` and `after` (both passes' cards of the whole vault). */
export function findRenamedCards(before: readonly CardPlace[], after: readonly CardPlace[]): Map<string, string> {
  const beforeIds = new Set(before.map((c) => c.id));
  const afterIds = new Set(after.map((c) => c.id));
  const key = (c: CardPlace): string => `${c.path}\u0000${foldIdentityText(c.answer)}`;
  const gone = new Map<string, string[]>();
  for (const c of before) if (!afterIds.has(c.id)) push(gone, key(c), c.id);
  const renamed = new Map<string, string>();
  if (gone.size === 0) return renamed;
  const came = new Map<string, string[]>();
  for (const c of after) if (!beforeIds.has(c.id) && gone.has(key(c))) push(came, key(c), c.id);
  for (const [k, olds] of gone) {
    const news = came.get(k);
    // One card gone and one come with the same answer in the same note; anything else is ambiguous and left alone.
    if (olds.length === 1 && news?.length === 1) renamed.set(olds[0] as string, news[0] as string);
  }
  return renamed;
}

function push(map: Map<string, string[]>, key: string, id: string): void {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}
