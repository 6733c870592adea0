import { blankNonProse } from "../../../src/core/markdown/blocks";

const prose = (...lines: string[]): string[] => blankNonProse(lines).lines;

describe("blankNonProse", () => {
  it("keeps prose lines and the number of lines", () => {
    expect(prose("- Amazon EC2", "\t- 가상 서버")).toEqual(["- Amazon EC2", "\t- 가상 서버"]);
  });

  it("returns the frontmatter's lines and blanks them in the body", () => {
    const out = blankNonProse(["---", "tags: [aws]", "---", "- S3"]);
    expect(out.frontmatter).toEqual(["tags: [aws]"]);
    expect(out.lines).toEqual(["", "", "", "- S3"]);
  });

  it("accepts `...` as the frontmatter's closing line", () => {
    expect(blankNonProse(["---", "tags: aws", "...", "x"]).frontmatter).toEqual(["tags: aws"]);
  });

  it("treats an unclosed frontmatter as no frontmatter", () => {
    const out = blankNonProse(["---", "tags: [aws]", "- S3"]);
    expect(out.frontmatter).toEqual([]);
    expect(out.lines).toEqual(["---", "tags: [aws]", "- S3"]);
  });

  it("treats a `---` that is not the first line as a rule, not frontmatter", () => {
    expect(blankNonProse(["", "---", "tags: x", "---"]).frontmatter).toEqual([]);
  });

  it("blanks backtick and tilde fences, including their fence lines", () => {
    expect(prose("```yaml", "- Code : x", "```", "~~~", "==y==", "~~~", "after")).toEqual(["", "", "", "", "", "", "after"]);
  });

  it("closes a fence only with a fence of the same kind at least as long", () => {
    expect(prose("````", "```", "- still code", "````", "after")).toEqual(["", "", "", "", "after"]);
    expect(prose("```", "~~~", "- still code", "```", "after")).toEqual(["", "", "", "", "after"]);
  });

  it("blanks a fence indented inside a list or a blockquote", () => {
    expect(prose("- EC2", "\t```", "\t==x==", "\t```", "> ```", "> ==y==", "> ```")).toEqual(["- EC2", "", "", "", "", "", ""]);
  });

  it("does not open a fence on a line with inline backticks after the opening run", () => {
    expect(prose("```js` not a fence", "- S3")).toEqual(["```js` not a fence", "- S3"]);
  });

  it("blanks `$$` math blocks and one-line `$$…$$` math", () => {
    expect(prose("$$", "==a== : b", "$$", "$$ x = ==1== $$", "after")).toEqual(["", "", "", "", "after"]);
  });

  it("blanks HTML and `%%` comments across lines and inside a line, keeping each line's length", () => {
    const lines = ["<!--", "- Hidden", "-->", "%%", "- Hidden ==x==", "%%", "a <!-- b --> c %% d %% e"];
    const out = prose(...lines);
    expect(out.slice(0, 6).map((l) => l.trim())).toEqual(["", "", "", "", "", ""]);
    expect(out[6]?.replace(/\s+/g, " ")).toBe("a c e");
    out.forEach((l, i) => expect(l).toHaveLength((lines[i] as string).length));
  });

  it("hides everything after an unclosed comment or fence, without throwing", () => {
    expect(prose("x", "<!-- open", "- Term", "\t- def").map((l) => l.trim())).toEqual(["x", "", "", ""]);
    expect(prose("```", "- Term")).toEqual(["", ""]);
  });
});
