import { describeWhen, formatDuration, formatInterval } from "../../src/ui/format-time";
import { setLanguage } from "../__mocks__/obsidian";

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

afterEach(() => setLanguage("en"));

describe("a time span in the interface language", () => {
  it.each([
    [MINUTE, "1 min", "1분"], [10 * MINUTE, "10 min", "10분"], [5 * HOUR, "5 h", "5시간"], [8 * DAY, "8 d", "8일"],
    [66 * DAY, "2.2 mo", "2.2개월"], [70 * DAY, "2.3 mo", "2.3개월"], [548 * DAY, "1.5 y", "1.5년"],
  ])("reads %d ms as %s in English and %s in Korean", (ms, english, korean) => {
    setLanguage("en");
    expect(formatInterval(ms)).toBe(english);
    setLanguage("ko");
    expect(formatInterval(ms)).toBe(korean);
  });

  it("says when something comes due: now, or after a span", () => {
    const now = Date.parse("2025-05-01T09:00:00Z");
    expect(describeWhen(now + 3 * DAY, now)).toBe("in 3 d");
    expect(describeWhen(now - MINUTE, now)).toBe("now");
    setLanguage("ko");
    expect(describeWhen(now + MINUTE, now)).toBe("1분 후");
    expect(describeWhen(now, now)).toBe("지금");
  });
});

describe("a duration in the interface language", () => {
  it.each([
    [2 * SECOND, "2 s", "2초"], [0, "0 s", "0초"], [1_321 * SECOND, "22 min 1 s", "22분 1초"],
    [22 * MINUTE, "22 min", "22분"], [HOUR + 5 * MINUTE + 30 * SECOND, "1 h 5 min", "1시간 5분"], [2 * HOUR, "2 h", "2시간"],
  ])("reads %d ms as %s in English and %s in Korean", (ms, english, korean) => {
    setLanguage("en");
    expect(formatDuration(ms)).toBe(english);
    setLanguage("ko");
    expect(formatDuration(ms)).toBe(korean);
  });
});
