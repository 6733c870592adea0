import { Component, setLanguage } from "../__mocks__/obsidian";
import { createScheduler } from "../../src/core/review";
import { createTermActions } from "../../src/obsidian/term-actions";
import { createStudyHarness, type StudyHarness } from "../ui/study-harness";
import { TERM_NOTES } from "../ui/term-notes";

const DAY = 86_400_000;

function setUp(h: StudyHarness, now: () => Date) {
  const quizzes: [string, string][] = [];
  const actions = createTermActions({
    app: {} as never,
    renderOwner: new Component() as never,
    snapshot: () => h.snapshot(),
    store: h.store,
    openSource: () => undefined,
    quizTerm: (termId, name) => { quizzes.push([termId, name]); },
    now,
  });
  return { actions, quizzes };
}

/** Grades the SQS cards answered `answers` with "easy" at the harness's clock; returns the earliest due. */
function learn(h: StudyHarness, answers: string[]): number {
  const scheduler = createScheduler(h.settings);
  const now = h.services.now();
  let earliest = Number.POSITIVE_INFINITY;
  for (const card of h.snapshot().cards.filter((c) => answers.includes(c.answer))) {
    const { log } = scheduler.grade(undefined, "easy", now, card.id);
    h.store.recordReview(log);
    earliest = Math.min(earliest, log.after.due);
  }
  return earliest;
}

beforeEach(() => setLanguage("en"));

describe("the hover card's review state for a term", () => {
  it("counts the term's cards across its notes, the new ones, and says when the next is due", async () => {
    const h = await createStudyHarness(TERM_NOTES);
    const due = learn(h, ["14일", "메시지 큐"]);
    expect(due - h.services.now().getTime()).toBeGreaterThan(2 * DAY);
    const { actions } = setUp(h, () => new Date(due - 2 * DAY));
    expect(actions.describeCards?.("amazon sqs")).toBe("3 cards (1 new), next due in 2d");
    setLanguage("ko");
    expect(actions.describeCards?.("amazon sqs")).toMatch(/^카드 3장 \(새 카드 1장\), 다음 복습 2d 후$/);
  });

  it("says a card is due now once its time has come", async () => {
    const h = await createStudyHarness(TERM_NOTES);
    const due = learn(h, ["14일"]);
    const { actions } = setUp(h, () => new Date(due + 1000));
    expect(actions.describeCards?.("amazon sqs")).toBe("3 cards (2 new), next due now");
  });

  it("says when none of the term's cards has been studied", async () => {
    const h = await createStudyHarness(TERM_NOTES);
    const { actions } = setUp(h, () => h.services.now());
    expect(actions.describeCards?.("amazon sqs")).toBe("3 cards, not studied yet");
  });

  it("describes nothing for a term without cards or a term that is gone", async () => {
    const h = await createStudyHarness(TERM_NOTES);
    const { actions } = setUp(h, () => h.services.now());
    expect(h.snapshot().termsById.has("amazon kinesis")).toBe(true);
    expect(actions.describeCards?.("amazon kinesis")).toBeUndefined();
    expect(actions.describeCards?.("amazon mq")).toBeUndefined();
  });
});

describe("quiz me on this term", () => {
  it("asks for a quiz on the term itself, by id and display name", async () => {
    const h = await createStudyHarness(TERM_NOTES);
    const { actions, quizzes } = setUp(h, () => h.services.now());
    actions.quizTerm?.("amazon sqs");
    expect(quizzes).toEqual([["amazon sqs", "Amazon SQS"]]);
  });

  it("does not open an empty quiz for a term without cards", async () => {
    const h = await createStudyHarness(TERM_NOTES);
    const { actions, quizzes } = setUp(h, () => h.services.now());
    actions.quizTerm?.("amazon kinesis");
    actions.quizTerm?.("amazon mq");
    expect(quizzes).toEqual([]);
  });
});

describe("definition lines handed to the markdown renderer", () => {
  it("have HTML escaped so it shows as text, while markdown stays markdown", async () => {
    const { escapeHtml } = await import("../../src/obsidian/term-actions");
    expect(escapeHtml("<img src=x onerror=alert(1)> **굵게** & `code`")).toBe("&lt;img src=x onerror=alert(1)&gt; **굵게** &amp; `code`");
  });
});
