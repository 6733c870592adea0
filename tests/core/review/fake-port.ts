import type { ReviewDataPort } from "../../../src/core/review/persistence";

/** An in-memory plugin folder that can be told to fail. */
export class FakePort implements ReviewDataPort {
  files = new Map<string, string>();
  writes: string[] = [];
  /** Paths read, in order. */
  reads: string[] = [];
  /** Paths appended to, in order. */
  appends: string[] = [];
  failWrites = false;
  failReads = new Set<string>();

  constructor(files: Record<string, string> = {}) {
    for (const [k, v] of Object.entries(files)) this.files.set(k, v);
  }

  async read(path: string): Promise<string | null> {
    if (this.failReads.has(path)) throw new Error(`EIO: cannot read ${path}`);
    this.reads.push(path);
    return this.files.get(path) ?? null;
  }

  async write(path: string, text: string): Promise<void> {
    if (this.failWrites) throw new Error(`ENOSPC: cannot write ${path}`);
    this.writes.push(path);
    this.files.set(path, text);
  }

  async append(path: string, text: string): Promise<void> {
    if (this.failWrites) throw new Error(`ENOSPC: cannot append to ${path}`);
    this.appends.push(path);
    this.files.set(path, (this.files.get(path) ?? "") + text);
  }

  /** Names of the copies kept aside. */
  corruptCopies(): string[] {
    return [...this.files.keys()].filter((k) => k.startsWith("data.corrupt-")).sort();
  }

  /** Names of the month files' copies kept aside. */
  corruptLogCopies(): string[] {
    return [...this.files.keys()].filter((k) => k.startsWith("reviews/") && k.includes(".corrupt-")).sort();
  }
}

/** A plugin folder that can be listed and renames files, as Obsidian's adapter does. */
export class ListingPort extends FakePort {
  async list(): Promise<string[]> {
    return [...this.files.keys()];
  }

  async rename(from: string, to: string): Promise<void> {
    const text = this.files.get(from);
    if (text === undefined) throw new Error(`ENOENT: ${from}`);
    this.files.delete(from);
    this.files.set(to, text);
  }
}

/** How a {@link CrashingPort} dies, and what its platform can do. */
export interface CrashOptions {
  /** The write, append, rename or removal the app dies in (1 for the first; Infinity: it never dies). */
  crashAt: number;
  /** The write the app dies in is cut off half-way (else it never happens). */
  torn?: boolean;
  /** The platform renames files: whole-file writes go through a temporary file. */
  renames?: boolean;
  /** It refuses to rename over an existing file (the old one is then removed first). */
  noOverwrite?: boolean;
}

/** A plugin folder in which the app dies at its `crashAt`-th file operation; every later one fails. */
export class CrashingPort extends FakePort {
  operations = 0;
  dead = false;
  /** The clock, and when the app died by it. */
  clock: () => number = () => 0;
  diedAt = 0;
  rename?: (from: string, to: string) => Promise<void>;
  remove?: (path: string) => Promise<void>;
  private readonly crash: CrashOptions;

  constructor(crash: CrashOptions, files: Record<string, string> = {}) {
    super(files);
    this.crash = crash;
    if (crash.renames) this.rename = (from, to) => this.renameFile(from, to);
    if (crash.renames && crash.noOverwrite) this.remove = (path) => this.removeFile(path);
  }

  /** Counts an operation; true when this is the one the app dies in. */
  private dies(): boolean {
    if (this.dead) throw new Error("the app is gone");
    this.operations++;
    if (this.operations !== this.crash.crashAt) return false;
    this.dead = true;
    this.diedAt = this.clock();
    return true;
  }

  override async write(path: string, text: string): Promise<void> {
    if (this.dies()) {
      if (this.crash.torn) this.files.set(path, text.slice(0, Math.floor(text.length / 2)));
      throw new Error("killed while writing");
    }
    await super.write(path, text);
  }

  override async append(path: string, text: string): Promise<void> {
    if (this.dies()) {
      if (this.crash.torn) this.files.set(path, (this.files.get(path) ?? "") + text.slice(0, Math.floor(text.length / 2)));
      throw new Error("killed while appending");
    }
    await super.append(path, text);
  }

  private async renameFile(from: string, to: string): Promise<void> {
    if (this.dies()) throw new Error("killed while renaming");
    const text = this.files.get(from);
    if (text === undefined) throw new Error(`ENOENT: ${from}`);
    if (this.crash.noOverwrite && this.files.has(to)) throw new Error("Destination file already exists!");
    this.files.delete(from);
    this.files.set(to, text);
  }

  private async removeFile(path: string): Promise<void> {
    if (this.dies()) throw new Error("killed while removing");
    this.files.delete(path);
  }
}
