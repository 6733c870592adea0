import { Notice, type DataAdapter, type Plugin } from "obsidian";
import {
  createReviewStore, createScheduler, loadReviewData, LOG_FOLDER, type LoadedReviewData, type ReviewDataPort, type ReviewStore,
} from "../core/review";
import { normalizeSettings, type PluginSettings } from "../settings";
import { examStartFor } from "../core/exam/exam-date";
import { describeDataNotice } from "../ui/data-notice-text";

/** The adapter methods the port uses. */
export type ReviewDataAdapter = Pick<DataAdapter, "read" | "write" | "append" | "exists" | "mkdir" | "rename" | "remove" | "list">;

/** The review-data port over Obsidian's file adapter, rooted at the plugin's folder (week files go to `reviews/`). */
export function createReviewDataPort(adapter: ReviewDataAdapter, pluginDir: string): ReviewDataPort {
  const full = (name: string): string => `${pluginDir.replace(/\/+$/, "")}/${name}`;
  const ready = new Set<string>();
  /** Creates the folder of `name` once per session when it is missing (the adapter does not create parents). */
  async function ensureFolder(name: string): Promise<void> {
    const slash = name.lastIndexOf("/");
    if (slash < 0) return;
    const dir = full(name.slice(0, slash));
    if (ready.has(dir)) return;
    if (!(await adapter.exists(dir))) await adapter.mkdir(dir);
    ready.add(dir);
  }
  return {
    async read(name) {
      const path = full(name);
      if (!(await adapter.exists(path))) return null;
      return adapter.read(path);
    },
    async write(name, text) {
      await ensureFolder(name);
      await adapter.write(full(name), text);
    },
    async append(name, text) {
      await ensureFolder(name);
      await adapter.append(full(name), text);
    },
    async rename(from, to) {
      await ensureFolder(to);
      await adapter.rename(full(from), full(to));
    },
    async list() {
      const root = full("");
      const names: string[] = [];
      for (const folder of [root.slice(0, -1), full(LOG_FOLDER)]) {
        if (!(await adapter.exists(folder))) continue;
        for (const file of (await adapter.list(folder)).files) if (file.startsWith(root)) names.push(file.slice(root.length));
      }
      return names;
    },
    async remove(name) {
      await adapter.remove(full(name));
    },
  };
}

/** Loads review data (and the raw settings) from the plugin folder and opens the debounced store. */
export async function openReviewStore(
  plugin: Plugin, onError: (error: unknown) => void, currentSettings: () => PluginSettings | null,
): Promise<{ store: ReviewStore; loaded: LoadedReviewData }> {
  const dir = plugin.manifest.dir ?? `${plugin.app.vault.configDir}/plugins/${plugin.manifest.id}`;
  const port = createReviewDataPort(plugin.app.vault.adapter, dir);
  const loaded = await loadReviewData(port, new Date());
  const store = createReviewStore({
    port, loaded, onError,
    onNotice: (notice) => new Notice(describeDataNotice(notice), 0),
    clock: () => new Date(),
    // Logs are replayed with the settings in use (those just loaded, until the plugin has its own).
    regrade: () => {
      const settings = currentSettings() ?? normalizeSettings(loaded.settings).settings;
      // Answers merged from another device are regraded with the exam date kept, as the panel grades them.
      const now = new Date();
      const examStart = examStartFor(now, settings.examDate, settings.dayRolloverHour, -now.getTimezoneOffset());
      const scheduler = createScheduler({ ...settings, examStart });
      return (state, rating, at) => scheduler.grade(state, rating, at).state;
    },
    setTimer: (run, ms) => window.setTimeout(run, ms),
    clearTimer: (handle) => window.clearTimeout(handle as number),
  });
  plugin.register(() => store.dispose());
  // Conflicted copies a sync tool left while the app was closed are merged once at start-up (and at every sync);
  // the files just loaded are not read again.
  void store.mergeSyncCopies().catch(onError);
  return { store, loaded };
}
