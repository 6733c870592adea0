/** Registers the study UI with Obsidian: the review view, the ribbon button, the commands and the settings tab. */
import { debounce, MarkdownView, Notice, Platform, TFile, type Plugin, type WorkspaceLeaf } from "obsidian";
import type { SourceRef } from "../core/glossary/types";
import type { ReviewStore } from "../core/review";
import type { VaultSnapshot } from "../core/vault-snapshot";
import type { PluginSettings } from "../settings";
import { describeDataNotice } from "../ui/data-notice-text";
import { STATISTICS_DAYS } from "../ui/panel-stats";
import { QuizModal, type QuizRequest } from "../ui/quiz-modal";
import { REVIEW_ICON, REVIEW_VIEW_TYPE, ReviewView } from "../ui/review-view";
import { ClozeSettingTab } from "../ui/settings-tab";
import { t } from "../ui/strings";
import type { StudyServices } from "../ui/study-services";
import { cramRunIds, drillRunIds } from "../ui/exam-model";
import { TermLookupModal } from "../ui/term-lookup-modal";
import { registerCommands, writeAnkiExport } from "./commands";
import { createTermActions } from "./term-actions";

/** How long the panel waits after the last index change before it redraws (a vault scan changes many notes). */
const REDRAW_DELAY_MS = 100;

/** What `main.ts` builds and hands over. */
export interface StudyUiParts {
  /** The current snapshot (cached per index revision). */
  getSnapshot(): VaultSnapshot;
  /** Tells `listener` when the index changed (e.g. `index.onChange`); returns the unsubscribe function. */
  onIndexChange(listener: () => void): () => void;
  reviewStore: ReviewStore;
  getSettings(): PluginSettings;
  /** Stores new settings and applies them (re-index when `changed` holds a note or cloze rule). */
  saveSettings(next: PluginSettings, changed: (keyof PluginSettings)[]): Promise<void>;
  /** Re-reads every note (the vault indexer's `rescan`). */
  rebuildIndex(): Promise<number>;
  /** Deletes every card state and review log, for the settings tab's reset button (left out when absent). */
  resetReviewData?(): Promise<void>;
  /** Merges reviews a sync tool brought in; run when the review panel opens. */
  syncReviews?(): Promise<void>;
  /** True while the review history is still loading (views show "loading"). */
  isLoading?(): boolean;
  /** Resolves when the review history is in (rejects when it could not be loaded). */
  whenLoaded?(): Promise<void>;
}

/**
 * Opens a note at a 1-based line in the main editor area and puts the cursor there; with `keepFocus` the note's tab
 * is not made active, so the keyboard stays where it was (the review panel or the quiz).
 */
export async function openNoteAt(plugin: Plugin, ref: SourceRef, keepFocus = false): Promise<void> {
  const file = plugin.app.vault.getAbstractFileByPath(ref.path);
  if (!(file instanceof TFile)) return;
  const leaf = plugin.app.workspace.getLeaf(false);
  const line = Math.max(0, ref.line - 1);
  await leaf.openFile(file, { active: !keepFocus, eState: { line } });
  if (leaf.view instanceof MarkdownView) leaf.view.editor.setCursor({ line, ch: 0 });
}

/** The panel's services over Obsidian: the real clock, window timers, the active file, a debounced index listener. */
export function createStudyServices(plugin: Plugin, parts: StudyUiParts): StudyServices {
  const reviewListeners = new Set<() => void>();
  // Views drawn while the history was loading are drawn again once it is in.
  void parts.whenLoaded?.().then(() => { for (const listener of [...reviewListeners]) listener(); }, () => undefined);
  // Start-up read only the last days of review logs; the statistics' weeks are read now, off the start-up path.
  const now = Date.now();
  void parts.reviewStore.loadLogs(now - (STATISTICS_DAYS + 1) * 86_400_000, now).then((report) => {
    if (report.notice !== null) new Notice(describeDataNotice(report.notice), 0);
    if (report.added > 0) for (const listener of [...reviewListeners]) listener();
  });
  return {
    getSnapshot: () => parts.getSnapshot(),
    reviewStore: {
      getData: () => parts.reviewStore.getData(),
      getState: (cardId) => parts.reviewStore.getState(cardId),
      recordReview(log) {
        parts.reviewStore.recordReview(log);
        for (const listener of [...reviewListeners]) listener();
      },
      setFlag(cardId, change, at) {
        parts.reviewStore.setFlag(cardId, change, at);
        for (const listener of [...reviewListeners]) listener();
      },
      undoReview(log) {
        const undone = parts.reviewStore.undoReview(log);
        for (const listener of [...reviewListeners]) listener();
        return undone;
      },
    },
    onReviewsChange(listener) {
      reviewListeners.add(listener);
      return () => reviewListeners.delete(listener);
    },
    getSettings: () => parts.getSettings(),
    now: () => new Date(),
    openSource: (path, line, keepFocus) => void openNoteAt(plugin, { path, line }, keepFocus === true),
    async loadHistory(days) {
      const at = Date.now();
      const report = await parts.reviewStore.loadLogs(at - days * 86_400_000, at);
      if (report.notice !== null) new Notice(describeDataNotice(report.notice), 0);
      if (report.added > 0) for (const listener of [...reviewListeners]) listener();
    },
    onIndexChange(listener) {
      const later = debounce(listener, REDRAW_DELAY_MS, true);
      const off = parts.onIndexChange(() => later());
      return () => { later.cancel(); off(); };
    },
    isLoading: () => parts.isLoading?.() ?? false,
    getActivePath: () => plugin.app.workspace.getActiveFile()?.path ?? null,
    onActiveFileChange(listener) {
      const ref = plugin.app.workspace.on("file-open", () => listener());
      return () => plugin.app.workspace.offref(ref);
    },
    syncReviews: () => {
      parts.syncReviews?.().catch((e: unknown) => console.error("AWS Notes Cloze: merging synced reviews failed", e));
    },
  };
}

/**
 * Shows the review panel, reusing an open one: in the right sidebar, or on a phone in a tab of its own (the whole
 * screen, where the sidebar is a drawer over the note).
 */
export async function revealReviewPanel(plugin: Plugin): Promise<void> {
  const { workspace } = plugin.app;
  let leaf: WorkspaceLeaf | null = workspace.getLeavesOfType(REVIEW_VIEW_TYPE)[0] ?? null;
  if (!leaf) {
    leaf = Platform.isPhone ? workspace.getLeaf("tab") : workspace.getRightLeaf(false);
    if (!leaf) return;
    await leaf.setViewState({ type: REVIEW_VIEW_TYPE, active: true });
  }
  await workspace.revealLeaf(leaf);
}

/** Registers the review view, the ribbon button, the commands and the settings tab. Returns the services built. */
export function registerStudyUi(plugin: Plugin, parts: StudyUiParts): StudyServices {
  const { app } = plugin;
  const services = createStudyServices(plugin, parts);
  const openSource = (ref: SourceRef): void => services.openSource(ref.path, ref.line);
  const exportAnki = async (): Promise<void> => { await writeAnkiExport(app.vault, parts.getSnapshot().cards); };

  plugin.registerView(REVIEW_VIEW_TYPE, (leaf) => new ReviewView(leaf, services));
  plugin.addRibbonIcon(REVIEW_ICON, t("ribbonTitle"), () => void revealReviewPanel(plugin));
  const saveSettings = (next: PluginSettings, changed: (keyof PluginSettings)[]): Promise<void> => parts.saveSettings(next, changed);
  // An answer must build on the stored schedule: a quiz opens once the history is in.
  const openQuiz = (request: QuizRequest): void =>
    void (parts.whenLoaded?.() ?? Promise.resolve()).then(() => new QuizModal(app, services, request).open(), () => undefined);
  /** The look-up; a chosen term's details state its cards and quiz them through the hover card's own actions. */
  const openTermLookup = (): void => {
    const actions = createTermActions({
      app, renderOwner: plugin, snapshot: () => parts.getSnapshot(), store: parts.reviewStore,
      openSource: (path, line) => services.openSource(path, line),
      quizTerm: (termId, name) => openQuiz({ kind: "term", termId, name }),
      now: () => services.now(),
    });
    // Until the history is in, every card would read as new.
    const describeCards = parts.isLoading?.() ? () => t("loadingHistory") : actions.describeCards;
    new TermLookupModal(app, parts.getSnapshot().terms, { ...actions, describeCards, openSource }).open();
  };
  registerCommands(plugin, {
    getSnapshot: () => parts.getSnapshot(),
    getSettings: () => parts.getSettings(),
    saveSettings,
    rebuildIndex: () => parts.rebuildIndex(),
    openReviewPanel: () => revealReviewPanel(plugin),
    openQuiz,
    openTermLookup,
    reviewLog: parts.reviewStore,
    cramIds: () => cramRunIds(services, services.now()),
    drillIds: () => drillRunIds(services, services.now()),
  });
  const reset = parts.resetReviewData?.bind(parts);
  plugin.addSettingTab(new ClozeSettingTab(app, plugin, {
    getSettings: () => parts.getSettings(),
    saveSettings,
    exportAnki,
    resetReviewData: reset,
  }));
  return services;
}
