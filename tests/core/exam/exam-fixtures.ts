/**
 * Notes for the exam-practice tests: parsed from the notes in `notes/` (written in our users' styles, Korean and
 * English), or built term by term where a test needs one exact shape.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { NoteCardOptions } from "../../../src/core/exam/question-cards";
import { parseNote } from "../../../src/core/reading/parse-note";
import type { NoteHighlight, NoteTerm, ParsedNote } from "../../../src/core/reading/types";
import { DEFAULT_SETTINGS, type ReverseCards } from "../../../src/settings";

/** The folder of the fixture notes. */
export const NOTES_DIR = join(__dirname, "notes");

/** The plugin's default card settings with `reverseCards` as given. */
export function optionsWith(reverseCards: ReverseCards): NoteCardOptions {
  return { ...DEFAULT_SETTINGS, reverseCards };
}

/** A fixture note from `notes/`, parsed as the plugin does, at `AWS/<name>` unless another path is given. */
export function readNote(name: string, path = `AWS/${name}`): ParsedNote {
  return parseNote(path, readFileSync(join(NOTES_DIR, name), "utf8"), DEFAULT_SETTINGS);
}

/** A term as the reader hands it over; `line` also spans its definition lines below it. */
export function term(name: string, definition: string[], extra: Partial<NoteTerm> = {}): NoteTerm {
  const line = extra.line ?? 1;
  return { name, aliases: [], definition, line, lines: { from: line, to: line + definition.length }, ...extra };
}

/** An `==answer==` highlight naming a term (`==Fargate== : …`), as the reader hands it over. */
export function nameHighlight(answer: string, line: number, entry = answer): NoteHighlight {
  return { line, answer, kind: "equals", promptParts: ["", ""], term: entry, selfNamed: true, context: [] };
}

/** An AWS note at `path` with these terms and highlights. */
export function awsNote(path: string, terms: NoteTerm[], highlights: NoteHighlight[] = []): ParsedNote {
  return { path, aws: true, tags: ["aws"], terms, highlights };
}
