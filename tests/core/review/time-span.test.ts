import { measureSpan, splitDuration } from "../../../src/core/review/time-span";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe("measureSpan", () => {
  it.each([
    [30_000, 1, "minute"], [MINUTE, 1, "minute"], [10 * MINUTE, 10, "minute"], [59 * MINUTE, 59, "minute"],
    [59.5 * MINUTE, 1, "hour"], [5 * HOUR, 5, "hour"], [23.5 * HOUR, 1, "day"], [8 * DAY, 8, "day"],
    [29 * DAY, 29, "day"], [29.5 * DAY, 1, "month"], [45 * DAY, 1.5, "month"], [66 * DAY, 2.2, "month"], [70 * DAY, 2.3, "month"],
    [364 * DAY, 1, "year"], [365 * DAY, 1, "year"], [548 * DAY, 1.5, "year"],
  ])("rounds %d ms to %d %s", (ms, value, unit) => {
    expect(measureSpan(ms)).toEqual({ value, unit });
  });

  it("counts a span already past, or not a number, as one minute", () => {
    expect(measureSpan(-5)).toEqual({ value: 1, unit: "minute" });
    expect(measureSpan(Number.NaN)).toEqual({ value: 1, unit: "minute" });
  });

  it("never says 60 minutes, 24 hours, 30 days or 12 months", () => {
    for (let ms = 0; ms < 2 * 365 * DAY; ms += Math.max(13_000, ms / 200)) {
      const { value, unit } = measureSpan(ms);
      if (unit === "minute") expect(value).toBeLessThan(60);
      if (unit === "hour") expect(value).toBeLessThan(24);
      if (unit === "day") expect(value).toBeLessThan(30);
      if (unit === "month") expect(value).toBeLessThan(12);
      expect(Math.round(value * 10)).toBe(value * 10);
    }
  });
});

describe("splitDuration", () => {
  it("splits a duration into hours, minutes and seconds, rounded to the second", () => {
    expect(splitDuration(1_321_000)).toEqual({ hours: 0, minutes: 22, seconds: 1 });
    expect(splitDuration(2_400)).toEqual({ hours: 0, minutes: 0, seconds: 2 });
    expect(splitDuration(3_930_400)).toEqual({ hours: 1, minutes: 5, seconds: 30 });
  });

  it("counts a negative or non-numeric duration as zero", () => {
    expect(splitDuration(-1_000)).toEqual({ hours: 0, minutes: 0, seconds: 0 });
    expect(splitDuration(Number.POSITIVE_INFINITY)).toEqual({ hours: 0, minutes: 0, seconds: 0 });
  });
});
