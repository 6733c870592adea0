import fc from "fast-check";
import { exportAnki } from "../../../src/core/cards/anki";
import { buildCards, mergeCards } from "../../../src/core/cards/build-cards";
import { maskedContext, maskedTerm, renderPrompt } from "../../../src/core/cards/render-prompt";
import type { HighlightKind, NoteHighlight, ParsedNote } from "../../../src/core/reading/types";
import { findClozes, readAnkiFile } from "./anki-reader";
import { ALL_SOURCES } from "./fixtures";
import { MIN_PROMPT_CHARS, clipPromptParts } from "../../../src/core/cards/clip-prompt";

// Any UTF-16 unit (lone surrogates included), whole code points, and the characters our notes and Anki care about.
const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));
const noteChars = fc.constantFrom(" ", "\t", "\n", "\u00a0", "\u200b", "{", "}", ":", "\"", "#", "[", "]", "…", "가",
  "S3", "==", "🔴", "/", "*", "(", ")", "\\", "$", ".", "e\u0301");
const text = fc.oneof(
  fc.string({ unit: anyUnit, maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: noteChars, maxLength: 40 }),
);
const kind = fc.constantFrom<HighlightKind>("equals", "mark", "bold");

const highlight: fc.Arbitrary<NoteHighlight> = fc.record({
  line: fc.integer({ min: -5, max: 100000 }),
  answer: text,
  hint: fc.option(text, { nil: undefined }),
  kind,
  color: fc.option(text, { nil: undefined }),
  promptParts: fc.array(text, { maxLength: 5 }),
  term: text,
  selfNamed: fc.boolean(),
  context: fc.array(text, { maxLength: 4 }),
}, { requiredKeys: ["line", "answer", "kind", "promptParts", "term", "selfNamed", "context"] });

const note: fc.Arbitrary<ParsedNote> = fc.record({
  path: text,
  aws: fc.constant(true),
  tags: fc.array(text, { maxLength: 3 }),
  terms: fc.constant([]),
  highlights: fc.array(highlight, { maxLength: 8 }),
});

const options = fc.record({
  clozeEquals: fc.boolean(), clozeMark: fc.boolean(), clozeBold: fc.boolean(),
  markColors: fc.array(text, { maxLength: 2 }),
  maxPromptChars: fc.option(fc.oneof(fc.integer({ min: -10, max: 400 }), fc.constant(Number.NaN)), { nil: undefined }),
});

const oneLine = (s: string): string => s.replace(/\u200b/g, "").replace(/\s+/g, " ").trim();

describe("card properties", () => {
  it("buildCards, the renderers and the Anki export never throw on arbitrary highlight text", () => {
    fc.assert(fc.property(fc.array(note, { maxLength: 3 }), options, (notes, opts) => {
      const merged = mergeCards(notes.map((n) => buildCards(n, opts)));
      for (const c of merged) {
        renderPrompt(c);
        maskedTerm(c);
        maskedContext(c);
      }
      exportAnki(merged);
    }), { numRuns: 300 });
  });

  it("every card of the vault has its own id, and every prompt keeps at least one blank", () => {
    fc.assert(fc.property(fc.array(note, { maxLength: 3 }), (notes) => {
      const merged = mergeCards(notes.map((n) => buildCards(n, ALL_SOURCES)));
      expect(new Set(merged.map((c) => c.id)).size).toBe(merged.length);
      expect(merged.every((c) => c.id !== "" && c.promptParts.length >= 2)).toBe(true);
    }), { numRuns: 300 });
  });

  it("ids are stable under edits that touch neither term nor answer", () => {
    const edit = fc.record({
      path: text, line: fc.integer({ min: 1, max: 5000 }), promptParts: fc.array(text, { maxLength: 4 }),
      context: fc.array(text, { maxLength: 3 }), color: fc.option(text, { nil: undefined }), kind,
      // Re-indenting and re-spacing: NBSP for spaces, Highlightr's spaces around the answer.
      respace: fc.boolean(),
    });
    fc.assert(fc.property(note, fc.array(edit, { minLength: 8, maxLength: 8 }), (before, edits) => {
      const after: ParsedNote = {
        ...before,
        path: edits[0]?.path ?? before.path,
        highlights: before.highlights.map((h, i) => {
          const e = edits[i];
          if (!e) return h;
          const moved: NoteHighlight = { ...h, line: e.line, promptParts: e.promptParts, context: e.context, kind: e.kind };
          if (e.color === undefined) delete moved.color;
          else moved.color = e.color;
          if (e.respace) {
            moved.answer = ` ${h.answer.replace(/ /g, "\u00a0")}\t`;
            moved.term = h.term.replace(/ /g, "  ");
          }
          return moved;
        }),
      };
      const ids = (n: ParsedNote): string[] => buildCards(n, ALL_SOURCES).map((c) => c.id);
      expect(ids(after)).toEqual(ids(before));
    }), { numRuns: 300 });
  });

  it("the Anki export has one four-field row per card, each hiding exactly its answer as cloze 1", () => {
    fc.assert(fc.property(note, (n) => {
      const cards = buildCards(n, ALL_SOURCES);
      const { rows } = readAnkiFile(exportAnki(cards));
      expect(rows).toHaveLength(cards.length);
      rows.forEach((row, i) => {
        const c = cards[i];
        expect(row).toHaveLength(4);
        const clozes = findClozes(row[0] ?? "");
        expect(clozes.length).toBeGreaterThanOrEqual((c?.promptParts.length ?? 2) - 1);
        for (const z of clozes) {
          expect(z.ord).toBe("1");
          expect(oneLine(z.text)).toBe(oneLine(c?.answer ?? ""));
          expect(oneLine(z.hint ?? "")).toBe(oneLine(c?.hint ?? ""));
        }
      });
    }), { numRuns: 300 });
  });
});

describe("prompt clipping", () => {
  it("never lets a prompt's text exceed the limit, and keeps its first blank", () => {
    const parts = fc.array(fc.string({ unit: noteChars, maxLength: 200 }), { minLength: 2, maxLength: 5 });
    fc.assert(fc.property(parts, fc.integer({ min: MIN_PROMPT_CHARS, max: 300 }), (p, max) => {
      const clipped = clipPromptParts(p, max);
      expect(clipped.length).toBeGreaterThanOrEqual(2);
      expect(Array.from(clipped.join("")).length).toBeLessThanOrEqual(max);
      if (Array.from(p.join("")).length <= max) expect(clipped).toEqual(p);
    }), { numRuns: 300 });
  });
});
