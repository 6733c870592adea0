/** @jest-environment jsdom */
import { Component, renders, setLanguage } from "../__mocks__/obsidian";
import { createScheduler } from "../../src/core/review";
import { createTermActions } from "../../src/obsidian/term-actions";
import { createStudyHarness, type StudyHarness } from "../ui/study-harness";
import { TERM_NOTES } from "../ui/term-notes";
import { installObsidianDom } from "../editor/obsidian-dom";

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
    expect(actions.describeCards?.("amazon sqs")).toBe("3 cards (1 new), next due in 2 d");
    setLanguage("ko");
    expect(actions.describeCards?.("amazon sqs")).toBe("카드 3장 (새 카드 1장), 다음 복습 2일 후");
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
  beforeAll(() => installObsidianDom());

  function cardActions(opened: [string, string, boolean][]) {
    const owner = new Component();
    const app = { workspace: { openLinkText: (link: string, from: string, newLeaf: boolean) => { opened.push([link, from, newLeaf]); return Promise.resolve(); } } };
    const actions = createTermActions({
      app: app as never, renderOwner: owner as never, snapshot: () => null, store: {} as never,
      openSource: () => undefined, quizTerm: () => undefined, now: () => new Date(0),
    });
    return { owner, actions };
  }

  it("render with HTML shown as text, code spans as written, and the source note as the link base", () => {
    renders.length = 0;
    const { actions } = cardActions([]);
    const card = actions.beginCard?.();
    card?.renderMarkdown(document.createElement("li"), "<img src=x onerror=alert(1)> **굵게** `List<T>`", { path: "AWS/SQS.md", line: 3 });
    expect(renders).toEqual([{ markdown: "&lt;img src=x onerror=alert(1)&gt; **굵게** `List<T>`", sourcePath: "AWS/SQS.md" }]);
  });

  it("follow a clicked [[link]] from the source note, in a new tab with Ctrl or Cmd", () => {
    const opened: [string, string, boolean][] = [];
    const { actions } = cardActions(opened);
    const card = actions.beginCard?.();
    const li = document.body.createEl("li");
    card?.renderMarkdown(li, "[[Amazon SQS]] 참고", { path: "AWS/Queues.md", line: 1 });
    // What Obsidian's renderer makes of `[[Amazon SQS]]`.
    const link = li.createEl("a", { cls: "internal-link", attr: { "data-href": "Amazon SQS", href: "Amazon SQS" } });
    link.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    link.dispatchEvent(new MouseEvent("click", { bubbles: true, ctrlKey: true }));
    li.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    expect(opened).toEqual([["Amazon SQS", "AWS/Queues.md", false], ["Amazon SQS", "AWS/Queues.md", true]]);
  });

  it("belong to one component per card, gone when the card closes", () => {
    const opened: [string, string, boolean][] = [];
    const { owner, actions } = cardActions(opened);
    const first = actions.beginCard?.();
    const second = actions.beginCard?.();
    expect(owner.childCount).toBe(2);
    const li = document.body.createEl("li");
    first?.renderMarkdown(li, "[[S3]]", undefined);
    first?.end();
    expect(owner.childCount).toBe(1);
    // Its click handler went with it.
    li.createEl("a", { cls: "internal-link", attr: { "data-href": "S3" } }).dispatchEvent(new MouseEvent("click", { bubbles: true }));
    expect(opened).toEqual([]);
    second?.end();
    expect(owner.childCount).toBe(0);
  });
});
