/**
 * An app for starting the whole plugin: a vault of notes in memory (with the plugin's folder on its adapter), a
 * workspace whose layout becomes ready when a test says so, and the vault's local storage. Only what the plugin's
 * start-up touches; it fires Obsidian's vault events through `Events`.
 */
import { Events, TFile } from "../__mocks__/obsidian";

/** The app, and the hooks a test or the bench drives it by. */
export interface MockApp {
  app: unknown;
  /** Runs the callbacks given to `onLayoutReady` (Obsidian runs them once the workspace is laid out). */
  layoutReady(): void;
  /** Every note read with `cachedRead`, in order. */
  reads: string[];
  /** Files the adapter holds (the plugin's folder), by path. */
  files: Map<string, string>;
  /** Holds every adapter read until the returned function is called (a slow disk). */
  holdReads(): () => void;
}

/** An app over `notes` (path → text); `pluginFiles` are the plugin folder's files (e.g. `data.json`). */
export function createMockApp(notes: ReadonlyMap<string, string>, pluginFiles: ReadonlyMap<string, string> = new Map()): MockApp {
  const files = new Map(pluginFiles);
  const folders = new Set<string>();
  for (const path of files.keys()) for (let at = path.lastIndexOf("/"); at > 0; at = path.lastIndexOf("/", at - 1)) folders.add(path.slice(0, at));
  const tfiles = new Map<string, TFile>();
  for (const [path, text] of notes) {
    const file = new TFile(path);
    file.stat = { ctime: 0, mtime: 1_700_000_000_000, size: Buffer.byteLength(text) };
    tfiles.set(path, file);
  }
  const reads: string[] = [];
  let held: Promise<void> | null = null;
  const wait = (): Promise<void> => held ?? Promise.resolve();
  const adapter = {
    read: async (path: string) => {
      await wait();
      const text = files.get(path);
      if (text === undefined) throw new Error(`no file ${path}`);
      return text;
    },
    write: async (path: string, text: string) => { files.set(path, text); },
    append: async (path: string, text: string) => { files.set(path, (files.get(path) ?? "") + text); },
    exists: async (path: string) => { await wait(); return files.has(path) || folders.has(path); },
    mkdir: async (path: string) => { folders.add(path); },
    rename: async (from: string, to: string) => {
      const text = files.get(from);
      if (text === undefined) throw new Error(`no file ${from}`);
      files.delete(from);
      files.set(to, text);
    },
    remove: async (path: string) => { files.delete(path); },
    list: async (folder: string) => {
      await wait();
      const inside = (p: string): boolean => p.startsWith(`${folder}/`) && !p.slice(folder.length + 1).includes("/");
      return { files: [...files.keys()].filter(inside), folders: [...folders].filter(inside) };
    },
  };
  const vault = Object.assign(new Events(), {
    configDir: ".obsidian",
    adapter,
    getMarkdownFiles: () => [...tfiles.values()],
    getAbstractFileByPath: (path: string) => tfiles.get(path) ?? null,
    cachedRead: async (file: TFile) => {
      reads.push(file.path);
      return notes.get(file.path) ?? "";
    },
  });
  const ready: (() => void)[] = [];
  const workspace = Object.assign(new Events(), {
    onLayoutReady: (cb: () => void) => void ready.push(cb),
    iterateAllLeaves: () => undefined,
    getLeavesOfType: () => [],
    getActiveFile: () => null,
    updateOptions: () => undefined,
    offref: () => undefined,
  });
  const local = new Map<string, unknown>();
  const app = {
    vault, workspace,
    // Every note is known to the metadata cache, with no tags.
    metadataCache: Object.assign(new Events(), { getFileCache: (file: TFile) => (tfiles.has(file.path) ? {} : null) }),
    loadLocalStorage: (key: string) => local.get(key) ?? null,
    saveLocalStorage: (key: string, value: unknown) => void local.set(key, value),
  };
  return {
    app, reads, files,
    layoutReady: () => { for (const cb of ready.splice(0)) cb(); },
    holdReads: () => {
      let release = (): void => undefined;
      held = new Promise<void>((resolve) => { release = resolve; });
      return () => { held = null; release(); };
    },
  };
}
