import { foldKey, foldSpaces, hasHangul, hasLatin, isSpaceChar, measureIndent, splitLines } from "../../../src/core/markdown/text";

describe("splitLines", () => {
  it("accepts LF, CRLF and lone CR and drops a leading BOM", () => {
    expect(splitLines("a\nb\r\nc\rd")).toEqual(["a", "b", "c", "d"]);
    expect(splitLines("\ufeff- EC2\r\n\t- 서버")).toEqual(["- EC2", "\t- 서버"]);
  });

  it("keeps a trailing empty line so line numbers match the editor's", () => {
    expect(splitLines("a\n")).toEqual(["a", ""]);
    expect(splitLines("")).toEqual([""]);
  });
});

describe("measureIndent", () => {
  it("advances a tab to the next multiple of four columns", () => {
    expect(measureIndent("\t- x")).toEqual({ columns: 4, length: 1 });
    expect(measureIndent("  \t- x")).toEqual({ columns: 4, length: 3 });
    expect(measureIndent("\t\t- x")).toEqual({ columns: 8, length: 2 });
  });

  it("counts NBSP and other Unicode spaces as one column each", () => {
    expect(measureIndent("\u00a0- x")).toEqual({ columns: 1, length: 1 });
    expect(measureIndent("\u3000\u2003x")).toEqual({ columns: 2, length: 2 });
  });

  it("is zero for a line that starts with text", () => {
    expect(measureIndent("- x")).toEqual({ columns: 0, length: 0 });
  });
});

describe("white space and case folding", () => {
  it("foldSpaces folds NBSP, tabs and zero-width spaces into single spaces and trims", () => {
    expect(foldSpaces("\u00a0Amazon\u00a0\u00a0EC2\t \u200b인스턴스 ")).toBe("Amazon EC2 인스턴스");
  });

  it("foldKey compares names case-insensitively, NFC-normalised", () => {
    expect(foldKey("Amazon\u00a0SQS")).toBe(foldKey("amazon sqs"));
    expect(foldKey("\u1100\u1161")).toBe(foldKey("가"));
  });

  it("isSpaceChar knows NBSP but not letters", () => {
    expect(isSpaceChar(0xa0)).toBe(true);
    expect(isSpaceChar("a".charCodeAt(0))).toBe(false);
  });

  it("hasHangul and hasLatin tell scripts apart", () => {
    expect(hasHangul("EC2 인스턴스")).toBe(true);
    expect(hasHangul("EC2")).toBe(false);
    expect(hasLatin("가상 서버")).toBe(false);
    expect(hasLatin("EC2")).toBe(true);
  });
});
