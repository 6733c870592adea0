/**
 * The declarative settings of Obsidian 1.13 (`getSettingDefinitions()`, which also feeds the settings search), drawn
 * from the same rows as the imperative tab. Values are read and written through the plugin's settings host, never
 * through the default `getControlValue`/`setControlValue`, which would save a settings-only object over `data.json`
 * (where the review history lives).
 */
import type { SettingDefinitionItem, SettingGroupItem } from "obsidian";
import type { PluginSettings } from "../../settings";
import { applySettingInput, splitList } from "./apply-input";
import type { SettingsHost } from "./controls";
import { rowOf, settingSections, type SettingActions, type SettingRow } from "./rows";
import { ts } from "./settings-strings";

const shown = (v: unknown): string => (Array.isArray(v) ? v.join(", ") : String(v));

/**
 * Why a value cannot be stored as typed (the corrected-value sentence, see `applySettingInput`), or undefined when it
 * can. A number is rejected rather than corrected here, so its sentence names the nearest allowed value instead.
 */
export function settingProblem(host: SettingsHost, key: keyof PluginSettings, value: unknown): string | undefined {
  const applied = applySettingInput(host.getSettings(), { [key]: value });
  const message = applied.messages[key];
  if (message === undefined || typeof applied.settings[key] !== "number") return message;
  return ts("outOfRange", { given: shown(value), used: shown(applied.settings[key]) });
}

function toDefinition(row: SettingRow, host: SettingsHost, actions: SettingActions): SettingGroupItem {
  const { name, desc } = row;
  switch (row.kind) {
    case "toggle":
      return { name, desc, control: { type: "toggle", key: row.key } };
    case "number":
      return { name, desc, control: { type: "number", key: row.key, step: row.step, validate: (v) => settingProblem(host, row.key, v) } };
    case "list":
      return { name, desc, control: { type: "textarea", key: row.key, placeholder: row.placeholder, rows: 3 } };
    case "choice":
      return { name, desc, control: { type: "dropdown", key: row.key, options: row.options } };
    case "text":
      return { name, desc, control: { type: "text", key: row.key, placeholder: row.placeholder, validate: (v) => settingProblem(host, row.key, v) } };
    case "action":
      return { name, desc, action: () => (row.id === "export" ? actions.exportAnki() : actions.confirmReset()) };
  }
}

/** Every section as a group of definitions. */
export function settingDefinitions(host: SettingsHost, actions: SettingActions): SettingDefinitionItem[] {
  return settingSections(host.resetReviewData !== undefined).map((section): SettingDefinitionItem => ({
    type: "group", heading: section.heading, items: section.rows.map((row) => toDefinition(row, host, actions)),
  }));
}

/** The value a control shows: a list as one entry per line; undefined for a key the tab does not show. */
export function readControl(host: SettingsHost, key: string): unknown {
  const row = rowOf(key, settingSections(true));
  if (!row) return undefined;
  const value = host.getSettings()[row.key];
  return Array.isArray(value) ? value.join("\n") : value;
}

/** Stores what a control was set to, through the host (normalised, and only when something changed). */
export async function writeControl(host: SettingsHost, key: string, value: unknown): Promise<void> {
  const row = rowOf(key, settingSections(true));
  if (!row) return;
  const raw = row.kind === "list" ? splitList(typeof value === "string" ? value : "") : value;
  const applied = applySettingInput(host.getSettings(), { [row.key]: raw });
  if (applied.changed.length > 0) await host.saveSettings(applied.settings, applied.changed);
}
