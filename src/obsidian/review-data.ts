import type { DataAdapter, Plugin } from "obsidian";
import {
  createReviewStore, loadReviewData, type LoadedReviewData, type ReviewDataPort, type ReviewStore,
} from "../core/review";

/** The review-data port over Obsidian's file adapter, rooted at the plugin's folder. */
export function createReviewDataPort(adapter: Pick<DataAdapter, "read" | "write" | "exists">, pluginDir: string): ReviewDataPort {
  const full = (name: string): string => `${pluginDir.replace(/\/+$/, "")}/${name}`;
  return {
    async read(name) {
      const path = full(name);
      if (!(await adapter.exists(path))) return null;
      return adapter.read(path);
    },
    write: (name, text) => adapter.write(full(name), text),
  };
}

/** Loads review data (and the raw settings) from the plugin folder and opens the debounced store. */
export async function openReviewStore(
  plugin: Plugin, onError: (error: unknown) => void,
): Promise<{ store: ReviewStore; loaded: LoadedReviewData }> {
  const dir = plugin.manifest.dir ?? `${plugin.app.vault.configDir}/plugins/${plugin.manifest.id}`;
  const port = createReviewDataPort(plugin.app.vault.adapter, dir);
  const loaded = await loadReviewData(port, new Date());
  const store = createReviewStore({
    port, loaded, onError,
    clock: () => new Date(),
    setTimer: (run, ms) => window.setTimeout(run, ms),
    clearTimer: (handle) => window.clearTimeout(handle as number),
  });
  plugin.register(() => store.dispose());
  return { store, loaded };
}
