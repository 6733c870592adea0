/**
 * What a note is about: the AWS service or concept its `주제 : X` / `Topic: X` line, its title heading, its aliases or
 * its file name names (`Amazon FSx.md`, `aws-config.md`, `dynamodb-notes.md`).
 */
import { foldServiceName, namesOf } from "../catalogue/catalogue";
import type { CatalogueEntry } from "../catalogue/types";
import { knownEntry, knownName } from "./evidence";
import { cleanName } from "./names";

/** The note's subject: the name to show and the catalogue entry it stands for. */
export interface NoteSubject {
  name: string;
  entry: CatalogueEntry;
}

const TOPIC = /^[ \t]*(?:[-*+][ \t]+)?(?:주제|topic|subject)[ \t]*[:\uff1a][ \t]*(.+)$/i;
/** How many lines from the top a topic line or a title heading is looked for in. */
const HEAD_LINES = 40;

/**
 * True when one word of a file name surely names the entry: it is one of its abbreviations (`nacl`, `ec2`) or a name
 * written with an inner capital or a digit (`dynamodb` for DynamoDB), not a word like `billing` or `budgets`.
 */
function isDistinctWord(word: string, entry: CatalogueEntry): boolean {
  const key = foldServiceName(word);
  if (key.length < 3) return false;
  if (entry.abbreviations.some((a) => foldServiceName(a) === key)) return true;
  return namesOf(entry).some((n) => foldServiceName(n.replace(/^(?:Amazon|AWS)\s+/, "")) === key && /[a-z][A-Z]|\d/.test(n));
}

/** The longest run of words in a file name that names a known entry (`en-notes-amazon-fsx` → Amazon FSx). */
function subjectOfTitle(title: string): NoteSubject | null {
  const words = title.split(/[\s_.-]+/).filter((w) => w !== "").slice(0, 12);
  for (let size = Math.min(4, words.length); size >= 1; size--) {
    for (let at = 0; at + size <= words.length; at++) {
      const phrase = words.slice(at, at + size).join(" ");
      const entry = knownEntry(phrase);
      if (entry && (size > 1 || isDistinctWord(phrase, entry))) return { name: entry.name, entry };
    }
  }
  return null;
}

/** The note's subject, or null when nothing at its top, in its aliases or in its file name names a known entry. */
export function findSubject(title: string, aliases: readonly string[], lines: readonly string[]): NoteSubject | null {
  const head = Math.min(lines.length, HEAD_LINES);
  for (let i = 0; i < head; i++) {
    const line = lines[i] as string;
    const topic = line.indexOf(":") >= 0 || line.indexOf("\uff1a") >= 0 ? TOPIC.exec(line) : null;
    if (topic) {
      const name = cleanName(topic[1] as string);
      const entry = knownEntry(name);
      if (entry) return { name, entry };
    }
    if (line.startsWith("# ")) {
      const name = cleanName(line.slice(2));
      const entry = knownName(name);
      if (entry) return { name, entry };
    }
  }
  for (const alias of aliases) {
    const entry = knownEntry(alias);
    if (entry) return { name: entry.name, entry };
  }
  return subjectOfTitle(title);
}
