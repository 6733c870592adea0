import type { ReviewPanel } from "../../src/ui/review-panel";
/**
 * A study setup for panel tests: a real glossary index over notes in our users' style, the real review store over
 * an in-memory file, a clock the test moves, and services that record what the panel asked of the plugin.
 */
import { GlossaryIndex } from "../../src/core/glossary/glossary-index";
import { createReviewStore, loadReviewData, type ReviewDataPort, type ReviewStore } from "../../src/core/review";
import { takeSnapshot, type VaultSnapshot } from "../../src/core/vault-snapshot";
import { DEFAULT_SETTINGS, type PluginSettings } from "../../src/settings";
import type { StudyServices } from "../../src/ui/study-services";

/** `AWS/SAA/컴퓨팅.md`: three highlights under two terms, tab and 4-space indents. */
export const COMPUTE_NOTE = [
  "---",
  "tags: [aws, saa/compute]",
  "---",
  "- AWS Lambda",
  "\t- 서버를 관리하지 않고 코드를 실행하는 ==서버리스== 컴퓨팅 서비스",
  "\t- 최대 실행 시간은 ==15분==",
  "- Amazon EC2",
  "    - 크기를 조정할 수 있는 <mark style=\"background: #FFF3A3A6;\"> 가상 서버 </mark>",
  "",
].join("\n");

/** `AWS/메시징.md`: one highlight. */
export const MESSAGING_NOTE = [
  "- Amazon SQS",
  "\t- AWS에서 제공하는 완전관리형 ==메시지 큐== 서비스",
  "",
].join("\n");

/** The harness: services for the panel plus handles to change notes and move the clock. */
export interface StudyHarness {
  services: StudyServices;
  index: GlossaryIndex;
  store: ReviewStore;
  settings: PluginSettings;
  opened: { path: string; line: number; keepFocus: boolean }[];
  setNow(iso: string): void;
  snapshot(): VaultSnapshot;
  listenerCount(): number;
}

/** Builds the harness over `notes` (path → text), the clock at `nowIso`. */
export async function createStudyHarness(
  notes: Record<string, string>, nowIso = "2025-05-01T09:00:00Z", overrides: Partial<PluginSettings> = {},
): Promise<StudyHarness> {
  const settings: PluginSettings = { ...DEFAULT_SETTINGS, ...overrides };
  const index = new GlossaryIndex(settings);
  index.batch(() => { for (const [path, text] of Object.entries(notes)) index.setNote(path, text); });
  const files = new Map<string, string>();
  const port: ReviewDataPort = { read: async (p) => files.get(p) ?? null, write: async (p, text) => { files.set(p, text); } };
  let now = new Date(nowIso);
  const store = createReviewStore({
    port, loaded: await loadReviewData(port, now), clock: () => now, setTimer: () => 0, clearTimer: () => undefined,
  });
  let cached: VaultSnapshot | null = null;
  const snapshot = (): VaultSnapshot => {
    if (cached?.revision !== index.revision) cached = takeSnapshot(index, settings);
    return cached;
  };
  let listeners = 0;
  const opened: { path: string; line: number; keepFocus: boolean }[] = [];
  const services: StudyServices = {
    getSnapshot: snapshot,
    reviewStore: store,
    getSettings: () => settings,
    now: () => now,
    openSource: (path, line, keepFocus) => { opened.push({ path, line, keepFocus: keepFocus === true }); },
    onIndexChange(listener) {
      listeners++;
      const off = index.onChange(() => listener());
      return () => { listeners--; off(); };
    },
    getActivePath: () => "AWS/메시징.md",
  };
  return {
    services, index, store, settings, opened, snapshot,
    setNow: (iso) => { now = new Date(iso); },
    listenerCount: () => listeners,
  };
}

/** Presses a key on the panel, as a user with focus in it would. */
export function press(panel: Pick<ReviewPanel, "rootEl">, key: string): void {
  panel.rootEl.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true }));
}

/** The text of the first element under the panel matching `selector` ("" when there is none). */
export function textOf(panel: Pick<ReviewPanel, "rootEl">, selector: string): string {
  return panel.rootEl.querySelector(selector)?.textContent ?? "";
}

/** The first element under the panel matching `selector`, or null. */
export const q = (panel: Pick<ReviewPanel, "rootEl">, selector: string): HTMLElement | null => panel.rootEl.querySelector<HTMLElement>(selector);

/** Every element under the panel matching `selector`, in document order. */
export const all = (panel: Pick<ReviewPanel, "rootEl">, selector: string): HTMLElement[] => [...panel.rootEl.querySelectorAll<HTMLElement>(selector)];
