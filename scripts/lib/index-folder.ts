/** Indexes a folder with the plugin's own code, for the command-line tools. */
import { GlossaryIndex } from "../../src/core/glossary/glossary-index";
import { takeSnapshot, type VaultSnapshot } from "../../src/core/vault-snapshot";
import { DEFAULT_SETTINGS, normalizeSettings, type PluginSettings } from "../../src/settings";
import { readVault } from "./read-vault";

/** The settings a `--settings` JSON object gives (the defaults for none), normalised as the plugin would. */
export function settingsFromJson(settingsJson: string | null): PluginSettings {
  return settingsJson ? normalizeSettings(JSON.parse(settingsJson)).settings : { ...DEFAULT_SETTINGS };
}

/** Builds the index of a folder as the plugin would, with the given settings (the defaults for none). */
export function indexFolder(folder: string, settings: PluginSettings = settingsFromJson(null)): VaultSnapshot {
  const index = new GlossaryIndex(settings);
  index.batch(() => {
    for (const f of readVault(folder)) index.setNote(f.path, f.text);
  });
  return takeSnapshot(index, settings);
}
