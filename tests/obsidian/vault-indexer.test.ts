/** @jest-environment jsdom */
import { Events, notices, Plugin, TFile } from "../__mocks__/obsidian";
import { GlossaryIndex } from "../../src/core/glossary/glossary-index";
import { MAX_NOTE_BYTES, VaultIndexer } from "../../src/obsidian/vault-indexer";
import type { Plugin as ObsidianPlugin } from "obsidian";
import { DEFAULT_SETTINGS } from "../../src/settings";
import { NoteCache, readingKey, type CachedNote, type NoteCacheStore } from "../../src/core/note-cache";
import { ParsePool, type ParseWorker } from "../../src/core/parse-pool";
import { answerParseRequest, type ParseReply } from "../../src/core/reading/parse-request";

/** Rows kept as IndexedDB would keep them (copies: no object is shared with the index), across "sessions". */
class RowStore implements NoteCacheStore {
  readonly rows = new Map<string, CachedNote>();
  private static copy = (row: CachedNote): CachedNote => JSON.parse(JSON.stringify(row)) as CachedNote;
  loadAll(): Promise<CachedNote[]> { return Promise.resolve([...this.rows.values()].map(RowStore.copy)); }
  put(entries: readonly CachedNote[]): Promise<void> { for (const e of entries) this.rows.set(e.path, RowStore.copy(e)); return Promise.resolve(); }
  remove(paths: readonly string[]): Promise<void> { for (const p of paths) this.rows.delete(p); return Promise.resolve(); }
}

/** A vault of in-memory notes that fires Obsidian's vault events and counts reads. */
class FakeVault extends Events {
  readonly files = new Map<string, { file: TFile; text: string }>();
  reads: string[] = [];
  writes = 0;
  add(path: string, text: string): TFile {
    const file = new TFile(path);
    file.stat.size = Buffer.byteLength(text);
    this.files.set(path, { file, text });
    return file;
  }
  getMarkdownFiles(): TFile[] {
    return [...this.files.values()].map((f) => f.file).filter((f) => f.extension === "md");
  }
  getAbstractFileByPath(path: string): TFile | null {
    return this.files.get(path)?.file ?? null;
  }
  cachedRead(file: TFile): Promise<string> {
    this.reads.push(file.path);
    return Promise.resolve(this.files.get(file.path)?.text ?? "");
  }
  modify(path: string, text: string): void {
    const entry = this.files.get(path);
    if (!entry) throw new Error(`no ${path}`);
    entry.text = text;
    entry.file.stat.size = Buffer.byteLength(text);
    entry.file.stat.mtime += 1000;
    this.trigger("modify", entry.file);
  }
}

const NOTE = "- Amazon SQS\n\t- 완전관리형 <mark>메시지 큐</mark> 서비스\n";

/** A vault of three notes and its indexer; with `workers`, the indexer's scans parse in them. */
function setup(workers?: { spawn: () => ParseWorker }): { vault: FakeVault; index: GlossaryIndex; indexer: VaultIndexer; plugin: Plugin; metadataCache: FakeMetadataCache } {
  const vault = new FakeVault();
  vault.add("AWS/SQS.md", NOTE);
  vault.add("AWS/S3.md", "- Amazon S3\n\t- 객체 스토리지\n");
  vault.add("Personal/Recipes.md", "- 김치찌개\n\t- ==묵은지==\n");
  const metadataCache = new FakeMetadataCache();
  const plugin = new Plugin({ vault, workspace: {}, metadataCache }, { id: "aws-notes-cloze", version: "0.0.0" });
  const index = new GlossaryIndex(DEFAULT_SETTINGS);
  const parsers = workers ? () => new ParsePool({ size: 2, spawn: workers.spawn }) : undefined;
  return { vault, index, indexer: new VaultIndexer(plugin as unknown as ObsidianPlugin, index, undefined, undefined, parsers), plugin, metadataCache };
}

/** Obsidian's metadata cache: the tags of the notes it has read so far (none until a test says). */
class FakeMetadataCache extends Events {
  readonly known = new Map<string, string[]>();
  getFileCache(file: TFile): { tags: { tag: string }[] } | null {
    const tags = this.known.get(file.path);
    return tags ? { tags: tags.map((tag) => ({ tag })) } : null;
  }
  /** The cache has read the note (after a save): its tags, then the `changed` event. */
  learn(file: TFile, tags: string[]): void {
    this.known.set(file.path, tags);
    this.trigger("changed", file);
  }
}

/**
 * Workers that answer on a later turn with copies (as messages are copied); what each was sent, and whether it
 * stopped. Held, they answer nothing until `release`; `silent`, never.
 */
function fakeWorkers(how: { held?: boolean; silent?: boolean } = {}): {
  spawn: () => ParseWorker; started: { posted: string[]; stopped: boolean }[]; release: () => void;
} {
  const started: { posted: string[]; stopped: boolean }[] = [];
  const waiting: (() => void)[] = [];
  let held = how.held === true;
  const spawn = (): ParseWorker => {
    const seen = { posted: [] as string[], stopped: false };
    started.push(seen);
    let answer: (reply: ParseReply) => void = () => undefined;
    return {
      post: (request) => {
        seen.posted.push(request.path);
        if (how.silent) return;
        const copy = JSON.parse(JSON.stringify(request)) as typeof request;
        const reply = (): void => { if (!seen.stopped) answer(JSON.parse(JSON.stringify(answerParseRequest(copy))) as ParseReply); };
        if (held) waiting.push(reply);
        else setTimeout(reply, 0);
      },
      listen: (onReply) => { answer = onReply; },
      terminate: () => { seen.stopped = true; },
    };
  };
  const release = (): void => {
    held = false;
    for (const reply of waiting.splice(0)) setTimeout(reply, 0);
  };
  return { spawn, started, release };
}

describe("VaultIndexer", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("reads every note once on start and indexes only the AWS ones", async () => {
    const { vault, index, indexer } = setup();
    const scan = indexer.start();
    await jest.runAllTimersAsync();
    await scan;
    expect(vault.reads.sort()).toEqual(["AWS/S3.md", "AWS/SQS.md", "Personal/Recipes.md"]);
    expect(index.terms().map((t) => t.name).sort()).toEqual(["Amazon S3", "Amazon SQS"]);
    expect(index.getNote("Personal/Recipes.md")?.aws).toBe(false);
  });

  it("reads notes in path order and keeps what is derived from the index up to date by the end of the scan", async () => {
    const vault = new FakeVault();
    vault.add("Study/b.md", "- Amazon SNS\n\t- 알림\n");
    vault.add("AWS/z.md", "- Amazon SQS\n\t- 큐\n");
    vault.add("AWS/a.md", "- SQS\n\t- 메시지 큐\n");
    const plugin = new Plugin({ vault, workspace: {}, metadataCache: new FakeMetadataCache() }, { id: "aws-notes-cloze", version: "0.0.0" });
    const index = new GlossaryIndex(DEFAULT_SETTINGS);
    const seen: number[] = [];
    const indexer = new VaultIndexer(plugin as unknown as ObsidianPlugin, index, () => seen.push(index.allNotes().length));
    const scan = indexer.start();
    await jest.runAllTimersAsync();
    await scan;
    expect(vault.reads).toEqual(["AWS/a.md", "AWS/z.md", "Study/b.md"]);
    expect(seen[seen.length - 1]).toBe(3);
  });

  it("re-reads one changed note after a burst of modify events, and only that note", async () => {
    const { vault, index, indexer } = setup();
    const scan = indexer.start();
    await jest.runAllTimersAsync();
    await scan;
    vault.reads = [];
    const heard: string[][] = [];
    index.onChange((_rev, paths) => heard.push([...paths]));
    vault.modify("AWS/SQS.md", `${NOTE}- Amazon SNS\n\t- 게시/구독 알림\n`);
    vault.modify("AWS/SQS.md", `${NOTE}- Amazon SNS\n\t- 게시/구독 알림 서비스\n`);
    await jest.runAllTimersAsync();
    expect(vault.reads).toEqual(["AWS/SQS.md"]);
    expect(heard).toEqual([["AWS/SQS.md"]]);
    expect(index.terms().map((t) => t.name)).toContain("Amazon SNS");
  });

  it("tells no one when a save changed nothing the index keeps", async () => {
    const { vault, index, indexer } = setup();
    const scan = indexer.start();
    await jest.runAllTimersAsync();
    await scan;
    const before = index.revision;
    vault.modify("AWS/S3.md", "- Amazon S3\n\t- 객체 스토리지\n");
    await jest.runAllTimersAsync();
    expect(index.revision).toBe(before);
  });

  it("follows deletes and renames without a full rescan", async () => {
    const { vault, index, indexer } = setup();
    const scan = indexer.start();
    await jest.runAllTimersAsync();
    await scan;
    vault.reads = [];
    const s3 = vault.files.get("AWS/S3.md")!.file;
    vault.files.delete("AWS/S3.md");
    vault.trigger("delete", s3);
    expect(index.getNote("AWS/S3.md")).toBeUndefined();
    expect(index.terms().map((t) => t.name)).toEqual(["Amazon SQS"]);

    const sqs = vault.files.get("AWS/SQS.md")!;
    vault.files.delete("AWS/SQS.md");
    sqs.file.path = "Archive/AWS SQS.md";
    vault.files.set(sqs.file.path, sqs);
    vault.trigger("rename", sqs.file, "AWS/SQS.md");
    await jest.runAllTimersAsync();
    expect(index.paths()).toEqual(expect.arrayContaining(["Archive/AWS SQS.md"]));
    expect(index.paths()).not.toContain("AWS/SQS.md");
    expect(vault.reads).toEqual(["Archive/AWS SQS.md"]);
  });

  it("stops listening when the plugin unloads", async () => {
    const { vault, index, indexer, plugin } = setup();
    const scan = indexer.start();
    await jest.runAllTimersAsync();
    await scan;
    plugin.unload();
    const before = index.revision;
    vault.modify("AWS/SQS.md", "- Amazon MQ\n\t- 메시지 브로커\n");
    await jest.runAllTimersAsync();
    expect(index.revision).toBe(before);
  });

  it("skips a note too large to read without stalling, says so once, and drops what it held", async () => {
    const { vault, index, indexer } = setup();
    const scan = indexer.start();
    await jest.runAllTimersAsync();
    await scan;
    notices.length = 0;
    const huge = `${NOTE}${"\t- 긴 설명 줄 ==강조== 입니다\n".repeat(Math.ceil(MAX_NOTE_BYTES / 30))}`;
    vault.modify("AWS/SQS.md", huge);
    await jest.runAllTimersAsync();
    vault.modify("AWS/SQS.md", `${huge}\t- 하나 더\n`);
    await jest.runAllTimersAsync();
    expect(index.getNote("AWS/SQS.md")).toBeUndefined();
    expect(index.terms().map((t) => t.name)).toEqual(["Amazon S3"]);
    expect(notices).toEqual([expect.stringContaining("SQS")]);
    vault.modify("AWS/SQS.md", NOTE);
    await jest.runAllTimersAsync();
    expect(index.terms().map((t) => t.name).sort()).toEqual(["Amazon S3", "Amazon SQS"]);
  });

  it("with folders or tags set, never reads a note outside the folders whose known tags match none", async () => {
    const { vault, index, indexer, metadataCache } = setup();
    const tagged = vault.add("Inbox/메모.md", "---\ntags: [aws]\n---\n- Amazon SNS\n\t- ==알림== 서비스\n");
    metadataCache.learn(vault.files.get("Personal/Recipes.md")!.file, ["#food"]);
    metadataCache.learn(tagged, ["#aws"]);
    index.setOptions({ ...DEFAULT_SETTINGS, folders: ["AWS"], tags: ["aws"] });
    const scan = indexer.start();
    await jest.runAllTimersAsync();
    await scan;
    expect(vault.reads.sort()).toEqual(["AWS/S3.md", "AWS/SQS.md", "Inbox/메모.md"]);
    expect(index.terms().map((t) => t.name).sort()).toEqual(["Amazon S3", "Amazon SNS", "Amazon SQS"]);
  });

  it("reads a note the metadata cache does not know yet, and one that gains a wanted tag once the cache has it", async () => {
    const { vault, index, indexer, metadataCache } = setup();
    index.setOptions({ ...DEFAULT_SETTINGS, folders: [], tags: ["aws"] });
    metadataCache.learn(vault.files.get("AWS/SQS.md")!.file, []);
    metadataCache.learn(vault.files.get("AWS/S3.md")!.file, []);
    const scan = indexer.start();
    await jest.runAllTimersAsync();
    await scan;
    // Recipes is unknown to the cache: read (and found to be no AWS note); the two untagged notes are not read.
    expect(vault.reads).toEqual(["Personal/Recipes.md"]);
    vault.modify("AWS/SQS.md", `---\ntags: [aws]\n---\n${NOTE}`);
    await jest.runAllTimersAsync();
    expect(index.getNote("AWS/SQS.md")).toBeUndefined();
    metadataCache.learn(vault.files.get("AWS/SQS.md")!.file, ["#aws"]);
    await jest.runAllTimersAsync();
    expect(index.terms().map((t) => t.name)).toEqual(["Amazon SQS"]);
  });

  it("starts warm from the note cache: unchanged notes are neither read nor parsed, changed ones are", async () => {
    const rows = new RowStore();
    const session = (vault: FakeVault) => {
      const plugin = new Plugin({ vault, workspace: {}, metadataCache: new FakeMetadataCache() }, { id: "aws-notes-cloze", version: "1.0.0" });
      const index = new GlossaryIndex(DEFAULT_SETTINGS);
      const cache = { notes: new NoteCache(rows), key: () => readingKey(index.parseOptions, "1.0.0") };
      return { index, plugin, indexer: new VaultIndexer(plugin as unknown as ObsidianPlugin, index, undefined, cache) };
    };
    const { vault } = setup();
    const first = session(vault);
    const scan = first.indexer.start();
    await jest.runAllTimersAsync();
    await scan;
    expect(vault.reads).toHaveLength(3);
    expect(rows.rows.size).toBe(3);
    first.plugin.unload();

    // The next start: the same files, a new plugin instance.
    vault.reads = [];
    const second = session(vault);
    const warm = second.indexer.start();
    await jest.runAllTimersAsync();
    await warm;
    expect(vault.reads).toEqual([]);
    expect(second.index.terms().map((t) => t.name).sort()).toEqual(["Amazon S3", "Amazon SQS"]);

    // A note changed while the app was closed is read; the rebuild command reads every note from the disk.
    second.plugin.unload();
    vault.files.get("AWS/S3.md")!.file.stat.mtime += 5000;
    const third = session(vault);
    const changed = third.indexer.start();
    await jest.runAllTimersAsync();
    await changed;
    expect(vault.reads).toEqual(["AWS/S3.md"]);
    vault.reads = [];
    const rebuild = third.indexer.rescan({ fresh: true });
    await jest.runAllTimersAsync();
    await rebuild;
    expect(vault.reads.sort()).toEqual(["AWS/S3.md", "AWS/SQS.md", "Personal/Recipes.md"]);
  });

  it("reads every note again under other settings, and forgets a deleted note in the cache", async () => {
    const rows = new RowStore();
    const { vault, index, plugin } = setup();
    const cache = { notes: new NoteCache(rows), key: () => readingKey(index.parseOptions, "1.0.0") };
    const indexer = new VaultIndexer(plugin as unknown as ObsidianPlugin, index, undefined, cache);
    const scan = indexer.start();
    await jest.runAllTimersAsync();
    await scan;
    vault.reads = [];
    index.setOptions({ ...DEFAULT_SETTINGS, clozeBold: true });
    const again = indexer.rescan();
    await jest.runAllTimersAsync();
    await again;
    expect(vault.reads).toHaveLength(3);
    vault.files.delete("AWS/S3.md");
    vault.trigger("delete", new TFile("AWS/S3.md"));
    await jest.runAllTimersAsync();
    expect([...rows.rows.keys()].sort()).toEqual(["AWS/SQS.md", "Personal/Recipes.md"]);
  });

  it("reads every note again after the scan under way when the settings change during it", async () => {
    const { vault, index, indexer } = setup();
    const first = indexer.start();
    index.setOptions({ ...DEFAULT_SETTINGS, folders: ["Personal"], tags: [] });
    const second = indexer.rescan();
    await jest.runAllTimersAsync();
    await Promise.all([first, second]);
    // The second scan read by the new rules: only the Personal note is an AWS note now.
    expect(vault.reads.filter((p) => p === "Personal/Recipes.md")).toHaveLength(2);
    expect(index.getNote("Personal/Recipes.md")?.aws).toBe(true);
    expect(index.getNote("AWS/SQS.md")).toBeUndefined();
  });

  it("reads a scan's notes in workers, stores the same notes as reading them in place, and stops the workers after", async () => {
    const inPlace = setup();
    const plain = inPlace.indexer.start();
    await jest.runAllTimersAsync();
    await plain;

    const workers = fakeWorkers();
    const { vault, index, indexer } = setup(workers);
    // The notes stored are the workers' own: none is parsed again here.
    const parsedHere = jest.spyOn(index, "setNote");
    const scan = indexer.start();
    await jest.runAllTimersAsync();
    await scan;
    expect(parsedHere).not.toHaveBeenCalled();
    expect(index.allNotes()).toEqual(inPlace.index.allNotes());
    expect(index.terms()).toEqual(inPlace.index.terms());
    expect(workers.started.flatMap((w) => w.posted).sort()).toEqual(["AWS/S3.md", "AWS/SQS.md", "Personal/Recipes.md"]);
    expect(workers.started.map((w) => w.stopped)).toEqual([true, true]);
    // A note saved later is read in place, at once: no worker starts for it.
    vault.modify("AWS/S3.md", "- Amazon S3\n\t- 객체 스토리지 서비스\n- Amazon EBS\n\t- 블록 스토리지\n");
    await jest.runAllTimersAsync();
    expect(workers.started).toHaveLength(2);
    expect(parsedHere).toHaveBeenCalledTimes(1);
    expect(index.terms().map((t) => t.name)).toContain("Amazon EBS");
  });

  it("starts no worker for a scan that finds every note in the cache", async () => {
    const rows = new RowStore();
    const { vault, index, plugin } = setup();
    const cache = { notes: new NoteCache(rows), key: () => readingKey(index.parseOptions, "1.0.0") };
    const first = new VaultIndexer(plugin as unknown as ObsidianPlugin, index, undefined, cache);
    const scan = first.start();
    await jest.runAllTimersAsync();
    await scan;
    plugin.unload();
    const next = setup();
    const workers = fakeWorkers();
    const again = new VaultIndexer(next.plugin as unknown as ObsidianPlugin, next.index, undefined, {
      notes: new NoteCache(rows), key: () => readingKey(next.index.parseOptions, "1.0.0"),
    }, () => new ParsePool({ size: 2, spawn: workers.spawn }));
    // The same files (the same stamps) in the next session.
    (next.plugin.app as { vault: FakeVault }).vault = vault;
    vault.reads = [];
    const warm = again.start();
    await jest.runAllTimersAsync();
    await warm;
    expect(vault.reads).toEqual([]);
    expect(workers.started).toEqual([]);
    expect(next.index.terms().map((t) => t.name).sort()).toEqual(["Amazon S3", "Amazon SQS"]);
  });

  it("never stores a scan's older copy of a note saved again while the scan waited on its workers", async () => {
    const workers = fakeWorkers({ held: true });
    const { vault, index, indexer } = setup(workers);
    const scan = indexer.start();
    // The scan has read every note and waits on the workers; the note is saved, and the save is read at once.
    await jest.advanceTimersByTimeAsync(0);
    expect(workers.started.flatMap((w) => w.posted)).toHaveLength(3);
    vault.modify("AWS/SQS.md", `${NOTE}- Amazon SNS\n\t- 게시/구독 알림 서비스\n`);
    await jest.advanceTimersByTimeAsync(1000);
    expect(index.terms().map((t) => t.name)).toContain("Amazon SNS");
    // The workers answer now, with the copy read before the save: it is not stored over the newer one.
    workers.release();
    await jest.runAllTimersAsync();
    await scan;
    expect(index.terms().map((t) => t.name)).toContain("Amazon SNS");
    expect(index.getNote("AWS/S3.md")?.terms.map((t) => t.name)).toEqual(["Amazon S3"]);
  });

  it("ends a scan waiting on silent workers when the plugin unloads, and stops them", async () => {
    const workers = fakeWorkers({ silent: true });
    const { index, plugin, indexer } = setup(workers);
    const scan = indexer.start();
    await jest.advanceTimersByTimeAsync(0);
    plugin.unload();
    await jest.runAllTimersAsync();
    // The note being waited on is handed back and dropped; the scan stops before the next one.
    await expect(scan).resolves.toBe(1);
    expect(workers.started.map((w) => w.stopped)).toEqual([true, true]);
    // Nothing the workers were sent is read in place after the plugin is gone.
    expect(index.allNotes()).toEqual([]);
  });
});

