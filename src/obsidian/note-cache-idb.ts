/**
 * The note cache in IndexedDB (the app's own database, one per vault, on desktop and mobile alike): nothing is written
 * into the vault or the plugin's folder, so it never syncs; losing it only means the next start reads every note.
 */
import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import type { CachedNote, NoteCacheStore } from "../core/note-cache";

interface NoteCacheDb extends DBSchema {
  notes: { key: string; value: CachedNote };
}

const STORE = "notes";
/** Notes read from the database in one request (some 10 ms of copying on the main thread). */
const LOAD_BATCH = 64;

/** The store of the database `name`, opened on first use. */
export function openNoteCacheStore(name: string): NoteCacheStore {
  let db: Promise<IDBPDatabase<NoteCacheDb>> | null = null;
  const open = (): Promise<IDBPDatabase<NoteCacheDb>> => {
    db ??= openDB<NoteCacheDb>(name, 1, { upgrade: createStores });
    return db;
  };
  return {
    async loadAll() {
      // In batches: each batch is copied out on the main thread, and the thread is free between two of them.
      const db = await open();
      const all: CachedNote[] = [];
      let after: string | null = null;
      for (;;) {
        const range: IDBKeyRange | undefined = after === null ? undefined : IDBKeyRange.lowerBound(after, true);
        const batch: CachedNote[] = await db.getAll(STORE, range, LOAD_BATCH);
        for (const row of batch) all.push(row);
        const last: CachedNote | undefined = batch[batch.length - 1];
        if (batch.length < LOAD_BATCH || !last) return all;
        after = last.path;
      }
    },
    async put(entries) {
      const tx = (await open()).transaction(STORE, "readwrite");
      await Promise.all([...entries.map((e) => tx.store.put(e)), tx.done]);
    },
    async remove(paths) {
      const tx = (await open()).transaction(STORE, "readwrite");
      await Promise.all([...paths.map((p) => tx.store.delete(p)), tx.done]);
    },
  };
}

function createStores(db: IDBPDatabase<NoteCacheDb>): void {
  if (!db.objectStoreNames.contains(STORE)) db.createObjectStore(STORE, { keyPath: "path" });
}
