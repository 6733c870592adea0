import fc from "fast-check";
import { splitAtAnswer } from "../../../src/core/markdown/answer";
import { answerForms, splitAtForms } from "../../../src/core/reading/highlight-forms";

const PIECES = ["Amazon", "SQS", "sqs", "Simple Queue Service", " ", "  ", "\u00a0", "(", ")", "서버리스", "란", "는", "를", "EC2", "é", "e\u0301", "."];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((p) => p.join(""));
const answer = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 5 }).map((p) => p.join(""));
const fold = (s: string): string => s.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();

describe("splitAtForms", () => {
  it("splits exactly as splitAtAnswer does for an answer with no other form", () => {
    fc.assert(fc.property(text, answer, (t, a) => {
      fc.pre(answerForms(a).length === 1);
      expect(splitAtForms(t, a)).toEqual(splitAtAnswer(t, a));
    }), { numRuns: 2000 });
  });

  it("leaves no form of the answer standing between the blanks", () => {
    fc.assert(fc.property(text, answer, (t, a) => {
      const forms = answerForms(a).map(fold).filter((f) => f !== "");
      const joined = fold(splitAtForms(t, a).join("\u0000"));
      for (const f of forms) expect(joined.includes(f)).toBe(false);
    }), { numRuns: 2000 });
  });
});
