/** @jest-environment jsdom */
import { ReviewPanel } from "../../src/ui/review-panel";
import { setLanguage } from "../__mocks__/obsidian";
import { installObsidianDom } from "../editor/obsidian-dom";
import { MESSAGING_NOTE, createStudyHarness, type StudyHarness, press, textOf } from "./study-harness";
import { QUEUE_NOTE, SQS_ANSWERS, TERM_NOTES } from "./term-notes";

beforeEach(() => {
  installObsidianDom();
  document.body.replaceChildren();
  setLanguage("en");
});

const DAY = 86_400_000;
const quizSqs = (h: StudyHarness): ReviewPanel =>
  new ReviewPanel(document.body.createDiv(), h.services, { kind: "quiz", run: "term", termId: "amazon sqs", name: "Amazon SQS" });

/** Reveals and grades every card until the summary, returning the answers shown. */
function answerAll(panel: ReviewPanel, key = "3"): string[] {
  const answers: string[] = [];
  for (let guard = 0; panel.currentPhase === "question" && guard < 20; guard++) {
    press(panel, " ");
    answers.push(textOf(panel, ".anc-prompt .anc-answer"));
    press(panel, key);
  }
  return answers;
}

describe("quiz me on this term", () => {
  it("quizzes the cards of every note that defines the term, and no other card", async () => {
    const h = await createStudyHarness(TERM_NOTES, undefined, { burySiblings: false });
    const panel = quizSqs(h);
    expect(textOf(panel, ".anc-rule")).toContain("Cards due today are graded as real reviews");
    expect(textOf(panel, ".anc-progress")).toBe("0 answered · 3 left");
    expect(answerAll(panel).sort()).toEqual([...SQS_ANSWERS].sort());
    expect(panel.currentPhase).toBe("summary");
    // New cards are practice in a term quiz, as in a note quiz.
    expect(h.store.getData().logs).toHaveLength(0);
  });

  it("leaves the schedule of a card that is not due as it was, whatever the answer", async () => {
    const h = await createStudyHarness(TERM_NOTES, undefined, { burySiblings: false });
    const learn = new ReviewPanel(document.body.createDiv(), h.services, { kind: "quiz", run: "review" });
    answerAll(learn, "4");
    learn.destroy();
    const before = JSON.stringify(h.store.getData().cards);
    const logs = h.store.getData().logs.length;
    h.setNow("2025-05-02T09:00:00Z");
    const panel = quizSqs(h);
    for (const key of ["1", "4", "2"]) {
      expect(textOf(panel, ".anc-badge")).toContain("Practice");
      press(panel, " ");
      expect(textOf(panel, ".anc-grade-good .anc-grade-label")).toBe("Right");
      press(panel, key);
    }
    expect(JSON.stringify(h.store.getData().cards)).toBe(before);
    expect(h.store.getData().logs).toHaveLength(logs);
  });

  it("grades a due card of the term as a real review", async () => {
    const h = await createStudyHarness(TERM_NOTES, undefined, { burySiblings: false });
    const learn = new ReviewPanel(document.body.createDiv(), h.services, { kind: "quiz", run: "review" });
    answerAll(learn, "4");
    learn.destroy();
    const logs = h.store.getData().logs.length;
    const latest = Math.max(...Object.values(h.store.getData().cards).map((s) => s.due));
    h.setNow(new Date(latest + DAY).toISOString());
    const panel = quizSqs(h);
    expect(panel.rootEl.querySelector(".anc-badge")).toBeNull();
    answerAll(panel);
    expect(h.store.getData().logs).toHaveLength(logs + 3);
  });

  it("skips a card of the term whose highlight is deleted mid-quiz and keeps the others", async () => {
    const h = await createStudyHarness(TERM_NOTES, undefined, { burySiblings: false });
    const panel = quizSqs(h);
    press(panel, " ");
    const shown = textOf(panel, ".anc-prompt .anc-answer");
    expect(SQS_ANSWERS).toContain(shown);
    for (const [path, text] of Object.entries(TERM_NOTES)) {
      if (text.includes(`==${shown}==`)) h.index.setNote(path, text.replace(`==${shown}==`, shown));
    }
    expect(textOf(panel, ".anc-message")).toBe("A card's highlight was deleted, so it was skipped.");
    expect(panel.currentPhase).toBe("question");
    expect(answerAll(panel).sort()).toEqual(SQS_ANSWERS.filter((a) => a !== shown).sort());
  });

  it("takes in a card filed under an alias the term gains mid-quiz", async () => {
    const h = await createStudyHarness(TERM_NOTES, undefined, { burySiblings: false });
    const panel = quizSqs(h);
    h.index.setNote("AWS/메시징.md", MESSAGING_NOTE.replace("- Amazon SQS", "- Amazon SQS (Simple Queue Service)"));
    h.index.setNote("AWS/SAA/큐.md", `${QUEUE_NOTE}- Simple Queue Service\n\t- 메시지 크기는 최대 ==256KB==\n`);
    expect(h.snapshot().termsById.get("amazon sqs")?.aliases).toContain("Simple Queue Service");
    expect(answerAll(panel).sort()).toEqual([...SQS_ANSWERS, "256KB"].sort());
  });
});
