import { note, parse, readFixture, termNamed, termNames } from "../../fixtures/notes/read-fixture";
import type { ParsedNote } from "../../../src/core/reading/types";

/** A note in tab-indented bullets; the variants below rewrite its indentation, markers and line endings. */
const TAB_NOTE = [
  "- Amazon Kinesis Data Streams",
  "\t- 실시간 스트리밍 데이터를 ==샤드== 단위로 받는 서비스",
  "\t- 📌 **샤드**란? 처리량의 단위",
  "- 🔴 분석 서비스 : 데이터를 분석하는 서비스",
  "\t- Athena : S3를 SQL로 조회",
  "\t- QuickSight : BI 대시보드",
  "- Kafka와 Kinesis 차이",
  "\t- MSK",
  "\t\t- 관리형 <mark style=\"background: #FFF3A3A6;\">Apache Kafka</mark>",
  "\t- Kinesis",
  "\t\t- AWS 고유 스트리밍",
];

/** What a reader would say the note holds: terms with their lines and definitions, highlights with their terms. */
function summary(parsed: ParsedNote): unknown {
  return {
    terms: parsed.terms.map((t) => [t.name, t.aliases, t.line, t.lines, t.definition]),
    highlights: parsed.highlights.map((h) => [h.answer, h.line, h.term, h.promptParts]),
  };
}

const marker = (m: (i: number) => string) => (line: string, i: number): string => line.replace(/^(\s*)- /, `$1${m(i)} `);

describe("parseNote reads the same note whatever its indentation, markers and line endings", () => {
  const expected = summary(parse(TAB_NOTE.join("\n")));

  it("finds the terms a reader sees in the tab-indented original", () => {
    const parsed = parse(TAB_NOTE.join("\n"));
    expect(termNames(parsed)).toEqual(["Amazon Kinesis Data Streams", "샤드", "Athena", "QuickSight", "MSK", "Kinesis"]);
    expect(parsed.highlights.map((h) => [h.answer, h.term])).toEqual([
      ["샤드", "Amazon Kinesis Data Streams"], ["Apache Kafka", "MSK"],
    ]);
  });

  const variants: [string, string[]][] = [
    ["four spaces", TAB_NOTE.map((l) => l.replace(/\t/g, "    "))],
    ["two spaces", TAB_NOTE.map((l) => l.replace(/\t/g, "  "))],
    ["tabs and spaces mixed line by line", TAB_NOTE.map((l, i) => (i % 2 === 0 ? l : l.replace(/\t/g, "    ")))],
    ["non-breaking spaces", TAB_NOTE.map((l) => l.replace(/\t/g, "\u00a0\u00a0\u00a0\u00a0"))],
    ["an NBSP and a space per level", TAB_NOTE.map((l) => l.replace(/\t/g, "\u00a0 "))],
    ["a tab after the marker", TAB_NOTE.map((l) => l.replace("- ", "-\t"))],
    ["an NBSP after the marker", TAB_NOTE.map((l) => l.replace("- ", "-\u00a0"))],
    ["`*` markers", TAB_NOTE.map(marker(() => "*"))],
    ["`+` markers", TAB_NOTE.map(marker(() => "+"))],
    ["numbered `1.` markers", TAB_NOTE.map(marker((i) => `${i + 1}.`))],
    ["numbered `1)` markers", TAB_NOTE.map(marker((i) => `${i + 1})`))],
    ["task checkboxes", TAB_NOTE.map((l) => l.replace("- ", "- [ ] "))],
  ];
  it.each(variants)("with %s", (_label, lines) => {
    expect(summary(parse(lines.join("\n")))).toEqual(expected);
  });

  it("with CRLF line endings", () => {
    expect(summary(parse(TAB_NOTE.join("\r\n")))).toEqual(expected);
  });

  it("with old Mac CR line endings", () => {
    expect(summary(parse(TAB_NOTE.join("\r")))).toEqual(expected);
  });

  it("with a byte order mark and CRLF, keeping line 1 as line 1", () => {
    const parsed = parse(`\ufeff${TAB_NOTE.join("\r\n")}\r\n`);
    expect(summary(parsed)).toEqual(expected);
    expect(termNamed(parsed, "Amazon Kinesis Data Streams").line).toBe(1);
  });

  it("with a fixture file saved with CRLF and a BOM", () => {
    const lf = readFixture("storage-and-messaging.md");
    const crlf = `\ufeff${lf.replace(/\n/g, "\r\n")}`;
    expect(summary(parse(crlf))).toEqual(summary(parse(lf)));
  });
});

describe("parseNote reads a note written with headings", () => {
  const parsed = parse(readFixture("serverless-headings.md"), "Study/serverless.md");

  it("makes a service heading followed by prose a term with the prose as its definition", () => {
    const lambda = termNamed(parsed, "AWS Lambda");
    expect(lambda.aliases).toEqual(["Lambda", "람다"]);
    expect(lambda.definition).toEqual(["Runs your code in response to events without managing servers. You pay for compute time only."]);
    expect(lambda.line).toBe(8);
  });

  it("makes a heading followed by bullets a term, with its parenthesised alias", () => {
    const gateway = termNamed(parsed, "Amazon API Gateway");
    expect(gateway.aliases).toEqual(expect.arrayContaining(["APIGW", "API Gateway"]));
    expect(gateway.definition).toEqual(["Creates REST and WebSocket APIs in front of Lambda", "Handles throttling and API keys"]);
  });

  it("makes a heading followed by a callout a term, with the callout's title and body as its definition", () => {
    expect(termNamed(parsed, "Amazon DynamoDB").definition).toEqual(["Key-value store", "Single-digit millisecond NoSQL database."]);
  });

  it("treats a heading that gathers `Term : definition` lines as a section, not a term", () => {
    expect(termNames(parsed)).not.toContain("Pricing tips");
    expect(termNames(parsed)).toEqual(expect.arrayContaining(["Lambda", "DynamoDB"]));
  });

  it("treats the page's title heading, which holds the other headings, as a section", () => {
    expect(termNames(parsed)).not.toContain("Serverless notes");
  });

  it("treats an `AWS …` title heading over service headings as a section, not a term whose alias is a common word", () => {
    const text = note("# AWS 데이터베이스", "", "## Amazon RDS", "관계형 DB 관리형 서비스", "", "## Amazon Aurora", "MySQL 호환 DB");
    const names = parse(text);
    expect(termNames(names)).toEqual(["Amazon RDS", "Amazon Aurora"]);
  });

  it("splits `## Amazon EC2 (Elastic Compute Cloud)` into the name and both other names", () => {
    const text = note("## Amazon EC2 (Elastic Compute Cloud)", "크기를 조절할 수 있는 ==가상 서버==를 제공");
    const ec2 = termNamed(parse(text), "Amazon EC2");
    expect(ec2.aliases).toEqual(expect.arrayContaining(["Elastic Compute Cloud", "EC2"]));
    expect(ec2.definition).toEqual(["크기를 조절할 수 있는 가상 서버를 제공"]);
  });

  it("ends a heading term's definition at the next heading", () => {
    const text = note("## Amazon EBS", "블록 스토리지", "### 볼륨 유형", "- gp3 : 범용 SSD", "- io2 : 고성능 SSD");
    const ebs = termNamed(parse(text), "Amazon EBS");
    expect(ebs.definition).toEqual(["블록 스토리지"]);
    expect(ebs.lines).toEqual({ from: 1, to: 2 });
  });
});
