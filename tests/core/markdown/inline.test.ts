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

  it("takes a backslash-escaped `\\==` as two literal equals signs, not a highlight", () => {
    expect(inner("\\==x\\== 그대로")).toEqual([]);
    expect(inner("\\\\==x== 앞의 역슬래시는 글자")).toEqual(["x"]);
    expect(inner("a \\==b== c==d==")).toEqual(["d"]);
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
    expect(stripMarkup("<script>alert(1)</script> <svg onload=alert(1)>")).toBe("<script>alert(1)</script> <svg onload=alert(1)>");
  });

  it("keeps the text of a code span as written, and drops an unclosed run of backticks", () => {
    expect(stripMarkup("`<b>태그</b>` 는 **굵게** 보이지 않는다")).toBe("<b>태그</b> 는 굵게 보이지 않는다");
    expect(stripMarkup("``a ` b`` 와 `==x==`")).toBe("a ` b 와 ==x==");
    expect(stripMarkup("```<mark>열린</mark> 코드")).toBe("열린 코드");
  });

  it("drops embedded images, which a reader sees as pictures, not words", () => {
    expect(stripMarkup("VPC 구성도 ![[Pasted image 20240101.png]] 참고")).toBe("VPC 구성도 참고");
    expect(stripMarkup("![diagram](https://example.com/vpc.png) 서브넷")).toBe("서브넷");
    expect(stripMarkup("<img src=\"nat.png\" width=\"400\"> NAT 게이트웨이")).toBe("NAT 게이트웨이");
  });

  it("removes emphasis, quote markers, block ids, hard breaks and math markers", () => {
    expect(stripMarkup("__Binpack__ places tasks on _few_ instances")).toBe("Binpack places tasks on few instances");
    expect(stripMarkup("keeps snake_case_names and file_name.txt")).toBe("keeps snake_case_names and file_name.txt");
    expect(stripMarkup("*Spot* 인스턴스는 *최대 90%* 저렴")).toBe("Spot 인스턴스는 최대 90% 저렴");
    expect(stripMarkup("> 예약 인스턴스는 1년 또는 3년 약정")).toBe("예약 인스턴스는 1년 또는 3년 약정");
    expect(stripMarkup("Scaling policy runs every minute ^a1b2c3")).toBe("Scaling policy runs every minute");
    expect(stripMarkup("첫 줄 끝의 강제 줄바꿈\\")).toBe("첫 줄 끝의 강제 줄바꿈");
    expect(stripMarkup("용량 $$RCU = 4KB$$ 단위")).toBe("용량 RCU = 4KB 단위");
  });

  it("keeps emoji inside the text", () => {
    expect(stripMarkup("저장소, 연산 수행 ❌")).toBe("저장소, 연산 수행 ❌");
  });
});
