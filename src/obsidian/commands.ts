/** The plugin's commands: stable ids without the plugin id, and no default hotkeys (users choose their own). */
import { Notice, TFile, type Plugin, type Vault } from "obsidian";
import { exportAnki } from "../core/cards/anki";
import type { Card } from "../core/cards/types";
import type { VaultSnapshot } from "../core/vault-snapshot";
import type { PluginSettings } from "../settings";
import type { QuizRequest } from "../ui/quiz-modal";
import { t } from "../ui/strings";

/** Command ids; Obsidian prefixes them with the plugin id. */
export const COMMAND_IDS = {
  openReviewPanel: "open-review-panel",
  startClozeQuiz: "start-cloze-quiz",
  quizThisNote: "quiz-this-note",
  lookUpTerm: "look-up-term",
  rebuildIndex: "rebuild-index",
  toggleHover: "toggle-hover",
  exportAnki: "export-anki",
} as const;

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

/** Registers the seven commands on the plugin. */
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
}
