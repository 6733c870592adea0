/** @jest-environment jsdom */
import { createScheduler } from "../../src/core/review";
import { renderStatistics } from "../../src/ui/panel-stats";
import { ReviewPanel } from "../../src/ui/review-panel";
import { setLanguage } from "../__mocks__/obsidian";
import { installObsidianDom } from "../editor/obsidian-dom";
import { COMPUTE_NOTE, MESSAGING_NOTE, createStudyHarness, type StudyHarness, press, textOf } from "./study-harness";

const NOTES = { "AWS/SAA/컴퓨팅.md": COMPUTE_NOTE, "AWS/메시징.md": MESSAGING_NOTE };
const ANSWERS = ["서버리스", "15분", "가상 서버", "메시지 큐"];

beforeEach(() => {
  installObsidianDom();
  document.body.replaceChildren();
  setLanguage("en");
});

function mount(h: StudyHarness, mode?: ConstructorParameters<typeof ReviewPanel>[2]): ReviewPanel {
  const host = document.body.createDiv();
  return new ReviewPanel(host, h.services, mode);
}

const q = (panel: ReviewPanel, selector: string): HTMLElement | null => panel.rootEl.querySelector<HTMLElement>(selector);
const click = (panel: ReviewPanel, selector: string): void => {
  const el = q(panel, selector);
  if (!el) throw new Error(`nothing matches ${selector}`);
  el.click();
};
const shownAnswer = (panel: ReviewPanel): string => textOf(panel, ".anc-prompt .anc-answer");

describe("the review panel overview", () => {
  it("shows today's due, new and learned counts and offers to start", async () => {
    const h = await createStudyHarness(NOTES);
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
    const h = await createStudyHarness(NOTES);
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
    const h = await createStudyHarness(NOTES);
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
    expect(textOf(panel, ".anc-summary-next-due dd")).toMatch(/^in \d+d$/);
    click(panel, ".anc-leave");
    expect(panel.currentPhase).toBe("overview");
    expect(textOf(panel, ".anc-count-learned .anc-count-value")).toBe("4");
  });

  it("labels each rating button with the interval the scheduler would give", async () => {
    const h = await createStudyHarness(NOTES);
    const panel = mount(h);
    click(panel, ".anc-start");
    press(panel, " ");
    const preview = createScheduler(h.settings).preview(undefined, h.services.now());
    for (const rating of ["again", "hard", "good", "easy"] as const) {
      expect(textOf(panel, `.anc-grade-${rating} .anc-grade-interval`)).toBe(preview[rating].intervalLabel);
    }
    expect(textOf(panel, ".anc-grade-again .anc-grade-label")).toBe("Again");
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

  it("brings an 'again' card back after its learning step", async () => {
    const h = await createStudyHarness({ "AWS/메시징.md": MESSAGING_NOTE });
    const panel = mount(h);
    click(panel, ".anc-start");
    press(panel, " ");
    press(panel, "1");
    expect(panel.currentPhase).toBe("waiting");
    expect(textOf(panel, ".anc-waiting p")).toContain("in 1m");
    h.setNow("2025-05-01T09:01:30Z");
    click(panel, ".anc-check");
    expect(panel.currentPhase).toBe("question");
    press(panel, " ");
    expect(shownAnswer(panel)).toBe("메시지 큐");
  });

  it("opens the card's note at its line", async () => {
    const h = await createStudyHarness({ "AWS/메시징.md": MESSAGING_NOTE });
    const panel = mount(h);
    click(panel, ".anc-start");
    click(panel, ".anc-open");
    expect(h.opened).toEqual([{ path: "AWS/메시징.md", line: 2 }]);
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
    const h = await createStudyHarness(NOTES);
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
    const h = await createStudyHarness(NOTES);
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
    const h = await createStudyHarness(NOTES);
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
    const h = await createStudyHarness(NOTES);
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
    const h = await createStudyHarness(NOTES);
    const panel = mount(h);
    expect(h.listenerCount()).toBe(1);
    const root = panel.rootEl;
    panel.destroy();
    expect(h.listenerCount()).toBe(0);
    expect(root.isConnected).toBe(false);
  });

  it("speaks Korean when Obsidian does", async () => {
    setLanguage("ko");
    const h = await createStudyHarness(NOTES);
    const panel = mount(h);
    expect(textOf(panel, ".anc-start")).toBe("복습 시작");
    click(panel, ".anc-start");
    expect(textOf(panel, ".anc-show-answer")).toContain("정답 보기");
  });
});
