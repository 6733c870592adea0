/**
 * What the index keeps of a note, made compact: every kept string is its own flat copy (a substring of the note's
 * text would keep the whole text alive), equal strings of a note are one copy, and every array is exactly its length
 * (arrays grown by `push` carry spare room). Content, and the order of keys, are unchanged.
 */
import type { NoteHighlight, NoteTerm, ParsedNote } from "./types";

/** Calls `visit` with every string the index keeps of a note. */
function forEachKept(note: ParsedNote, visit: (s: string) => void): void {
  for (const s of note.tags) visit(s);
  for (const t of note.terms) {
    visit(t.name);
    for (const s of t.aliases) visit(s);
    for (const s of t.definition) visit(s);
  }
  for (const h of note.highlights) {
    visit(h.answer);
    visit(h.term);
    for (const s of h.promptParts) visit(s);
    for (const s of h.context) visit(s);
    if (h.hint !== undefined) visit(h.hint);
    if (h.color !== undefined) visit(h.color);
  }
}

/** The same note, compact (see the file comment). */
export function compactNote(note: ParsedNote): ParsedNote {
  const copies = new Map<string, string>();
  const unique: string[] = [];
  forEachKept(note, (s) => {
    if (copies.has(s)) return;
    copies.set(s, s);
    unique.push(s);
  });
  // One native round trip writes every distinct string out afresh, with no tie to the text it was cut from.
  const fresh = JSON.parse(JSON.stringify(unique)) as string[];
  unique.forEach((s, i) => copies.set(s, fresh[i] ?? s));
  const own = (s: string): string => copies.get(s) ?? s;
  const list = (items: readonly string[]): string[] => items.map(own);
  const terms = note.terms.map((t): NoteTerm => ({
    name: own(t.name), aliases: list(t.aliases), definition: list(t.definition), line: t.line,
    lines: { from: t.lines.from, to: t.lines.to },
  }));
  // Keys in the parser's order, so the JSON of a note reads the same.
  const highlights = note.highlights.map((h): NoteHighlight => ({
    line: h.line, answer: own(h.answer), ...(h.hint !== undefined ? { hint: own(h.hint) } : {}), kind: h.kind,
    ...(h.color !== undefined ? { color: own(h.color) } : {}), promptParts: list(h.promptParts), term: own(h.term),
    selfNamed: h.selfNamed, context: list(h.context),
  }));
  return { path: note.path, aws: note.aws, tags: list(note.tags), terms, highlights };
}
