/** The glossary entry of a note's own subject, and the catalogue's names for the terms a note defines. */
import { namesOf } from "../catalogue/catalogue";
import type { CatalogueEntry } from "../catalogue/types";
import type { OutlineNode } from "../markdown/outline";
import { foldKey } from "../markdown/text";
import { isBareOrdinaryWord, knownEntry, knownName } from "./evidence";
import type { NoteSubject } from "./subject";
import type { NoteTerm } from "./types";

/** A line of the note as plain text. */
interface LineText {
  line: number;
  text: string;
}

/** True for a section whose lines introduce the note's subject (`Overview`, `개요`). */
export function isIntroSection(name: string): boolean {
  return INTRO_SECTIONS.has(foldKey(name));
}

/** Sections whose lines introduce the note's subject. */
const INTRO_SECTIONS = new Set(["overview", "개요", "introduction", "intro", "소개", "정의", "definition", "what is it"]);
const MAX_LINES = 12;

/**
 * The term's aliases with the catalogue's names for it added (`AWS Lambda` gains `Lambda` and `람다`), so that a note
 * that writes `람다` or `AWS EC2` finds the same entry; an ordinary word (`Config`) is never added alone. The entry
 * found is added to `known`.
 */
export function withCatalogueNames(name: string, aliases: readonly string[], known?: Set<CatalogueEntry>): string[] {
  let entry = knownName(name);
  for (let k = 0; entry === undefined && k < aliases.length; k++) entry = knownEntry(aliases[k] as string);
  if (!entry) return aliases as string[];
  known?.add(entry);
  const seen = new Set([name, ...aliases].map(foldKey));
  const out = [...aliases];
  for (const [other, key] of catalogueNames(entry)) {
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(other);
  }
  return out;
}

/** Each entry's names a term may gain, with their folded keys, worked out once per entry. */
const gainable = new WeakMap<CatalogueEntry, [string, string][]>();

/** The names of an entry a term gains: all but an ordinary word alone (`Batch`, `Shield`: only with the prefix). */
function catalogueNames(entry: CatalogueEntry): [string, string][] {
  let names = gainable.get(entry);
  if (!names) {
    names = namesOf(entry)
      .filter((n) => !isBareOrdinaryWord(entry, n))
      .map((n): [string, string] => [n, foldKey(n)]);
    gainable.set(entry, names);
  }
  return names;
}

/**
 * The entry of the note's subject (`Amazon FSx` for a note named after it), defined by the lines before its first
 * heading or else by the lines of its overview section (`overview`); null when the note defines the subject already or says nothing of it.
 */
export function subjectTerm(
  subject: NoteSubject & { aliases: readonly string[] }, defined: ReadonlySet<CatalogueEntry>, lines: readonly LineText[],
  noteLines: readonly number[], root: OutlineNode, overview: readonly LineText[],
): NoteTerm | null {
  if (defined.has(subject.entry)) return null;
  const firstHeading = root.children.find((c) => c.kind === "heading")?.line ?? Number.MAX_SAFE_INTEGER;
  const intro = new Set(noteLines.filter((l) => l < firstHeading));
  let definition = lines.filter((l) => intro.has(l.line)).slice(0, MAX_LINES);
  if (definition.length === 0) definition = overview.slice(0, MAX_LINES);
  const text = definition.map((d) => d.text).filter((t) => t !== "");
  if (text.length === 0) return null;
  const first = (definition[0] as LineText).line + 1;
  const last = (definition[definition.length - 1] as LineText).line + 1;
  return {
    name: subject.name, aliases: withCatalogueNames(subject.name, subject.aliases), definition: text,
    line: first, lines: { from: first, to: last },
  };
}
