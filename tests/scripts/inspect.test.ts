import { main as inspect } from "../../scripts/inspect";
import { NOTES_DIR } from "../core/exam/exam-fixtures";

interface Question {
  id: string;
  kind: "reverse" | "fits";
  term: string;
  face: { term: string; prompt: string; context: string[] };
  options: string[];
  answer: string;
  category: string;
}

interface InspectJson {
  notes: { path: string; cards: number; questions: number }[];
  cards: { id: string; answer: string }[];
  questions: Question[];
}

/** Runs `inspect <fixture notes> --json [--settings …]` in-process and parses what it printed. */
function inspectNotes(settings?: object): InspectJson {
  const chunks: string[] = [];
  const spy = jest.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
    return true;
  });
  try {
    const args = [NOTES_DIR, "--json", ...(settings ? ["--settings", JSON.stringify(settings)] : [])];
    expect(inspect(args)).toBe(0);
  } finally {
    spy.mockRestore();
  }
  return JSON.parse(chunks.join("")) as InspectJson;
}

describe("inspect --json on notes with exam questions", () => {
  const json = inspectNotes();
  const byAnswer = (answer: string, kind: Question["kind"]): Question[] => json.questions.filter((q) => q.answer === answer && q.kind === kind);

  it("keeps `cards` to the cloze cards, and lists the questions apart", () => {
    expect(json.cards.map((c) => c.answer).sort()).toEqual(["AWS Lambda", "Fargate"]);
    const cardIds = new Set(json.cards.map((c) => c.id));
    expect(json.questions.length).toBeGreaterThan(0);
    expect(json.questions.filter((q) => cardIds.has(q.id))).toEqual([]);
    expect(json.notes.reduce((n, note) => n + note.questions, 0)).toBe(json.questions.length);
  });

  it("shows a reverse card's face without its answer, with options from the note's list", () => {
    const [lambda] = byAnswer("AWS Lambda", "reverse");
    expect(lambda?.term).toBe("AWS Lambda");
    expect(lambda?.face.prompt).toBe("요청이 올 때만 함수 코드를 실행하고 실행한 시간만큼 과금");
    expect(JSON.stringify(lambda?.face)).not.toMatch(/lambda|람다/i);
    expect(lambda?.category).toBe("AWS 서버리스 서비스 한눈에");
    expect(lambda?.options).toContain("AWS Lambda");
    expect(lambda?.options.length).toBe(4);
    expect(new Set(lambda?.options.map((o) => o.toLowerCase())).size).toBe(4);
  });

  it("lists each comparison line with the sides as its options", () => {
    const cloudTrail = byAnswer("CloudTrail", "fits");
    expect(cloudTrail.map((q) => q.face.prompt)).toEqual(["Records who did what and when"]);
    expect([...(cloudTrail[0]?.options ?? [])].sort()).toEqual(["CloudTrail", "CloudWatch"]);
    expect(byAnswer("EKS", "fits")).toHaveLength(2);
  });

  it("prints the same options on every run", () => {
    expect(inspectNotes().questions).toEqual(json.questions);
  });

  it("follows the settings: no questions when off, no options when asked as recall", () => {
    expect(inspectNotes({ reverseCards: "none" }).questions).toEqual([]);
    const recall = inspectNotes({ multipleChoice: false }).questions;
    expect(recall.length).toBe(json.questions.length);
    expect(recall.every((q) => q.options.length === 0 && q.category === "")).toBe(true);
    const three = inspectNotes({ choiceCount: 3 }).questions.find((q) => q.answer === "AWS Lambda");
    expect(three?.options).toHaveLength(3);
  });
});
