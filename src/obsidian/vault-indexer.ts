/** Keeps the glossary index in step with the vault: one scan on layout ready, then one note per change. */
import { getAllTags, Notice, TFile, type Plugin, type TAbstractFile } from "obsidian";
import { mayBeAwsNote } from "../core/reading/aws-note";
import type { GlossaryIndex } from "../core/glossary/glossary-index";
import { runAhead } from "../core/slices";
import type { ParsePool } from "../core/parse-pool";
import { t } from "../ui/strings";
import { MAX_NOTE_BYTES } from "../core/note-size";
import type { NoteCache } from "../core/note-cache";

/** How long a note must be quiet after a change before it is re-read. */
const DEBOUNCE_MS = 400;
/** Longest stretch of indexing between two frames. */
const SLICE_MS = 12;
/** Most notes between two updates of what is derived from the index (see `rescan`). */
const NOTES_PER_SLICE = 48;
/** Notes a scan reads (and has parsed in workers) ahead of the one it stores. */
const SCAN_AHEAD = 16;
/** How long after the last change the note cache is written. */
const CACHE_FLUSH_MS = 2000;
export { MAX_NOTE_BYTES };

const isNote = (file: TAbstractFile | null): file is TFile => file instanceof TFile && file.extension === "md";

/** Reads notes into the index and follows the vault's modify, create, rename and delete events. */
export class VaultIndexer {
  private readonly timers = new Map<string, number>();
  private stopped = false;
  private scanning: Promise<number> | null = null;

  private flushTimer: number | null = null;
  /** The workers of the scan under way, stopped with the plugin too. */
  private scanWorkers: ParsePool | null = null;
  /** The scan under way reads every note from the disk (the rebuild command). */
  private fresh = false;
  /** The scan that follows the one under way, and whether it reads every note from the disk. */
  private queued: Promise<number> | null = null;
  private queuedFresh = false;

  /**
   * `keepUp` runs after every slice of a scan, to bring what is derived from the index up to date bit by bit;
   * `cache` keeps what each note yielded between sessions, under the reading rules `cacheKey` names; `parsers` starts
   * the workers a scan reads notes in (null: none can run), once a scan meets a note the cache does not hold.
   */
  constructor(
    private readonly plugin: Plugin, private readonly index: GlossaryIndex, private readonly keepUp?: () => void,
    private readonly cache?: { notes: NoteCache; key: () => string },
    private readonly parsers?: () => ParsePool | null,
  ) {}

  /** Registers the vault listeners (cleaned up with the plugin) and runs the first scan. */
  start(): Promise<number> {
    const { vault } = this.plugin.app;
    this.plugin.registerEvent(vault.on("modify", (f) => this.schedule(f)));
    this.plugin.registerEvent(vault.on("create", (f) => this.schedule(f)));
    // A tag added to a note outside the folders: the metadata cache has it a moment after the save.
    this.plugin.registerEvent(this.plugin.app.metadataCache.on("changed", (f) => {
      if (this.index.parseOptions.tags.length > 0 && !this.index.getNote(f.path) && this.mayRead(f)) this.schedule(f);
    }));
    this.plugin.registerEvent(vault.on("delete", (f) => {
      if (!isNote(f)) return;
      this.cancel(f.path);
      this.index.removeNote(f.path);
      this.cache?.notes.forget(f.path);
      this.flushSoon();
    }));
    this.plugin.registerEvent(vault.on("rename", (f, oldPath) => {
      this.cancel(oldPath);
      this.cache?.notes.forget(oldPath);
      if (isNote(f)) {
        this.index.renameNote(oldPath, f.path);
        this.schedule(f);
      } else if (oldPath.toLowerCase().endsWith(".md")) this.index.removeNote(oldPath);
    }));
    this.plugin.register(() => {
      this.stopped = true;
      for (const t of this.timers.values()) window.clearTimeout(t);
      this.timers.clear();
      if (this.flushTimer !== null) window.clearTimeout(this.flushTimer);
      // A scan waiting on its workers gets its notes back unread, and stops at its next note.
      this.scanWorkers?.dispose();
      void this.cache?.notes.flush();
    });
    return this.rescan();
  }

  /**
   * Reads every note again (start-up, settings that change what counts, the rebuild command). Notes the cache holds
   * unchanged are taken from it, unless `fresh` (the rebuild command reads every note from the disk).
   */
  rescan(options: { fresh?: boolean } = {}): Promise<number> {
    // Asked for during a scan (the settings changed, or a rebuild): one more scan follows the one under way, so every
    // note ends up read by the rules now in force.
    if (this.scanning) {
      this.queuedFresh ||= options.fresh === true;
      this.queued ??= this.scanning.then(() => {
        const fresh = this.queuedFresh;
        this.queued = null;
        this.queuedFresh = false;
        return this.rescan({ fresh });
      });
      return this.queued;
    }
    this.fresh = options.fresh === true;
    const files = this.plugin.app.vault.getMarkdownFiles().slice();
    const present = new Set(files.map((f) => f.path));
    // The workers start with the first note the cache does not hold, and stop with the scan (a note still being read
    // after a scan that failed starts none).
    let pool: ParsePool | null | undefined;
    let over = false;
    const workers = (): ParsePool | null => {
      if (over || this.stopped) return null;
      if (pool === undefined) this.scanWorkers = pool = this.parsers?.() ?? null;
      return pool;
    };
    const run = async (): Promise<number> => {
      await this.cache?.notes.load();
      // Notes deleted or renamed while the app was closed leave the index and the cache.
      this.cache?.notes.keepOnly(present);
      for (const path of this.index.paths()) if (!present.has(path)) this.index.removeNote(path);
      // In path order, each note's terms come after those already merged: they extend terms, never re-merge them.
      files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      // Notes are read (and parsed in the workers) a few ahead; each is stored in path order, in slices.
      return runAhead(files, (file) => this.prepare(file, workers), (_file, store) => store(), SCAN_AHEAD, {
        budgetMs: SLICE_MS,
        // Notes from the cache cost nothing here and everything in `keepUp`: a few dozen per slice.
        maxItems: NOTES_PER_SLICE,
        now: () => performance.now(),
        pause: () => new Promise((resolve) => window.setTimeout(resolve, 0)),
        cancelled: () => this.stopped,
        afterSlice: this.keepUp,
      });
    };
    this.scanning = run().finally(() => {
      over = true;
      pool?.dispose();
      if (this.scanWorkers === pool) this.scanWorkers = null;
      this.scanning = null;
      this.fresh = false;
      void this.cache?.notes.flush();
    });
    return this.scanning;
  }

  /** Notes already said to be too large this session. */
  private readonly toldTooLarge = new Set<string>();

  private tellTooLarge(file: TFile): void {
    if (this.toldTooLarge.has(file.path)) return;
    this.toldTooLarge.add(file.path);
    const mb = (bytes: number): string => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`);
    new Notice(t("noteTooLarge", { note: file.basename, size: mb(file.stat.size), limit: mb(MAX_NOTE_BYTES) }), 10_000);
  }

  private schedule(file: TAbstractFile): void {
    if (!isNote(file) || this.stopped) return;
    this.cancel(file.path);
    this.timers.set(file.path, window.setTimeout(() => {
      this.timers.delete(file.path);
      void this.readInto(file);
    }, DEBOUNCE_MS));
  }

  /** Writes the cache a little after the last change (one transaction for a burst of saves). */
  private flushSoon(): void {
    if (!this.cache || this.flushTimer !== null) return;
    this.flushTimer = window.setTimeout(() => {
      this.flushTimer = null;
      void this.cache?.notes.flush();
    }, CACHE_FLUSH_MS);
  }

  private cancel(path: string): void {
    const t = this.timers.get(path);
    if (t !== undefined) window.clearTimeout(t);
    this.timers.delete(path);
  }

  /**
   * With folders or tags set, a note outside the folders whose tags (from Obsidian's metadata cache, without reading
   * it) match none is not read at all. A note the cache does not know yet is read.
   */
  private mayRead(file: TFile): boolean {
    const rules = this.index.parseOptions;
    if (rules.folders.length === 0 && rules.tags.length === 0) return true;
    const cache = this.plugin.app.metadataCache.getFileCache(file);
    const tags = cache ? (getAllTags(cache) ?? []) : null;
    return mayBeAwsNote(file.path, tags, rules);
  }

  /** Reads one note into the index now (a changed note: read in place, a millisecond or two). */
  private async readInto(file: TFile): Promise<void> {
    (await this.prepare(file, () => null))();
  }

  /** Whether `file` is still the vault's file at its path, and the indexer still running. */
  private isCurrent(file: TFile): boolean {
    return !this.stopped && this.plugin.app.vault.getAbstractFileByPath(file.path) === file;
  }

  /**
   * Gets a note ready for the index, leaving the index alone: taken from the cache, or its text read and, with
   * workers, parsed there. Resolves to the step that stores it (a scan takes the steps in path order); never rejects.
   */
  private async prepare(file: TFile, workers: () => ParsePool | null): Promise<() => void> {
    if (!this.mayRead(file)) return () => this.index.removeNote(file.path);
    if (file.stat.size > MAX_NOTE_BYTES) {
      return () => {
        this.index.removeNote(file.path);
        this.tellTooLarge(file);
      };
    }
    // A note unchanged since a session that read it by the same rules is neither read nor parsed.
    const stamp = { path: file.path, mtime: file.stat.mtime, size: file.stat.size };
    const key = this.cache?.key() ?? "";
    // Saved again since it was read (a scan reads ahead): the save's own read stores it, never this older copy.
    const stale = (): boolean => file.stat.mtime !== stamp.mtime || file.stat.size !== stamp.size;
    const known = this.fresh ? undefined : this.cache?.notes.lookup(stamp, key);
    if (known) {
      return () => {
        if (this.isCurrent(file) && !stale()) this.index.setParsedNote(file.path, known);
      };
    }
    try {
      const text = await this.plugin.app.vault.cachedRead(file);
      const pool = workers();
      // Null: no worker read it; it is read here, in the step that stores it.
      const parsed = pool ? await pool.parse(file.path, text, this.index.parseOptions) : null;
      return () => {
        if (!this.isCurrent(file) || stale()) return;
        if (parsed) this.index.setParsedNote(file.path, parsed);
        else this.index.setNote(file.path, text);
        const kept = this.index.getNote(file.path);
        // Kept under the rules it was read by: a worker's by those of its request, a note read here by today's.
        const rules = this.cache?.key() ?? "";
        if (this.cache && kept && (!parsed || rules === key)) {
          this.cache.notes.remember(stamp, rules, kept);
          if (!this.scanning) this.flushSoon();
        }
      };
    } catch (e) {
      return () => {
        if (!this.stopped) console.warn(`AWS Notes Cloze: could not read ${file.path}`, e);
      };
    }
  }
}
