import fc from "fast-check";
import { stripMarkup } from "../../../src/core/markdown/inline";
import { foldKey, foldSpaces, normalizeNfc } from "../../../src/core/markdown/text";

/** Characters where folding and normalising are easy to get wrong: every kind of blank, combining marks and jamo. */
const TRICKY = [
  " ", "  ", "\t", "\n", "\r", "\v", "\f", "\u00a0", "\u1680", "\u2000", "\u2007", "\u200a", "\u200b", "\u2028", "\u2029",
  "\u202f", "\u205f", "\u3000", "\ufeff", "\u180e", "a", "Z", "é", "e\u0301", "\u1100\u1161", "가", "\u11a8", "Å", "\u212b",
  "\u0958", "EC2", "서버", "==", "<mark>", "**", "[[x]]", "`",
];
const trickyText = fc.oneof(
  fc.array(fc.constantFrom(...TRICKY), { maxLength: 12 }).map((parts) => parts.join("")),
  fc.string({ unit: "binary", maxLength: 40 }),
);

describe("white space and NFC fast paths", () => {
  it("foldSpaces folds exactly like replacing every blank run and trimming", () => {
    fc.assert(fc.property(trickyText, (s) => {
      expect(foldSpaces(s)).toBe(s.replace(/[\s\u200b]+/g, " ").trim());
    }), { numRuns: 2000 });
  });

  it("normalizeNfc gives what normalize(\"NFC\") gives, for Korean written composed or as jamo", () => {
    fc.assert(fc.property(trickyText, (s) => {
      expect(normalizeNfc(s)).toBe(s.normalize("NFC"));
    }), { numRuns: 2000 });
    expect(normalizeNfc("\u1100\u1161")).toBe("가");
  });

  it("foldKey matches names written decomposed, with odd blanks or in another case", () => {
    fc.assert(fc.property(trickyText, (s) => {
      expect(foldKey(s)).toBe(s.normalize("NFC").replace(/[\s\u200b]+/g, " ").trim().toLowerCase());
    }), { numRuns: 2000 });
  });

  it("stripMarkup reads a line the same the second time, and plain lines only have their blanks folded", () => {
    fc.assert(fc.property(trickyText, trickyText, (a, b) => {
      const first = stripMarkup(a);
      stripMarkup(b);
      expect(stripMarkup(a)).toBe(first);
      if (!/[<[=*~`]/.test(a)) expect(first).toBe(foldSpaces(a));
    }), { numRuns: 1000 });
    expect(stripMarkup("가상\u00a0 <mark>서버</mark>")).toBe("가상 서버");
  });
});
