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
