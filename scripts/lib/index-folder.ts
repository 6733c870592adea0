/** Indexes a folder with the plugin's own code, for the command-line tools. */
import { GlossaryIndex } from "../../src/core/glossary/glossary-index";
import { takeSnapshot, type VaultSnapshot } from "../../src/core/vault-snapshot";
import { DEFAULT_SETTINGS, normalizeSettings } from "../../src/settings";
import { readVault } from "./read-vault";

/** Builds the index of a folder as the plugin would, with default settings or the given JSON settings. */
export function indexFolder(folder: string, settingsJson: string | null = null): VaultSnapshot {
  const settings = settingsJson ? normalizeSettings(JSON.parse(settingsJson)).settings : { ...DEFAULT_SETTINGS };
  const index = new GlossaryIndex(settings);
  index.batch(() => {
    for (const f of readVault(folder)) index.setNote(f.path, f.text);
  });
  return takeSnapshot(index, settings);
}
