import { buildCards } from "../../src/core/cards/build-cards";
import { GlossaryIndex } from "../../src/core/glossary/glossary-index";
import { buildMatcher } from "../../src/core/matcher/matcher";
import { parseNote } from "../../src/core/reading/parse-note";
import type { ParsedNote } from "../../src/core/reading/types";
import { splitLines } from "../../src/core/markdown/text";
import { takeSnapshot } from "../../src/core/vault-snapshot";
import { DEFAULT_SETTINGS } from "../../src/settings";
import { GOOD_NOTE, HOSTILE_CASES, hostilePath, type HostileCase } from "./hostile-notes";
import { findCardStray, findMatchStray, findParseStray } from "./inside-input";

const settings = { ...DEFAULT_SETTINGS };
const goodAlone = parseNote(GOOD_NOTE.path, GOOD_NOTE.text, settings);
const goodCardIds = buildCards(goodAlone, settings).map((c) => c.id);

describe.each(HOSTILE_CASES.map((c) => [c.name, c] as [string, HostileCase]))("a note with %s", (_name, hostile) => {
  const path = hostilePath(hostile.name);
  let text = "";
  let parsed: ParsedNote | null = null;
  beforeAll(() => {
    text = hostile.make(hostile.testSize);
  });

  it("parses without throwing, with every term, definition and highlight inside the note", () => {
    parsed = parseNote(path, text, settings);
    expect(parsed.aws).toBe(true);
    expect(findParseStray(text, parsed)).toBeNull();
  });

  it("builds cards and matches terms without throwing, all inside the note", () => {
    const note = parsed ?? parseNote(path, text, settings);
    const cards = buildCards(note, settings);
    expect(cards).toHaveLength(note.highlights.length);
    expect(findCardStray(text, cards)).toBeNull();
    const matcher = buildMatcher([...note.terms, ...goodAlone.terms].map((t, i) => ({ id: `t${i}`, ...t })));
    expect(findMatchStray(text, matcher.findTerms(text))).toBeNull();
  });

  it("leaves a good note beside it in the same index with all its terms and cards", () => {
    const index = new GlossaryIndex(settings);
    index.batch(() => {
      index.setNote(path, text);
      index.setNote(GOOD_NOTE.path, GOOD_NOTE.text);
    });
    expect(index.getNote(GOOD_NOTE.path)).toEqual(goodAlone);
    const snap = takeSnapshot(index, settings);
    const names = snap.terms.flatMap((t) => [t.name, ...t.aliases]);
    for (const term of GOOD_NOTE.terms) expect(names).toContain(term);
    const ids = new Set(snap.cards.map((c) => c.id));
    for (const id of goodCardIds) expect(ids.has(id)).toBe(true);
    const goodMatches = snap.matcher.findTerms("SQS와 SNS, Kinesis를 비교").map((m) => snap.termsById.get(m.termId)?.name);
    expect(goodMatches).toEqual(["Amazon SQS", "Amazon SNS", "Amazon Kinesis"]);
  });
});

describe("what the hostile notes mean", () => {
  it("starts from a good note with exactly its terms and cards", () => {
    expect(goodAlone.terms.map((t) => t.name)).toEqual(GOOD_NOTE.terms);
    expect(goodAlone.highlights.map((h) => h.answer)).toEqual(GOOD_NOTE.answers);
    expect(new Set(goodCardIds).size).toBe(GOOD_NOTE.answers.length);
  });

  const parse = (name: string): ParsedNote => {
    const c = HOSTILE_CASES.find((x) => x.name === name);
    if (!c) throw new Error(`no case ${name}`);
    return parseNote(hostilePath(name), c.make(c.testSize), settings);
  };

  it("reads a BOM, CRLF and lone CR note exactly like the same note with LF", () => {
    for (const name of ["bom-crlf", "lone-cr"]) {
      const p = parse(name);
      expect(p.terms).toEqual(goodAlone.terms);
      expect(p.highlights).toEqual(goodAlone.highlights);
    }
  });

  it("reads an empty file as an AWS note with nothing in it", () => {
    expect(parse("empty")).toMatchObject({ terms: [], highlights: [] });
  });

  it("keeps every one of tens of thousands of highlights as its own card", () => {
    const c = HOSTILE_CASES.find((x) => x.name === "highlights-lines") as HostileCase;
    const text = c.make(c.testSize);
    const written = (text.match(/==답 \d+==/g) ?? []).length;
    expect(written).toBeGreaterThanOrEqual(30_000);
    const cards = buildCards(parseNote(hostilePath(c.name), text, settings), settings);
    expect(cards).toHaveLength(written);
    expect(new Set(cards.map((c) => c.id)).size).toBe(written);
  });

  it("finds no highlight in unclosed `<mark>`, unclosed `==` or runs of `=` and `<mark`", () => {
    for (const name of ["unclosed-mark", "unclosed-equals", "equals-run", "mark-run"]) {
      const answers = parse(name).highlights.map((h) => h.answer);
      expect({ name, answers }).toEqual({ name, answers: ["스토리지"] });
    }
  });

  it.each(HOSTILE_CASES.filter((c) => c.hides).map((c) => [c.name]))("hides what follows an %s opener, and keeps what comes before", (name) => {
    const p = parse(name);
    expect(p.terms.map((t) => t.name)).toEqual(["Amazon S3"]);
    expect(p.highlights.map((h) => h.answer)).toEqual(["스토리지"]);
  });

  it("reads the entry after unclosed frontmatter as prose (Obsidian does not read it as properties either)", () => {
    const c = HOSTILE_CASES.find((x) => x.name === "unclosed-frontmatter") as HostileCase;
    const text = c.make(c.testSize);
    const p = parseNote(hostilePath(c.name), text, settings);
    expect(p.tags).toEqual([]);
    expect(p.terms.map((t) => t.name)).toContain("Amazon S3");
    expect(p.terms.find((t) => t.name === "Amazon S3")?.line).toBe(splitLines(text).indexOf("- Amazon S3") + 1);
  });

  it("keeps a term and its highlights whatever the depth of the nesting below it", () => {
    for (const name of ["deep-tabs", "deep-spaces"]) {
      const p = parse(name);
      expect(p.terms[0]?.name).toBe("Amazon S3");
    }
    expect(parse("deep-tabs").highlights.length).toBeGreaterThanOrEqual(3000);
  });

  it("clips a long definition written on the term's own line like any other definition line", () => {
    const words = "객체 저장 ".repeat(100_000);
    const p = parseNote("AWS/long.md", `- Amazon S3 : ${words}\n- Amazon EC2\n\t- ${words}\n`, settings);
    const longest = (name: string): number => Math.max(...(p.terms.find((t) => t.name === name)?.definition ?? []).map((d) => d.length));
    expect(longest("Amazon EC2")).toBeLessThanOrEqual(1001);
    expect(longest("Amazon S3")).toBeLessThanOrEqual(1001);
  });

  it("leaves a blank in the prompt of a highlight written inside a tag", () => {
    const p = parseNote("AWS/tag.md", "- Amazon S3\n\t- <mark ==답==> 설명\n", settings);
    expect(p.highlights.map((h) => h.answer)).toEqual(["답"]);
    expect(p.highlights[0]?.promptParts.length).toBeGreaterThanOrEqual(2);
  });

  it("keeps `<script>` and other HTML in highlights and definitions as literal text; an image tag is dropped, a link reads as its text", () => {
    const p = parse("html-in-highlights");
    expect(p.highlights.map((h) => h.answer)).toEqual(["<script>alert(1)</script>", "링크"]);
    const s3 = p.terms.find((t) => t.name === "Amazon S3");
    expect(s3?.definition).toContain("<script>alert('def')</script> 객체 스토리지");
    expect(s3?.definition).toContain("<iframe src=\"javascript:alert(3)\"></iframe> 정의 줄 <svg onload=alert(4)>");
    const cards = buildCards(p, settings);
    expect(cards.map((c) => c.answer).join(" ")).not.toContain("<img");
    expect(cards[0]?.promptParts.join("[...]")).toBe("[...] 와");
  });
});
