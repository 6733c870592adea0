import fc from "fast-check";
import { buildCards } from "../../src/core/cards/build-cards";
import { buildMatcher, cleanTermName } from "../../src/core/matcher/matcher";
import { foldText } from "../../src/core/matcher/chars";
import { parseNote } from "../../src/core/reading/parse-note";
import { DEFAULT_SETTINGS } from "../../src/settings";
import { findCardStray, findMatchStray, findParseStray } from "./inside-input";

const settings = { ...DEFAULT_SETTINGS };

// Pieces that break naive parsers, repeated into runs: the shapes of issue 7 in random order and length.
const TRAPS = [
  "=", "==", "<mark", "<mark ", "<mark>", "</mark>", "[[", "[", "](", "[a](", ">", "> ", "\t", "    ", "  ", "\u00a0", "`", "```",
  "$$", "<!--", "-->", "%%", "---", "#", "# ", "**", "::", ":", " : ", "(", ")", "\r", "\r\n", "\n", "\ufeff", "\u200b", "- ", "1. ",
  "<script>", "<img src=x onerror=alert(1)>", "\ud800", "\udfff", "\ufffd", "e\u0301", "Amazon S3", "AWS Lambda", "데이터", "==답==",
];
const run = fc.tuple(fc.constantFrom(...TRAPS), fc.integer({ min: 1, max: 60 })).map(([piece, times]) => piece.repeat(times));
const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));
const hostileText = fc.oneof(
  fc.array(fc.oneof(run, fc.constantFrom(...TRAPS)), { maxLength: 60 }).map((parts) => parts.join("")),
  fc.string({ unit: anyUnit, maxLength: 300 }),
  fc.uint8Array({ maxLength: 400 }).map((bytes) => new TextDecoder().decode(bytes)),
);
/** A good entry after the hostile text, so extraction runs on both. */
const withEntry = hostileText.map((junk) => `${junk}\n\n- Amazon SQS\n\t- 관리형 ==메시지 큐== 서비스\n`);

describe("parser and card builder on hostile text (property)", () => {
  it("never throw, and every term, definition, highlight and card lies inside the note", () => {
    fc.assert(fc.property(fc.oneof(hostileText, withEntry), fc.boolean(), (text, bold) => {
      const options = { ...settings, clozeBold: bold };
      const parsed = parseNote("AWS/hostile.md", text, options);
      expect(findParseStray(text, parsed)).toBeNull();
      expect(findCardStray(text, buildCards(parsed, options))).toBeNull();
    }), { numRuns: 500 });
  });
});

describe("matcher on hostile text (property)", () => {
  it("finds, inside any text, only spans that spell one of the term's names", () => {
    // Names cut out of the text itself, so that matches really happen in text full of surrogates and odd characters.
    const case_ = fc.string({ unit: fc.oneof(anyUnit, fc.constantFrom("S", "Q", "s", " ", "데", "이", "터", "\ud800")), minLength: 1, maxLength: 120 })
      .chain((text) => fc.tuple(
        fc.constant(text),
        fc.array(fc.tuple(fc.nat(text.length), fc.integer({ min: 2, max: 6 })), { minLength: 1, maxLength: 6 }),
      ));
    fc.assert(fc.property(case_, ([text, cuts]) => {
      const terms = cuts.map(([at, len], i) => ({ id: `t${i}`, name: text.slice(at, at + len), aliases: [] as string[] }));
      const matches = buildMatcher(terms).findTerms(text);
      expect(findMatchStray(text, matches)).toBeNull();
      for (const m of matches) {
        const term = terms.find((t) => t.id === m.termId);
        const name = cleanTermName(term?.name ?? "");
        const forms = [name, name.normalize("NFD")].map((n) => foldText(n).replace(/\s/g, " "));
        expect(forms).toContain(foldText(text.slice(m.from, m.to)).replace(/\s/g, " "));
      }
    }), { numRuns: 500 });
  });
});

// Notes written as our users write them: entries with highlighted answers, then edited in ways that keep each card's
// term and answer.
const TERMS = ["Amazon SQS", "Amazon SNS", "AWS Lambda", "Amazon Kinesis", "AWS Glue", "Amazon Redshift", "Amazon EC2", "AWS KMS"];
const ANSWERS = ["메시지 큐", "서버리스", "데이터 웨어하우스", "14일", "ETL", "실시간 스트리밍", "virtual servers", "키 관리", "at-least-once"];
const entry = fc.record({
  term: fc.constantFrom(...TERMS),
  answers: fc.uniqueArray(fc.constantFrom(...ANSWERS), { minLength: 1, maxLength: 3 }),
});
const noteShape = fc.uniqueArray(entry, { minLength: 1, maxLength: 5, selector: (e) => e.term });

interface Style {
  indent: string;
  marker: string;
  mark: boolean;
  before: string;
  after: string;
  filler: string;
  eol: string;
  bom: boolean;
  reverse: boolean;
}

function render(entries: readonly { term: string; answers: readonly string[] }[], s: Style): string {
  const order = s.reverse ? [...entries].reverse() : entries;
  const lines: string[] = [];
  for (const e of order) {
    if (s.filler !== "") lines.push(s.filler, "");
    lines.push(`${s.marker} ${e.term}`);
    for (const a of e.answers) {
      const hl = s.mark ? `<mark style="background: #FFF3A3A6;">${a}</mark>` : `==${a}==`;
      lines.push(`${s.indent}${s.marker} ${s.before}${hl}${s.after}`);
    }
    lines.push("");
  }
  return `${s.bom ? "\ufeff" : ""}${lines.join(s.eol)}`;
}

const style: fc.Arbitrary<Style> = fc.record({
  indent: fc.constantFrom("\t", "    ", "  ", "\u00a0\u00a0"),
  marker: fc.constantFrom("-", "*", "+"),
  mark: fc.boolean(),
  before: fc.constantFrom("", "관리형 ", "Fully managed ", "즉 "),
  after: fc.constantFrom("", " 서비스", " (시험 단골)", " ❌"),
  filler: fc.constantFrom("", "메모: 나중에 다시 볼 것", "```\n==코드 안의 강조==\n```", "%% 주석 ==숨김== %%"),
  eol: fc.constantFrom("\n", "\r\n"),
  bom: fc.boolean(),
  reverse: fc.boolean(),
});

describe("card ids through edits that keep each card's term and answer (property)", () => {
  it("stay the same when the note is re-indented, re-worded around the answers, re-marked, reordered or renamed", () => {
    fc.assert(fc.property(noteShape, style, style, fc.constantFrom("AWS/a.md", "AWS/Archive/b.md", "Study/aws-c.md"), (entries, s1, s2, path) => {
      const ids = (text: string, p: string): string[] => buildCards(parseNote(p, text, settings), settings).map((c) => c.id).sort();
      const before = ids(render(entries, s1), "AWS/a.md");
      expect(before).toHaveLength(entries.reduce((n, e) => n + e.answers.length, 0));
      expect(ids(render(entries, s2), path)).toEqual(before);
    }), { numRuns: 300 });
  });
});
