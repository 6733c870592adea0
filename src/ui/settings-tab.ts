/** The plugin's settings tab: the rows of ./settings/rows, drawn by Obsidian (1.13 and later) or by `display()`. */
import { PluginSettingTab, type App, type Plugin, type SettingDefinitionItem } from "obsidian";
import { renderSection, type SectionContext, type SettingsHost } from "./settings/controls";
import { readControl, settingDefinitions, writeControl } from "./settings/definitions";
import { ConfirmResetModal } from "./settings/reset-modal";
import { settingSections, type SettingActions } from "./settings/rows";

/** Settings in sections: which notes, cloze sources, review, hover, data. */
export class ClozeSettingTab extends PluginSettingTab {
  private readonly actions: SettingActions;

  constructor(app: App, plugin: Plugin, private readonly host: SettingsHost) {
    super(app, plugin);
    this.actions = {
      exportAnki: () => void host.exportAnki(),
      confirmReset: () => {
        const reset = host.resetReviewData?.bind(host);
        if (reset) new ConfirmResetModal(app, reset).open();
      },
    };
  }

  /** Obsidian 1.13 and later: the settings as definitions, so they are drawn natively and found by the settings search. */
  override getSettingDefinitions(): SettingDefinitionItem[] {
    return settingDefinitions(this.host, this.actions);
  }

  /** Reads through the plugin's settings (the default reads `plugin.settings`, which this plugin does not have). */
  override getControlValue(key: string): unknown {
    return readControl(this.host, key);
  }

  /** Writes through the plugin's settings: the default would save a settings-only object over the review data. */
  override async setControlValue(key: string, value: unknown): Promise<void> {
    await writeControl(this.host, key, value);
  }

  /** Obsidian before 1.13 draws the same rows here. */
  override display(): void {
    this.containerEl.empty();
    this.containerEl.addClass("anc-settings");
    const ctx: SectionContext = { app: this.app, containerEl: this.containerEl, host: this.host };
    for (const section of settingSections(this.host.resetReviewData !== undefined)) renderSection(ctx, section, this.actions);
  }
}
