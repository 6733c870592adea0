/** The plugin's commands: stable ids without the plugin id, and no default hotkeys (users choose their own). */
import { Notice, TFile, type Plugin, type Vault } from "obsidian";
import { exportAnki } from "../core/cards/anki";
import type { Card } from "../core/cards/types";
import { DAY_MS, type ReviewStore } from "../core/review";
import {
  buildCardHistories, isEnoughForOptimizer, runOptimizerInSlices, startOptimizer, type OptimizeResult,
} from "../core/review/optimizer";
import type { VaultSnapshot } from "../core/vault-snapshot";
import type { PluginSettings } from "../settings";
import type { QuizRequest } from "../ui/quiz-modal";
import { t } from "../ui/strings";
import { localOffsetMinutes } from "../ui/study-services";

/** Command ids; Obsidian prefixes them with the plugin id. */
export const COMMAND_IDS = {
  openReviewPanel: "open-review-panel",
  startClozeQuiz: "start-cloze-quiz",
  quizThisNote: "quiz-this-note",
  lookUpTerm: "look-up-term",
  rebuildIndex: "rebuild-index",
  toggleHover: "toggle-hover",
  exportAnki: "export-anki",
  optimizeScheduling: "optimize-scheduling",
  drillConfusions: "drill-confused-pairs",
  cram: "cram-for-exam",
} as const;

/** How far back the optimiser reads the review log (days). */
export const OPTIMIZE_HISTORY_DAYS = 730;
/** Longest stretch of optimising before the thread is given back (ms). */
const OPTIMIZE_SLICE_MS = 10;
/** How often the one-time suggestion checks whether the log has passed the optimiser's minimum (ms). */
const SUGGESTION_CHECK_MS = 30 * 60_000;

/** The vault file the Anki export is written to (a text file, never a note). */
export const ANKI_EXPORT_PATH = "AWS Notes Cloze export.txt";

/** What the commands act on; the hosts (view, modals) are behind functions so this file stays testable. */
export interface CommandDeps {
  getSnapshot(): VaultSnapshot;
  getSettings(): PluginSettings;
  saveSettings(next: PluginSettings, changed: (keyof PluginSettings)[]): Promise<void>;
  /** Re-reads every note; resolves to the number of notes read. */
  rebuildIndex(): Promise<number>;
  openReviewPanel(): Promise<void>;
  openQuiz(request: QuizRequest): void;
  openTermLookup(): void;
  /** The cards of a cram run now (empty outside the cram days); with `drillIds`, the exam commands. */
  cramIds?: () => string[];
  /** The cards of a drill of the confused pairs now. */
  drillIds?: () => string[];
  /** The review log, for "Optimize scheduling from my reviews"; without it the command and its suggestion are left out. */
  reviewLog?: Pick<ReviewStore, "getData" | "loadLogs">;
}

/** What the optimiser command needs. */
export type OptimizeDeps = Pick<CommandDeps, "getSettings" | "saveSettings"> & Required<Pick<CommandDeps, "reviewLog">>;

/** How the optimiser gives the thread back and learns it should stop. */
export interface OptimizeRunner {
  now(): number;
  pause(): Promise<void>;
  cancelled(): boolean;
}

const lossText = (n: number): string => n.toFixed(4);

/**
 * Reads the review log, fits the FSRS weights to it in slices, and saves and uses them when they predict the log
 * better than the weights in use; a notice says how it went. Resolves to the result (null when refused or cancelled).
 */
export async function optimizeScheduling(deps: OptimizeDeps, runner: OptimizeRunner, now: Date): Promise<OptimizeResult | null> {
  const notice = new Notice(t("noticeOptimizing", { percent: 0 }), 0);
  try {
    await deps.reviewLog.loadLogs(now.getTime() - OPTIMIZE_HISTORY_DAYS * DAY_MS, now.getTime());
    const settings = deps.getSettings();
    const histories = historiesOf(deps, now);
    const started = startOptimizer(histories, {
      currentWeights: settings.useFsrsWeights ? settings.fsrsWeights : null,
      numRelearningSteps: settings.learningStepsMinutes.length > 0 ? 1 : 0,
    });
    if (!started.job) {
      const { reviews, minReviews, cards, minCards } = started.refusal;
      new Notice(t("noticeOptimizeTooFew", { reviews, minReviews, cards, minCards }));
      return null;
    }
    const result = await runOptimizerInSlices(started.job, { budgetMs: OPTIMIZE_SLICE_MS, ...runner }, (share) => {
      notice.setMessage(t("noticeOptimizing", { percent: Math.round(share * 100) }));
    });
    if (!result) return null;
    const vars = { before: lossText(result.logLossBefore), after: lossText(result.logLossAfter), reviews: result.reviews };
    if (result.logLossAfter < result.logLossBefore) {
      await deps.saveSettings({ ...deps.getSettings(), fsrsWeights: result.weights, useFsrsWeights: true }, ["fsrsWeights", "useFsrsWeights"]);
      new Notice(t("noticeOptimized", vars), 10_000);
    } else {
      new Notice(t("noticeOptimizeNoGain", vars), 10_000);
    }
    return result;
  } catch (e) {
    console.error("AWS Notes Cloze: optimizing the scheduling failed", e);
    new Notice(t("noticeOptimizeFailed", { error: e instanceof Error ? e.message : String(e) }));
    return null;
  } finally {
    notice.hide();
  }
}

/** Every card's answers in the logs read so far, by the user's study days. */
function historiesOf(deps: OptimizeDeps, now: Date): ReturnType<typeof buildCardHistories> {
  return buildCardHistories(deps.reviewLog.getData().logs, {
    rolloverHour: deps.getSettings().dayRolloverHour, tzOffsetMinutes: localOffsetMinutes(now),
  });
}

/**
 * Shows the one-time suggestion to optimise once the review log read so far passes the optimiser's minimum, and
 * remembers in the settings that it was shown. Returns whether it was shown now.
 */
export async function suggestOptimizing(deps: OptimizeDeps, now: Date): Promise<boolean> {
  const settings = deps.getSettings();
  if (settings.optimizeSuggested || settings.useFsrsWeights) return false;
  if (!isEnoughForOptimizer(historiesOf(deps, now))) return false;
  await deps.saveSettings({ ...deps.getSettings(), optimizeSuggested: true }, ["optimizeSuggested"]);
  new Notice(t("noticeOptimizeSuggestion", { command: t("commandOptimize") }), 0);
  return true;
}

/** Registers the optimiser command and the check behind its one-time suggestion (at layout ready, then now and then). */
function registerOptimizer(plugin: Plugin, deps: OptimizeDeps): void {
  let unloaded = false;
  let running = false;
  plugin.register(() => { unloaded = true; });
  const runner: OptimizeRunner = {
    now: () => performance.now(),
    pause: () => new Promise((resolve) => window.setTimeout(resolve, 0)),
    cancelled: () => unloaded,
  };
  plugin.addCommand({
    id: COMMAND_IDS.optimizeScheduling,
    name: t("commandOptimize"),
    callback: () => {
      if (running) return;
      running = true;
      void optimizeScheduling(deps, runner, new Date()).finally(() => { running = false; });
    },
  });
  const check = (): void => {
    if (!unloaded && !running) void suggestOptimizing(deps, new Date()).catch((e: unknown) => console.error("AWS Notes Cloze: the optimize suggestion failed", e));
  };
  plugin.app.workspace.onLayoutReady(check);
  plugin.registerInterval(window.setInterval(check, SUGGESTION_CHECK_MS));
}

/**
 * Writes the cards as an Anki import file to {@link ANKI_EXPORT_PATH}: creates it, or replaces the text of the
 * earlier export. Refuses when something else (a folder) has that name. Shows a notice either way.
 */
export async function writeAnkiExport(vault: Vault, cards: readonly Card[]): Promise<boolean> {
  const path = ANKI_EXPORT_PATH;
  try {
    const text = exportAnki(cards);
    const existing = vault.getAbstractFileByPath(path);
    if (existing instanceof TFile) await vault.modify(existing, text);
    else if (existing === null) await vault.create(path, text);
    else throw new Error("a folder has that name");
    new Notice(t("noticeExported", { count: new Set(cards.map((c) => c.id)).size, path }));
    return true;
  } catch (e) {
    new Notice(t("noticeExportFailed", { path, error: e instanceof Error ? e.message : String(e) }));
    return false;
  }
}

/** Flips hover definitions on or off, saves, and says which. */
export async function toggleHover(deps: Pick<CommandDeps, "getSettings" | "saveSettings">): Promise<void> {
  const next = { ...deps.getSettings() };
  next.hoverEnabled = !next.hoverEnabled;
  await deps.saveSettings(next, ["hoverEnabled"]);
  new Notice(next.hoverEnabled ? t("noticeHoverOn") : t("noticeHoverOff"));
}

/** Registers the commands on the plugin (the optimiser's only with the review log). */
export function registerCommands(plugin: Plugin, deps: CommandDeps): void {
  const { app } = plugin;
  plugin.addCommand({
    id: COMMAND_IDS.openReviewPanel,
    name: t("commandOpenPanel"),
    callback: () => void deps.openReviewPanel(),
  });
  plugin.addCommand({
    id: COMMAND_IDS.startClozeQuiz,
    name: t("commandStartQuiz"),
    callback: () => deps.openQuiz({ kind: "review" }),
  });
  plugin.addCommand({
    id: COMMAND_IDS.quizThisNote,
    name: t("commandQuizNote"),
    checkCallback: (checking) => {
      const file = app.workspace.getActiveFile();
      if (!file || file.extension !== "md") return false;
      if (checking) return true;
      const cards = deps.getSnapshot().cardsByNote.get(file.path) ?? [];
      if (cards.length === 0) new Notice(t("noticeNoCards"));
      else deps.openQuiz({ kind: "note", path: file.path });
      return true;
    },
  });
  plugin.addCommand({
    id: COMMAND_IDS.lookUpTerm,
    name: t("commandLookUp"),
    callback: () => deps.openTermLookup(),
  });
  plugin.addCommand({
    id: COMMAND_IDS.rebuildIndex,
    name: t("commandRebuild"),
    callback: async () => {
      const count = await deps.rebuildIndex();
      new Notice(t("noticeRebuilt", { count }));
    },
  });
  plugin.addCommand({
    id: COMMAND_IDS.toggleHover,
    name: t("commandToggleHover"),
    callback: () => toggleHover(deps),
  });
  plugin.addCommand({
    id: COMMAND_IDS.exportAnki,
    name: t("commandExportAnki"),
    callback: () => writeAnkiExport(app.vault, deps.getSnapshot().cards),
  });
  const { cramIds, drillIds } = deps;
  if (cramIds && drillIds) {
    plugin.addCommand({
      id: COMMAND_IDS.drillConfusions,
      name: t("commandDrill"),
      callback: () => {
        const ids = drillIds();
        if (ids.length === 0) new Notice(t("noticeNoConfusions"));
        else deps.openQuiz({ kind: "cards", ids, title: t("drillTitle") });
      },
    });
    plugin.addCommand({
      id: COMMAND_IDS.cram,
      name: t("commandCram"),
      callback: () => {
        const ids = cramIds();
        if (ids.length === 0) new Notice(t("noticeNoCram", { days: deps.getSettings().cramDays }));
        else deps.openQuiz({ kind: "cards", ids, title: t("cramTitle") });
      },
    });
  }
  const { reviewLog } = deps;
  if (reviewLog) {
    registerOptimizer(plugin, {
      getSettings: () => deps.getSettings(), saveSettings: (next, changed) => deps.saveSettings(next, changed), reviewLog,
    });
  }
}
