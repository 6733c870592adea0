/**
 * The harness's vault: note texts in memory, the plugin's own `GlossaryIndex` over them and a `VaultSnapshot` per
 * revision, as the plugin's indexer keeps them. Editors send edits here; listeners hear each new revision.
 */
import { GlossaryIndex } from "../../../src/core/glossary/glossary-index";
import { createSnapshotCache, takeSnapshot, type VaultSnapshot } from "../../../src/core/vault-snapshot";
import type { GlossarySnapshot } from "../../../src/editor";
import type { PluginSettings } from "../../../src/settings";
import type { HarnessNote } from "./demo-notes";

/** Notes, index and snapshot of the page. */
export interface HarnessVault {
  readonly settings: PluginSettings;
  /** The current snapshot (taken again only when the index revision moved). */
  snapshot(): VaultSnapshot;
  /** The text of a note, or null when the vault has no such note. */
  readNote(path: string): string | null;
  /** Stores a note's new text and re-indexes that note only. */
  writeNote(path: string, text: string): void;
  paths(): string[];
  /** Calls `listener` after every change of the index; returns the function that stops listening. */
  onChange(listener: () => void): () => void;
}

/** The editor-facing view of a snapshot (what the plugin's hover host sends to its editors). */
export function toGlossary(snap: VaultSnapshot): GlossarySnapshot {
  return {
    revision: snap.revision,
    matcher: snap.matcher,
    lookup: (id) => snap.termsById.get(id),
    definingLines: snap.definingLines,
  };
}

/** Indexes `notes` with `settings`, in one batch as the plugin's first scan does. */
export function createHarnessVault(notes: readonly HarnessNote[], settings: PluginSettings): HarnessVault {
  const index = new GlossaryIndex(settings);
  const texts = new Map<string, string>();
  const cache = createSnapshotCache();
  index.batch(() => {
    for (const note of notes) {
      texts.set(note.path, note.text);
      index.setNote(note.path, note.text);
    }
  });
  let current = takeSnapshot(index, settings, cache);
  const snapshot = (): VaultSnapshot => {
    if (current.revision !== index.revision) current = takeSnapshot(index, settings, cache);
    return current;
  };
  return {
    settings,
    snapshot,
    readNote: (path) => texts.get(path) ?? null,
    writeNote(path, text) {
      texts.set(path, text);
      index.setNote(path, text);
    },
    paths: () => [...texts.keys()].sort(),
    onChange: (listener) => index.onChange(() => listener()),
  };
}
