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

/** The store of the database `name`, opened on first use. */
export function openNoteCacheStore(name: string): NoteCacheStore {
  let db: Promise<IDBPDatabase<NoteCacheDb>> | null = null;
  const open = (): Promise<IDBPDatabase<NoteCacheDb>> => {
    db ??= openDB<NoteCacheDb>(name, 1, { upgrade: createStores });
    return db;
  };
  return {
    async loadAll() {
      return (await open()).getAll(STORE);
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
