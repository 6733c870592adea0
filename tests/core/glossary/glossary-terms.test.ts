import fc from "fast-check";
import { GlossaryTerms } from "../../../src/core/glossary/glossary-terms";
import { mergeTerms } from "../../../src/core/glossary/merge-terms";
import { foldKey } from "../../../src/core/markdown/text";
import type { Term } from "../../../src/core/glossary/types";
import type { NoteTerm, ParsedNote } from "../../../src/core/reading/types";

/** Names that overlap on purpose: aliases join groups, case variants change which name is the fullest. */
const NAMES = ["Amazon EC2", "EC2", "ec2", "amazon ec2", "Elastic Compute Cloud", "Amazon S3", "S3", "AWS Lambda", "Lambda", "SQS", "Amazon SQS", "VPC"];
const LINES = ["가상 서버", "객체 스토리지", "서버리스", "큐", "네트워크", "가상 서버"];
const PATHS = ["AWS/a.md", "AWS/b.md", "AWS/c.md", "AWS/Compute/d.md", "Study/e.md"];

const noteTerm = fc.record({
  name: fc.constantFrom(...NAMES),
  aliases: fc.array(fc.constantFrom(...NAMES), { maxLength: 2 }),
  definition: fc.array(fc.constantFrom(...LINES), { maxLength: 3 }),
  line: fc.integer({ min: 1, max: 4 }),
}).map(({ name, aliases, definition, line }): NoteTerm => ({ name, aliases, definition, line, lines: { from: line, to: line + 2 } }));

type Step =
  | { kind: "set"; path: string; terms: NoteTerm[] }
  | { kind: "retype"; path: string; definition: string[]; shift: number }
  | { kind: "remove"; path: string }
  | { kind: "read" };

/** Edits the way a vault changes: notes written, typed in (same names, other lines), deleted; and reads in between. */
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant("set" as const), path: fc.constantFrom(...PATHS), terms: fc.array(noteTerm, { maxLength: 4 }) }),
  fc.record({
    kind: fc.constant("retype" as const), path: fc.constantFrom(...PATHS),
    definition: fc.array(fc.constantFrom(...LINES), { maxLength: 3 }), shift: fc.integer({ min: 0, max: 2 }),
  }),
  fc.record({ kind: fc.constant("remove" as const), path: fc.constantFrom(...PATHS) }),
  fc.constant({ kind: "read" as const }),
);

const parsed = (path: string, terms: NoteTerm[]): ParsedNote => ({ path, aws: true, tags: [], terms, highlights: [] });
const byPath = (a: ParsedNote, b: ParsedNote): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** Where each note defines which merged term, worked out from scratch the way the snapshot used to. */
function spansFromScratch(notes: readonly ParsedNote[], terms: readonly Term[]): Map<string, { termId: string; from: number; to: number }[]> {
  const idByName = new Map<string, string>();
  for (const t of terms) for (const n of [t.name, ...t.aliases]) idByName.set(foldKey(n), t.id);
  const out = new Map<string, { termId: string; from: number; to: number }[]>();
  for (const note of notes) {
    const list = note.terms.map((nt) => ({ termId: idByName.get(foldKey(nt.name)) ?? "", from: nt.lines.from, to: nt.lines.to }));
    if (list.length > 0) out.set(note.path, list);
  }
  return out;
}

describe("GlossaryTerms", () => {
  it("after any sequence of note edits, holds what merging every note from scratch gives", () => {
    fc.assert(fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
      const glossary = new GlossaryTerms();
      const notes = new Map<string, ParsedNote>();
      const check = (): void => {
        const all = [...notes.values()].sort(byPath);
        const expected = mergeTerms(all);
        expect(glossary.terms()).toEqual(expected);
        expect(new Map(glossary.spansByPath())).toEqual(spansFromScratch(all, expected));
      };
      for (const s of steps) {
        if (s.kind === "read") {
          check();
          continue;
        }
        let next: ParsedNote | undefined;
        if (s.kind === "set") next = parsed(s.path, s.terms);
        else if (s.kind === "retype") {
          // Same names in the same order, other definition lines and line numbers: the in-place path.
          const old = notes.get(s.path);
          if (!old) continue;
          next = parsed(s.path, old.terms.map((t) => ({ ...t, definition: s.definition, line: t.line + s.shift, lines: { from: t.line + s.shift, to: t.line + s.shift + 1 } })));
        }
        if (next) notes.set(s.path, next);
        else notes.delete(s.path);
        glossary.setNote(s.path, next);
      }
      check();
    }), { numRuns: 300 });
  });

  it("read after every few notes of a scan in path order (terms only growing), holds what merging from scratch gives", () => {
    const scanPaths = Array.from({ length: 12 }, (_, i) => `N/${String(i).padStart(2, "0")}.md`);
    fc.assert(fc.property(
      fc.array(fc.array(noteTerm, { maxLength: 3 }), { minLength: 12, maxLength: 12 }),
      fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
      (termLists, readAfter) => {
        const glossary = new GlossaryTerms();
        const notes: ParsedNote[] = [];
        scanPaths.forEach((path, i) => {
          const note = parsed(path, termLists[i] ?? []);
          notes.push(note);
          glossary.setNote(path, note);
          if (readAfter[i]) expect(glossary.terms()).toEqual(mergeTerms(notes));
        });
        expect(glossary.terms()).toEqual(mergeTerms(notes));
        expect(new Map(glossary.spansByPath())).toEqual(spansFromScratch(notes, mergeTerms(notes)));
      },
    ), { numRuns: 300 });
  });

  it("names a grown term by the fullest name of any note, old or new, and lists the older names as aliases", () => {
    const glossary = new GlossaryTerms();
    const term = (name: string, aliases: string[], definition: string[]): NoteTerm => ({ name, aliases, definition, line: 1, lines: { from: 1, to: 2 } });
    glossary.setNote("a.md", parsed("a.md", [term("EC2", ["Elastic Compute Cloud"], ["가상 서버"])]));
    expect(glossary.terms().map((t) => t.name)).toEqual(["EC2"]);
    glossary.setNote("b.md", parsed("b.md", [term("Amazon EC2", ["EC2"], ["가상 서버", "인스턴스"])]));
    const [grown] = glossary.terms();
    expect(grown).toMatchObject({ id: "amazon ec2", name: "Amazon EC2", aliases: ["EC2", "Elastic Compute Cloud"], definition: ["가상 서버", "인스턴스"] });
    expect(grown?.sources.map((s) => s.path)).toEqual(["a.md", "b.md"]);
  });

  it("gives the same list again while nothing changes, and a new one once a note changes", () => {
    const glossary = new GlossaryTerms();
    glossary.setNote("AWS/a.md", parsed("AWS/a.md", [{ name: "EC2", aliases: [], definition: ["가상 서버"], line: 1, lines: { from: 1, to: 2 } }]));
    const first = glossary.terms();
    expect(glossary.terms()).toBe(first);
    glossary.setNote("AWS/a.md", parsed("AWS/a.md", [{ name: "EC2", aliases: [], definition: ["크기를 고르는 가상 서버"], line: 1, lines: { from: 1, to: 2 } }]));
    expect(glossary.terms()).not.toBe(first);
    expect(glossary.terms()[0]?.definition).toEqual(["크기를 고르는 가상 서버"]);
  });

  it("leaves a snapshot's map of spans alone when a later change moves them", () => {
    const glossary = new GlossaryTerms();
    const term = (from: number): NoteTerm => ({ name: "EC2", aliases: [], definition: ["가상 서버"], line: from, lines: { from, to: from + 1 } });
    glossary.setNote("AWS/a.md", parsed("AWS/a.md", [term(1)]));
    const held = glossary.spansByPath();
    glossary.setNote("AWS/a.md", parsed("AWS/a.md", [term(5)]));
    expect(glossary.spansByPath().get("AWS/a.md")).toEqual([{ termId: "ec2", from: 5, to: 6 }]);
    expect(held.get("AWS/a.md")).toEqual([{ termId: "ec2", from: 1, to: 2 }]);
  });

  it("splits a term again when the note joining two names through an alias is removed", () => {
    const glossary = new GlossaryTerms();
    const t = (name: string, aliases: string[]): NoteTerm => ({ name, aliases, definition: [name], line: 1, lines: { from: 1, to: 1 } });
    glossary.setNote("AWS/a.md", parsed("AWS/a.md", [t("SaaS", [])]));
    glossary.setNote("AWS/b.md", parsed("AWS/b.md", [t("Software as a Service", [])]));
    glossary.setNote("AWS/c.md", parsed("AWS/c.md", [t("SaaS", ["Software as a Service"])]));
    expect(glossary.terms()).toHaveLength(1);
    glossary.setNote("AWS/c.md", undefined);
    expect(glossary.terms().map((x) => x.name)).toEqual(["SaaS", "Software as a Service"]);
  });
});
