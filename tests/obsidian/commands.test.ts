import { Plugin, TFile, TFolder, notices, setLanguage, type Command } from "../__mocks__/obsidian";
import { ANKI_EXPORT_PATH, COMMAND_IDS, registerCommands, type CommandDeps } from "../../src/obsidian/commands";
import type { QuizRequest } from "../../src/ui/quiz-modal";
import type { PluginSettings } from "../../src/settings";
import { COMPUTE_NOTE, MESSAGING_NOTE, createStudyHarness } from "../ui/study-harness";

/** A vault of text files with the three calls the commands make; every write is recorded. */
function createFakeVault(initial: Record<string, string>) {
  const files = new Map<string, { file: TFile | TFolder; text: string }>();
  for (const [path, text] of Object.entries(initial)) files.set(path, { file: new TFile(path), text });
  const writes: { op: "create" | "modify"; path: string }[] = [];
  return {
    files, writes,
    getAbstractFileByPath: (path: string) => files.get(path)?.file ?? null,
    create: async (path: string, text: string) => {
      if (files.has(path)) throw new Error("exists");
      writes.push({ op: "create", path });
      const file = new TFile(path);
      files.set(path, { file, text });
      return file;
    },
    modify: async (file: TFile, text: string) => {
      writes.push({ op: "modify", path: file.path });
      files.set(file.path, { file, text });
    },
  };
}

async function setUp(active: string | null, extraFiles: Record<string, string> = {}) {
  const notes = { "AWS/SAA/컴퓨팅.md": COMPUTE_NOTE, "AWS/메시징.md": MESSAGING_NOTE, "Daily/오늘.md": "- 장보기\n" };
  const h = await createStudyHarness(notes);
  const vault = createFakeVault({ ...notes, ...extraFiles });
  const app = { vault, workspace: { getActiveFile: () => (active === null ? null : new TFile(active)) } };
  const plugin = new Plugin(app, { id: "aws-notes-cloze", version: "0.1.0" });
  const quizzes: QuizRequest[] = [];
  const saved: { next: PluginSettings; changed: (keyof PluginSettings)[] }[] = [];
  const calls: string[] = [];
  let settings = { ...h.settings };
  const deps: CommandDeps = {
    getSnapshot: () => h.snapshot(),
    getSettings: () => settings,
    saveSettings: async (next, changed) => { settings = next; saved.push({ next, changed }); },
    rebuildIndex: async () => { calls.push("rebuild"); return 3; },
    openReviewPanel: async () => { calls.push("panel"); },
    openQuiz: (request) => { quizzes.push(request); },
    openTermLookup: () => { calls.push("lookup"); },
  };
  registerCommands(plugin as never, deps);
  const command = (id: string): Command => {
    const found = plugin.commands.find((c) => c.id === id);
    if (!found) throw new Error(`no command ${id}`);
    return found;
  };
  return { h, vault, plugin, quizzes, saved, calls, command, settings: () => settings };
}

beforeEach(() => {
  notices.length = 0;
  setLanguage("en");
});

describe("the commands", () => {
  it("have stable ids without the plugin id, sentence-case names and no default hotkeys", async () => {
    const { plugin } = await setUp(null);
    expect(plugin.commands.map((c) => c.id)).toEqual([
      "open-review-panel", "start-cloze-quiz", "quiz-this-note", "look-up-term", "rebuild-index", "toggle-hover", "export-anki",
    ]);
    for (const c of plugin.commands) {
      expect(c.hotkeys).toBeUndefined();
      expect(c.id).not.toContain("aws-notes-cloze");
    }
    expect(plugin.commands.map((c) => c.name)).toContain("Export cards to Anki");
  });

  it("export writes a new file in the vault and never touches a note", async () => {
    const { vault, command } = await setUp(null);
    const notesBefore = [...vault.files].filter(([p]) => p.endsWith(".md")).map(([p, f]) => [p, f.text]);
    await command(COMMAND_IDS.exportAnki).callback?.();
    expect(vault.writes).toEqual([{ op: "create", path: ANKI_EXPORT_PATH }]);
    const text = vault.files.get(ANKI_EXPORT_PATH)!.text;
    expect(text.startsWith("#separator:tab\n")).toBe(true);
    expect(text).toContain("{{c1::메시지 큐}}");
    expect(notices).toEqual([`Exported 4 cards to ${ANKI_EXPORT_PATH}.`]);
    // A second export replaces the export file, still nothing else.
    await command(COMMAND_IDS.exportAnki).callback?.();
    expect(vault.writes.map((w) => w.path)).toEqual([ANKI_EXPORT_PATH, ANKI_EXPORT_PATH]);
    expect(vault.writes[1]?.op).toBe("modify");
    expect([...vault.files].filter(([p]) => p.endsWith(".md")).map(([p, f]) => [p, f.text])).toEqual(notesBefore);
  });

  it("export refuses when a folder has the export file's name", async () => {
    const { vault, command } = await setUp(null);
    vault.files.set(ANKI_EXPORT_PATH, { file: new TFolder(ANKI_EXPORT_PATH), text: "" });
    await command(COMMAND_IDS.exportAnki).callback?.();
    expect(vault.writes).toEqual([]);
    expect(notices[0]).toMatch(/^Could not write AWS Notes Cloze export\.txt/);
  });

  it("toggle-hover flips the setting, saves it and says so", async () => {
    const { command, saved, settings } = await setUp(null);
    expect(settings().hoverEnabled).toBe(true);
    await command(COMMAND_IDS.toggleHover).callback?.();
    expect(settings().hoverEnabled).toBe(false);
    expect(saved[0]?.changed).toEqual(["hoverEnabled"]);
    await command(COMMAND_IDS.toggleHover).callback?.();
    expect(settings().hoverEnabled).toBe(true);
    expect(notices).toEqual(["Hover definitions off.", "Hover definitions on."]);
  });

  it("quiz-this-note quizzes the active note's cards", async () => {
    const { command, quizzes } = await setUp("AWS/SAA/컴퓨팅.md");
    const quiz = command(COMMAND_IDS.quizThisNote);
    expect(quiz.checkCallback?.(true)).toBe(true);
    quiz.checkCallback?.(false);
    expect(quizzes).toEqual([{ kind: "note", path: "AWS/SAA/컴퓨팅.md" }]);
  });

  it("quiz-this-note is unavailable without an active note, and says so for a note without cards", async () => {
    expect((await setUp(null)).command(COMMAND_IDS.quizThisNote).checkCallback?.(true)).toBe(false);
    const { command, quizzes } = await setUp("Daily/오늘.md");
    command(COMMAND_IDS.quizThisNote).checkCallback?.(false);
    expect(quizzes).toEqual([]);
    expect(notices).toEqual(["This note has no cloze cards."]);
  });

  it("start-cloze-quiz quizzes the due cards of every AWS note; the others open their hosts", async () => {
    const { command, quizzes, calls } = await setUp(null);
    command(COMMAND_IDS.startClozeQuiz).callback?.();
    command(COMMAND_IDS.openReviewPanel).callback?.();
    command(COMMAND_IDS.lookUpTerm).callback?.();
    expect(quizzes).toEqual([{ kind: "review" }]);
    expect(calls).toEqual(["panel", "lookup"]);
  });

  it("rebuild-index re-reads the notes and reports how many", async () => {
    const { command, calls } = await setUp(null);
    await command(COMMAND_IDS.rebuildIndex).callback?.();
    expect(calls).toEqual(["rebuild"]);
    expect(notices).toEqual(["AWS index rebuilt: 3 notes read."]);
  });
});
