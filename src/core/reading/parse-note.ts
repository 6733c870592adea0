/** One note's text -> everything the index keeps of it. Never throws; linear in the note's size. */
import { blankNonProse } from "../markdown/blocks";
import { findBodyTags, readFrontmatter } from "../markdown/frontmatter";
import { parseOutline } from "../markdown/outline";
import { splitLines } from "../markdown/text";
import { isAwsNote, type AwsNoteRules } from "./aws-note";
import { extractGlossary } from "./extract";
import { findSubject, type NoteSubject } from "./subject";
import type { ParsedNote } from "./types";

/** The settings the parser reads. */
export interface ParseOptions extends AwsNoteRules {
  clozeEquals: boolean;
  clozeMark: boolean;
  clozeBold: boolean;
}

/** The note's title: its file name without folders and `.md`. */
export function noteTitle(path: string): string {
  const base = path.slice(path.lastIndexOf("/") + 1);
  return base.replace(/\.md$/i, "");
}

/** Parses one note. A note that is not an AWS note keeps its tags but no terms and no highlights. */
export function parseNote(path: string, text: string, options: ParseOptions): ParsedNote {
  const { lines, frontmatter } = blankNonProse(splitLines(text));
  const fm = readFrontmatter(frontmatter);
  const tags = [...new Set([...fm.tags, ...findBodyTags(lines)])];
  const title = noteTitle(path);
  // The subject and the whole prose are read only when the settings, path, tags and aliases did not decide already.
  let subject: NoteSubject | null | undefined;
  const subjectOf = (): NoteSubject | null => (subject === undefined ? (subject = findSubject(title, fm.aliases, lines)) : subject);
  const facts = { path, tags, aliases: fm.aliases, get subject() { return subjectOf() !== null; }, get text() { return lines.join("\n"); } };
  const aws = isAwsNote(facts, options);
  if (!aws) return { path, aws, tags, terms: [], highlights: [] };
  const outline = parseOutline(lines);
  const syntax = { equals: options.clozeEquals, mark: options.clozeMark, bold: options.clozeBold };
  const own = subjectOf();
  const { terms, highlights } = extractGlossary(outline, title, syntax, own ? { ...own, aliases: fm.aliases } : null);
  return { path, aws, tags, terms, highlights };
}
