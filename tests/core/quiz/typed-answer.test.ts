import { compareTypedAnswer, foldAnswer, measureSimilarity } from "../../../src/core/quiz/typed-answer";

describe("comparing a typed answer", () => {
  it("ignores spacing, case, punctuation and full-width letters", () => {
    expect(compareTypedAnswer("라우팅정책", "라우팅 정책").exact).toBe(true);
    expect(compareTypedAnswer("  guard duty ", "GuardDuty").exact).toBe(true);
    expect(compareTypedAnswer("경보 (Alarm)", "경보(Alarm)").exact).toBe(true);
    expect(compareTypedAnswer("ＳＱＳ", "SQS").exact).toBe(true);
    expect(compareTypedAnswer("메시지\u00a0큐", "메시지 큐").suggested).toBe("good");
  });

  it("treats decomposed Hangul (as some keyboards produce) like composed text", () => {
    expect(compareTypedAnswer("서버리스".normalize("NFD"), "서버리스").exact).toBe(true);
  });

  it("counts a one-letter Hangul typo as a near miss and suggests 'hard'", () => {
    const result = compareTypedAnswer("라우탕 정책", "라우팅 정책");
    expect(result.exact).toBe(false);
    expect(result.suggested).toBe("hard");
    // By syllables one of five differs; by letters (jamo) far fewer do.
    expect(measureSimilarity("라우탕정책", "라우팅정책")).toBeGreaterThan(0.9);
  });

  it("suggests 'again' for a different answer or an empty one", () => {
    expect(compareTypedAnswer("토픽", "메시지 큐").suggested).toBe("again");
    expect(compareTypedAnswer("", "메시지 큐").suggested).toBe("again");
    expect(compareTypedAnswer("S4", "S3").suggested).toBe("again");
  });

  it("gives similarity in [0, 1] and never throws on odd input", () => {
    for (const [a, b] of [["", ""], ["🙂", "🙂🙂"], ["x".repeat(5000), "y".repeat(5000)], ["\u0000", "a"]] as const) {
      const s = measureSimilarity(a, b);
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(1);
    }
    expect(foldAnswer("A-B_C d")).toBe("abcd");
  });
});
