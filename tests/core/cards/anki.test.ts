import { ankiTagsFor, exportAnki } from "../../../src/core/cards/anki";
import { buildCards } from "../../../src/core/cards/build-cards";
import type { Card } from "../../../src/core/cards/types";
import { findClozes, readAnkiFile } from "./anki-reader";
import { ALL_SOURCES, securityNote } from "./fixtures";

const ZWSP = /\u200b/g;

function card(over: Partial<Card>): Card {
  return {
    id: "abc", path: "AWS/보안.md", line: 1, term: "Amazon Route 53", promptParts: ["관리형 ", " 서비스"],
    answer: "DNS", context: [], selfNamed: false, tags: [], ...over,
  };
}

describe("exportAnki", () => {
  const cards = buildCards(securityNote(), ALL_SOURCES);
  const text = exportAnki(cards);
  const file = readAnkiFile(text);

  it("starts with Anki's header lines for a tab-separated plain-text Cloze import", () => {
    expect(text.split("\n").slice(0, 6)).toEqual([
      "#separator:tab", "#html:false", "#notetype:Cloze", "#columns:Text\tBack Extra\tTags\tGUID",
      "#tags column:3", "#guid column:4",
    ]);
  });

  it("writes one row of four fields per card", () => {
    expect(file.rows).toHaveLength(cards.length);
    expect(file.rows.every((r) => r.length === 4)).toBe(true);
  });

  it("puts the term and the prompt line in Text, the answer as cloze 1", () => {
    const row = file.rows[6];
    expect(row?.[0]).toBe("Amazon Route 53 — 트래픽을 나누는 {{c1::라우팅 정책}} : 단순, 가중치, 지연 시간");
  });

  it("writes the hint into the cloze", () => {
    expect(file.rows[5]?.[0]).toBe("Amazon Route 53 — 관리형 {{c1::DNS::도메인}} 서비스, 가용성 100% SLA");
  });

  it("hides a self-named answer wherever it appears on the front", () => {
    const row = readAnkiFile(exportAnki([card({ term: "Amazon Athena", answer: "Athena", selfNamed: true,
      promptParts: ["", " : 서버리스 쿼리, ", " 는 S3 를 직접 조회"] })])).rows[0];
    expect(row?.[0]).toBe("Amazon {{c1::Athena}} — {{c1::Athena}} : 서버리스 쿼리, {{c1::Athena}} 는 S3 를 직접 조회");
  });

  it("puts the term and its context lines in Back Extra", () => {
    expect(file.rows[3]?.[1]).toBe(
      "Amazon CloudWatch · AWS 리소스와 애플리케이션을 모니터링하는 서비스 · CloudWatch Logs 로 로그 수집");
  });

  it("tags each row with the note's folder as a hierarchy and the note's tags, without spaces", () => {
    expect(file.rows[0]?.[2]).toBe("AWS::SAA aws saa::security");
    expect(ankiTagsFor({ path: "AWS/SAA 정리/2024 기출/보안.md", tags: ["#aws cert", "saa"] }))
      .toEqual(["AWS::SAA_정리::2024_기출", "aws_cert", "saa"]);
    expect(ankiTagsFor({ path: "보안.md", tags: [] })).toEqual([]);
  });

  it("carries the card id as the GUID so a re-import updates the same Anki notes", () => {
    expect(file.rows.map((r) => r[3])).toEqual(cards.map((c) => `aws-notes-cloze-${c.id}`));
  });

  it("exports a card id only once", () => {
    expect(readAnkiFile(exportAnki([...cards, ...cards])).rows).toHaveLength(cards.length);
  });

  it("keeps tabs and line breaks from note text inside their field", () => {
    const out = exportAnki([card({ promptParts: ["관리형\t", " 서비스\r\n가용성"], context: ["줄\n바꿈"] })]);
    const rows = readAnkiFile(out).rows;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toEqual(["Amazon Route 53 — 관리형 {{c1::DNS}} 서비스 가용성", "Amazon Route 53 · 줄 바꿈", "AWS",
      "aws-notes-cloze-abc"]);
  });

  it("quotes a field that holds quotes or would read as a comment line", () => {
    const out = exportAnki([card({ term: "", promptParts: ["#태그 \"따옴표\" ", ""] })]);
    expect(out.split("\n")[6]?.startsWith("#")).toBe(false);
    expect(readAnkiFile(out).rows[0]?.[0]).toBe("#태그 \"따옴표\" {{c1::DNS}}");
  });

  it("keeps cloze-like text from the note from adding or breaking clozes", () => {
    const tricky = card({
      term: "템플릿 {{c2::x}}", answer: "a}}b::c}", hint: "h::}", promptParts: ["{{c3::앞}} {", "}} 뒤 }}"],
    });
    const [row] = readAnkiFile(exportAnki([tricky])).rows;
    const clozes = findClozes(row?.[0] ?? "");
    expect(clozes).toHaveLength(1);
    expect(clozes[0]?.ord).toBe("1");
    expect(clozes[0]?.text.replace(ZWSP, "")).toBe("a}}b::c}");
    expect(clozes[0]?.hint?.replace(ZWSP, "")).toBe("h::}");
    // What the reader sees is the note text, the separators being invisible.
    expect(row?.[0]?.replace(ZWSP, "")).toBe("템플릿 {{c2::x}} — {{c3::앞}} {{{c1::a}}b::c}::h::}}}}} 뒤 }}");
  });

  it("writes only the header for no cards", () => {
    expect(readAnkiFile(exportAnki([])).rows).toEqual([]);
  });
});
