/** The built-in AWS catalogue and its name lookup: every entry, indexed once by every folded name. */
import { CONCEPTS } from "./concepts";
import { APPLICATION_SERVICES } from "./services-applications";
import { COMPUTE_STORAGE_SERVICES } from "./services-compute-storage";
import { DATABASE_ANALYTICS_SERVICES } from "./services-database-analytics";
import { DEVTOOLS_MANAGEMENT_SERVICES } from "./services-devtools-management";
import { MIGRATION_NETWORKING_SECURITY_SERVICES } from "./services-migration-networking-security";
import { ML_IOT_MEDIA_SERVICES } from "./services-ml-iot-media";
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

/** A name for comparison: NFC, lower-case, with every white space, `-`, `_` and `.` removed. */
export function foldServiceName(name: string): string {
  return name.normalize("NFC").toLowerCase().replace(SEPARATORS, "");
}

/** The name without a leading `Amazon `/`AWS `, or null when it has none. */
function withoutPrefix(name: string): string | null {
  const trimmed = name.normalize("NFC").trim();
  const match = PREFIX.exec(trimmed);
  return match ? trimmed.slice(match[0].length) : null;
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

const INDEX = buildIndex(CATALOGUE);

/** The entry named `name` (any name, abbreviation or Korean name; `Amazon`/`AWS` prefix added, dropped or swapped), if any. */
export function lookupCatalogue(name: string): CatalogueEntry | undefined {
  const hit = INDEX.get(foldServiceName(name));
  if (hit) return hit;
  const base = withoutPrefix(name);
  return base === null ? undefined : INDEX.get(foldServiceName(base));
}
