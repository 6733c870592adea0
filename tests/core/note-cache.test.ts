import { FLUSH_CHUNK, NoteCache, readingKey, type CachedNote, type NoteCacheStore } from "../../src/core/note-cache";
import { parseNote } from "../../src/core/reading/parse-note";
import { DEFAULT_SETTINGS } from "../../src/settings";

/** A store in memory that can be told to fail. */
class MemoryStore implements NoteCacheStore {
  readonly rows = new Map<string, CachedNote>();
  failing = false;
  writes = 0;
  loadAll(): Promise<CachedNote[]> {
    return this.failing ? Promise.reject(new Error("no database")) : Promise.resolve([...this.rows.values()].map((r) => structuredClone(r)));
  }
  put(entries: readonly CachedNote[]): Promise<void> {
    if (this.failing) return Promise.reject(new Error("quota"));
    this.writes++;
    for (const e of entries) this.rows.set(e.path, structuredClone(e));
    return Promise.resolve();
  }
  remove(paths: readonly string[]): Promise<void> {
    for (const p of paths) this.rows.delete(p);
    return Promise.resolve();
  }
}

const NOTE = "- Amazon SQS\n\t- 완전관리형 ==메시지 큐== 서비스\n";
const key = readingKey(DEFAULT_SETTINGS, "1.0.0");
const parsed = parseNote("AWS/SQS.md", NOTE, DEFAULT_SETTINGS);
const stamp = { path: "AWS/SQS.md", mtime: 1_700_000_000_000, size: 60 };

describe("the note cache", () => {
  it("gives back a note only for the same file read by the same rules", async () => {
    const store = new MemoryStore();
    const first = new NoteCache(store);
    await first.load();
    first.remember(stamp, key, parsed);
    await first.flush();
    const next = new NoteCache(store);
    await next.load();
    expect(next.lookup(stamp, key)).toEqual(parsed);
    expect(next.lookup({ ...stamp, mtime: stamp.mtime + 1 }, key)).toBeUndefined();
    expect(next.lookup({ ...stamp, size: 61 }, key)).toBeUndefined();
    expect(next.lookup(stamp, readingKey({ ...DEFAULT_SETTINGS, clozeBold: true }, "1.0.0"))).toBeUndefined();
    expect(next.lookup(stamp, readingKey(DEFAULT_SETTINGS, "1.0.1"))).toBeUndefined();
  });

  it("writes a burst of notes in one go and forgets deleted ones", async () => {
    const store = new MemoryStore();
    const cache = new NoteCache(store);
    await cache.load();
    for (let i = 0; i < 5; i++) cache.remember({ ...stamp, path: `AWS/${i}.md` }, key, parsed);
    await cache.flush();
    expect([store.writes, store.rows.size]).toEqual([1, 5]);
    cache.forget("AWS/3.md");
    await cache.flush();
    expect([...store.rows.keys()].sort()).toEqual(["AWS/0.md", "AWS/1.md", "AWS/2.md", "AWS/4.md"]);
    // A whole vault's first scan is written a few dozen notes per transaction, so no step copies them all at once.
    for (let i = 0; i < FLUSH_CHUNK * 2 + 1; i++) cache.remember({ ...stamp, path: `AWS/many/${i}.md` }, key, parsed);
    await cache.flush();
    expect([store.writes, store.rows.size]).toEqual([4, 4 + FLUSH_CHUNK * 2 + 1]);
  });

  it("gives up quietly on a store that fails: every note is then read, as without a cache", async () => {
    const store = new MemoryStore();
    const errors: unknown[] = [];
    const seeded = new NoteCache(store);
    seeded.remember(stamp, key, parsed);
    await seeded.flush();
    store.failing = true;
    const cache = new NoteCache(store, (e) => errors.push(e));
    await expect(cache.load()).resolves.toBeUndefined();
    expect(cache.lookup(stamp, key)).toBeUndefined();
    cache.remember(stamp, key, parsed);
    await expect(cache.flush()).resolves.toBeUndefined();
    expect(errors).toHaveLength(1);
  });

  it("keeps a note deleted while the entries loaded forgotten", async () => {
    const store = new MemoryStore();
    const seeded = new NoteCache(store);
    seeded.remember(stamp, key, parsed);
    await seeded.flush();
    const cache = new NoteCache(store);
    cache.forget(stamp.path);
    await cache.load();
    expect(cache.lookup(stamp, key)).toBeUndefined();
    await cache.flush();
    expect(store.rows.size).toBe(0);
  });

  it("keeps each note's cards with it, gives them back only for that note and the same card settings, and writes them again when those change", async () => {
    const store = new MemoryStore();
    const cards = [{ id: "c-1", path: stamp.path, line: 2, term: "Amazon SQS", promptParts: ["완전관리형 ", " 서비스"], answer: "메시지 큐", context: [], selfNamed: false, tags: [] }];
    let built: { key: string; cards: typeof cards } | undefined;
    const first = new NoteCache(store, undefined, () => built);
    first.remember(stamp, key, parsed);
    await first.flush();
    expect(store.rows.get(stamp.path)?.cards).toBeUndefined();
    // Once the note's cards are built, the next flush writes the note again with them.
    built = { key: "cards-1", cards };
    await first.flush();
    expect(store.rows.get(stamp.path)?.cards).toEqual({ key: "cards-1", list: cards });
    const writes = store.writes;
    await first.flush();
    expect(store.writes).toBe(writes);
    // Other card settings: the note is written again with the cards built under them.
    built = { key: "cards-2", cards };
    await first.flush();
    expect([store.writes, store.rows.get(stamp.path)?.cards?.key]).toEqual([writes + 1, "cards-2"]);
    built = { key: "cards-1", cards };
    await first.flush();

    const next = new NoteCache(store);
    await next.load();
    const note = next.lookup(stamp, key) as typeof parsed;
    expect(next.cardsFor(note, "cards-1")).toEqual(cards);
    expect(next.cardsFor(note, "cards-2")).toBeUndefined();
    expect(next.cardsFor({ ...note }, "cards-1")).toBeUndefined();
  });

  it("forgets the notes whose files are gone, and drops kept cards for a rebuild", async () => {
    const store = new MemoryStore();
    const cards = [{ id: "c-1", path: stamp.path, line: 2, term: "Amazon SQS", promptParts: ["", ""], answer: "메시지 큐", context: [], selfNamed: false, tags: [] }];
    const seeded = new NoteCache(store, undefined, () => ({ key: "cards-1", cards }));
    seeded.remember(stamp, key, parsed);
    seeded.remember({ ...stamp, path: "AWS/Gone.md" }, key, { ...parsed, path: "AWS/Gone.md" });
    await seeded.flush();
    const cache = new NoteCache(store);
    await cache.load();
    cache.keepOnly(new Set([stamp.path]));
    await cache.flush();
    expect([...store.rows.keys()]).toEqual([stamp.path]);
    const note = cache.lookup(stamp, key) as typeof parsed;
    expect(cache.cardsFor(note, "cards-1")).toEqual(cards);
    cache.dropCards();
    expect(cache.cardsFor(note, "cards-1")).toBeUndefined();
  });
});

