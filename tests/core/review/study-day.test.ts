import { nextStudyDayStart, studyDayStart, studyDaysBetween } from "../../../src/core/review/study-day";

const at = (iso: string): number => Date.parse(iso);

describe("studyDayStart", () => {
  it("starts the day at 4 a.m. by default, so 2 a.m. still belongs to yesterday", () => {
    expect(studyDayStart(at("2025-03-02T02:00:00Z"))).toBe(at("2025-03-01T04:00:00Z"));
    expect(studyDayStart(at("2025-03-02T04:00:00Z"))).toBe(at("2025-03-02T04:00:00Z"));
    expect(studyDayStart(new Date("2025-03-02T23:59:00Z"))).toBe(at("2025-03-02T04:00:00Z"));
  });

  it("uses the configured hour and the local offset (Seoul is UTC+9)", () => {
    // 2025-03-02 03:30 in Seoul is 2025-03-01 18:30 UTC: still the study day that began 2025-03-01 04:00 Seoul.
    expect(studyDayStart(at("2025-03-01T18:30:00Z"), 4, 540)).toBe(at("2025-02-28T19:00:00Z"));
    expect(studyDayStart(at("2025-03-01T19:30:00Z"), 4, 540)).toBe(at("2025-03-01T19:00:00Z"));
    expect(studyDayStart(at("2025-03-01T12:00:00Z"), 0, 0)).toBe(at("2025-03-01T00:00:00Z"));
  });

  it("works before 1970 and with out-of-range settings", () => {
    expect(studyDayStart(at("1969-12-31T05:00:00Z"))).toBe(at("1969-12-31T04:00:00Z"));
    expect(studyDayStart(at("2025-03-01T12:00:00Z"), Number.NaN, Number.NaN)).toBe(at("2025-03-01T04:00:00Z"));
  });

  it("counts whole study days between two times", () => {
    expect(nextStudyDayStart(at("2025-03-01T12:00:00Z"))).toBe(at("2025-03-02T04:00:00Z"));
    expect(studyDaysBetween(at("2025-03-01T03:00:00Z"), at("2025-03-01T05:00:00Z"))).toBe(1);
    expect(studyDaysBetween(at("2025-03-01T05:00:00Z"), at("2025-03-02T03:00:00Z"))).toBe(0);
  });
});
