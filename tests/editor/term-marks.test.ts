/** @jest-environment jsdom */
import type { EditorView } from "@codemirror/view";
import { glossaryEffect, glossaryField, sendGlossary } from "../../src/editor/glossary-state";
import { termMarksPlugin } from "../../src/editor/term-marks";
import { ec2, lambda, makeSnapshot, makeTerm, markedTerms, openEditor, sqs } from "./editor-fixture";

let view: EditorView | undefined;
afterEach(() => {
  view?.destroy();
  view = undefined;
});

function markRanges(v: EditorView): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const iter = v.plugin(termMarksPlugin)?.decorations.iter();
  for (; iter?.value; iter.next()) out.push([iter.from, iter.to]);
  return out;
}

describe("marking terms in the editor", () => {
  it("marks terms written in Korean sentences", () => {
    view = openEditor("SQS를 사용하면 EC2 인스턴스와 Lambda 함수를 분리한다", [sqs, ec2, lambda]);
    expect(markedTerms(view)).toEqual([["SQS", "amazon sqs"], ["EC2", "amazon ec2"], ["Lambda", "aws lambda"]]);
  });

  it("does not mark terms in code blocks, inline code, links or URLs", () => {
    const doc = [
      "```", "SQS 큐 생성", "```", "",
      "    EC2 indented code", "",
      "`SQS` 와 [SQS 문서](https://aws.amazon.com/sqs) 그리고 <https://example.com/Lambda>",
      "https://aws.amazon.com/lambda 주소", "",
      "<!-- SQS comment -->", "",
      "SQS를 쓴다",
    ].join("\n");
    view = openEditor(doc, [sqs, ec2, lambda]);
    expect(markedTerms(view)).toEqual([["SQS", "amazon sqs"]]);
    const [only] = markRanges(view);
    expect(view.state.doc.lineAt(only?.[0] ?? 0).number).toBe(12);
  });

  it("does not mark terms in frontmatter", () => {
    view = openEditor("---\naliases: [SQS]\n---\nSQS 메시지", [sqs]);
    expect(markRanges(view)).toEqual([[view.state.doc.line(4).from, view.state.doc.line(4).from + 3]]);
  });

  it("marks only within the visible ranges of a long note", () => {
    const doc = Array.from({ length: 3000 }, (_, i) => `- ${i}번 줄: SQS를 사용`).join("\n");
    view = openEditor(doc, [sqs]);
    const ranges = markRanges(view);
    const visible = view.visibleRanges;
    expect(ranges.length).toBeGreaterThan(0);
    expect(ranges.length).toBeLessThan(3000);
    for (const [from, to] of ranges) {
      expect(visible.some((r) => from >= r.from && to <= r.to)).toBe(true);
    }
  });

  it("does not mark a term on its own defining lines in the note that defines it", () => {
    const definedSqs = makeTerm("Amazon SQS", ["SQS"], { path: "AWS/SQS.md", line: 1 });
    const doc = "- Amazon SQS\n\t- 메시지 큐\n\nSQS를 쓰면 Amazon SQS가";
    view = openEditor(doc, [definedSqs], { getFilePath: () => "AWS/SQS.md" });
    expect(markedTerms(view)).toEqual([["SQS", "amazon sqs"], ["Amazon SQS", "amazon sqs"]]);
    view.destroy();
    view = openEditor(doc, [definedSqs], { getFilePath: () => "AWS/other.md" });
    expect(markedTerms(view)).toHaveLength(3);
  });

  it("uses the snapshot's defining line spans when it has them", () => {
    const snapshot = { ...makeSnapshot([sqs]), definingLines: () => [{ from: 1, to: 2 }] };
    view = openEditor("SQS 1\nSQS 2\nSQS 3", [], { getFilePath: () => "a.md", getGlossary: () => snapshot });
    expect(markRanges(view)).toEqual([[12, 15]]);
  });

  it("marks nothing where the options say not to", () => {
    view = openEditor("SQS를 쓴다", [sqs], { shouldMark: (path) => path === "AWS/a.md", getFilePath: () => "Diary/b.md" });
    expect(markedTerms(view)).toEqual([]);
    view.destroy();
    view = openEditor("SQS를 쓴다", [sqs], { enabled: false });
    expect(markedTerms(view)).toEqual([]);
  });
});

describe("keeping marks up to date", () => {
  it("marks a newly indexed term when the glossary effect arrives", () => {
    view = openEditor("EC2 위에서 SQS", [sqs]);
    expect(markedTerms(view)).toEqual([["SQS", "amazon sqs"]]);
    view.dispatch({ effects: glossaryEffect(makeSnapshot([sqs, ec2], 2)) });
    expect(markedTerms(view)).toEqual([["EC2", "amazon ec2"], ["SQS", "amazon sqs"]]);
  });

  it("sends a snapshot only to editors that lack it: another revision, or the same one compiled again", () => {
    view = openEditor("EC2", []);
    const current = view.state.field(glossaryField)!;
    expect(sendGlossary([view], { ...current })).toBe(0);
    expect(markedTerms(view)).toEqual([]);
    expect(sendGlossary([view], makeSnapshot([ec2], 2))).toBe(1);
    expect(markedTerms(view)).toEqual([["EC2", "amazon ec2"]]);
    // Revision 2 compiled again (terms a large change had left for later): its new matcher is taken.
    expect(sendGlossary([view], makeSnapshot([ec2, sqs], 2))).toBe(1);
    view.dispatch({ changes: { from: 3, insert: " SQS" } });
    expect(markedTerms(view)).toEqual([["EC2", "amazon ec2"], ["SQS", "amazon sqs"]]);
  });

  it("marks a term as it is typed", () => {
    view = openEditor("큐는 ", [sqs]);
    view.dispatch({ changes: { from: view.state.doc.length, insert: "SQS다" } });
    expect(markedTerms(view)).toEqual([["SQS", "amazon sqs"]]);
  });

  it("keeps the same marks on a selection-only change", () => {
    view = openEditor("SQS와 EC2", [sqs, ec2]);
    const before = view.plugin(termMarksPlugin)?.decorations;
    view.dispatch({ selection: { anchor: 2 } });
    expect(view.plugin(termMarksPlugin)?.decorations).toBe(before);
  });

  it("waits for an IME composition to end before re-marking", () => {
    view = openEditor("데이터 ", [sqs]);
    const v = view;
    Object.defineProperty(v, "composing", { configurable: true, get: () => true });
    v.dispatch({ changes: { from: v.state.doc.length, insert: "SQS" } });
    expect(markedTerms(v)).toEqual([]);
    Object.defineProperty(v, "composing", { configurable: true, get: () => false });
    v.dispatch({ selection: { anchor: 0 } });
    expect(markedTerms(v)).toEqual([["SQS", "amazon sqs"]]);
  });
});
