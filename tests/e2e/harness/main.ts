/**
 * The harness page: two editors (a scratch note and a note of the index) and the review panel in a sidebar, all
 * from the plugin's own code over an index of `demo-vault/`. Tests drive it with a real pointer and keyboard and read
 * a few facts from `window.ancHarness`.
 */
import type { EditorView } from "@codemirror/view";
import { GlossarySource } from "../../../src/editor";
import { DEFAULT_SETTINGS, normalizeSettings, type PluginSettings } from "../../../src/settings";
import type { HoverCardActions } from "../../../src/ui/hover-card";
import type { HarnessApi } from "./api";
import { readDemoNotes } from "./demo-notes";
import { installDomHelpers } from "./dom-helpers";
import { EXAM_NOTES } from "./exam-notes";
import { openEditorPane } from "./editor-pane";
import { createHarnessVault } from "./harness-vault";
import { mountReadingPane } from "./reading-pane";
import { mountStudyPane } from "./study-pane";
import { readInWorkers } from "./worker-check";

/** The fixed time of the review session unless `?now=` gives another. */
const DEFAULT_NOW = "2025-05-01T09:00:00Z";
const SCRATCH_PATH = "Scratch.md";
const SCRATCH_DOC = "# 오늘 공부한 것\n\n";

function setTheme(theme: string | null): void {
  const dark = theme === "dark";
  document.body.toggleClass("theme-dark", dark);
  document.body.toggleClass("theme-light", !dark);
}

/**
 * The settings the query asks for, read as the plugin reads its data file (so a wrong value is corrected the same way):
 * `learnAhead=0`: learning cards are not shown ahead of their step, so a session ends "done for today" with them due
 * later; `exam=SAA-C03` and `examDate=YYYY-MM-DD`: the exam practised for; `reverse=all|highlighted|none`: which terms
 * get reverse cards. Anything not asked for keeps its default.
 */
function readSettings(query: URLSearchParams): PluginSettings {
  const raw: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  const learnAhead = query.get("learnAhead");
  if (learnAhead !== null) raw.learnAheadMinutes = Number(learnAhead);
  for (const [param, key] of [["exam", "exam"], ["examDate", "examDate"], ["reverse", "reverseCards"]] as const) {
    const value = query.get(param);
    if (value !== null) raw[key] = value;
  }
  return normalizeSettings(raw).settings;
}

function addPane(parent: HTMLElement, name: string, title: string): { host: HTMLElement; titleEl: HTMLElement } {
  const pane = parent.createDiv({ cls: "e2e-pane", attr: { "data-pane": name } });
  const titleEl = pane.createDiv({ cls: "e2e-pane-title", text: title });
  return { host: pane.createDiv({ cls: "e2e-editor-host" }), titleEl };
}

async function start(): Promise<void> {
  installDomHelpers();
  const query = new URLSearchParams(window.location.search);
  document.documentElement.lang = query.get("lang") === "ko" ? "ko" : "en";
  setTheme(query.get("theme"));
  // A touch screen here stands for Obsidian's phone app, which marks its body so.
  if (query.get("touch") === "1") document.body.classList.add("is-mobile", "is-phone");
  const now = new Date(query.get("now") ?? DEFAULT_NOW);

  // `notes=exam`: the exam practice notes too (see exam-notes.ts).
  const notes = query.get("notes") === "exam" ? [...readDemoNotes(), ...EXAM_NOTES] : readDemoNotes();
  const vault = createHarnessVault(notes, readSettings(query));
  const source = new GlossarySource();
  const requests: string[] = [];
  const actions: HoverCardActions = {
    openSource: (ref) => requests.push(`open ${ref.path}:${ref.line}`),
    quizTerm: (termId) => requests.push(`quiz ${termId}`),
  };

  const workspace = document.body.createDiv({ cls: "e2e-workspace" });
  const editors = workspace.createDiv({ cls: "e2e-editors" });
  const scratchPane = addPane(editors, "scratch", SCRATCH_PATH);
  // The scratch editor lives as long as the page; it keeps up with the glossary by itself.
  openEditorPane({ parent: scratchPane.host, path: SCRATCH_PATH, doc: SCRATCH_DOC, vault, indexed: false, actions, source });
  const notePane = addPane(editors, "note", "");
  let notePath = "";
  let noteView: EditorView | null = null;
  let reading: { render(): void } | null = null;
  const openNote = (path: string): void => {
    noteView?.destroy();
    noteView = null;
    notePath = path;
    notePane.titleEl.textContent = path;
    const text = vault.readNote(path);
    if (text === null) vault.writeNote(path, "");
    noteView = openEditorPane({ parent: notePane.host, path, doc: text ?? "", vault, indexed: true, actions, source });
    reading?.render();
  };
  openNote(query.get("note") ?? "AWS/Messaging.md");

  // `?reading=1`: a reading view of the open note under the editors; `?reading=only`: nothing else on the page.
  const readingMode = query.get("reading");
  let readingSource: string | null = null;
  reading = readingMode === null ? null : mountReadingPane({
    parent: readingMode === "only" ? document.body : editors, vault, actions, touch: query.get("touch") === "1",
    source: () => readingSource ?? notePath,
  });
  document.body.toggleClass("e2e-reading-only", readingMode === "only");

  // The plugin publishes each new snapshot once; every editor that exists reads it, and reading views are drawn
  // again when the names it marks changed (as the plugin's hover host does).
  vault.onChange(() => {
    if (source.publish(vault.snapshot().matcher)) reading?.render();
  });

  const sidebar = workspace.createEl("aside", { cls: "e2e-sidebar" });
  sidebar.createDiv({ cls: "e2e-pane-title", text: "Review" });
  const study = await mountStudyPane({
    parent: sidebar, vault, now, activePath: () => notePath,
    openSource: (path, line) => requests.push(`open ${path}:${line}`),
  });

  const api: HarnessApi = {
    revision: () => vault.snapshot().revision,
    termCount: () => vault.snapshot().terms.length,
    notePaths: () => vault.paths(),
    setTheme: (theme) => setTheme(theme),
    openNote,
    activePath: () => notePath,
    reviewCount: () => study.store.getData().logs.filter((log) => !log.undone).length,
    ratings: () => study.store.getData().logs.filter((log) => !log.undone).map((log) => log.rating),
    actions: () => [...requests],
    showReading: (text) => {
      readingSource = text;
      reading?.render();
    },
    readInWorkers: () => readInWorkers(notes, readSettings(query)),
  };
  window.ancHarness = api;
  document.body.setAttribute("data-harness", "ready");
}

start().catch((error: unknown) => {
  document.body.setAttribute("data-harness", "failed");
  console.error("harness failed to start", error);
});
