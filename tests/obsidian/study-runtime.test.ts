/** @jest-environment jsdom */
import type { Plugin as ObsidianPlugin } from "obsidian";
import { Plugin } from "../__mocks__/obsidian";
import type { ReviewStore } from "../../src/core/review";
import { StudyRuntime } from "../../src/obsidian/study-runtime";
import { DEFAULT_SETTINGS } from "../../src/settings";

/** A review store that only records what the runtime asks of it. */
function recordingStore(): { store: ReviewStore; reconciled: string[][]; renames: [string, string][][]; settings: unknown[] } {
  const reconciled: string[][] = [];
  const renames: [string, string][][] = [];
  const settings: unknown[] = [];
  const store = {
    reconcile: (ids: ReadonlySet<string>, _now: Date, renamed?: ReadonlyMap<string, string>) => {
      reconciled.push([...ids].sort());
      renames.push([...(renamed ?? [])]);
      return { orphaned: [], restored: [], pruned: [], moved: [] };
    },
    setSettings: (s: unknown) => settings.push(s),
  } as unknown as ReviewStore;
  return { store, reconciled, renames, settings };
}

const NOTE = "- Amazon SQS\n\t- 완전관리형 ==메시지 큐== 서비스\n";

function setup() {
  const plugin = new Plugin({}, { id: "aws-notes-cloze", version: "0" });
  const rec = recordingStore();
  const runtime = new StudyRuntime(plugin as unknown as ObsidianPlugin, rec.store, { ...DEFAULT_SETTINGS });
  const heard: number[] = [];
  runtime.onChange(() => heard.push(runtime.index.revision));
  return { plugin, runtime, heard, ...rec };
}

describe("StudyRuntime", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("tells views once when the first scan ends, not after every note, and only then keeps orphans", async () => {
    const { runtime, heard, reconciled } = setup();
    let finish: () => void = () => undefined;
    const scan = new Promise<void>((resolve) => { finish = resolve; });
    const held = runtime.holdRefresh(scan).then(() => runtime.markScanned());
    runtime.index.setNote("AWS/a.md", NOTE);
    jest.advanceTimersByTime(1000);
    runtime.index.setNote("AWS/b.md", "- Amazon SNS\n\t- ==게시/구독== 알림\n");
    jest.advanceTimersByTime(1000);
    expect(heard).toEqual([]);
    expect(reconciled).toEqual([]);
    finish();
    await held;
    expect(heard).toHaveLength(1);
    expect(reconciled).toHaveLength(1);
    expect(reconciled[0]).toHaveLength(2);
  });

  it("tells the store which cards a renamed term took to new ids, so their schedules follow", async () => {
    const { runtime, reconciled, renames } = setup();
    runtime.index.setNote("AWS/a.md", NOTE);
    await runtime.holdRefresh(Promise.resolve()).then(() => runtime.markScanned());
    const [oldId] = reconciled[0]!;
    runtime.index.setNote("AWS/a.md", NOTE.replace("Amazon SQS", "SQS"));
    jest.advanceTimersByTime(1000);
    const [newId] = reconciled[reconciled.length - 1]!;
    expect(newId).not.toBe(oldId);
    expect(renames[renames.length - 1]).toEqual([[oldId, newId]]);
  });

  it("gathers a burst of note changes after the scan into one refresh", async () => {
    const { runtime, heard } = setup();
    await runtime.holdRefresh(Promise.resolve()).then(() => runtime.markScanned());
    heard.length = 0;
    runtime.index.setNote("AWS/a.md", NOTE);
    runtime.index.setNote("AWS/a.md", `${NOTE}\t- 추가 설명\n`);
    expect(heard).toEqual([]);
    jest.advanceTimersByTime(200);
    expect(heard).toHaveLength(1);
  });

  it("corrects out-of-range settings, stores them, and says when notes must be read again", () => {
    const { runtime, settings } = setup();
    const reparses: boolean[] = [];
    runtime.onSettingsChange((_s, reparse) => reparses.push(reparse));
    const corrections = runtime.updateSettings({ newCardsPerDay: -5, hoverDelayMs: 100 });
    expect(corrections.map((c) => [c.key, c.used])).toEqual([["newCardsPerDay", 0]]);
    expect(runtime.settings.newCardsPerDay).toBe(0);
    runtime.updateSettings({ folders: ["AWS"] });
    expect(reparses).toEqual([false, true]);
    expect(settings).toHaveLength(2);
  });
  it("compiles the glossary again in the background once many renamed terms wait in the matcher's overlay", async () => {
    const { runtime } = setup();
    const terms = (prefix: string, n: number): string =>
      Array.from({ length: n }, (_, k) => `- ${prefix} Service ${k}\n\t- 관리형 서비스 ${k}\n`).join("");
    runtime.index.setNote("AWS/a.md", terms("Amazon Alpha", 200));
    await runtime.holdRefresh(Promise.resolve()).then(() => runtime.markScanned());
    expect(runtime.matcherChangedTerms).toBe(0);

    // A few renamed terms stay in the overlay.
    runtime.index.setNote("AWS/a.md", terms("Amazon Alpha", 190) + terms("Amazon Beta", 10));
    jest.advanceTimersByTime(200);
    expect(runtime.snapshot().matcher.findTerms("Amazon Beta Service 3 보기").map((m) => m.name)).toEqual(["Amazon Beta Service 3"]);
    await jest.runAllTimersAsync();
    // Ten new names in the overlay, ten old ones skipped in the compiled glossary.
    expect(runtime.matcherChangedTerms).toBe(20);

    // Many of them are compiled into a fresh glossary, which the next snapshot uses.
    runtime.index.setNote("AWS/a.md", terms("Amazon Alpha", 100) + terms("Amazon Gamma", 100));
    jest.advanceTimersByTime(200);
    expect(runtime.matcherChangedTerms).toBeGreaterThanOrEqual(64);
    await jest.runAllTimersAsync();
    expect(runtime.matcherChangedTerms).toBe(0);
    runtime.index.setNote("AWS/b.md", "- Amazon SQS\n\t- 큐 서비스\n");
    expect(runtime.snapshot().matcher.findTerms("Amazon Gamma Service 42와 Amazon SQS").map((m) => m.name))
      .toEqual(["Amazon Gamma Service 42", "Amazon SQS"]);
  });

  it("marks terms synced in all at once once the background build is done, telling views to redraw", async () => {
    const { runtime, heard } = setup();
    runtime.index.setNote("AWS/a.md", "- Amazon SQS\n\t- 큐 서비스\n");
    await runtime.holdRefresh(Promise.resolve()).then(() => runtime.markScanned());
    void runtime.snapshot().matcher;
    // A synced folder brings in more names than one step compiles: the first five hundred match at once, the rest later.
    const many = Array.from({ length: 1200 }, (_, k) => `- Amazon Delta Service ${k}\n\t- 관리형 서비스 ${k}\n`).join("");
    runtime.index.setNote("AWS/b.md", many);
    jest.advanceTimersByTime(200);
    const text = "Amazon Delta Service 3과 Amazon Delta Service 1199";
    expect(runtime.snapshot().matcher.findTerms(text).map((m) => m.name)).toEqual(["Amazon Delta Service 3"]);
    const told = heard.length;
    await jest.runAllTimersAsync();
    expect(heard.length).toBe(told + 1);
    expect(runtime.matcherChangedTerms).toBe(0);
    expect(runtime.snapshot().matcher.findTerms(text).map((m) => m.name)).toEqual(["Amazon Delta Service 3", "Amazon Delta Service 1199"]);
  });

  it("keeps a setting changed while the stored settings load, laid over them, and never stores the stand-ins", () => {
    const plugin = new Plugin({}, { id: "aws-notes-cloze", version: "0" });
    const rec = recordingStore();
    const runtime = new StudyRuntime(plugin as unknown as ObsidianPlugin, rec.store, { ...DEFAULT_SETTINGS }, { storedSettingsPending: true });
    const told: boolean[] = [];
    runtime.onSettingsChange((_s, reparse) => told.push(reparse));
    runtime.updateSettings({ hoverEnabled: false });
    expect(runtime.settings.hoverEnabled).toBe(false);
    expect(rec.settings).toEqual([]);
    runtime.adoptStoredSettings({ ...DEFAULT_SETTINGS, folders: ["AWS/SAA"], newCardsPerDay: 35 });
    expect(runtime.settings).toMatchObject({ folders: ["AWS/SAA"], newCardsPerDay: 35, hoverEnabled: false });
    expect(rec.settings).toEqual([runtime.settings]);
    expect(runtime.index.parseOptions.folders).toEqual(["AWS/SAA"]);
    // Nothing was read again meanwhile: every listener was told "no reparse".
    expect(told).toEqual([false, false]);
  });
});
