import "fake-indexeddb/auto";
import { NoteCache, readingKey } from "../../src/core/note-cache";
import { parseNote } from "../../src/core/reading/parse-note";
import { openNoteCacheStore } from "../../src/obsidian/note-cache-idb";
import { DEFAULT_SETTINGS } from "../../src/settings";

describe("the note cache in IndexedDB", () => {
  it("keeps what notes yielded across sessions, exactly, and forgets what is removed", async () => {
    const note = parseNote("AWS/SQS.md", "- Amazon SQS (Simple Queue Service)\n\t- 완전관리형 ==메시지 큐== 서비스\n", DEFAULT_SETTINGS);
    const key = readingKey(DEFAULT_SETTINGS, "1.0.0");
    const stamp = { path: "AWS/SQS.md", mtime: 5, size: 80 };
    const session = new NoteCache(openNoteCacheStore("test-vault-a"));
    await session.load();
    session.remember(stamp, key, note);
    session.remember({ ...stamp, path: "AWS/Old.md" }, key, note);
    await session.flush();

    const next = new NoteCache(openNoteCacheStore("test-vault-a"));
    await next.load();
    expect(next.lookup(stamp, key)).toEqual(note);
    next.forget("AWS/Old.md");
    await next.flush();
    const third = new NoteCache(openNoteCacheStore("test-vault-a"));
    await third.load();
    expect(third.lookup({ ...stamp, path: "AWS/Old.md" }, key)).toBeUndefined();
    expect(third.lookup(stamp, key)).toEqual(note);
    // Another vault has a database of its own.
    const other = new NoteCache(openNoteCacheStore("test-vault-b"));
    await other.load();
    expect(other.lookup(stamp, key)).toBeUndefined();
  });

  it("reads a vault's worth of notes back in batches, every one of them", async () => {
    const note = parseNote("AWS/SQS.md", "- Amazon SQS\n\t- ==메시지 큐==\n", DEFAULT_SETTINGS);
    const key = readingKey(DEFAULT_SETTINGS, "1.0.0");
    const session = new NoteCache(openNoteCacheStore("test-vault-many"));
    await session.load();
    const paths = Array.from({ length: 300 }, (_, i) => `AWS/${String(i).padStart(3, "0")}/노트.md`);
    for (const path of paths) session.remember({ path, mtime: 1, size: 2 }, key, { ...note, path });
    await session.flush();
    const next = new NoteCache(openNoteCacheStore("test-vault-many"));
    await next.load();
    expect(paths.filter((path) => next.lookup({ path, mtime: 1, size: 2 }, key)?.path === path)).toHaveLength(300);
  });
});
