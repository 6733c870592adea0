import { buildMatcher, buildMatcherInSlices, type MatchableTerm } from "../../../src/core/matcher/matcher";

/** A glossary big enough to need many slices: numbered services with aliases, some in Hangul and some acronyms. */
function glossary(count: number): MatchableTerm[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `term ${i}`,
    name: i % 3 === 0 ? `Amazon Service${i}` : `서비스${i}`,
    aliases: i % 5 === 0 ? [`SV${i}`, `Service ${i}`] : [],
  }));
}

describe("buildMatcherInSlices", () => {
  it("finds the same terms as the matcher built in one go, pausing between slices of the build", async () => {
    const terms = glossary(3000);
    let clock = 0;
    let pauses = 0;
    const sliced = await buildMatcherInSlices(terms, {
      budgetMs: 1,
      // Every reading of the clock moves it on, so every chunk of the build uses the budget up.
      now: () => clock++,
      pause: () => {
        pauses++;
        return Promise.resolve();
      },
    });
    const whole = buildMatcher(terms);
    const text = "Amazon Service30 와 SV25, 서비스7를 쓰고 sv25 와 service 25, Amazon Service2999 도 본다.";
    expect(pauses).toBeGreaterThan(3);
    expect(sliced.termCount).toBe(whole.termCount);
    expect(sliced.findTerms(text)).toEqual(whole.findTerms(text));
    expect(sliced.findTerms(text).map((m) => m.termId)).toEqual(["term 30", "term 25", "term 7", "term 25"]);
  });

  it("ends a slice before a step as long as the last one would overrun the budget", async () => {
    const terms = glossary(3000);
    // A clock on which every step of the build takes 4 ms: read before a step it stands, read after it has moved on.
    let clock = 0;
    let afterStep = false;
    let sliceRead = true;
    let sliceStart = 0;
    const slices: number[] = [];
    await buildMatcherInSlices(terms, {
      budgetMs: 10,
      now: () => {
        if (sliceRead) {
          sliceRead = false;
          return clock;
        }
        if (afterStep) clock += 4;
        afterStep = !afterStep;
        return clock;
      },
      pause: () => {
        slices.push(clock - sliceStart);
        sliceStart = clock;
        sliceRead = true;
        return Promise.resolve();
      },
    });
    // Two steps (8 ms) make a slice: a third would end it at 12 ms, past the budget.
    expect(slices.length).toBeGreaterThan(10);
    expect(Math.max(...slices)).toBe(8);
  });
});
