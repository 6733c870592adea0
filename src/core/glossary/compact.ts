/**
 * What the index keeps of a note, made compact: every kept string is its own flat copy (a substring of the note's
 * text would keep the whole text alive), equal strings of a note are one copy, and every array is exactly its length
 * (arrays grown by `push` carry spare room). Content, and the order of keys, are unchanged.
 */
import type { NoteHighlight, NoteTerm, ParsedNote } from "../reading/types";

/**
 * The distinct strings of one note, in the order they were first seen, and for every string seen (in order) the
 * position of its distinct copy. The copy pass reads the note in exactly the order the gathering pass did, so it
 * takes the next position instead of looking each string up again.
 */
class Gathered {
  readonly unique: string[] = [];
  readonly slots: number[] = [];
  private readonly index = new Map<string, number>();

  add(s: string): void {
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.unique.length;
      this.index.set(s, i);
      this.unique.push(s);
    }
    this.slots.push(i);
  }

  addAll(items: readonly string[]): void {
    for (let k = 0; k < items.length; k++) this.add(items[k] as string);
  }
}

/** Hands out the flat copies in the order the strings were gathered. */
class Copies {
  private next = 0;

  constructor(private readonly fresh: readonly string[], private readonly slots: readonly number[]) {}

  one(): string {
    return this.fresh[this.slots[this.next++] as number] as string;
  }

  list(items: readonly string[]): string[] {
    const n = items.length;
    const out = new Array<string>(n);
    for (let k = 0; k < n; k++) out[k] = this.one();
    return out;
  }
}

/** Gathers every string the index keeps of a note, in the order `compactNote` copies them. */
function gather(note: ParsedNote): Gathered {
  const g = new Gathered();
  g.addAll(note.tags);
  for (const t of note.terms) {
    g.add(t.name);
    g.addAll(t.aliases);
    g.addAll(t.definition);
    if (t.compared !== undefined) g.addAll(t.compared);
    if (t.group !== undefined) g.add(t.group);
  }
  for (const h of note.highlights) {
    g.add(h.answer);
    if (h.hint !== undefined) g.add(h.hint);
    if (h.color !== undefined) g.add(h.color);
    g.addAll(h.promptParts);
    g.add(h.term);
    g.addAll(h.context);
  }
  return g;
}

/** The highlight rebuilt from copies, keys in the parser's order (so the JSON of a note reads the same). */
function copyHighlight(h: NoteHighlight, c: Copies): NoteHighlight {
  // Taken in the order `gather` read them.
  const answer = c.one();
  const hint = h.hint === undefined ? undefined : c.one();
  const color = h.color === undefined ? undefined : c.one();
  const promptParts = c.list(h.promptParts);
  const term = c.one();
  const context = c.list(h.context);
  const { line, kind, selfNamed } = h;
  // One object literal per shape: the kept objects hold their fields in-object, with no spare property store.
  if (hint === undefined) {
    return color === undefined
      ? { line, answer, kind, promptParts, term, selfNamed, context }
      : { line, answer, kind, color, promptParts, term, selfNamed, context };
  }
  return color === undefined
    ? { line, answer, hint, kind, promptParts, term, selfNamed, context }
    : { line, answer, hint, kind, color, promptParts, term, selfNamed, context };
}

/** The same note, compact (see the file comment). */
export function compactNote(note: ParsedNote): ParsedNote {
  const g = gather(note);
  // One native round trip writes every distinct string out afresh, with no tie to the text it was cut from.
  const c = new Copies(JSON.parse(JSON.stringify(g.unique)) as string[], g.slots);
  const tags = c.list(note.tags);
  const terms = new Array<NoteTerm>(note.terms.length);
  for (let k = 0; k < terms.length; k++) {
    const t = note.terms[k] as NoteTerm;
    const term: NoteTerm = {
      name: c.one(), aliases: c.list(t.aliases), definition: c.list(t.definition), line: t.line,
      lines: { from: t.lines.from, to: t.lines.to },
    };
    if (t.compared !== undefined) term.compared = c.list(t.compared);
    if (t.group !== undefined) term.group = c.one();
    terms[k] = term;
  }
  const highlights = new Array<NoteHighlight>(note.highlights.length);
  for (let k = 0; k < highlights.length; k++) highlights[k] = copyHighlight(note.highlights[k] as NoteHighlight, c);
  return { path: note.path, aws: note.aws, tags, terms, highlights };
}
