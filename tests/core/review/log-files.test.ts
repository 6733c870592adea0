import {
  encodeLogFile, encodeLogLines, isWeekKey, listWeeks, logFilePath, logsInWeek, parseLogFile, weekOf,
} from "../../../src/core/review/log-files";
import { readLogFile } from "../../../src/core/review/log-io";
import { loadReviewData } from "../../../src/core/review/persistence";
import { createReviewStore } from "../../../src/core/review/review-store";
import type { ReviewLog } from "../../../src/core/review/review-log";
import { createScheduler } from "../../../src/core/review/scheduler";
import type { CardState } from "../../../src/core/review/types";
import { FakePort } from "./fake-port";

const scheduler = createScheduler({ desiredRetention: 0.9, maximumIntervalDays: 36500, learningStepsMinutes: [1, 10] });
const MONDAY = Date.UTC(2025, 2, 17, 9);
const WEEK = "2025-03-17";
const DAY = 86_400_000;

/** `count` answers to `id`, one a day from `start`, each graded from the previous state. */
function answers(id: string, start: number, count: number): ReviewLog[] {
  const out: ReviewLog[] = [];
  let state: CardState | undefined;
  for (let i = 0; i < count; i++) {
    const r = scheduler.grade(state, i % 3 === 2 ? "again" : "good", new Date(start + i * DAY), id);
    out.push(r.log);
    state = r.state;
  }
  return out;
}

const summary = (logs: readonly ReviewLog[]): unknown[] =>
  logs.map((l) => [l.cardId, l.time, l.rating, l.before?.due ?? null, l.before?.state ?? null, l.after.due, l.after.state]);

describe("week files of review logs", () => {
  it("files each log under its UTC week, named by the Monday, whatever the device's time zone", () => {
    expect(weekOf(Date.UTC(2025, 2, 17, 0, 0))).toBe("2025-03-17");
    expect(weekOf(Date.UTC(2025, 2, 23, 23, 59))).toBe("2025-03-17");
    expect(weekOf(Date.UTC(2025, 2, 24, 0, 0))).toBe("2025-03-24");
    expect(weekOf(Date.UTC(2025, 0, 1))).toBe("2024-12-30");
    expect(logFilePath("2025-03-17")).toBe("reviews/2025-03-17.jsonl");
    expect(listWeeks(Date.UTC(2025, 2, 5), Date.UTC(2025, 2, 20))).toEqual(["2025-03-03", "2025-03-10", "2025-03-17"]);
    expect(listWeeks(Date.UTC(2025, 2, 20), Date.UTC(2025, 2, 5))).toEqual([]);
    expect([isWeekKey("2025-03-17"), isWeekKey("2025-03-18"), isWeekKey("2025-02-30"), isWeekKey("2025-03")]).toEqual([true, false, false, false]);
  });

  it("reads back every log of a week it wrote, with states before and after", () => {
    const logs = [...answers("ec2", MONDAY, 6), ...answers("s3", MONDAY + 3_600_000, 4)].sort((a, b) => a.time - b.time);
    const { text } = encodeLogFile(WEEK, logs);
    expect(text.split("\n")).toHaveLength(logs.length + 2);
    const parsed = parseLogFile(text, WEEK);
    expect(parsed.ok && parsed.dropped).toEqual([]);
    expect(parsed.ok && summary(parsed.logs)).toEqual(summary(logs));
  });

  it("appends lines that read back the same as a whole file", () => {
    const logs = answers("ec2", MONDAY, 5);
    const first = encodeLogFile(WEEK, logs.slice(0, 3));
    const more = encodeLogLines(logs.slice(3), first.lastAfter);
    const parsed = parseLogFile(first.text + more.text, WEEK);
    expect(parsed.ok && summary(parsed.logs)).toEqual(summary(logs));
    expect(first.text + more.text).toBe(encodeLogFile(WEEK, logs).text);
  });

  it("keeps every readable line of a file cut off half-way and reports the broken one", () => {
    const logs = answers("ec2", MONDAY, 4);
    const { text } = encodeLogFile(WEEK, logs);
    const cut = text.slice(0, text.length - 30);
    const parsed = parseLogFile(cut, WEEK);
    expect(parsed.ok && summary(parsed.logs)).toEqual(summary(logs.slice(0, 3)));
    expect(parsed.ok && parsed.dropped).toEqual([{ section: "logs", key: `${WEEK}:5`, reason: "line is not valid JSON (cut off?)" }]);
  });

  it("skips a damaged line in the middle and a log that belongs to another week", () => {
    const logs = answers("ec2", MONDAY, 3);
    const lines = encodeLogFile(WEEK, logs).text.split("\n");
    lines.splice(2, 0, "{garbage", encodeLogLines(answers("vpc", Date.UTC(2025, 2, 24, 9), 1), new Map()).text.trim(), "");
    const parsed = parseLogFile(lines.join("\n"), WEEK);
    expect(parsed.ok && parsed.logs.map((l) => l.cardId)).toEqual(["ec2", "ec2", "ec2"]);
    expect(parsed.ok && parsed.dropped.map((d) => d.reason)).toEqual(["line is not valid JSON (cut off?)", "log is outside the file's week"]);
  });

  it.each([
    ["an empty file", "", "corrupt"],
    ["binary garbage", "\u0000\u00ffPK\u0003", "corrupt"],
    ["a file from a newer version", '{"schemaVersion":9,"week":"2025-03-17"}\n["x"]\n', "future-version"],
  ])("refuses %s without throwing", (_name, text, kind) => {
    expect(parseLogFile(text, WEEK)).toMatchObject({ ok: false, kind });
  });

  it("finds a week's slice of a sorted list", () => {
    const logs = answers("a", Date.UTC(2025, 2, 22, 9), 4);
    expect(logsInWeek(logs, WEEK).map((l) => weekOf(l.time))).toEqual([WEEK, WEEK]);
    expect(logsInWeek(logs, "2025-03-24")).toHaveLength(2);
  });
});

describe("a week file missing after a crash mid-replace", () => {
  it("is read from its complete temporary file, and rewritten at the next save", async () => {
    const logs = [scheduler.grade(undefined, "good", new Date(MONDAY), "ec2").log];
    const port = new FakePort({ [`${logFilePath(WEEK)}.tmp`]: encodeLogFile(WEEK, logs).text });
    const read = await readLogFile(port, WEEK, new Date(MONDAY));
    expect(read.logs.map((l) => l.cardId)).toEqual(["ec2"]);
    expect(read.state.clean).toBe(false);
    // The store that loads it writes the week file whole again at its next save.
    const now = new Date(MONDAY + 3_600_000);
    const store = createReviewStore({ port, loaded: await loadReviewData(port, now), clock: () => now, setTimer: () => 0, clearTimer: () => undefined });
    store.recordReview(scheduler.grade(undefined, "easy", now, "s3").log);
    await store.flush();
    const written = await readLogFile(port, WEEK, now);
    expect(port.files.has(logFilePath(WEEK))).toBe(true);
    expect(written.logs.map((l) => l.cardId).sort()).toEqual(["ec2", "s3"]);
  });
});
