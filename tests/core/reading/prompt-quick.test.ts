import fc from "fast-check";
import { findHighlights, stripMarkup, type InlineHighlight } from "../../../src/core/markdown/inline";
import { splitAtAnswer } from "../../../src/core/markdown/answer";
import { buildPromptParts, maskAnswer } from "../../../src/core/reading/prompt";

/** The split as the full rule states it, with no quick look: the reference `splitAtAnswer` must equal. */
function splitRef(text: string, answer: string): string[] {
  const words = answer.normalize("NFC").split(/\s+/).filter((w) => w !== "");
  if (words.length === 0) return [text];
  const pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s+"), "giu");
  return text.normalize("NFC").split(pattern);
}

/** What `maskAnswer` is: every occurrence of the answer replaced with `[...]`. */
const maskedRef = (text: string, answer: string): string => splitRef(text, answer).join("[...]");

/** The prompt as it was built before the quick paths: the reference the fast one must equal. */
function promptRef(line: string, h: InlineHighlight, maskAll: string | null): string[] {
  const start = Math.max(0, h.from - 700);
  const end = Math.min(line.length, h.to + 700);
  const before = line.slice(start, h.from).replace(/\ue000/g, "");
  const after = line.slice(h.to, end).replace(/\ue000/g, "");
  const inner = line.slice(h.innerFrom, h.innerTo);
  const lead = /^\s/.test(inner) ? " " : "";
  const trail = /\s$/.test(inner) ? " " : "";
  const plain = stripMarkup(`${start > 0 ? "…" : ""}${before}${lead}\ue000${trail}${after}${end < line.length ? "…" : ""}`);
  const parts = plain.split("\ue000");
  return maskAll ? parts.flatMap((p) => splitRef(p, maskAll)) : parts;
}

/** Pieces that stress the quick look: case variants, the Kelvin sign and long s, decomposed Hangul and accents. */
const PIECES = [
  "Amazon", "amazon", "AMAZON", "S3", "s3", "ſ3", "\u017fqs", "EC2", "ec2", "Kinesis", "\u212ainesis", "kinesis", "Lambda",
  "가", "\u1100\u1161", "각", "\u1100\u1161\u11a8", "서비스", "스토리지", "e\u0301", "é", "É", "\u212b", "Å", "İ", "ı", "ß", "ẞ",
  " ", "  ", "\u00a0", "\t", "\u3000", "\u200b", "\ue000", "1", "2", "٣", "３", "(", ")", ".", "*", "\\", "[", "]", "$", "^",
  "==", "**", "<mark>", "</mark>", "`", "[[", "]]", "|", "東京", "ｋ", "\ud800", "😀",
];
const piece = fc.constantFrom(...PIECES);
const text = fc.array(piece, { maxLength: 14 }).map((p) => p.join(""));
const answer = fc.oneof(
  fc.array(piece, { minLength: 1, maxLength: 4 }).map((p) => p.join("")),
  fc.constantFrom("Amazon S3", "S3", "EC2", "k", "s", "K", "가", "각", " ", "\u00a0", "", "é", "Kinesis", "3", "ſ", "스토리지"),
);

describe("splitAtAnswer", () => {
  it("splits exactly as the full case-insensitive pattern does, whatever its quick look skips", () => {
    fc.assert(fc.property(text, answer, (t, a) => {
      expect(splitAtAnswer(t, a)).toEqual(splitRef(t, a));
    }), { numRuns: 3000 });
  });
});

describe("maskAnswer", () => {
  it("masks every occurrence the full pattern finds", () => {
    fc.assert(fc.property(text, answer, (t, a) => {
      expect(maskAnswer(t, a)).toBe(maskedRef(t, a));
    }), { numRuns: 3000 });
  });

  it("finds answers through case folding and composed forms", () => {
    expect(maskAnswer("on \u212aINESIS now", "kinesis")).toBe("on [...] now");
    expect(maskAnswer("\u017f3 and S3", "s3")).toBe("[...] and [...]");
    expect(maskAnswer("\u1100\u1161\u11a8 주", "각")).toBe("[...] 주");
    expect(maskAnswer("Amazon\u00a0 S3!", "Amazon S3")).toBe("[...]!");
    expect(maskAnswer("cafe\u0301", "CAFÉ")).toBe("[...]");
  });

  it("returns a line without the answer in NFC, and leaves it untouched for a blank answer", () => {
    expect(maskAnswer("cafe\u0301 S3", "EC2")).toBe("café S3");
    expect(maskAnswer("cafe\u0301 S3", " ")).toBe("cafe\u0301 S3");
  });
});

describe("buildPromptParts", () => {
  const syntax = { equals: true, mark: true, bold: true };
  const line = fc.array(fc.oneof(piece, fc.constantFrom("==S3==", "<mark> 메시지</mark>", "**EC2**", "== 가 ==")), { maxLength: 16 })
    .map((p) => p.join(""));

  it("builds the same parts as before, masked or not", () => {
    fc.assert(fc.property(line, fc.option(answer, { nil: null }), (l, mask) => {
      for (const h of findHighlights(l, syntax)) expect(buildPromptParts(l, h, mask)).toEqual(promptRef(l, h, mask));
    }), { numRuns: 3000 });
  });

  it("keeps spaces inside the highlight outside the blank", () => {
    const l = "관리형<mark> 메시지\u3000</mark>큐";
    const [h] = findHighlights(l, syntax);
    expect(buildPromptParts(l, h as InlineHighlight, null)).toEqual(["관리형 ", " 큐"]);
  });
});
