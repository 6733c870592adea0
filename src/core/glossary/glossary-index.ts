/** The per-note index of the vault: replace-by-key, with a revision number and change listeners. */
import { compactNote } from "./compact";
import { GlossaryTerms, type TermSpan } from "./glossary-terms";
import { parseNote, type ParseOptions } from "../reading/parse-note";
import type { Term } from "./types";
import type { ParsedNote } from "../reading/types";

/** Called after the index changed, with the new revision and the paths that changed. */
export type IndexListener = (revision: number, changed: readonly string[]) => void;

/** Equality of plain data (JSON-like values); a key holding `undefined` counts as absent, as in JSON. */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], b[i])) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let count = 0;
  for (const k in x) {
    if (x[k] === undefined) continue;
    if (!sameData(x[k], y[k])) return false;
    count++;
  }
  for (const k in y) if (y[k] !== undefined) count--;
  return count === 0;
}

/** Whether two parses of a note keep the same things (a save that changed nothing the index keeps). */
function sameContent(a: ParsedNote, b: ParsedNote): boolean {
  return a.aws === b.aws && sameData(a.tags, b.tags) && sameData(a.terms, b.terms) && sameData(a.highlights, b.highlights);
}

/** More changed paths than this re-sort the note list instead of patching it. */
const PATCH_LIMIT = 32;

/** The vault's AWS notes, parsed one note at a time. */
export class GlossaryIndex {
  private readonly notes = new Map<string, ParsedNote>();
  private readonly glossary = new GlossaryTerms();
  private readonly listeners = new Set<IndexListener>();
  /** Every note in path order, as of the last `allNotes()`; replaced, never changed, once handed out. */
  private sorted: ParsedNote[] = [];
  /** Paths changed since `sorted` was made. */
  private readonly unsorted = new Set<string>();
  private rev = 0;
  private batching: string[] | null = null;

  constructor(private options: ParseOptions) {}

  /** Bumped on every change that matters; unchanged saves leave it alone. */
  get revision(): number {
    return this.rev;
  }

  /** The parse options in force (which notes are AWS notes, which highlights make cards). */
  get parseOptions(): Readonly<ParseOptions> {
    return this.options;
  }

  /** Replaces the parse options (settings changed); the caller re-reads notes it needs to. */
  setOptions(options: ParseOptions): void {
    this.options = options;
  }

  /** Parses a note's text and stores it under its path. Returns whether anything the index keeps changed. */
  setNote(path: string, text: string): boolean {
    const parsed = parseNote(path, text, this.options);
    const old = this.notes.get(path);
    if (old && sameContent(old, parsed)) return false;
    this.store(path, compactNote(parsed));
    this.changed([path]);
    return true;
  }

  /**
   * Stores a note parsed earlier (by `parseNote` with these options, kept in a cache between sessions) without
   * reading it again. Returns whether anything the index keeps changed.
   */
  setParsedNote(path: string, parsed: ParsedNote): boolean {
    const old = this.notes.get(path);
    if (old && sameContent(old, parsed)) return false;
    this.store(path, parsed.path === path ? parsed : { ...parsed, path });
    this.changed([path]);
    return true;
  }

  /** Forgets a deleted note. */
  removeNote(path: string): boolean {
    if (!this.notes.has(path)) return false;
    this.store(path, undefined);
    this.changed([path]);
    return true;
  }

  /** Moves a note's entry to its new path (and re-parses it when its text is given, since the path can decide "AWS note"). */
  renameNote(oldPath: string, newPath: string, text?: string): boolean {
    const old = this.notes.get(oldPath);
    if (old) this.store(oldPath, undefined);
    if (text !== undefined) {
      this.store(newPath, compactNote(parseNote(newPath, text, this.options)));
      this.changed(old ? [oldPath, newPath] : [newPath]);
      return true;
    }
    if (old) {
      this.store(newPath, { ...old, path: newPath });
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
    return this.notes.get(path);
  }

  /** Every indexed note in path order. The array is shared until the next change: do not change it. */
  allNotes(): ParsedNote[] {
    if (this.unsorted.size > PATCH_LIMIT) this.sorted = mergeChanged(this.sorted, this.unsorted, this.notes);
    else if (this.unsorted.size > 0) this.sorted = patchSorted(this.sorted, this.unsorted, this.notes);
    this.unsorted.clear();
    return this.sorted;
  }

  /** Paths of every indexed note. */
  paths(): string[] {
    return [...this.notes.keys()];
  }

  /** The merged glossary; the same array until a change touches the terms. Do not change it. */
  terms(): Term[] {
    return this.glossary.terms();
  }

  /** Per note path, the merged terms the note defines and the line spans of its entries. Do not change it. */
  termSpans(): ReadonlyMap<string, readonly TermSpan[]> {
    return this.glossary.spansByPath();
  }

  /** Listens for changes; returns the function that stops listening. */
  onChange(listener: IndexListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private store(path: string, note: ParsedNote | undefined): void {
    if (note) this.notes.set(path, note);
    else this.notes.delete(path);
    this.glossary.setNote(path, note);
    this.unsorted.add(path);
  }

  private changed(paths: string[]): void {
    this.rev++;
    if (this.batching) for (const p of paths) this.batching.push(p);
    else this.notify(paths);
  }

  private notify(paths: string[]): void {
    for (const l of [...this.listeners]) l(this.rev, paths);
  }
}

/** Index of the first note of `sorted`, from `lo` on, whose path is not below `path`. */
function lowerBound(sorted: readonly ParsedNote[], path: string, lo: number): number {
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as ParsedNote).path < path) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Like {@link patchSorted} for many changed paths (a slice of a scan): only the changed paths are sorted, and the
 * unchanged runs between them are copied over, so the cost does not grow with a sort of the whole vault.
 */
function mergeChanged(sorted: readonly ParsedNote[], paths: ReadonlySet<string>, notes: ReadonlyMap<string, ParsedNote>): ParsedNote[] {
  const changed = [...paths].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const out: ParsedNote[] = [];
  let i = 0;
  for (const path of changed) {
    const at = lowerBound(sorted, path, i);
    for (let k = i; k < at; k++) out.push(sorted[k] as ParsedNote);
    i = at < sorted.length && (sorted[at] as ParsedNote).path === path ? at + 1 : at;
    const note = notes.get(path);
    if (note) out.push(note);
  }
  for (let k = i; k < sorted.length; k++) out.push(sorted[k] as ParsedNote);
  return out;
}

/** A copy of the path-ordered `sorted` with the notes at `paths` replaced, added or removed. */
function patchSorted(sorted: readonly ParsedNote[], paths: ReadonlySet<string>, notes: ReadonlyMap<string, ParsedNote>): ParsedNote[] {
  const next = sorted.slice();
  for (const path of paths) {
    const lo = lowerBound(next, path, 0);
    const present = next[lo]?.path === path;
    const note = notes.get(path);
    if (note && present) next[lo] = note;
    else if (note) next.splice(lo, 0, note);
    else if (present) next.splice(lo, 1);
  }
  return next;
}
