/** The plugin's settings tab: one section per file under ./settings. */
import { PluginSettingTab, type App, type Plugin } from "obsidian";
import type { SectionContext, SettingsHost } from "./settings/controls";
import { renderClozeSection } from "./settings/section-cloze";
import { renderDataSection } from "./settings/section-data";
import { renderHoverSection } from "./settings/section-hover";
import { renderNotesSection } from "./settings/section-notes";
import { renderReviewSection } from "./settings/section-review";

/** Settings in sections: which notes, cloze sources, review, hover, data. */
export class ClozeSettingTab extends PluginSettingTab {
  constructor(app: App, plugin: Plugin, private readonly host: SettingsHost) {
    super(app, plugin);
  }

  override display(): void {
    this.containerEl.empty();
    this.containerEl.addClass("anc-settings");
    const ctx: SectionContext = { app: this.app, containerEl: this.containerEl, host: this.host };
    renderNotesSection(ctx);
    renderClozeSection(ctx);
    renderReviewSection(ctx);
    renderHoverSection(ctx);
    renderDataSection(ctx);
  }
}
