import { mergeTerms } from "../../../src/core/glossary/merge-terms";
import type { Term } from "../../../src/core/glossary/types";
import type { NoteTerm, ParsedNote } from "../../../src/core/reading/types";
import { note, parse, readFixture } from "../../fixtures/notes/read-fixture";

const term = (name: string, aliases: string[], definition: string[], line: number): NoteTerm =>
  ({ name, aliases, definition, line, lines: { from: line, to: line + definition.length } });
const parsedNote = (path: string, terms: NoteTerm[]): ParsedNote => ({ path, aws: true, tags: [], terms, highlights: [] });

function only(terms: Term[], name: string): Term {
  const found = terms.filter((t) => t.name === name);
  if (found.length !== 1) throw new Error(`expected one ${name}, got ${terms.map((t) => t.name).join(" | ")}`);
  return found[0] as Term;
}

describe("mergeTerms", () => {
  it("makes one term of the same term defined twice in a note, with both definitions and both sources", () => {
    const text = note(
      "- 컴퓨트 서비스",
      "\t- Fargate : 서버리스 컨테이너 엔진",
      "\t- Batch : 일괄 작업",
      "",
      "- Amazon Fargate",
      "\t- EC2를 관리하지 않고 컨테이너 실행",
    );
    const terms = mergeTerms([parse(text)]);
    const fargate = only(terms, "Amazon Fargate");
    expect(fargate.aliases).toContain("Fargate");
    expect(fargate.definition).toEqual(["서버리스 컨테이너 엔진", "EC2를 관리하지 않고 컨테이너 실행"]);
    expect(fargate.sources).toEqual([{ path: "AWS/note.md", line: 2 }, { path: "AWS/note.md", line: 5 }]);
    expect(terms.map((t) => t.name)).not.toContain("Fargate");
  });

  it("merges across notes and keeps each note's source", () => {
    const a = parsedNote("AWS/a.md", [term("EBS", [], ["블록 스토리지"], 3)]);
    const b = parsedNote("AWS/b.md", [term("Amazon EBS", ["EBS", "Elastic Block Store"], ["EC2 볼륨"], 10)]);
    const ebs = only(mergeTerms([a, b]), "Amazon EBS");
    expect(ebs.aliases).toEqual(["EBS", "Elastic Block Store"]);
    expect(ebs.sources).toEqual([{ path: "AWS/a.md", line: 3 }, { path: "AWS/b.md", line: 10 }]);
    expect(ebs.definition).toEqual(["블록 스토리지", "EC2 볼륨"]);
  });

  it("matches names case-insensitively and with white space folded", () => {
    const a = parsedNote("AWS/a.md", [term("Route\u00a053", [], ["DNS"], 1)]);
    const b = parsedNote("AWS/b.md", [term("route 53", [], ["도메인"], 1)]);
    expect(mergeTerms([a, b])).toHaveLength(1);
  });

  it("does not repeat a definition line written the same way twice", () => {
    const a = parsedNote("AWS/a.md", [term("IAM", [], ["권한 관리"], 1)]);
    const b = parsedNote("AWS/b.md", [term("IAM", [], ["권한 관리"], 7)]);
    expect(only(mergeTerms([a, b]), "IAM").definition).toEqual(["권한 관리"]);
  });

  it("keeps different terms apart and gives each a stable id from its folded name", () => {
    const a = parsedNote("AWS/a.md", [term("Amazon SQS", ["SQS"], ["큐"], 1), term("Amazon SNS", ["SNS"], ["토픽"], 3)]);
    const terms = mergeTerms([a]);
    expect(terms.map((t) => [t.id, t.name])).toEqual([["amazon sqs", "Amazon SQS"], ["amazon sns", "Amazon SNS"]]);
  });

  it("joins terms linked only through a shared alias", () => {
    const a = parsedNote("AWS/a.md", [term("SaaS", ["Software as a Service"], ["완제품"], 1)]);
    const b = parsedNote("AWS/b.md", [term("Software as a Service", [], ["구독형"], 1)]);
    const merged = mergeTerms([a, b]);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.definition).toEqual(["완제품", "구독형"]);
  });

  it("merges the fixture's `EBS : …` and `Glacier` list lines into their `Amazon …` entries", () => {
    const terms = mergeTerms([parse(readFixture("storage-and-messaging.md"))]);
    expect(only(terms, "Amazon EBS").sources.map((s) => s.line)).toEqual([10, 56]);
    expect(only(terms, "Amazon Glacier").sources.map((s) => s.line)).toEqual([11, 60]);
  });

  it("returns nothing for no notes", () => {
    expect(mergeTerms([])).toEqual([]);
  });
});
