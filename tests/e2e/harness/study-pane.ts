/**
 * The review panel over an in-memory review session: the plugin's `ReviewPanel` component, the real review store
 * over an in-memory data file, and a clock that stands still (the time a test starts at, from `?now=`).
 */
import { createReviewStore, loadReviewData, type ReviewDataPort, type ReviewStore } from "../../../src/core/review";
import { ReviewPanel } from "../../../src/ui/review-panel";
import type { StudyServices } from "../../../src/ui/study-services";
import type { HarnessVault } from "./harness-vault";

/** The mounted panel and the store it records answers in. */
export interface StudyPane {
  panel: ReviewPanel;
  store: ReviewStore;
}

/** What the panel host knows. */
export interface StudyPaneOptions {
  parent: HTMLElement;
  vault: HarnessVault;
  now: Date;
  /** The note in the active editor, for the panel's "active note" scope. */
  activePath: () => string;
  openSource: (path: string, line: number) => void;
}

/** Mounts the panel in its sidebar view (`.anc-view`, as the plugin's `ItemView` sets it up). */
export async function mountStudyPane(options: StudyPaneOptions): Promise<StudyPane> {
  const files = new Map<string, string>();
  const port: ReviewDataPort = {
    read: async (path) => files.get(path) ?? null,
    write: async (path, text) => {
      files.set(path, text);
    },
  };
  const now = options.now;
  const store = createReviewStore({
    port,
    loaded: await loadReviewData(port, now),
    clock: () => now,
    setTimer: (run, ms) => window.setTimeout(run, ms),
    clearTimer: (handle) => window.clearTimeout(handle as number),
  });
  const services: StudyServices = {
    getSnapshot: () => options.vault.snapshot(),
    reviewStore: store,
    getSettings: () => options.vault.settings,
    now: () => now,
    openSource: options.openSource,
    onIndexChange: (listener) => options.vault.onChange(listener),
    getActivePath: options.activePath,
  };
  const view = options.parent.createDiv({ cls: "anc-view" });
  return { panel: new ReviewPanel(view, services), store };
}
