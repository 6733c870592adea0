import { parseStoredData } from "../../../src/core/review/migrate";
import { createScheduler } from "../../../src/core/review/scheduler";
import { createEmptyReviewData, serializeReviewData, type ReviewData } from "../../../src/core/review/store-schema";

const T0 = Date.parse("2025-03-01T09:00:00Z");
const DAY = 86_400_000;
const scheduler = createScheduler({ desiredRetention: 0.9, maximumIntervalDays: 36500, learningStepsMinutes: [1, 10] });

/** Data with two cards reviewed a few times each. */
function sampleData(): ReviewData {
  const data = createEmptyReviewData({ newCardsPerDay: 15 });
  for (const id of ["ec2-card", "s3-card"]) {
    let state = undefined;
    let t = T0;
    for (const rating of ["good", "good", "hard", "again", "good"] as const) {
      const r = scheduler.grade(state, rating, new Date(t), id);
      data.logs.push(r.log);
      state = r.state;
      t = Math.max(state.due, t + 60_000);
    }
    data.cards[id] = state!;
  }
  data.logs.sort((a, b) => a.time - b.time);
  data.orphans.old = { state: data.cards["ec2-card"]!, orphanedAt: T0 + DAY };
  return data;
}

describe("stored review data", () => {
  it("survives a save and load with states and logs intact (a self-contained copy, logs inside)", () => {
    const data = sampleData();
    const parsed = parseStoredData(serializeReviewData(data, { withLogs: true }));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.dropped).toEqual([]);
    expect(parsed.data.settings).toEqual({ newCardsPerDay: 15 });
    expect(parsed.data.logs).toHaveLength(10);
    for (const [id, state] of Object.entries(data.cards)) {
      const back = parsed.data.cards[id]!;
      expect(back.due).toBe(state.due);
      expect(back.lastReview).toBe(state.lastReview);
      expect(back.stability).toBeCloseTo(state.stability, 3);
      expect(back.state).toBe(state.state);
    }
    parsed.data.logs.forEach((log, i) => {
      const original = data.logs[i]!;
      expect(log).toMatchObject({ cardId: original.cardId, time: original.time, rating: original.rating, elapsedDays: original.elapsedDays });
      expect(log.before === null).toBe(original.before === null);
      expect(log.before?.due).toBe(original.before?.due);
      expect(log.after.due).toBe(original.after.due);
    });
    expect(parsed.data.orphans.old?.orphanedAt).toBe(T0 + DAY);
    // A second round trip writes exactly the same text.
    expect(serializeReviewData(parsed.data, { withLogs: true })).toBe(serializeReviewData(data, { withLogs: true }));
  });

  it("keeps the logs out of data.json itself: they live in week files", () => {
    const data = sampleData();
    data.logWeeks = ["2025-02-24"];
    const parsed = parseStoredData(serializeReviewData(data));
    expect(parsed.ok && parsed.data.logs).toEqual([]);
    expect(parsed.ok && parsed.data.logWeeks).toEqual(["2025-02-24"]);
    expect(parsed.ok && Object.keys(parsed.data.cards).sort()).toEqual(["ec2-card", "s3-card"]);
  });

  it("migrates a version-1 file (cards as tuples, logs inside) without losing a state or a log", () => {
    const data = sampleData();
    const v2 = JSON.parse(serializeReviewData(data, { withLogs: true })) as { cards: { ids: string[]; states: unknown[] } };
    const v1Cards: Record<string, unknown[]> = {};
    v2.cards.ids.forEach((id, i) => { v1Cards[id] = v2.cards.states.slice(i * 10, i * 10 + 10); });
    const v1 = JSON.stringify({ ...v2, schemaVersion: 1, cards: v1Cards, logWeeks: undefined });
    const parsed = parseStoredData(v1);
    expect(parsed).toMatchObject({ ok: true, migratedFrom: 1, dropped: [] });
    if (!parsed.ok) return;
    const current = parseStoredData(serializeReviewData(data));
    expect(Object.keys(parsed.data.cards).sort()).toEqual(["ec2-card", "s3-card"]);
    expect(parsed.data.cards).toEqual(current.ok ? current.data.cards : null);
    expect(parsed.data.logs.map((l) => [l.cardId, l.time, l.rating])).toEqual(data.logs.map((l) => [l.cardId, l.time, l.rating]));
    expect(parsed.data.logWeeks).toEqual([]);
  });

  it("drops a single bad entry and reports it, keeping the rest", () => {
    const raw = JSON.parse(serializeReviewData(sampleData(), { withLogs: true })) as { cards: { ids: string[]; states: unknown[] }; logs: unknown[] };
    raw.cards.ids.push("broken");
    raw.cards.states.push(1, 2, "three", 0, 0, 0, 0, 0, 2, null);
    raw.logs.splice(2, 0, ["x", "not a time", 3, 0, 0, []]);
    const parsed = parseStoredData(JSON.stringify(raw));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(Object.keys(parsed.data.cards).sort()).toEqual(["ec2-card", "s3-card"]);
    expect(parsed.data.logs).toHaveLength(10);
    expect(parsed.dropped).toEqual([
      { section: "cards", key: "broken", reason: "state has a non-numeric field" },
      { section: "logs", key: "2", reason: "log has an invalid time" },
    ]);
  });

  it("migrates a version-0 file (settings only, no schema version) and keeps the settings", () => {
    const parsed = parseStoredData(JSON.stringify({ newCardsPerDay: 30, folders: ["AWS"] }));
    expect(parsed).toMatchObject({ ok: true, migratedFrom: 0 });
    if (!parsed.ok) return;
    expect(parsed.data.settings).toEqual({ newCardsPerDay: 30, folders: ["AWS"] });
    expect(parsed.data.cards).toEqual({});
  });

  it("refuses a file from a newer version with a typed result instead of throwing", () => {
    expect(parseStoredData('{"schemaVersion": 7, "cards": {}}')).toMatchObject({ ok: false, kind: "future-version", version: 7 });
  });

  it.each([
    ["truncated JSON", serializeReviewData(sampleData()).slice(0, 120)],
    ["an empty file", ""],
    ["binary garbage", "\u0000\u00ff\u0013PK\u0003\u0004"],
    ["a list", "[1,2,3]"],
    ["a bad schema version", '{"schemaVersion":"one"}'],
  ])("reports %s as corrupt", (_name, text) => {
    expect(parseStoredData(text)).toMatchObject({ ok: false, kind: "corrupt" });
  });

  it("reads a missing file (null) as empty data", () => {
    expect(parseStoredData(null)).toMatchObject({ ok: true, dropped: [] });
  });

  it("keeps a card id such as __proto__ as an ordinary entry", () => {
    const data = sampleData();
    data.cards["__proto__"] = data.cards["ec2-card"]!;
    const parsed = parseStoredData(serializeReviewData(data));
    expect(parsed.ok && Object.keys(parsed.data.cards)).toContain("__proto__");
  });
});
