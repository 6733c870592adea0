/** What goes between a scan and a parse worker: a note's text and the reading rules in, what the note yields out. */
import { parseNote, type ParseOptions } from "./parse-note";
import type { ParsedNote } from "./types";

/** One note to read. */
export interface ParseRequest {
  id: number;
  path: string;
  text: string;
  options: ParseOptions;
}

/** What reading it gave: the note, or the message of the error it met. */
export type ParseReply = { id: number; note: ParsedNote } | { id: number; error: string };

/** The reading rules alone, as plain data (what a worker is sent; nothing else of the settings). */
export function readingRules(options: ParseOptions): ParseOptions {
  const { folders, tags, autoDetect, clozeEquals, clozeMark, clozeBold } = options;
  return { folders: [...folders], tags: [...tags], autoDetect, clozeEquals, clozeMark, clozeBold };
}

/** Reads the note of a request (in a worker, or in place when no worker can). */
export function answerParseRequest(request: ParseRequest): ParseReply {
  try {
    return { id: request.id, note: parseNote(request.path, request.text, request.options) };
  } catch (error) {
    return { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
}
