/** AWS service names in text and as names, read from the catalogue: to tell AWS notes from others, to trust a name. */
import { CATALOGUE, namesOf } from "../catalogue/catalogue";
import { isBareOrdinaryWord, knownName } from "./evidence";

/** True when the name is an AWS service or concept the catalogue knows (an ordinary word alone is not). */
export function isAwsServiceName(name: string): boolean {
  return knownName(name) !== undefined;
}

/** Catalogue service names in Latin letters, without `Amazon`/`AWS` and without ordinary words alone, to the service's id. */
const SINGLE = new Map<string, string>();
/** Multi-word names (words and the service's id) by their last word, so a text is checked once per word. */
const MULTI_BY_LAST = new Map<string, { words: string[]; id: string }[]>();
for (const entry of CATALOGUE) {
  if (entry.kind !== "service") continue;
  for (const name of namesOf(entry)) {
    const bare = name.replace(/^(?:Amazon|AWS)\s+/, "");
    if (!/^[A-Za-z0-9][A-Za-z0-9 -]*$/.test(bare) || isBareOrdinaryWord(entry, bare)) continue;
    const words = bare.split(" ");
    if (words.length === 1) SINGLE.set(bare, entry.id);
    else {
      const last = words[words.length - 1] as string;
      MULTI_BY_LAST.set(last, [...(MULTI_BY_LAST.get(last) ?? []), { words, id: entry.id }]);
    }
  }
}

const LATIN_WORD = /[A-Za-z0-9][A-Za-z0-9-]*/g;

/** How many distinct AWS services a text names, as written (case counts; `VPC` and `Virtual Private Cloud` are one), stopping at `enough`. One pass. */
export function countAwsServices(text: string, enough = 3): number {
  const found = new Set<string>();
  const words: string[] = [];
  LATIN_WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LATIN_WORD.exec(text)) !== null) {
    const w = m[0];
    const single = SINGLE.get(w);
    if (single !== undefined) found.add(single);
    words.push(w);
    if (words.length > 6) words.shift();
    for (const multi of MULTI_BY_LAST.get(w) ?? []) {
      const n = multi.words.length;
      if (n > words.length) continue;
      let ok = true;
      for (let k = 0; k < n && ok; k++) ok = words[words.length - n + k] === multi.words[k];
      if (ok) found.add(multi.id);
    }
    if (found.size >= enough) break;
  }
  return found.size;
}
