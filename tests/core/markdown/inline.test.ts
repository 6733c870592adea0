import { findHighlights, inlineCodeMask, stripMarkup } from "../../../src/core/markdown/inline";

const ALL = { equals: true, mark: true, bold: true };
const NO_BOLD = { equals: true, mark: true, bold: false };
const inner = (line: string, syntax = NO_BOLD): string[] => findHighlights(line, syntax).map((h) => line.slice(h.innerFrom, h.innerTo));

describe("findHighlights", () => {
  it("finds `==…==` spans with their offsets", () => {
    const line = "가상 ==서버== 와 ==AMI==";
    expect(findHighlights(line, NO_BOLD)).toEqual([
      { from: 3, to: 9, innerFrom: 5, innerTo: 7, kind: "equals" },
      { from: 12, to: 19, innerFrom: 14, innerTo: 17, kind: "equals" },
    ]);
  });

  it("does not open `==` before a space or close it after one", () => {
    expect(inner("a == b == c")).toEqual([]);
    expect(inner("x ==a == b== y")).toEqual(["a == b"]);
  });

  it("finds `<mark>` with or without attributes and keeps Highlightr's colour in lower case", () => {
    const line = "<mark>a</mark> <mark class=\"x\">b</mark> <mark style=\"background: #FFB8EBA6;\">c</mark>";
    const found = findHighlights(line, NO_BOLD);
    expect(found.map((h) => [line.slice(h.innerFrom, h.innerTo), h.color])).toEqual([["a", undefined], ["b", undefined], ["c", "#ffb8eba6"]]);
  });

  it("finds bold only when asked", () => {
    expect(inner("**DDoS** 방어")).toEqual([]);
    expect(inner("**DDoS** 방어", ALL)).toEqual(["DDoS"]);
  });

  it("keeps the outer span when highlights overlap (`**<mark>x</mark>**`)", () => {
    expect(findHighlights("**<mark>x</mark>**", ALL).map((h) => h.kind)).toEqual(["bold"]);
    expect(findHighlights("**<mark>x</mark>**", NO_BOLD).map((h) => h.kind)).toEqual(["mark"]);
  });

  it("ignores highlights inside inline code of any backtick run", () => {
    expect(inner("`==a==` ``<mark>b</mark>`` ==c==")).toEqual(["c"]);
  });

  it("finds nothing in unclosed markup, runs of `=` or `<mark` and tags that only start with `mark`", () => {
    expect(inner("<mark>open")).toEqual([]);
    expect(inner("=".repeat(1000))).toEqual([]);
    expect(inner("<mark".repeat(1000))).toEqual([]);
    expect(inner("<marker>x</marker>")).toEqual([]);
  });
});

describe("inlineCodeMask", () => {
  it("marks code spans and leaves an unmatched backtick alone", () => {
    expect(inlineCodeMask("no code")).toBeNull();
    expect(Array.from(inlineCodeMask("a `b` c") ?? [])).toEqual([0, 0, 1, 1, 1, 0, 0]);
    expect(Array.from(inlineCodeMask("a ` b") ?? [])).toEqual([0, 0, 0, 0, 0]);
  });
});

describe("stripMarkup", () => {
  it("removes highlight and bold markup and folds white space, NBSP included", () => {
    expect(stripMarkup("관리형<mark style=\"background: #FFF3A3A6;\"> 메시지\u00a0브로커</mark> ==서비스== **핵심**"))
      .toBe("관리형 메시지 브로커 서비스 핵심");
  });

  it("reads links as their labels", () => {
    expect(stripMarkup("[[Amazon VPC|VPC]] 와 [[Subnet]] 그리고 [문서](https://docs.aws.amazon.com)")).toBe("VPC 와 Subnet 그리고 문서");
  });

  it("keeps other HTML as literal text, never as markup to run", () => {
    expect(stripMarkup("<script>alert(1)</script> <img src=x onerror=alert(1)>")).toBe("<script>alert(1)</script> <img src=x onerror=alert(1)>");
  });

  it("keeps emoji inside the text", () => {
    expect(stripMarkup("저장소, 연산 수행 ❌")).toBe("저장소, 연산 수행 ❌");
  });
});
