/**
 * A note editor as Obsidian's would be for this plugin: a CodeMirror 6 `EditorView` with the markdown language and
 * the plugin's `awsTermsExtension`, configured the way the plugin's hover host configures it. Edits of an indexed
 * note go back to the vault after a short pause, like the plugin's indexer on `editor-change`.
 */
import { EditorState } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import { markdown, markdownLanguage } from "@codemirror/lang-markdown";
import { awsTermsExtension, type GlossarySource } from "../../../src/editor";
import type { HoverCardActions } from "../../../src/ui/hover-card";
import { toGlossary, type HarnessVault } from "./harness-vault";

/** Milliseconds after the last keystroke before an edited note is re-indexed. */
const REINDEX_DELAY_MS = 150;

/** What an editor pane needs. */
export interface EditorPaneOptions {
  parent: HTMLElement;
  path: string;
  doc: string;
  vault: HarnessVault;
  /** Whether edits are written back to the vault (true for a note of the index). */
  indexed: boolean;
  actions: HoverCardActions;
  /** Where the plugin publishes each new glossary; every editor listens to it while it exists. */
  source: GlossarySource;
}

/** Opens an editor on `doc`; destroy the returned view to close it. */
export function openEditorPane(options: EditorPaneOptions): EditorView {
  const { vault, path } = options;
  let timer: number | undefined;
  const reindexLater = (view: EditorView): void => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => vault.writeNote(path, view.state.doc.toString()), REINDEX_DELAY_MS);
  };
  const state = EditorState.create({
    doc: options.doc,
    extensions: [
      // Obsidian continues lists with its own keymap; plain newlines keep typed notes exactly as typed here.
      markdown({ base: markdownLanguage, addKeymap: false }),
      EditorView.lineWrapping,
      EditorView.contentAttributes.of({ "aria-label": path, spellcheck: "false" }),
      awsTermsExtension({
        getFilePath: () => path,
        getGlossary: () => toGlossary(vault.snapshot()),
        onGlossaryChange: options.source.subscribe,
        hoverDelay: vault.settings.hoverDelayMs,
        actions: options.actions,
      }),
      EditorView.updateListener.of((update) => {
        if (options.indexed && update.docChanged) reindexLater(update.view);
      }),
    ],
  });
  return new EditorView({ state, parent: options.parent });
}
