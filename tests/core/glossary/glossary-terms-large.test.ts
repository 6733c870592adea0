import fc from "fast-check";
import { GlossaryTerms } from "../../../src/core/glossary/glossary-terms";
import { mergeTerms } from "../../../src/core/glossary/merge-terms";
import type { NoteTerm, ParsedNote } from "../../../src/core/reading/types";

/**
 * Terms with many names and many lines (past what a merge scans without sets), defined across many notes, so the
 * merged terms are large: grown in place by their kept builder, merged again after edits and removals.
 */
const name = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom("EC2", "Amazon EC2", "ec2") },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 24 }).map((n) => `Name ${n}`) },
);
const noteTerm = fc.record({
  name,
  aliases: fc.array(name, { maxLength: 3 }),
  definition: fc.array(fc.integer({ min: 0, max: 90 }).map((n) => `줄 ${n}`), { maxLength: 8 }),
  line: fc.integer({ min: 1, max: 9 }),
}).map(({ name: n, aliases, definition, line }): NoteTerm => ({ name: n, aliases, definition, line, lines: { from: line, to: line + 1 } }));

const parsed = (path: string, terms: NoteTerm[]): ParsedNote => ({ path, aws: true, tags: [], terms, highlights: [] });
const byPath = (a: ParsedNote, b: ParsedNote): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
const PATHS = Array.from({ length: 30 }, (_, i) => `N/${String(i).padStart(2, "0")}.md`);

describe("GlossaryTerms with large terms", () => {
  it("holds what merging from scratch gives through a scan in path order, edits and removals", () => {
    fc.assert(fc.property(
      fc.array(fc.array(noteTerm, { maxLength: 6 }), { minLength: 30, maxLength: 30 }),
      fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
      fc.array(fc.record({ at: fc.integer({ min: 0, max: 29 }), kind: fc.constantFrom("retype", "remove", "again"), line: fc.integer({ min: 0, max: 90 }) }), { maxLength: 6 }),
      (termLists, readAfter, edits) => {
        const glossary = new GlossaryTerms();
        const notes = new Map<string, ParsedNote>();
        const check = (): void => expect(glossary.terms()).toEqual(mergeTerms([...notes.values()].sort(byPath)));
        PATHS.forEach((path, i) => {
          const note = parsed(path, termLists[i] ?? []);
          notes.set(path, note);
          glossary.setNote(path, note);
          if (readAfter[i]) check();
        });
        check();
        for (const edit of edits) {
          const path = PATHS[edit.at] as string;
          const old = notes.get(path);
          let next: ParsedNote | undefined;
          if (edit.kind === "retype" && old) next = parsed(path, old.terms.map((t) => ({ ...t, definition: [...t.definition, `줄 ${edit.line}`] })));
          else if (edit.kind === "again") next = parsed(path, termLists[(edit.at + 7) % 30] ?? []);
          if (next) notes.set(path, next);
          else notes.delete(path);
          glossary.setNote(path, next);
          check();
          // Notes after every other, as a scan goes on: large groups grow again.
          const tail = `Z/${edit.at}.md`;
          const added = parsed(tail, termLists[edit.at] ?? []);
          notes.set(tail, added);
          glossary.setNote(tail, added);
          check();
        }
      },
    ), { numRuns: 60 });
  });
});
