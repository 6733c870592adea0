/** The settings tab's building blocks: one setting row per plugin setting, saved through the host. */
import { Setting, type App, type TextComponent } from "obsidian";
import type { PluginSettings } from "../../settings";
import { applySettingInput, splitList, type AppliedInput } from "./apply-input";
import { markDestructive } from "./reset-modal";
import type { SettingActions, SettingSection } from "./rows";

/** What the settings tab needs from the plugin. */
export interface SettingsHost {
  getSettings(): PluginSettings;
  /** Stores and applies new settings; `changed` says which keys differ (the host decides what to re-index). */
  saveSettings(next: PluginSettings, changed: (keyof PluginSettings)[]): Promise<void>;
  /** Writes the Anki export file (the "Export cards to Anki" command). */
  exportAnki(): Promise<void>;
  /** Deletes every card state and review log; the reset button is left out without it. */
  resetReviewData?(): Promise<void>;
}

/** Where a section draws and whom it tells. */
export interface SectionContext {
  app: App;
  containerEl: HTMLElement;
  host: SettingsHost;
}

type KeysOf<V> = { [K in keyof PluginSettings]: PluginSettings[K] extends V ? K : never }[keyof PluginSettings];

/** Draws one section of rows (Obsidian before 1.13; later versions draw the same rows from their definitions). */
export function renderSection(ctx: SectionContext, section: SettingSection, actions: SettingActions): void {
  addHeading(ctx, section.heading);
  for (const row of section.rows) {
    if (row.kind === "toggle") addToggle(ctx, row.key, row.name, row.desc);
    else if (row.kind === "number") addNumber(ctx, row.key, row.name, row.desc, String(row.step));
    else if (row.kind === "list") addList(ctx, row.key, row.name, row.desc, row.placeholder);
    else if (row.kind === "choice") addChoice(ctx, row.key, row.name, row.desc, row.options);
    else if (row.kind === "text") addText(ctx, row.key, row.name, row.desc, row.placeholder);
    else {
      const run = row.id === "export" ? (): void => actions.exportAnki() : (): void => actions.confirmReset();
      new Setting(ctx.containerEl).setName(row.name).setDesc(row.desc).addButton((b) => {
        b.setButtonText(row.button).onClick(run);
        if (row.destructive) markDestructive(b);
      });
    }
  }
}

/** Applies a raw edit, saves it when something changed, and returns what happened. */
export async function applyEdit(ctx: SectionContext, patch: Partial<Record<keyof PluginSettings, unknown>>): Promise<AppliedInput> {
  const result = applySettingInput(ctx.host.getSettings(), patch);
  if (result.changed.length > 0) await ctx.host.saveSettings(result.settings, result.changed);
  return result;
}

/** Adds a section heading (a heading setting row, as Obsidian's guidelines ask). */
export function addHeading(ctx: SectionContext, name: string): void {
  new Setting(ctx.containerEl).setName(name).setHeading();
}

/** A toggle for a boolean setting. */
export function addToggle(ctx: SectionContext, key: KeysOf<boolean>, name: string, desc: string): Setting {
  return new Setting(ctx.containerEl).setName(name).setDesc(desc).addToggle((toggle) => {
    toggle.setValue(ctx.host.getSettings()[key]).onChange(async (value) => {
      await applyEdit(ctx, { [key]: value });
    });
  });
}

/** A number field; an out-of-range value is corrected, written back into the field and explained under it. */
export function addNumber(ctx: SectionContext, key: KeysOf<number>, name: string, desc: string, step = "1"): Setting {
  return addCheckedText(ctx, key, name, desc, (text) => {
    text.inputEl.type = "number";
    text.inputEl.step = step;
  });
}

/** A text area for a list setting (one entry per line). */
export function addList(ctx: SectionContext, key: KeysOf<string[]>, name: string, desc: string, placeholder: string): Setting {
  return new Setting(ctx.containerEl).setName(name).setDesc(desc).addTextArea((area) => {
    area.setPlaceholder(placeholder).setValue(ctx.host.getSettings()[key].join("\n"));
    area.inputEl.rows = 3;
    area.inputEl.addEventListener("change", () => {
      void applyEdit(ctx, { [key]: splitList(area.getValue()) }).then((result) => {
        area.setValue(result.settings[key].join("\n"));
      });
    });
  });
}

/** A one-line text field, checked when it is left; a value that cannot be used is explained under it. */
export function addText(ctx: SectionContext, key: KeysOf<string>, name: string, desc: string, placeholder: string): Setting {
  return addCheckedText(ctx, key, name, desc, (text) => {
    text.setPlaceholder(placeholder);
  });
}

/**
 * A text field (set up by `configure`) whose value is applied when the field is left, not on each key press, so
 * typing "0." is not corrected halfway; the stored value is written back and a correction explained under it.
 */
function addCheckedText(
  ctx: SectionContext, key: KeysOf<number> | KeysOf<string>, name: string, desc: string, configure: (text: TextComponent) => void,
): Setting {
  const setting = new Setting(ctx.containerEl).setName(name).setDesc(desc);
  const message = setting.descEl.createDiv({ cls: "anc-setting-correction", attr: { role: "alert" } });
  setting.addText((text) => {
    configure(text);
    text.setValue(String(ctx.host.getSettings()[key]));
    text.inputEl.addEventListener("change", () => {
      void applyEdit(ctx, { [key]: text.getValue() }).then((result) => {
        message.textContent = result.messages[key] ?? "";
        text.setValue(String(result.settings[key]));
      });
    });
  });
  return setting;
}

/** A dropdown for a setting with a few named values. */
export function addChoice<K extends KeysOf<string>>(
  ctx: SectionContext, key: K, name: string, desc: string, options: Record<PluginSettings[K], string>,
): Setting {
  return new Setting(ctx.containerEl).setName(name).setDesc(desc).addDropdown((dropdown) => {
    dropdown.addOptions(options).setValue(ctx.host.getSettings()[key]).onChange(async (value) => {
      await applyEdit(ctx, { [key]: value });
    });
  });
}
