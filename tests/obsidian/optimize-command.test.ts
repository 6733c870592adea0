import { Plugin, notices, setLanguage } from "../__mocks__/obsidian";
import {
  COMMAND_IDS, OPTIMIZE_HISTORY_DAYS, optimizeScheduling, registerCommands, suggestOptimizing, type CommandDeps,
  type OptimizeDeps,
} from "../../src/obsidian/commands";
import type { ReviewLog } from "../../src/core/review/review-log";
import { createScheduler } from "../../src/core/review/scheduler";
import type { CardState, Rating } from "../../src/core/review/types";
import { DEFAULT_SETTINGS, type PluginSettings } from "../../src/settings";

const DAY = 86_400_000;
const START = Date.UTC(2025, 0, 6, 9);

/** `cards` cards answered at their due times for `days` days; about one answer in six forgotten (seeded). */
function studyLogs(cards: number, days: number): ReviewLog[] {
  const scheduler = createScheduler({ desiredRetention: 0.9, maximumIntervalDays: 36500, learningStepsMinutes: [1, 10] });
  let seed = 5;
  const random = (): number => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
  const logs: ReviewLog[] = [];
  for (let c = 0; c < cards; c++) {
    let state: CardState | undefined;
    let at = START + (c % 20) * DAY;
    while (at < START + days * DAY) {
      const u = random();
      const rating: Rating = u < 0.16 ? "again" : u < 0.25 ? "hard" : u < 0.93 ? "good" : "easy";
      const graded = scheduler.grade(state, rating, new Date(at), `card-${c}`);
      logs.push(graded.log);
      state = graded.state;
      at = Math.max(state.due, at + 60_000);
    }
  }
  return logs.sort((a, b) => a.time - b.time);
}

function setUp(logs: ReviewLog[], settings: Partial<PluginSettings> = {}) {
  let current: PluginSettings = { ...DEFAULT_SETTINGS, learningStepsMinutes: [1, 10], ...settings };
  const saved: (keyof PluginSettings)[][] = [];
  const loads: [number, number][] = [];
  const deps: OptimizeDeps = {
    getSettings: () => current,
    saveSettings: async (next, changed) => { current = next; saved.push(changed); },
    reviewLog: {
      getData: () => ({ logs }) as never,
      loadLogs: async (from, to) => { loads.push([from, to]); return { added: 0, notice: null }; },
    },
  };
  return { deps, saved, loads, settings: () => current };
}

const runner = { now: () => 0, pause: () => Promise.resolve(), cancelled: () => false };
const NOW = new Date(START + 200 * DAY);

beforeEach(() => {
  notices.length = 0;
  setLanguage("en");
});

describe("optimizing the scheduling from the review log", () => {
  const enough = studyLogs(80, 150);

  test("reads two years of logs, fits the weights, saves and switches them on, and says how the fit improved", async () => {
    const s = setUp(enough);
    const result = await optimizeScheduling(s.deps, runner, NOW);
    expect(s.loads).toEqual([[NOW.getTime() - OPTIMIZE_HISTORY_DAYS * DAY, NOW.getTime()]]);
    expect(result).not.toBeNull();
    expect(result!.logLossAfter).toBeLessThan(result!.logLossBefore);
    expect(s.saved).toEqual([["fsrsWeights", "useFsrsWeights"]]);
    expect(s.settings().fsrsWeights).toEqual(result!.weights);
    expect(s.settings().useFsrsWeights).toBe(true);
    expect(notices.at(-1)).toBe(
      `Scheduling now fits your reviews: log-loss ${result!.logLossBefore.toFixed(4)} → ${result!.logLossAfter.toFixed(4)} on ${result!.reviews} reviews.`,
    );
  });

  test("refuses below the minimum and changes nothing", async () => {
    const s = setUp(studyLogs(20, 60));
    expect(await optimizeScheduling(s.deps, runner, NOW)).toBeNull();
    expect(s.saved).toEqual([]);
    expect(notices.at(-1)).toMatch(/^Not enough reviews to optimize yet: \d+ of 400 reviews on a later day, 20 of 50 cards\.$/);
  });

  test("suggests optimizing once, when the log read so far passes the minimum", async () => {
    const few = setUp(studyLogs(20, 60));
    expect(await suggestOptimizing(few.deps, NOW)).toBe(false);
    const s = setUp(enough);
    expect(await suggestOptimizing(s.deps, NOW)).toBe(true);
    expect(s.saved).toEqual([["optimizeSuggested"]]);
    expect(notices.at(-1)).toContain('"Optimize scheduling from my reviews"');
    expect(await suggestOptimizing(s.deps, NOW)).toBe(false);
  });

  test("the command is offered, without a hotkey, only when the review log is at hand", () => {
    const win = globalThis as { window?: unknown };
    const hadWindow = "window" in win;
    if (!hadWindow) win.window = globalThis;
    try {
      const base: CommandDeps = {
        getSnapshot: () => { throw new Error("unused"); }, getSettings: () => DEFAULT_SETTINGS,
        saveSettings: async () => undefined, rebuildIndex: async () => 0, openReviewPanel: async () => undefined,
        openQuiz: () => undefined, openTermLookup: () => undefined,
      };
      const app = { workspace: { onLayoutReady: () => undefined } };
      const without = new Plugin(app, { id: "aws-notes-cloze", version: "0.1.0" });
      registerCommands(without as never, base);
      expect(without.commands.map((c) => c.id)).not.toContain(COMMAND_IDS.optimizeScheduling);
      const withLog = new Plugin(app, { id: "aws-notes-cloze", version: "0.1.0" });
      registerCommands(withLog as never, { ...base, reviewLog: setUp([]).deps.reviewLog });
      const command = withLog.commands.find((c) => c.id === COMMAND_IDS.optimizeScheduling);
      expect(command?.name).toBe("Optimize scheduling from my reviews");
      expect(command?.hotkeys).toBeUndefined();
      withLog.unload();
    } finally {
      if (!hadWindow) delete win.window;
    }
  });
});
