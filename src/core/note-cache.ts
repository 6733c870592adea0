/**
 * What the index keeps of each note, kept between sessions so a start-up neither reads nor parses a note that has not
 * changed. An entry counts only for the same file (modification time and size) read by the same rules (the parser's
 * version and the settings that decide what a note yields); anything else is read again.
 */
import type { Card } from "./cards/types";
import type { ParseOptions } from "./reading/parse-note";
import type { ParsedNote } from "./reading/types";

/**
 * The version of the reading rules. Raise it with every change to what `parseNote` returns for some text: caches
 * made by older rules are then read again, never trusted. (The plugin's own version is part of the key too.)
 */
export const PARSER_VERSION = 4;

/** Notes written per transaction (each is copied on the main thread as it is stored). */
export const FLUSH_CHUNK = 48;

/** One note as it was read. */
export interface CachedNote {
  path: string;
  mtime: number;
  size: number;
  /** The rules it was read by (see {@link readingKey}). */
  key: string;
  note: ParsedNote;
  /** The note's cards and exam questions, with the settings key they were built under (none when not built yet). */
  cards?: { key: string; list: Card[] };
}

/** Where entries are kept (IndexedDB in the app; memory in tests). */
export interface NoteCacheStore {
  loadAll(): Promise<CachedNote[]>;
  put(entries: readonly CachedNote[]): Promise<void>;
  remove(paths: readonly string[]): Promise<void>;
}

/** The rules a note is read by: parser version, plugin version and the settings `parseNote` reads. */
export function readingKey(options: ParseOptions, pluginVersion: string): string {
  const { folders, tags, autoDetect, clozeEquals, clozeMark, clozeBold } = options;
  return JSON.stringify([PARSER_VERSION, pluginVersion, folders, tags, autoDetect, clozeEquals, clozeMark, clozeBold]);
}

/** The file facts a cache entry is checked against. */
export interface FileStamp {
  path: string;
  mtime: number;
  size: number;
}

/**
 * The entries of one session: looked up at start-up, written behind (in batches, so a scan is not slowed by a write
 * per note), and forgotten for deleted notes. A store that fails is given up on: the plugin then reads every note,
 * as without a cache.
 */
export class NoteCache {
  private entries = new Map<string, CachedNote>();
  private pending = new Map<string, CachedNote>();
  private removed = new Set<string>();
  private broken = false;
  private loading: Promise<void> | null = null;

  /**
   * `cardsOf` gives a note's cards as built this session (written with the note, so the next start need not build
   * them again).
   */
  constructor(
    private readonly store: NoteCacheStore, private readonly onError: (error: unknown) => void = () => undefined,
    private readonly cardsOf: (note: ParsedNote) => { key: string; cards: Card[] } | undefined = () => undefined,
  ) {}

  /** Reads every entry once (later calls wait for the same read). Never throws. */
  load(): Promise<void> {
    this.loading ??= this.store.loadAll().then((all) => {
      // A note deleted while the entries loaded stays forgotten.
      for (const e of all) if (e && typeof e.path === "string" && e.note && !this.removed.has(e.path)) this.entries.set(e.path, e);
    }, (error: unknown) => this.fail(error));
    return this.loading;
  }

  /** The note as read before, when the file and the rules are the same; else undefined (the note must be read). */
  lookup(file: FileStamp, key: string): ParsedNote | undefined {
    const e = this.entries.get(file.path);
    return e && e.mtime === file.mtime && e.size === file.size && e.key === key ? e.note : undefined;
  }

  /** The cards kept with `note` (the very note {@link lookup} gave) when they were built under `key`. */
  cardsFor(note: ParsedNote, key: string): readonly Card[] | undefined {
    const e = this.entries.get(note.path);
    return e && e.note === note && e.cards?.key === key ? e.cards.list : undefined;
  }

  /** Remembers a note just read (written with the next `flush`). */
  remember(file: FileStamp, key: string, note: ParsedNote): void {
    const entry: CachedNote = { path: file.path, mtime: file.mtime, size: file.size, key, note };
    this.entries.set(file.path, entry);
    this.pending.set(file.path, entry);
    this.removed.delete(file.path);
  }

  /** Drops every note's kept cards ("Rebuild index": cards are built again, and written with the next flush). */
  dropCards(): void {
    for (const e of this.entries.values()) e.cards = undefined;
  }

  /** Forgets every note whose file is gone (deleted or renamed while the app was closed). */
  keepOnly(paths: ReadonlySet<string>): void {
    for (const path of [...this.entries.keys()]) if (!paths.has(path)) this.forget(path);
  }

  /** Forgets a deleted (or renamed) note. */
  forget(path: string): void {
    this.entries.delete(path);
    this.pending.delete(path);
    this.removed.add(path);
  }

  /** Writes what changed since the last flush. Never throws. */
  async flush(): Promise<void> {
    if (this.broken) return;
    // A note kept without its cards, or with cards of other settings, is written again once they are built.
    for (const e of this.entries.values()) {
      if (this.pending.has(e.path)) continue;
      const built = this.cardsOf(e.note);
      if (built && (e.cards?.key !== built.key || e.cards.list !== built.cards)) this.pending.set(e.path, e);
    }
    if (this.pending.size === 0 && this.removed.size === 0) return;
    const puts = [...this.pending.values()];
    // Each note goes with its cards when they are built by now (a scan's are: the snapshot kept up with it).
    for (const e of puts) {
      const built = this.cardsOf(e.note);
      if (built) e.cards = { key: built.key, list: built.cards };
    }
    const removes = [...this.removed];
    this.pending.clear();
    this.removed.clear();
    try {
      if (removes.length > 0) await this.store.remove(removes);
      // Storing copies each note on the main thread: a few dozen per transaction keep every step short.
      for (let from = 0; from < puts.length; from += FLUSH_CHUNK) await this.store.put(puts.slice(from, from + FLUSH_CHUNK));
    } catch (error) {
      this.fail(error);
    }
  }

  private fail(error: unknown): void {
    this.broken = true;
    this.entries.clear();
    this.pending.clear();
    this.onError(error);
  }
}
