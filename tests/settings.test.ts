import { default_w } from "ts-fsrs";
import { DEFAULT_SETTINGS, normalizeSettings } from "../src/settings";
import { createScheduler } from "../src/core/review/scheduler";
import { examDayStart, parseExamDate } from "../src/core/exam/exam-date";

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

describe("the exam practice settings", () => {
  test("default to reverse cards for highlighted names, four options, and no exam", () => {
    const { settings } = normalizeSettings({});
    expect(settings.reverseCards).toBe("highlighted");
    expect(settings.multipleChoice).toBe(true);
    expect(settings.choiceCount).toBe(4);
    expect(settings.exam).toBe("none");
    expect(settings.examDate).toBe("");
  });

  test("an option count outside 3–5 is brought into range and reported", () => {
    const { settings, corrections } = normalizeSettings({ choiceCount: 9 });
    expect(settings.choiceCount).toBe(5);
    expect(corrections).toEqual([{ key: "choiceCount", given: 9, used: 5 }]);
  });

  test("an unknown exam or reverse-card choice falls back to the default", () => {
    const { settings } = normalizeSettings({ exam: "SAP-C02", reverseCards: "some" });
    expect(settings.exam).toBe("none");
    expect(settings.reverseCards).toBe("highlighted");
    expect(normalizeSettings({ exam: "SAA-C03" }).settings.exam).toBe("SAA-C03");
  });

  test.each(["2027-02-30", "2027-3-15", "next friday", 20270315])("the exam date %p is not a calendar day, so none is set", (given) => {
    const { settings, corrections } = normalizeSettings({ examDate: given });
    expect(settings.examDate).toBe("");
    expect(corrections).toEqual([{ key: "examDate", given, used: "", reason: "notADate" }]);
  });

  test("a real calendar day is kept as written", () => {
    expect(normalizeSettings({ examDate: " 2028-02-29 " }).settings.examDate).toBe("2028-02-29");
  });
});

describe("the exam date's calendar-day check", () => {
  const given = ["2028-02-29", "2027-02-29", "2027-02-30", "2027-13-01", "2027-00-10", "2027-3-15", "", "next friday", "0999-12-31"];

  it("is one function: the UTC midnight of a real `YYYY-MM-DD` day, null for anything else", () => {
    expect(parseExamDate("2028-02-29")).toBe(Date.UTC(2028, 1, 29));
    expect(parseExamDate("2027-02-29")).toBeNull();
    expect(parseExamDate(" 2028-02-29")).toBeNull();
  });

  test.each(given)("settings keep %p exactly when the scheduler can start an exam day on it", (date) => {
    const kept = normalizeSettings({ examDate: date }).settings.examDate !== "";
    expect(kept).toBe(parseExamDate(date) !== null);
    expect(kept).toBe(examDayStart(date) !== null);
  });
});
