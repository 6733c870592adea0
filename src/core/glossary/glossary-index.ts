/** The per-note index of the vault: replace-by-key, with a revision number and change listeners. */
import { mergeTerms } from "./merge-terms";
import { parseNote, type ParseOptions } from "./parse-note";
import type { ParsedNote, Term } from "./types";

/** Called after the index changed, with the new revision and the paths that changed. */
export type IndexListener = (revision: number, changed: readonly string[]) => void;

/** What a note contributes, compared to tell a real change from a save that changed nothing the index keeps. */
function fingerprint(note: ParsedNote): string {
  return JSON.stringify([note.aws, note.tags, note.terms, note.highlights]);
}

/** The vault's AWS notes, parsed one note at a time. */
export class GlossaryIndex {
  private readonly notes = new Map<string, { parsed: ParsedNote; print: string }>();
  private readonly listeners = new Set<IndexListener>();
  private termsCache: { revision: number; terms: Term[] } | null = null;
  private rev = 0;
  private batching: string[] | null = null;

  constructor(private options: ParseOptions) {}

  /** Bumped on every change that matters; unchanged saves leave it alone. */
  get revision(): number {
    return this.rev;
  }

  /** Replaces the parse options (settings changed); the caller re-reads notes it needs to. */
  setOptions(options: ParseOptions): void {
    this.options = options;
  }

  /** Parses a note's text and stores it under its path. Returns whether anything the index keeps changed. */
  setNote(path: string, text: string): boolean {
    const parsed = parseNote(path, text, this.options);
    const print = fingerprint(parsed);
    const old = this.notes.get(path);
    if (old && old.print === print) return false;
    this.notes.set(path, { parsed, print });
    this.changed([path]);
    return true;
  }

  /** Forgets a deleted note. */
  removeNote(path: string): boolean {
    if (!this.notes.delete(path)) return false;
    this.changed([path]);
    return true;
  }

  /** Moves a note's entry to its new path (and re-parses it when its text is given, since the path can decide "AWS note"). */
  renameNote(oldPath: string, newPath: string, text?: string): boolean {
    const old = this.notes.get(oldPath);
    this.notes.delete(oldPath);
    if (text !== undefined) {
      const parsed = parseNote(newPath, text, this.options);
      this.notes.set(newPath, { parsed, print: fingerprint(parsed) });
      this.changed(old ? [oldPath, newPath] : [newPath]);
      return true;
    }
    if (old) {
      const parsed = { ...old.parsed, path: newPath };
      this.notes.set(newPath, { parsed, print: old.print });
      this.changed([oldPath, newPath]);
      return true;
    }
    return false;
  }

  /** Runs `work` with listeners told once at the end, about every path it changed. */
  batch(work: () => void): void {
    const outer = this.batching === null;
    if (outer) this.batching = [];
    try {
      work();
    } finally {
      if (outer) {
        const paths = this.batching ?? [];
        this.batching = null;
        if (paths.length > 0) this.notify(paths);
      }
    }
  }

  /** One note as parsed, if indexed. */
  getNote(path: string): ParsedNote | undefined {
    return this.notes.get(path)?.parsed;
  }

  /** Every indexed note in path order. */
  allNotes(): ParsedNote[] {
    return [...this.notes.values()].map((n) => n.parsed).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  /** Paths of every indexed note. */
  paths(): string[] {
    return [...this.notes.keys()];
  }

  /** The merged glossary, computed once per revision. */
  terms(): Term[] {
    if (this.termsCache?.revision !== this.rev) this.termsCache = { revision: this.rev, terms: mergeTerms(this.allNotes()) };
    return this.termsCache.terms;
  }

  /** Listens for changes; returns the function that stops listening. */
  onChange(listener: IndexListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(paths: string[]): void {
    this.rev++;
    if (this.batching) this.batching.push(...paths);
    else this.notify(paths);
  }

  private notify(paths: string[]): void {
    for (const l of [...this.listeners]) l(this.rev, paths);
  }
}
