/** AWS service names in text and as names, read from the catalogue: to tell AWS notes from others, to trust a name. */
import { CATALOGUE, namesOf } from "../catalogue/catalogue";
import { isBareOrdinaryWord, knownName } from "./evidence";

/** True when the name is an AWS service or concept the catalogue knows (an ordinary word alone is not). */
export function isAwsServiceName(name: string): boolean {
  return knownName(name) !== undefined;
}

/** The catalogue's service names as they are found in text, built on first use (not while the plugin loads). */
interface ServiceWords {
  /** Names in Latin letters, without `Amazon`/`AWS` and without ordinary words alone, to the service's id. */
  single: Map<string, string>;
  /** Multi-word names (words and the service's id) by their last word, so a text is checked once per word. */
  multiByLast: Map<string, { words: string[]; id: string }[]>;
}

let serviceWords: ServiceWords | null = null;

function wordsOfServices(): ServiceWords {
  if (serviceWords !== null) return serviceWords;
  const single = new Map<string, string>();
  const multiByLast = new Map<string, { words: string[]; id: string }[]>();
  for (const entry of CATALOGUE) {
    if (entry.kind !== "service") continue;
    for (const name of namesOf(entry)) {
      const bare = name.replace(/^(?:Amazon|AWS)\s+/, "");
      if (!/^[A-Za-z0-9][A-Za-z0-9 -]*$/.test(bare) || isBareOrdinaryWord(entry, bare)) continue;
      const words = bare.split(" ");
      if (words.length === 1) single.set(bare, entry.id);
      else {
        const last = words[words.length - 1] as string;
        multiByLast.set(last, [...(multiByLast.get(last) ?? []), { words, id: entry.id }]);
      }
    }
  }
  serviceWords = { single, multiByLast };
  return serviceWords;
}

const LATIN_WORD = /[A-Za-z0-9][A-Za-z0-9-]*/g;

/** How many distinct AWS services a text names, as written (case counts; `VPC` and `Virtual Private Cloud` are one), stopping at `enough`. One pass. */
export function countAwsServices(text: string, enough = 3): number {
  const { single: singles, multiByLast } = wordsOfServices();
  const found = new Set<string>();
  const words: string[] = [];
  LATIN_WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LATIN_WORD.exec(text)) !== null) {
    const w = m[0];
    const single = singles.get(w);
    if (single !== undefined) found.add(single);
    words.push(w);
    if (words.length > 6) words.shift();
    for (const multi of multiByLast.get(w) ?? []) {
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
