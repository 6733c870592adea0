import fc from "fast-check";
import { parseNote } from "../../../src/core/reading/parse-note";
import { splitLines } from "../../../src/core/markdown/text";
import type { ParsedNote } from "../../../src/core/reading/types";
import { DEFAULT_OPTIONS } from "../../fixtures/notes/read-fixture";

const FRAGMENTS = [
  "- ", "* ", "+ ", "1. ", "\t", "    ", "\u00a0", "==", "<mark>", "<mark style=\"background: #FFF3A3A6;\">", "</mark>",
  "**", ":", " : ", "(", ")", "# ", "## ", "```", "~~~", "$$", "<!--", "-->", "%%", "\r\n", "\n", "\n\n", "---",
  "> ", "[!note] ", "📌 ", "🔴", "❌", "✅ ", "Amazon ", "AWS ", "EC2", "S3", "Lambda", "VPC", "서비스", "란? ", "차이",
  " vs ", "기능", "`", "::", "Iaas(Infrastructure as a Service)", "\ufeff", "\u200b", "x", "가",
];

/** Text built from the pieces our users' notes are made of, in any order. */
const markdownish = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 80 }).map((parts) => parts.join(""));

const WORDS = [
  "Amazon EC2", "AWS Lambda", "S3", "VPC", "Iaas(Infrastructure as a Service)", "서비스", "가상 서버", "기능:", "용도:", ":", " : ",
  "==인스턴스==", "==Fargate==", "<mark style=\"background: #FFF3A3A6;\">RAM에 저장</mark>", "<mark>캐시</mark>", "**인메모리**",
  "란?", "차이", "vs", "❌", "📌", "🔴", "`==code==`", "==", "<mark>", "</mark>", "**", "\u00a0", "(", ")", "%%", "<!--", "$$",
];
/** Whole lines the way notes are written: an indentation, a marker, a few words (balanced highlights or broken ones). */
const noteLine = fc.tuple(
  fc.constantFrom("", "", "\t", "\t\t", "    ", "        ", "\u00a0", "\u00a0 ", " "),
  fc.constantFrom("- ", "- ", "* ", "+ ", "1. ", "", "## ", "# ", "> ", "> [!note] ", "- 📌 ", "```", "---"),
  fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }),
).map(([indent, marker, words]) => `${indent}${marker}${words.join(" ")}`);
const noteText = fc.tuple(fc.array(noteLine, { maxLength: 30 }), fc.constantFrom("\n", "\r\n", "\n\n"))
  .map(([lines, eol]) => lines.join(eol));
const anyText = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 200 }), fc.string({ unit: "binary", maxLength: 200 }), markdownish, noteText, noteText,
);
/** Every option combination, all on AWS paths so the parser reads the whole note. */
const options = fc.record({ clozeEquals: fc.boolean(), clozeMark: fc.boolean(), clozeBold: fc.boolean() })
  .map((o) => ({ ...DEFAULT_OPTIONS, ...o }));

const MARKUP = ["<mark", "</mark", "==", "**", "\u00a0"];

function checkPlain(parsed: ParsedNote, text: string): void {
  const lineCount = splitLines(text).length;
  for (const t of parsed.terms) {
    for (const name of [t.name, ...t.aliases]) {
      expect(name.trim()).toBe(name);
      expect(name).not.toBe("");
      for (const m of MARKUP) expect(name).not.toContain(m);
    }
    for (const d of t.definition) for (const m of ["<mark", "</mark", "\u00a0"]) expect(d).not.toContain(m);
    expect(t.line).toBeGreaterThanOrEqual(1);
    expect(t.line).toBeLessThanOrEqual(lineCount);
    expect(t.lines.from).toBe(t.line);
    expect(t.lines.to).toBeGreaterThanOrEqual(t.lines.from);
    expect(t.lines.to).toBeLessThanOrEqual(lineCount);
  }
  for (const h of parsed.highlights) {
    expect(h.answer.trim()).not.toBe("");
    expect(h.line).toBeGreaterThanOrEqual(1);
    expect(h.line).toBeLessThanOrEqual(lineCount);
    expect(h.promptParts.length).toBeGreaterThanOrEqual(2);
  }
}

describe("parseNote on arbitrary text", () => {
  it("never throws, and returns plain-text names, lines inside the note and non-empty answers", () => {
    fc.assert(fc.property(anyText, options, (text, opts) => {
      checkPlain(parseNote("AWS/random.md", text, opts), text);
    }), { numRuns: 400 });
  });

  it("returns the same result for LF, CRLF and a BOM", () => {
    fc.assert(fc.property(fc.oneof(markdownish, noteText), (text) => {
      const lf = text.replace(/\r\n?/g, "\n").replace(/\ufeff/g, "");
      const crlf = `\ufeff${lf.replace(/\n/g, "\r\n")}`;
      const a = parseNote("AWS/a.md", lf, DEFAULT_OPTIONS);
      const b = parseNote("AWS/a.md", crlf, DEFAULT_OPTIONS);
      expect(b.terms).toEqual(a.terms);
      expect(b.highlights).toEqual(a.highlights);
    }), { numRuns: 200 });
  });

  it("keeps a good entry's term when hostile text comes before it", () => {
    fc.assert(fc.property(fc.oneof(markdownish, noteText), (junk) => {
      const text = `${junk}\n\n\n- Amazon Neptune\n\t- 관리형 ==그래프 데이터베이스==\n`;
      const parsed = parseNote("AWS/hostile.md", text, DEFAULT_OPTIONS);
      // Unclosed fences, comments and math may legitimately hide what follows; otherwise the entry must be there.
      const hidden = /```|~~~|\$\$|<!--|%%/.test(junk) || /^---/.test(junk);
      if (!hidden) expect(parsed.terms.map((t) => t.name)).toContain("Amazon Neptune");
    }), { numRuns: 200 });
  });
});

describe("parseNote on hostile notes", () => {
  it("reads a note with thousands of nesting levels", () => {
    const lines = ["- Amazon S3"];
    for (let i = 1; i < 3000; i++) lines.push(`${"\t".repeat(i)}- 단계 ${i}`);
    const parsed = parseNote("AWS/deep.md", lines.join("\n"), DEFAULT_OPTIONS);
    expect(parsed.terms[0]?.name).toBe("Amazon S3");
  });

  it("reads runs of `=` and `<mark` and unclosed highlights without finding highlights in them", () => {
    const text = `- Amazon S3\n\t- ${"=".repeat(20000)}\n\t- ${"<mark".repeat(5000)}\n\t- ${"==a".repeat(5000)}\n`;
    const parsed = parseNote("AWS/runs.md", text, DEFAULT_OPTIONS);
    expect(parsed.terms.map((t) => t.name)).toEqual(["Amazon S3"]);
    for (const h of parsed.highlights) expect(h.answer).not.toMatch(/^[=<]/);
  });

  it("reads an empty note and a note of only blank lines", () => {
    expect(parseNote("AWS/empty.md", "", DEFAULT_OPTIONS)).toMatchObject({ terms: [], highlights: [] });
    expect(parseNote("AWS/blank.md", "\n\r\n\u00a0\n\t\n", DEFAULT_OPTIONS)).toMatchObject({ terms: [], highlights: [] });
  });

  it("keeps `<script>` inside a highlight as literal text and makes no card of a highlighted image", () => {
    const text = "- Amazon S3\n\t- ==<script>alert(1)</script>== 와 <mark><img src=x onerror=alert(1)></mark>\n";
    const answers = parseNote("AWS/xss.md", text, DEFAULT_OPTIONS).highlights.map((h) => h.answer);
    expect(answers).toEqual(["<script>alert(1)</script>"]);
  });
});
