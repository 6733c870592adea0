import { compactNote } from "../../../src/core/glossary/compact";
import { parse, readFixture } from "../../fixtures/notes/read-fixture";

describe("compactNote", () => {
  it.each(["storage-and-messaging.md", "serverless-headings.md", "recipes.md", "hidden-blocks.md"])(
    "keeps every term, definition and highlight of %s as parsed, in the same JSON",
    (name) => {
      const parsed = parse(readFixture(name));
      const compact = compactNote(parsed);
      expect(compact).toEqual(parsed);
      expect(JSON.stringify(compact)).toBe(JSON.stringify(parsed));
    },
  );

  it("keeps hints, colours and lone surrogates exactly", () => {
    const parsed = parse("- Amazon S3\n\t- 객체 ==스토리지::저장== 와 <mark style=\"background: #FFF3A3A6;\">버킷 \ud800</mark>");
    expect(parsed.highlights.map((h) => [h.hint, h.color])).toEqual([["저장", undefined], [undefined, "#fff3a3a6"]]);
    expect(JSON.stringify(compactNote(parsed))).toBe(JSON.stringify(parsed));
  });
});
