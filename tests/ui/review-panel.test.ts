/** @jest-environment jsdom */
import { createScheduler } from "../../src/core/review";
import { renderStatistics } from "../../src/ui/panel-stats";
import { ReviewPanel } from "../../src/ui/review-panel";
import { setLanguage } from "../__mocks__/obsidian";
import { installObsidianDom } from "../editor/obsidian-dom";
import { COMPUTE_NOTE, MESSAGING_NOTE, createStudyHarness, press, q, textOf, type StudyHarness } from "./study-harness";

const NOTES = { "AWS/SAA/컴퓨팅.md": COMPUTE_NOTE, "AWS/메시징.md": MESSAGING_NOTE };
const ANSWERS = ["서버리스", "15분", "가상 서버", "메시지 큐"];
/** Most tests walk every card of these notes: siblings are not buried there (burying has tests of its own). */
const EVERY_CARD = { burySiblings: false };

beforeEach(() => {
  installObsidianDom();
  document.body.replaceChildren();
  setLanguage("en");
});

function mount(h: StudyHarness, mode?: ConstructorParameters<typeof ReviewPanel>[2]): ReviewPanel {
  const host = document.body.createDiv();
  return new ReviewPanel(host, h.services, mode);
}

const click = (panel: ReviewPanel, selector: string): void => {
  const el = q(panel, selector);
  if (!el) throw new Error(`nothing matches ${selector}`);
  el.click();
};
const shownAnswer = (panel: ReviewPanel): string => textOf(panel, ".anc-prompt .anc-answer");

describe("the review panel overview", () => {
  it("shows today's due, new and learned counts and offers to start", async () => {
    const h = await createStudyHarness(NOTES, undefined, EVERY_CARD);
    const panel = mount(h);
    expect(textOf(panel, ".anc-count-due .anc-count-value")).toBe("0");
    expect(textOf(panel, ".anc-count-new .anc-count-value")).toBe("4");
    expect(textOf(panel, ".anc-count-learned .anc-count-value")).toBe("0");
    expect((q(panel, ".anc-start") as HTMLButtonElement).disabled).toBe(false);
  });

  it("shows an empty state when the vault has no cards", async () => {
    const h = await createStudyHarness({ "Daily/2025-05-01.md": "- 장보기\n" });
    const panel = mount(h);
    expect(textOf(panel, ".anc-empty-title")).toBe("No cloze cards yet");
    expect(q(panel, ".anc-start")).toBeNull();
  });

  it("limits the counts to the chosen folder or tag", async () => {
    const h = await createStudyHarness(NOTES, undefined, EVERY_CARD);
    const panel = mount(h);
    const select = q(panel, ".anc-scope-select") as HTMLSelectElement;
    const values = Array.from(select.options).map((o) => o.value);
    expect(values).toEqual(expect.arrayContaining(["all", "active", "folder:AWS/SAA", "tag:saa/compute"]));
    select.value = "tag:saa/compute";
    select.dispatchEvent(new Event("change"));
    expect(textOf(panel, ".anc-count-new .anc-count-value")).toBe("3");
    const again = q(panel, ".anc-scope-select") as HTMLSelectElement;
    again.value = "active";
    again.dispatchEvent(new Event("change"));
    expect(textOf(panel, ".anc-count-new .anc-count-value")).toBe("1");
  });
});

describe("a review in the panel", () => {
  it("goes through every card: reveal by key and by tap, grade by key and by button, then a summary", async () => {
    const h = await createStudyHarness(NOTES, undefined, EVERY_CARD);
    const panel = mount(h);
    click(panel, ".anc-start");
    const seen: string[] = [];
    const reveals = [() => press(panel, " "), () => click(panel, ".anc-card"), () => press(panel, "Enter"), () => click(panel, ".anc-show-answer")];
    const grades = [() => press(panel, "4"), () => click(panel, ".anc-grade-easy"), () => press(panel, "4"), () => click(panel, ".anc-grade-easy")];
    for (let i = 0; i < 4; i++) {
      expect(panel.currentPhase).toBe("question");
      const question = q(panel, ".anc-card")!.textContent ?? "";
      expect(textOf(panel, ".anc-prompt .anc-blank")).toBe("[...]");
      press(panel, "3"); // a rating key before the reveal grades nothing
      expect(h.store.getData().logs).toHaveLength(i);
      reveals[i]!();
      expect(panel.currentPhase).toBe("answer");
      seen.push(shownAnswer(panel));
      expect(question).not.toContain(shownAnswer(panel));
      grades[i]!();
      expect(h.store.getData().logs).toHaveLength(i + 1);
    }
    expect(seen.sort()).toEqual([...ANSWERS].sort());
    expect(panel.currentPhase).toBe("summary");
    expect(textOf(panel, ".anc-summary-cards dd")).toBe("4");
    expect(textOf(panel, ".anc-summary-correct dd")).toBe("4 / 4");
    expect(textOf(panel, ".anc-summary-next-due dd")).toMatch(/^in \d+ d$/);
    click(panel, ".anc-leave");
    expect(panel.currentPhase).toBe("overview");
    expect(textOf(panel, ".anc-count-learned .anc-count-value")).toBe("4");
  });

  it("labels each rating button with the interval the scheduler would give, in words", async () => {
    const h = await createStudyHarness(NOTES, undefined, EVERY_CARD);
    const panel = mount(h);
    click(panel, ".anc-start");
    press(panel, " ");
    const interval = (rating: string): string => textOf(panel, `.anc-grade-${rating} .anc-grade-interval`);
    // The learning steps are 1 and 10 minutes; Easy graduates the card to a due date days away.
    expect(h.settings.learningStepsMinutes).toEqual([1, 10]);
    expect(interval("again")).toBe("1 min");
    expect(interval("good")).toBe("10 min");
    expect(interval("hard")).toMatch(/^\d+ min$/);
    const preview = createScheduler(h.settings).preview(undefined, h.services.now());
    const easyDays = Math.round((preview.easy.due - h.services.now().getTime()) / 86_400_000);
    expect(interval("easy")).toBe(`${easyDays} d`);
    expect(textOf(panel, ".anc-grade-again .anc-grade-label")).toBe("Again");
  });

  it("words the rating buttons' intervals in Korean when Obsidian speaks Korean", async () => {
    setLanguage("ko");
    const h = await createStudyHarness(NOTES, undefined, EVERY_CARD);
    const panel = mount(h);
    click(panel, ".anc-start");
    press(panel, " ");
    const interval = (rating: string): string => textOf(panel, `.anc-grade-${rating} .anc-grade-interval`);
    expect(interval("again")).toBe("1분");
    expect(interval("good")).toBe("10분");
    expect(interval("easy")).toMatch(/^\d+일$/);
    expect(panel.rootEl.textContent).not.toMatch(/\d(m|d|h|s)\b/);
  });

  it("shows the answer highlighted where the blank was, in the term and context too", async () => {
    const h = await createStudyHarness({ "AWS/스토리지.md": "- 스토리지 서비스 : 데이터를 보관\n\t- ==Glacier== : 아카이브용 저가 스토리지\n\t- Glacier 는 복원이 느림\n" });
    const panel = mount(h);
    click(panel, ".anc-start");
    expect(q(panel, ".anc-card")!.textContent).not.toContain("Glacier");
    press(panel, " ");
    expect(shownAnswer(panel)).toBe("Glacier");
    expect(textOf(panel, ".anc-prompt")).toBe("Glacier : 아카이브용 저가 스토리지");
  });

  it("brings an 'again' card back at once when nothing else is left, within the learn-ahead limit", async () => {
    const h = await createStudyHarness({ "AWS/메시징.md": MESSAGING_NOTE });
    const panel = mount(h);
    click(panel, ".anc-start");
    press(panel, " ");
    press(panel, "1");
    expect(panel.currentPhase).toBe("question");
    expect(textOf(panel, ".anc-run-count-learning .anc-run-count-value")).toBe("1");
    press(panel, " ");
    expect(shownAnswer(panel)).toBe("메시지 큐");
  });

  it("is done for today when the learning cards come back after the learn-ahead limit, and studies ahead on request", async () => {
    const h = await createStudyHarness({ "AWS/메시징.md": MESSAGING_NOTE }, undefined, { learnAheadMinutes: 0 });
    const panel = mount(h);
    click(panel, ".anc-start");
    press(panel, " ");
    press(panel, "1");
    expect(panel.currentPhase).toBe("summary");
    expect(textOf(panel, ".anc-summary .anc-heading")).toBe("Done for today");
    expect(textOf(panel, ".anc-later")).toBe("1 card in learning comes back in 1 min.");
    click(panel, ".anc-study-ahead");
    expect(panel.currentPhase).toBe("question");
    press(panel, " ");
    expect(shownAnswer(panel)).toBe("메시지 큐");
    press(panel, "4");
    // Nothing is left, even ahead: the summary says so instead of starting an empty run.
    expect(panel.currentPhase).toBe("summary");
    click(panel, ".anc-study-ahead");
    expect(panel.currentPhase).toBe("summary");
    expect(textOf(panel, ".anc-message")).toContain("Nothing to study ahead");
  });

  it("buries an answered card's siblings until tomorrow: one Lambda card today, the other the next day", async () => {
    const h = await createStudyHarness(NOTES);
    const panel = mount(h);
    click(panel, ".anc-start");
    const seen: string[] = [];
    while (panel.currentPhase === "question") {
      press(panel, " ");
      seen.push(shownAnswer(panel));
      press(panel, "4");
    }
    expect(seen).toHaveLength(3);
    expect(seen.filter((a) => a === "서버리스" || a === "15분")).toHaveLength(1);
    // The overview does not count the buried sibling either: nothing is left to start today.
    click(panel, ".anc-leave");
    expect(textOf(panel, ".anc-count-new .anc-count-value")).toBe("0");
    expect((q(panel, ".anc-start") as HTMLButtonElement).disabled).toBe(true);
    h.setNow("2025-05-02T09:00:00Z");
    panel.destroy();
    const nextDay = mount(h);
    click(nextDay, ".anc-start");
    press(nextDay, " ");
    expect(["서버리스", "15분"].filter((a) => !seen.includes(a))).toEqual([shownAnswer(nextDay)]);
  });

  it("takes back the last answer with Ctrl+Z or the button: the card is asked again, its schedule as it was", async () => {
    const h = await createStudyHarness(NOTES);
    const panel = mount(h);
    click(panel, ".anc-start");
    expect(q(panel, ".anc-undo")).toBeNull();
    const first = textOf(panel, ".anc-card");
    press(panel, " ");
    press(panel, "4");
    expect(textOf(panel, ".anc-card")).not.toBe(first);
    const ctrlZ = new KeyboardEvent("keydown", { key: "z", ctrlKey: true, bubbles: true, cancelable: true });
    panel.rootEl.dispatchEvent(ctrlZ);
    expect(ctrlZ.defaultPrevented).toBe(true);
    expect(panel.currentPhase).toBe("question");
    expect(textOf(panel, ".anc-card")).toBe(first);
    expect(Object.keys(h.store.getData().cards)).toEqual([]);
    expect(h.store.getData().logs.map((l) => l.undone)).toEqual([true]);
    // Answered again, and taken back from the summary with the button: the run goes on from there.
    while (panel.currentPhase === "question") { press(panel, " "); press(panel, "4"); }
    expect(panel.currentPhase).toBe("summary");
    const answered = textOf(panel, ".anc-summary-cards dd");
    click(panel, ".anc-summary .anc-undo");
    expect(panel.currentPhase).toBe("question");
    press(panel, " ");
    press(panel, "4");
    expect(textOf(panel, ".anc-summary-cards dd")).toBe(answered);
  });

  it("brings back the siblings an answer buried when the answer is taken back", async () => {
    const h = await createStudyHarness({ "AWS/SAA/컴퓨팅.md": COMPUTE_NOTE });
    const panel = mount(h);
    click(panel, ".anc-start");
    const count = (): string => textOf(panel, ".anc-run-count-new .anc-run-count-value");
    expect(count()).toBe("3");
    press(panel, " ");
    press(panel, "4");
    // The answered card's sibling is buried: one new card left, not two.
    expect(count()).toBe("1");
    click(panel, ".anc-undo");
    expect(count()).toBe("3");
  });

  it("counts new, learning and review cards down as they are answered, with about how long is left", async () => {
    const h = await createStudyHarness(NOTES);
    const panel = mount(h);
    click(panel, ".anc-start");
    const count = (kind: string): string => textOf(panel, `.anc-run-count-${kind} .anc-run-count-value`);
    // Four new cards; Lambda's two are siblings, so the second waits until tomorrow once the first is answered.
    expect([count("new"), count("learning"), count("review")]).toEqual(["4", "0", "0"]);
    expect(q(panel, ".anc-run-count-new")!.classList.contains("is-current")).toBe(true);
    // Four new cards, two learning steps each, ten seconds an answer until the run has its own pace.
    expect(textOf(panel, ".anc-time-left")).toBe("about 1 min left");
    press(panel, " ");
    press(panel, "3");
    expect([count("new"), count("learning"), count("review")]).toEqual(["2", "1", "0"]);
    press(panel, " ");
    press(panel, "4");
    expect([count("new"), count("learning"), count("review")]).toEqual(["1", "1", "0"]);
  });

  it("keeps other entries' answers blank on the context lines that are their cards' lines, before and after the reveal", async () => {
    const h = await createStudyHarness({
      "AWS/컴퓨팅.md": "- 컴퓨팅 서비스 한눈에\n\t- ==AWS Outposts== : 온프레미스에 AWS 인프라를 그대로\n\t- Amazon EC2 : 사양을 골라 쓰는 ==가상 서버==\n",
    });
    const panel = mount(h);
    click(panel, ".anc-start");
    let checked = 0;
    while (panel.currentPhase === "question") {
      const category = textOf(panel, ".anc-card-term") === "컴퓨팅 서비스 한눈에";
      for (const side of ["question", "answer"]) {
        if (category) {
          expect(textOf(panel, ".anc-context")).toContain("사양을 골라 쓰는 […]");
          expect(textOf(panel, ".anc-context")).not.toContain("가상 서버");
          checked++;
        }
        if (side === "question") press(panel, " ");
      }
      press(panel, "4");
    }
    expect(checked).toBe(2);
  });

  it("shows the whole term after the reveal: its other names and the lines of other notes", async () => {
    const h = await createStudyHarness({
      "AWS/메시징.md": "- Amazon Simple Queue Service (SQS)\n\t- 완전관리형 ==메시지 큐== 서비스\n",
      "AWS/SAA/큐.md": "- SQS : 메시지 보존 기간은 최대 14일\n",
    });
    const panel = mount(h);
    click(panel, ".anc-start");
    expect(q(panel, ".anc-whole-term")).toBeNull();
    press(panel, " ");
    // The card shows the entry's own name; the other names (its acronym among them) come after the reveal.
    const names = textOf(panel, ".anc-whole-term-names");
    expect(names).toMatch(/^Also called: /);
    expect(names.split(/: |, /)).toContain("SQS");
    expect(names).not.toContain(textOf(panel, ".anc-card-term"));
    expect(textOf(panel, ".anc-whole-term-lines")).toContain("메시지 보존 기간은 최대 14일");
    // The grade row stays where the reveal button was, above the whole term.
    const controls = q(panel, ".anc-controls")!;
    expect(controls.compareDocumentPosition(q(panel, ".anc-whole-term")!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it("shows the other side of a comparison after the reveal", async () => {
    const h = await createStudyHarness({
      "AWS/컨테이너.md": "- EKS vs ECS\n\t- Amazon EKS\n\t\t- 관리형 ==쿠버네티스== 컨트롤 플레인\n\t- Amazon ECS\n\t\t- AWS 고유의 컨테이너 오케스트레이션\n",
    });
    const panel = mount(h);
    click(panel, ".anc-start");
    expect(textOf(panel, ".anc-card")).not.toContain("AWS 고유의");
    press(panel, " ");
    expect(textOf(panel, ".anc-whole-term-compared")).toBe("Compared with Amazon ECSAWS 고유의 컨테이너 오케스트레이션");
  });

  it("opens the card's note at its line without handing it the keyboard: Space still reveals the card", async () => {
    const h = await createStudyHarness({ "AWS/메시징.md": MESSAGING_NOTE });
    const panel = mount(h);
    click(panel, ".anc-start");
    click(panel, ".anc-open");
    expect(h.opened).toEqual([{ path: "AWS/메시징.md", line: 2, keepFocus: true }]);
    expect(document.activeElement).toBe(panel.rootEl);
    press(panel, " ");
    expect(panel.currentPhase).toBe("answer");
  });
});

describe("setting cards aside", () => {
  it("skips a card to later in the run, buries one until tomorrow and suspends one until brought back", async () => {
    const h = await createStudyHarness(NOTES, undefined, EVERY_CARD);
    const panel = mount(h);
    click(panel, ".anc-start");
    const first = textOf(panel, ".anc-prompt");
    click(panel, ".anc-skip");
    expect(textOf(panel, ".anc-prompt")).not.toBe(first);
    const buried = textOf(panel, ".anc-prompt");
    click(panel, ".anc-bury");
    expect(textOf(panel, ".anc-message")).toBe("Buried until tomorrow.");
    const suspended = textOf(panel, ".anc-prompt");
    click(panel, ".anc-suspend");
    const seen: string[] = [];
    while (panel.currentPhase === "question") {
      seen.push(textOf(panel, ".anc-prompt"));
      press(panel, " ");
      press(panel, "4");
    }
    // The skipped card came back at the end; the buried and the suspended did not.
    expect(seen).toHaveLength(2);
    expect(seen[seen.length - 1]).toBe(first);
    expect(seen).not.toContain(buried);
    expect(seen).not.toContain(suspended);
    expect(h.store.getData().logs).toHaveLength(2);
    click(panel, ".anc-leave");

    // The overview lists them, with their answers still blank, and brings one back.
    expect(textOf(panel, ".anc-set-aside > summary")).toBe("Set aside and leeches (2)");
    const aside = q(panel, ".anc-set-aside") as HTMLDetailsElement;
    aside.open = true;
    aside.dispatchEvent(new Event("toggle"));
    expect(textOf(panel, ".anc-set-aside-suspended")).toContain(suspended);
    expect(textOf(panel, ".anc-set-aside-buried")).toContain(buried);
    expect(textOf(panel, ".anc-set-aside-buried")).toContain("back in");
    click(panel, ".anc-set-aside-suspended .anc-bring-back");
    expect(textOf(panel, ".anc-set-aside > summary")).toBe("Set aside and leeches (1)");
    expect(textOf(panel, ".anc-count-new .anc-count-value")).toBe("1");

    // The next study day the buried card is back too.
    h.setNow("2025-05-02T09:00:00Z");
    panel.destroy();
    const nextDay = mount(h);
    click(nextDay, ".anc-start");
    const tomorrow: string[] = [];
    while (nextDay.currentPhase === "question") {
      tomorrow.push(textOf(nextDay, ".anc-prompt"));
      press(nextDay, " ");
      press(nextDay, "4");
    }
    expect(tomorrow).toEqual(expect.arrayContaining([buried, suspended]));
  });

  it("takes back a bury or a suspend with Undo: the card is asked again and no longer set aside", async () => {
    const h = await createStudyHarness(NOTES, undefined, EVERY_CARD);
    const panel = mount(h);
    click(panel, ".anc-start");
    const first = textOf(panel, ".anc-prompt");
    click(panel, ".anc-suspend");
    expect(textOf(panel, ".anc-prompt")).not.toBe(first);
    click(panel, ".anc-undo");
    expect(textOf(panel, ".anc-message")).toBe("Brought back: the card is asked again.");
    expect(textOf(panel, ".anc-prompt")).toBe(first);
    const id = Object.keys(h.store.getData().flags ?? {})[0]!;
    expect(h.store.getData().flags?.[id]).toMatchObject({ suspended: false, buriedUntil: 0 });
    // An answer given before the suspend is still there to take back after it.
    press(panel, " ");
    press(panel, "4");
    click(panel, ".anc-bury");
    click(panel, ".anc-undo");
    click(panel, ".anc-undo");
    expect(textOf(panel, ".anc-prompt")).toBe(first);
    expect(h.store.getData().logs.map((l) => l.undone === true)).toEqual([true]);
  });

  it("flags a leech on its face and lists it with a way to its line", async () => {
    const h = await createStudyHarness({ "AWS/메시징.md": MESSAGING_NOTE });
    const id = h.snapshot().cards[0]!.id;
    const scheduler = createScheduler({ desiredRetention: 0.9, maximumIntervalDays: 36500, learningStepsMinutes: [1, 10] });
    let at = Date.parse("2025-03-01T09:00:00Z");
    // Learned, then forgotten eight times over two months.
    for (let i = 0; i < 40 && (h.store.getState(id)?.lapses ?? 0) < 8; i++) {
      const state = h.store.getState(id);
      const rating = state?.state === "review" ? "again" : "easy";
      h.store.recordReview(scheduler.grade(state, rating, new Date(at), id).log);
      at += 86_400_000;
    }
    expect(h.store.getState(id)?.lapses).toBe(8);
    h.setNow(new Date(Math.max(at, h.store.getState(id)!.due) + 60_000).toISOString());
    const panel = mount(h);
    const aside = q(panel, ".anc-set-aside") as HTMLDetailsElement;
    aside.open = true;
    aside.dispatchEvent(new Event("toggle"));
    expect(textOf(panel, ".anc-set-aside-leech")).toContain("AWS에서 제공하는 완전관리형 [...] 서비스");
    click(panel, ".anc-set-aside-leech .anc-open-line");
    expect(h.opened.at(-1)).toMatchObject({ path: "AWS/메시징.md", line: 2 });
    click(panel, ".anc-start");
    expect(textOf(panel, ".anc-leech")).toBe("Leech: failed 8 times");
  });
});

describe("note changes during a review", () => {
  it("skips a card whose highlight was deleted, with a short message", async () => {
    const h = await createStudyHarness({ "AWS/메시징.md": MESSAGING_NOTE, "AWS/SAA/컴퓨팅.md": COMPUTE_NOTE });
    const panel = mount(h);
    click(panel, ".anc-start");
    press(panel, " ");
    const first = shownAnswer(panel);
    const path = first === "메시지 큐" ? "AWS/메시징.md" : "AWS/SAA/컴퓨팅.md";
    const text = path === "AWS/메시징.md" ? MESSAGING_NOTE : COMPUTE_NOTE;
    const highlighted = first === "가상 서버" ? /<mark[^>]*>\s*가상 서버\s*<\/mark>/ : `==${first}==`;
    h.index.setNote(path, text.replace(highlighted, first));
    expect(panel.currentPhase).toBe("question");
    expect(textOf(panel, ".anc-message")).toBe("A card's highlight was deleted, so it was skipped.");
    press(panel, " ");
    expect(shownAnswer(panel)).not.toBe(first);
    expect(shownAnswer(panel)).not.toBe("");
  });

  it("shows an edited card's new text without losing the user's place", async () => {
    const h = await createStudyHarness({ "AWS/메시징.md": MESSAGING_NOTE });
    const panel = mount(h);
    click(panel, ".anc-start");
    press(panel, " ");
    h.index.setNote("AWS/메시징.md", MESSAGING_NOTE.replace("완전관리형", "서버리스 완전관리형"));
    expect(panel.currentPhase).toBe("answer");
    expect(textOf(panel, ".anc-prompt")).toContain("서버리스 완전관리형");
    expect(q(panel, ".anc-message")).toBeNull();
    press(panel, "4");
    expect(h.store.getData().logs).toHaveLength(1);
  });
});

/** Opens the Statistics section, as a click on its summary does. */
function openStatistics(panel: ReviewPanel, open = true): void {
  const details = panel.rootEl.querySelector<HTMLDetailsElement>(".anc-stats-details")!;
  details.open = open;
  details.dispatchEvent(new Event("toggle"));
}

describe("while the review history loads", () => {
  it("says so and offers no review, then shows the overview once it is in", async () => {
    const h = await createStudyHarness(NOTES, undefined, EVERY_CARD);
    let loading = true;
    const listeners = new Set<() => void>();
    const waiting = new ReviewPanel(document.body.createDiv(), {
      ...h.services, isLoading: () => loading,
      onReviewsChange: (l) => { listeners.add(l); return () => listeners.delete(l); },
    });
    expect(textOf(waiting, ".anc-loading")).toBe("Loading your review history…");
    expect(waiting.rootEl.querySelector(".anc-start")).toBeNull();
    loading = false;
    for (const l of listeners) l();
    expect(waiting.rootEl.querySelector(".anc-loading")).toBeNull();
    expect(waiting.rootEl.querySelector(".anc-start")).not.toBeNull();
  });
});

describe("the overview follows changes in place", () => {
  it("keeps Statistics open and its figures current while notes are saved, and computes nothing while it is closed", async () => {
    const h = await createStudyHarness(NOTES, undefined, EVERY_CARD);
    const panel = mount(h);
    expect(panel.rootEl.querySelector(".anc-stats")).toBeNull();
    openStatistics(panel);
    const details = panel.rootEl.querySelector(".anc-stats-details");
    expect(textOf(panel, ".anc-legend-new")).toBe("New 4");
    // An autosave while typing: a new highlight in a note.
    h.index.setNote("AWS/메시징.md", `${MESSAGING_NOTE}\t- ==데드 레터 큐==로 실패 메시지를 보냄\n`);
    expect(panel.rootEl.querySelector(".anc-stats-details")).toBe(details);
    expect((details as HTMLDetailsElement).open).toBe(true);
    expect(textOf(panel, ".anc-legend-new")).toBe("New 5");
    expect(textOf(panel, ".anc-count-new .anc-count-value")).toBe("5");
    openStatistics(panel, false);
    expect(panel.rootEl.querySelector(".anc-stats")).toBeNull();
    h.index.setNote("AWS/메시징.md", MESSAGING_NOTE);
    expect(panel.rootEl.querySelector(".anc-stats")).toBeNull();
    expect(textOf(panel, ".anc-count-new .anc-count-value")).toBe("4");
  });

  it("leaves the scope menu alone while it is in use", async () => {
    const h = await createStudyHarness(NOTES, undefined, EVERY_CARD);
    const panel = mount(h);
    const select = panel.rootEl.querySelector<HTMLSelectElement>(".anc-scope-select")!;
    select.focus();
    const options = [...select.options];
    h.index.setNote("AWS/새 폴더/노트.md", "- Amazon SQS\n\t- ==메시지 큐== 서비스\n");
    expect(panel.rootEl.querySelector(".anc-scope-select")).toBe(select);
    expect([...select.options]).toEqual(options);
    select.blur();
    h.index.setNote("AWS/새 폴더/노트.md", "- Amazon SQS\n\t- ==메시지 큐== 서비스 ==표준 큐==\n");
    expect([...select.options].map((o) => o.value)).toContain("folder:AWS/새 폴더");
  });
});

describe("statistics", () => {
  it("draws reviews per day, retention, cards by state and the forecast", async () => {
    const h = await createStudyHarness(NOTES, undefined, EVERY_CARD);
    const panel = mount(h);
    openStatistics(panel);
    expect(textOf(panel, ".anc-stats .anc-empty")).toContain("No reviews yet");
    click(panel, ".anc-start");
    for (let i = 0; i < 4; i++) { press(panel, " "); press(panel, "4"); }
    click(panel, ".anc-leave");
    expect(panel.rootEl.querySelectorAll(".anc-chart-reviews .anc-chart-slot")).toHaveLength(30);
    expect(textOf(panel, ".anc-chart-reviews .anc-chart-caption")).toBe("4 in total");
    expect(textOf(panel, ".anc-retention")).toBe("No reviews of learned cards yet.");
    expect(textOf(panel, ".anc-legend-review")).toBe("Review 4");
    expect(textOf(panel, ".anc-chart-forecast .anc-chart-caption")).toBe("4 in total");
  });

  it("labels its charts with dates and a scale, shades a year of days, counts the streak and lists retention by month", async () => {
    const h = await createStudyHarness(NOTES, undefined, EVERY_CARD);
    const panel = mount(h);
    click(panel, ".anc-start");
    for (let i = 0; i < 4; i++) { press(panel, " "); press(panel, "4"); }
    click(panel, ".anc-leave");
    openStatistics(panel);
    // The harness's day is 1 May 2025: the reviews chart runs from 2 April to 1 May, its tallest bar 4 reviews.
    expect([...panel.rootEl.querySelectorAll(".anc-chart-reviews .anc-chart-dates span")].map((s) => s.textContent)).toEqual(["4/2", "4/17", "5/1"]);
    expect(textOf(panel, ".anc-chart-reviews .anc-chart-scale")).toBe("40");
    expect(panel.rootEl.querySelectorAll(".anc-heatmap .anc-heat")).toHaveLength(364);
    expect(panel.rootEl.querySelectorAll(".anc-heatmap rect.anc-heat-4")).toHaveLength(1);
    expect(textOf(panel, ".anc-heatmap .anc-chart-caption")).toBe("4 in total · 1-day streak");
    // Nothing was learned before, so no answer yet was to a card in review: no month to list.
    expect(panel.rootEl.querySelector(".anc-retention-months")).toBeNull();
  });

  it("reads a year of review history the first time Statistics opens, and says so while it reads", async () => {
    const h = await createStudyHarness(NOTES, undefined, EVERY_CARD);
    let release: () => void = () => undefined;
    const asked: number[] = [];
    h.services.loadHistory = (days) => { asked.push(days); return new Promise<void>((resolve) => { release = resolve; }); };
    const panel = mount(h);
    click(panel, ".anc-start");
    press(panel, " ");
    press(panel, "4");
    click(panel, ".anc-end");
    click(panel, ".anc-leave");
    openStatistics(panel);
    expect(asked).toEqual([365]);
    expect(textOf(panel, ".anc-stats")).toContain("Reading older reviews…");
    openStatistics(panel, false);
    openStatistics(panel);
    expect(asked).toHaveLength(1);
    release();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(textOf(panel, ".anc-stats")).not.toContain("Reading older reviews…");
  });

  it("still draws the charts when every review is older than the weeks of logs in memory", () => {
    const host = document.body.createDiv();
    const reviewed = {
      due: Date.parse("2025-05-20T09:00:00Z"), stability: 40, difficulty: 5, elapsedDays: 30, scheduledDays: 50,
      reps: 4, lapses: 0, learningStep: 0, state: "review" as const, lastReview: Date.parse("2025-03-01T09:00:00Z"),
    };
    renderStatistics(host, {
      cardIds: ["ec2"], states: new Map([["ec2", reviewed]]), logs: [], now: new Date("2025-05-01T09:00:00Z"),
      rolloverHour: 4, tzOffsetMinutes: 0,
    });
    expect(host.querySelector(".anc-stats .anc-empty")).toBeNull();
    expect(host.querySelector(".anc-chart-reviews .anc-chart-caption")?.textContent).toBe("0 in total");
  });
});

describe("safety and clean-up", () => {
  it("shows HTML in a card's prompt as text", async () => {
    const h = await createStudyHarness({ "AWS/악성.md": "- Amazon SQS\n\t- `<img src=x onerror=alert(1)>` 를 보내는 ==메시지 큐==\n" });
    const panel = mount(h);
    click(panel, ".anc-start");
    expect(panel.rootEl.querySelector("img, script")).toBeNull();
    expect(textOf(panel, ".anc-prompt")).toContain("<img src=x onerror=alert(1)>");
  });

  it("removes its listeners and its element on destroy", async () => {
    const h = await createStudyHarness(NOTES, undefined, EVERY_CARD);
    const panel = mount(h);
    expect(h.listenerCount()).toBe(1);
    const root = panel.rootEl;
    panel.destroy();
    expect(h.listenerCount()).toBe(0);
    expect(root.isConnected).toBe(false);
  });

  it("speaks Korean when Obsidian does", async () => {
    setLanguage("ko");
    const h = await createStudyHarness(NOTES, undefined, EVERY_CARD);
    const panel = mount(h);
    expect(textOf(panel, ".anc-start")).toBe("복습 시작");
    click(panel, ".anc-start");
    expect(textOf(panel, ".anc-show-answer")).toContain("정답 보기");
  });
});
