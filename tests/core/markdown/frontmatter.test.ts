import fc from "fast-check";
import { findBodyTags, readFrontmatter } from "../../../src/core/markdown/frontmatter";

describe("readFrontmatter", () => {
  it("reads inline lists of tags and aliases", () => {
    expect(readFrontmatter(["tags: [AWS, \"#saa/network\"]", "aliases: [VPC 정리, 'Networking']"])).toEqual({
      tags: ["aws", "saa/network"], aliases: ["VPC 정리", "Networking"],
    });
  });

  it("reads block lists and the singular keys", () => {
    expect(readFrontmatter(["tag:", "  - aws", "  - cert", "alias:", "  - 네트워크", "title: x"])).toEqual({
      tags: ["aws", "cert"], aliases: ["네트워크"],
    });
  });

  it("splits a space-separated tags string", () => {
    expect(readFrontmatter(["tags: aws saa"]).tags).toEqual(["aws", "saa"]);
  });

  it("ignores other keys and their list items", () => {
    expect(readFrontmatter(["cssclasses:", "  - wide", "created: 2024-05-01"])).toEqual({ tags: [], aliases: [] });
  });

  it("does not throw on broken YAML", () => {
    expect(() => readFrontmatter(["tags: [aws", "  - : ]", ":::", "aliases: \"unclosed"])).not.toThrow();
  });
});

describe("findBodyTags", () => {
  it("finds `#tags` in prose, lower-cased, nested tags included", () => {
    expect(findBodyTags(["오늘 #AWS 공부", "(#saa/vpc) 정리"])).toEqual(["aws", "saa/vpc"]);
  });

  it("does not read headings, numbers or Highlightr colours as tags", () => {
    expect(findBodyTags(["# 제목", "문제 #3", "<mark style=\"background: #FFF3A3A6;\">x</mark>"])).toEqual([]);
  });

  it("does not read a `#` in the middle of a word as a tag", () => {
    expect(findBodyTags(["C#언어 와 issue#12"])).toEqual([]);
  });
});

describe("findBodyTags fast path", () => {
  it("finds what running the tag pattern on every line finds", () => {
    const reference = (lines: string[]): string[] => {
      const tags = new Set<string>();
      const pattern = /(^|[\s(,])#([\p{L}\p{N}_/-]*[\p{L}_/-][\p{L}\p{N}_/-]*)/gu;
      for (const line of lines) {
        const text = line.replace(/<[^<>]*>/g, " ");
        for (const m of text.matchAll(pattern)) tags.add((m[2] as string).toLowerCase());
      }
      return [...tags];
    };
    const piece = fc.constantFrom("#", "##", "# ", "#\t", "aws", "태그", "(", ",", " ", "<b>", "</b>", "<mark style=\"background: #FFF3A3A6;\">", "1", "_", "/");
    fc.assert(fc.property(fc.array(fc.array(piece, { maxLength: 8 }).map((p) => p.join("")), { maxLength: 4 }), (lines) => {
      expect(findBodyTags(lines)).toEqual(reference(lines));
    }), { numRuns: 2000 });
  });
});
