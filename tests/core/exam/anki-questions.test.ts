import { ANKI_GUID_PREFIX, exportAnki } from "../../../src/core/cards/anki";
import { buildNoteCards } from "../../../src/core/exam/question-cards";
import { findClozes, readAnkiFile } from "../cards/anki-reader";
import { optionsWith, readNote } from "./exam-fixtures";

describe("exam questions in the Anki export", () => {
  const cards = buildNoteCards(readNote("서버리스 정리.md"), optionsWith("highlighted"));
  const rows = readAnkiFile(exportAnki(cards)).rows;
  const rowOf = (id: string): string[] | undefined => rows.find((r) => r[3] === ANKI_GUID_PREFIX + id);

  it("exports every question as a cloze note under its own stable id", () => {
    expect(rows).toHaveLength(cards.length);
    // Each note's GUID is the card's own id: the same question keeps its Anki note across exports.
    expect(rows.map((r) => r[3]).sort()).toEqual(cards.map((c) => ANKI_GUID_PREFIX + c.id).sort());
    expect(new Set(rows.map((r) => r[3])).size).toBe(cards.length);
  });

  it("asks a reverse card's term, the definition showing", () => {
    const lambda = cards.find((c) => c.kind === "reverse" && c.answer === "AWS Lambda");
    const text = (lambda && rowOf(lambda.id)?.[0]) ?? "";
    expect(findClozes(text).map((c) => c.text)).toEqual(["AWS Lambda"]);
    expect(text).toContain("요청이 올 때만 함수 코드를 실행하고 실행한 시간만큼 과금");
  });

  it("asks a fits card's side with the sides as the cloze hint", () => {
    const fits = cards.find((c) => c.kind === "fits" && c.answer === "EKS");
    const clozes = findClozes((fits && rowOf(fits.id)?.[0]) ?? "");
    expect(clozes).toEqual([{ ord: "1", text: "EKS", hint: "ECS / EKS" }]);
  });
});
