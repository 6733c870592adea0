import fc from "fast-check";
import { stripMarkup } from "../../../src/core/markdown/inline";
import { markerLength } from "../../../src/core/markdown/outline";
import { foldKey, foldSpaces, isTrimmedChar, normalizeNfc, splitLines } from "../../../src/core/markdown/text";

/** Characters where folding and normalising are easy to get wrong: every kind of blank, combining marks and jamo. */
const TRICKY = [
  " ", "  ", "\t", "\n", "\r", "\v", "\f", "\u00a0", "\u1680", "\u2000", "\u2007", "\u200a", "\u200b", "\u2028", "\u2029",
  "\u202f", "\u205f", "\u3000", "\ufeff", "\u180e", "\u0085", "\u001f", "\u000e", "a", "Z", "é", "e\u0301", "\u1100\u1161", "가", "\u11a8", "Å", "\u212b",
  "\u0958", "EC2", "서버", "==", "<mark>", "**", "[[x]]", "`", "_", "__", "^", "$$", "\\", "> ", "*",
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
      // Markup starts with one of these: tags, links, highlights, emphasis, code, math, a block id, a break, a quote.
      if (!/[<[=*~`_^$\\>]/.test(a)) expect(first).toBe(foldSpaces(a));
    }), { numRuns: 1000 });
    expect(stripMarkup("가상\u00a0 <mark>서버</mark>")).toBe("가상 서버");
  });
  it("isTrimmedChar is true for exactly the characters trim removes", () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isTrimmedChar(c) !== (String.fromCharCode(c).trim() === "")) wrong.push(c);
    expect(wrong).toEqual([]);
  });

  it("splitLines splits LF-only text as it splits CRLF and lone-CR text", () => {
    fc.assert(fc.property(fc.array(fc.constantFrom("a", "가", " ", "\n", "\r", "\r\n", "\ufeff"), { maxLength: 30 }), (parts) => {
      const text = parts.join("");
      const body = text.startsWith("\ufeff") ? text.slice(1) : text;
      expect(splitLines(text)).toEqual(body.split(/\r\n|\r|\n/));
    }), { numRuns: 2000 });
  });
});

describe("list marker fast path", () => {
  it("markerLength reads the marker the CommonMark-style pattern reads", () => {
    const piece = fc.constantFrom("-", "*", "+", "1", "9", "0", ".", ")", " ", "\t", "\u00a0", "a", "가", "[", "x", "]");
    fc.assert(fc.property(fc.array(piece, { maxLength: 14 }).map((p) => p.join("")), (body) => {
      const m = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t\u00a0]+|$)/.exec(body);
      expect(markerLength(body)).toBe(m ? m[0].length : 0);
    }), { numRuns: 5000 });
    expect(markerLength("1234567890. x")).toBe(0);
  });
});
