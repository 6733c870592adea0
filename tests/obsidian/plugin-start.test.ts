/** @jest-environment jsdom */
import { deserialize, serialize } from "node:v8";
import "fake-indexeddb/auto";
import { Plugin as MockPlugin } from "../__mocks__/obsidian";
import AwsNotesClozePlugin from "../../src/main";
import { COMMAND_IDS } from "../../src/obsidian/commands";
import { createEmptyReviewData, serializeReviewData } from "../../src/core/review";
import * as questionCards from "../../src/core/exam/question-cards";
import { REVIEW_VIEW_TYPE } from "../../src/ui/review-view";
import type { VaultSnapshot } from "../../src/core/vault-snapshot";
import { installObsidianDom } from "../editor/obsidian-dom";
import { createMockApp, type MockApp } from "./mock-app";

const NOTES = new Map([
  ["AWS/메시징.md", "- Amazon SQS (Simple Queue Service)\n\t- 완전관리형 ==메시지 큐== 서비스\n"],
  ["AWS/컴퓨팅.md", "- AWS Lambda\n\t- ==서버리스== 컴퓨팅 서비스\n"],
  ["Daily/오늘.md", "- 장보기\n- 운동\n"],
]);
const MANIFEST = { id: "aws-notes-cloze", version: "0.1.0", dir: ".obsidian/plugins/aws-notes-cloze" };

/** The plugin as the mock sees it (what it registered), and what the panel and the hovers read. */
type Started = MockPlugin & { runtime: { ready: boolean; snapshot(): VaultSnapshot } };

function start(mock: MockApp): Started {
  const plugin = new AwsNotesClozePlugin(mock.app as never, MANIFEST as never);
  plugin.onload();
  return plugin as unknown as Started;
}

/** Lets every pending promise and timer of the start-up run (the scan pauses between slices with timers). */
async function settle(): Promise<void> {
  for (let i = 0; i < 50; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

beforeAll(() => {
  // jsdom's window has no structuredClone, which the IndexedDB stand-in copies rows with (as browsers do).
  globalThis.structuredClone ??= <T>(value: T): T => deserialize(serialize(value)) as T;
  installObsidianDom();
  (globalThis as unknown as { activeDocument: Document }).activeDocument = document;
});

describe("the plugin's start", () => {
  it("registers everything at once and returns without waiting for the review history", async () => {
    const mock = createMockApp(NOTES);
    const release = mock.holdReads();
    const plugin = start(mock);
    // Every command is there (none with a default hotkey), with the panel, its ribbon button, the settings tab, the
    // editor's term marks and the reading view's, while the history is still being read.
    expect(plugin.commands.map((c) => c.id).sort()).toEqual(Object.values(COMMAND_IDS).sort());
    expect(plugin.commands.filter((c) => c.hotkeys !== undefined)).toEqual([]);
    expect(plugin.views).toEqual([REVIEW_VIEW_TYPE]);
    expect([plugin.ribbons.length, plugin.settingTabs.length, plugin.editorExtensions.length, plugin.postProcessors.length]).toEqual([1, 1, 1, 1]);
    mock.layoutReady();
    await settle();
    // No note is read before the history (which holds the settings that say which notes to read) is in.
    expect(mock.reads).toEqual([]);
    expect(plugin.runtime.ready).toBe(false);
    release();
    await settle();
    expect([...mock.reads].sort()).toEqual([...NOTES.keys()].sort());
    expect(plugin.runtime.ready).toBe(true);
    expect(plugin.runtime.snapshot().terms.map((t) => t.name).sort()).toEqual(["AWS Lambda", "Amazon SQS"]);
    expect(plugin.runtime.snapshot().cards.map((c) => c.answer).sort()).toEqual(["메시지 큐", "서버리스"]);
    plugin.unload();
  });

  it("reads only the folders the stored settings name, and nothing after it is disabled", async () => {
    const data = serializeReviewData(createEmptyReviewData({ folders: ["AWS"] }));
    const mock = createMockApp(NOTES, new Map([[`${MANIFEST.dir}/data.json`, data]]));
    const plugin = start(mock);
    mock.layoutReady();
    await settle();
    expect([...mock.reads].sort()).toEqual(["AWS/메시징.md", "AWS/컴퓨팅.md"]);
    // A save: the file's time moves on and the vault says so; the plugin reads it after a short quiet time.
    const vault = (mock.app as { vault: { trigger(name: string, file: unknown): void; getAbstractFileByPath(p: string): unknown } }).vault;
    const save = async (path: string): Promise<void> => {
      const file = vault.getAbstractFileByPath(path) as { stat: { mtime: number } };
      file.stat.mtime += 1000;
      vault.trigger("modify", file);
      await new Promise((resolve) => setTimeout(resolve, 600));
      await settle();
    };
    await save("AWS/메시징.md");
    expect(mock.reads).toHaveLength(3);
    plugin.unload();
    // Disabled: a saved note is not read again.
    await save("AWS/메시징.md");
    expect(mock.reads).toHaveLength(3);
  });

  it("starts the next session from the note cache: unchanged notes are neither read nor parsed, nor their cards built", async () => {
    const mock = createMockApp(NOTES);
    const first = start(mock);
    mock.layoutReady();
    await settle();
    expect(mock.reads).toHaveLength(3);
    const cards = first.runtime.snapshot().cards;
    first.unload();
    await settle();

    mock.reads.length = 0;
    const building = jest.spyOn(questionCards, "buildNoteCards");
    const second = start(mock);
    mock.layoutReady();
    await settle();
    expect(mock.reads).toEqual([]);
    expect(second.runtime.snapshot().terms.map((t) => t.name).sort()).toEqual(["AWS Lambda", "Amazon SQS"]);
    expect(second.runtime.snapshot().cards).toEqual(cards);
    expect(building).not.toHaveBeenCalled();
    // "Rebuild index" reads every note from the disk and builds every card again.
    second.commands.find((c) => c.id === COMMAND_IDS.rebuildIndex)?.callback?.();
    await settle();
    expect([...mock.reads].sort()).toEqual([...NOTES.keys()].sort());
    expect(building).toHaveBeenCalledTimes(NOTES.size);
    expect(second.runtime.snapshot().cards).toEqual(cards);
    building.mockRestore();
    second.unload();
  });
});
