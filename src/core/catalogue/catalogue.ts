/** The built-in AWS catalogue and its name lookup: every entry, indexed once by every folded name. */
import { CONCEPTS } from "./concepts";
import { APPLICATION_SERVICES } from "./services-applications";
import { COMPUTE_STORAGE_SERVICES } from "./services-compute-storage";
import { DATABASE_ANALYTICS_SERVICES } from "./services-database-analytics";
import { DEVTOOLS_MANAGEMENT_SERVICES } from "./services-devtools-management";
import { MIGRATION_NETWORKING_SECURITY_SERVICES } from "./services-migration-networking-security";
import { ML_IOT_MEDIA_SERVICES } from "./services-ml-iot-media";
import { normalizeNfc } from "../markdown/text";
import type { CatalogueEntry } from "./types";

/** Every AWS service and core concept in the built-in catalogue. */
export const CATALOGUE: readonly CatalogueEntry[] = [
  ...COMPUTE_STORAGE_SERVICES,
  ...DATABASE_ANALYTICS_SERVICES,
  ...APPLICATION_SERVICES,
  ...DEVTOOLS_MANAGEMENT_SERVICES,
  ...ML_IOT_MEDIA_SERVICES,
  ...MIGRATION_NETWORKING_SECURITY_SERVICES,
  ...CONCEPTS,
];

const SEPARATORS = /[\s\-_.]+/gu;
const PREFIX = /^(?:amazon|aws)[\s\-_.]+(?=\S)/iu;

const HAS_SEPARATOR = /[\s\-_.]/;

/** A name for comparison: NFC, lower-case, with every white space, `-`, `_` and `.` removed. */
export function foldServiceName(name: string): string {
  const lower = normalizeNfc(name).toLowerCase();
  return HAS_SEPARATOR.test(lower) ? lower.replace(SEPARATORS, "") : lower;
}

/** The name without a leading `Amazon `/`AWS `, or null when it has none. */
function withoutPrefix(name: string): string | null {
  let at = 0;
  while (at < name.length && /\s/.test(name[at] as string)) at++;
  // Only a name starting with `a` or `A` can have the prefix; the prefix itself is plain ASCII.
  if ((name.charCodeAt(at) | 0x20) !== 0x61) return null;
  const match = PREFIX.exec(at === 0 ? name : name.slice(at));
  return match ? name.slice(at + match[0].length).normalize("NFC").trim() : null;
}

/** Every name, other name, abbreviation and Korean name of an entry, without duplicates. */
export function namesOf(entry: CatalogueEntry): string[] {
  return [...new Set([entry.name, ...entry.names, ...entry.abbreviations, ...entry.korean])];
}

/** The folded keys an entry is written as: its names, and each prefixed name with its prefix dropped or swapped. */
export function lookupKeysOf(entry: CatalogueEntry): { exact: string[]; derived: string[] } {
  const exact = [...new Set(namesOf(entry).map(foldServiceName))];
  const derived = new Set<string>();
  for (const name of namesOf(entry)) {
    const base = withoutPrefix(name);
    if (base === null) continue;
    const key = foldServiceName(base);
    for (const variant of [key, `amazon${key}`, `aws${key}`]) if (!exact.includes(variant)) derived.add(variant);
  }
  return { exact, derived: [...derived] };
}

/** Folded name → entry; names as written win over prefix variants. */
function buildIndex(entries: readonly CatalogueEntry[]): Map<string, CatalogueEntry> {
  const index = new Map<string, CatalogueEntry>();
  const keys = entries.map((entry) => ({ entry, ...lookupKeysOf(entry) }));
  for (const { entry, exact } of keys) for (const key of exact) if (!index.has(key)) index.set(key, entry);
  for (const { entry, derived } of keys) for (const key of derived) if (!index.has(key)) index.set(key, entry);
  return index;
}

/**
 * The lookup tables: {@link buildIndex}'s map, and its folded keys in an open hash table over their characters, so a
 * lookup folds and hashes the name in one pass with no string built and nothing allocated, and compares characters
 * only against keys of its chain. Built on first use, so loading the plugin does not wait for them.
 */
interface Tables {
  index: Map<string, CatalogueEntry>;
  keys: string[];
  entries: CatalogueEntry[];
  /** Hash slot → 1 + the first key's position in `keys` (0: empty); `next` chains keys sharing a slot. */
  slots: Int32Array;
  next: number[];
  /** The longest folded key: a name that folds longer is no entry's. */
  longest: number;
}

const SLOT_BITS = 13;
let built: Tables | null = null;

function tables(): Tables {
  if (built !== null) return built;
  const index = buildIndex(CATALOGUE);
  const t: Tables = { index, keys: [], entries: [], slots: new Int32Array(1 << SLOT_BITS), next: [], longest: 0 };
  for (const [key, entry] of index) {
    const slot = hashKey(key) & ((1 << SLOT_BITS) - 1);
    t.next.push(t.slots[slot] as number);
    t.slots[slot] = t.keys.push(key);
    t.entries.push(entry);
    t.longest = Math.max(t.longest, key.length);
  }
  built = t;
  return t;
}

/** FNV-1a over the UTF-16 units of a folded key, kept to a small integer. */
function hashKey(key: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h;
}

/** The folded form of one character: -1 for a separator (dropped), -2 for one that cannot be folded on the fly. */
function foldedChar(c: number): number {
  if (c === 0x20 || c === 0x2d || c === 0x5f || c === 0x2e || (c >= 0x09 && c <= 0x0d) || c === 0xa0) return -1;
  if (c >= 0x41 && c <= 0x5a) return c + 0x20;
  if (c < 0x80 || (c >= 0xac00 && c <= 0xd7a3)) return c;
  return -2;
}

/** A lookup met a character it cannot fold on the fly (a decomposed letter, an unusual blank): fold the name first. */
const SLOW = null;

/** The entry whose folded name is `name` from `start` on; {@link SLOW} when a character needs real folding. */
function find(name: string, start: number): CatalogueEntry | undefined | typeof SLOW {
  const { keys, entries, slots, next, longest } = tables();
  let h = 0x811c9dc5 | 0;
  let length = 0;
  for (let i = start; i < name.length; i++) {
    const c = foldedChar(name.charCodeAt(i));
    if (c === -1) continue;
    if (c === -2) return SLOW;
    if (++length > longest) return undefined;
    h = Math.imul(h ^ c, 0x01000193);
  }
  if (length === 0) return undefined;
  for (let k = slots[h & ((1 << SLOT_BITS) - 1)] as number; k !== 0; k = next[k - 1] as number) {
    const key = keys[k - 1] as string;
    if (key.length === length && sameFolded(name, start, key)) return entries[k - 1];
  }
  return undefined;
}

/** True when `name` from `start` on folds to `key`. */
function sameFolded(name: string, start: number, key: string): boolean {
  let k = 0;
  for (let i = start; i < name.length; i++) {
    const c = foldedChar(name.charCodeAt(i));
    if (c === -1) continue;
    if (c !== key.charCodeAt(k++)) return false;
  }
  return k === key.length;
}

/** True when `name` has the ASCII `word` (lower case) at `at`, in any case. */
function hasWordAt(name: string, at: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if ((name.charCodeAt(at + k) | 0x20) !== word.charCodeAt(k)) return false;
  return true;
}

/** Where the name goes on after a leading `Amazon`/`AWS` and the separators after it; -1 when it has no prefix. */
function afterPrefix(name: string): number {
  let at = 0;
  while (at < name.length && (name.charCodeAt(at) === 0x20 || name.charCodeAt(at) === 0x09)) at++;
  const length = hasWordAt(name, at, "amazon") ? 6 : hasWordAt(name, at, "aws") ? 3 : 0;
  if (length === 0) return -1;
  let end = at + length;
  const first = end;
  while (end < name.length && foldedChar(name.charCodeAt(end)) === -1) end++;
  return end > first && end < name.length ? end : -1;
}

/** The entry named `name` (any name, abbreviation or Korean name; `Amazon`/`AWS` prefix added, dropped or swapped), if any. */
export function lookupCatalogue(name: string): CatalogueEntry | undefined {
  const hit = find(name, 0);
  if (hit === SLOW) return lookupFolded(name);
  if (hit) return hit;
  const rest = afterPrefix(name);
  if (rest < 0) return undefined;
  const bare = find(name, rest);
  return bare === SLOW ? lookupFolded(name) : bare;
}

/** {@link lookupCatalogue} by folding the whole name first: for names the one-pass lookup cannot fold as it goes. */
function lookupFolded(name: string): CatalogueEntry | undefined {
  const { index } = tables();
  const hit = index.get(foldServiceName(name));
  if (hit) return hit;
  const base = withoutPrefix(name);
  return base === null ? undefined : index.get(foldServiceName(base));
}
