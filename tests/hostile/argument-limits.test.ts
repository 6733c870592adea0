/** Inputs with more pieces than one JavaScript call can take as arguments: nothing may be spread into a call. */
import { GlossaryTerms } from "../../src/core/glossary/glossary-terms";
import { mergeTerms } from "../../src/core/glossary/merge-terms";
import { parseNote } from "../../src/core/reading/parse-note";
import type { NoteTerm, ParsedNote } from "../../src/core/reading/types";
import { DEFAULT_SETTINGS } from "../../src/settings";

const term = (name: string, aliases: string[], line: number): NoteTerm => ({
  name, aliases, definition: [`${name} 설명`], line, lines: { from: line, to: line },
});

describe("inputs past the argument limit of a call", () => {
  it("a line with 200,000 highlights parses with every one of them", () => {
    const text = `- Amazon S3\n\t- ${"==객체== ".repeat(200_000)}`;
    const note = parseNote("AWS/huge.md", text, DEFAULT_SETTINGS);
    expect(note.highlights).toHaveLength(200_000);
    expect(note.highlights[199_999]?.answer).toBe("객체");
  });

  it("one note that joins 130,000 terms defined in another merges them into one term", () => {
    const n = 130_000;
    const a: Pick<ParsedNote, "path" | "terms"> = { path: "a.md", terms: Array.from({ length: n }, (_, k) => term(`T${k}`, [], k + 1)) };
    const b: Pick<ParsedNote, "path" | "terms"> = { path: "b.md", terms: Array.from({ length: n - 1 }, (_, k) => term(`T${k}`, [`T${k + 1}`], k + 1)) };
    const glossary = new GlossaryTerms();
    glossary.setNote(a.path, a);
    expect(glossary.terms()).toHaveLength(n);
    glossary.setNote(b.path, b);
    const merged = glossary.terms();
    expect(merged).toHaveLength(1);
    expect(merged[0]?.sources).toHaveLength(2 * n - 1);
    expect(mergeTerms([a, b] as ParsedNote[])).toHaveLength(1);
  });
});
