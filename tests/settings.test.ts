import { default_w } from "ts-fsrs";
import { DEFAULT_SETTINGS, normalizeSettings } from "../src/settings";
import { createScheduler } from "../src/core/review/scheduler";

const fitted = default_w.map((w, i) => (i === 20 ? 0.3 : w));

describe("the fitted FSRS weights in the settings", () => {
  test("none stored means the defaults, with nothing to correct", () => {
    const { settings, corrections } = normalizeSettings({});
    expect(settings.fsrsWeights).toBeNull();
    expect(settings.useFsrsWeights).toBe(false);
    expect(settings.optimizeSuggested).toBe(false);
    expect(corrections).toEqual([]);
    expect(DEFAULT_SETTINGS.fsrsWeights).toBeNull();
  });

  test("21 finite numbers are kept and used when switched on", () => {
    const { settings, corrections } = normalizeSettings({ fsrsWeights: fitted, useFsrsWeights: true });
    expect(settings.fsrsWeights).toEqual(fitted);
    expect(settings.useFsrsWeights).toBe(true);
    expect(corrections).toEqual([]);
  });

  test.each([
    ["too short", fitted.slice(0, 19)],
    ["not a number", fitted.map((w, i) => (i === 3 ? "8" : w))],
    ["not finite", fitted.map((w, i) => (i === 3 ? Infinity : w))],
    ["not a list", "0.2, 1.2"],
  ])("weights that are %s are dropped with a correction, and cannot be switched on", (_, given) => {
    const { settings, corrections } = normalizeSettings({ fsrsWeights: given, useFsrsWeights: true });
    expect(settings.fsrsWeights).toBeNull();
    expect(settings.useFsrsWeights).toBe(false);
    expect(corrections).toEqual([{ key: "fsrsWeights", given, used: null }]);
  });

  test("the scheduler uses the fitted weights only while they are switched on", () => {
    const now = new Date(Date.UTC(2025, 0, 6, 10));
    const base = { ...DEFAULT_SETTINGS, learningStepsMinutes: [] as number[] };
    const due = (s: typeof base): number => createScheduler(s).preview(undefined, now).good.due;
    const steeper = { ...base, fsrsWeights: default_w.map((w, i) => (i === 2 ? w * 4 : w)) };
    expect(due({ ...steeper, useFsrsWeights: false })).toBe(due(base));
    expect(due({ ...steeper, useFsrsWeights: true })).toBeGreaterThan(due(base));
  });
});
