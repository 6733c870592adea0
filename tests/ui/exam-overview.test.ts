/** @jest-environment jsdom */
import { examDayStart } from "../../src/core/exam/exam-date";
import { examGuide, servicesInScope } from "../../src/core/exam/guides";
import { ReviewPanel } from "../../src/ui/review-panel";
import type { PluginSettings } from "../../src/settings";
import { setLanguage } from "../__mocks__/obsidian";
import { installObsidianDom } from "../editor/obsidian-dom";
import {
  COMPUTE_PATH, EXAM_COMPUTE_NOTE, EXAM_MESSAGING_NOTE, MESSAGING_PATH, answerUntilQuestion, optionNames, pickByKey, shownQuestion,
} from "./exam-notes";
import { COMPUTE_NOTE, all, createStudyHarness, press, q, textOf, type StudyHarness } from "./study-harness";

/** The harness's clock: 1 May 2025, 09:00 UTC (the tests run with TZ=UTC). */
const NOW = "2025-05-01T09:00:00Z";
const EXAM_NOTES = { [COMPUTE_PATH]: EXAM_COMPUTE_NOTE, [MESSAGING_PATH]: EXAM_MESSAGING_NOTE };

beforeEach(() => {
  installObsidianDom();
  document.body.replaceChildren();
  setLanguage("en");
});

function mount(h: StudyHarness): ReviewPanel {
  return new ReviewPanel(document.body.createDiv(), h.services);
}

const click = (panel: ReviewPanel, selector: string): void => {
  const el = q(panel, selector);
  if (!el) throw new Error(`nothing matches ${selector}`);
  el.click();
};

/** Opens one of the exam part's sections ("coverage", "pairs") as a tap on its summary would. */
function openSection(panel: ReviewPanel, id: string): HTMLDetailsElement {
  const details = panel.rootEl.querySelector<HTMLDetailsElement>(`details.anc-exam-${id}`);
  if (!details) throw new Error(`no ${id} section`);
  details.open = true;
  details.dispatchEvent(new Event("toggle"));
  return panel.rootEl.querySelector<HTMLDetailsElement>(`details.anc-exam-${id}`)!;
}

/** Ends the run on screen and goes back to the overview. */
function backToOverview(panel: ReviewPanel): void {
  if (panel.currentPhase !== "summary") click(panel, ".anc-end");
  click(panel, ".anc-leave");
  expect(panel.currentPhase).toBe("overview");
}

/** The ids of the questions a run asks, answered right, until it ends. */
function askedUntilEnd(h: StudyHarness, panel: ReviewPanel): string[] {
  const asked: string[] = [];
  for (let guard = 0; guard < 30 && panel.currentPhase === "question"; guard++) {
    const card = shownQuestion(h, panel);
    if (!card) throw new Error(`not a question: ${textOf(panel, ".anc-prompt")}`);
    asked.push(card.id);
    pickByKey(panel, card.answer);
    press(panel, " ");
  }
  return asked;
}

describe("the exam day", () => {
  it("counts the days left to an exam date ahead, next to the exam's code", async () => {
    const h = await createStudyHarness(EXAM_NOTES, NOW, { exam: "SAA-C03", examDate: "2025-05-13" });
    const panel = mount(h);
    expect(textOf(panel, ".anc-exam-day .anc-exam-name")).toBe("SAA-C03");
    expect(textOf(panel, ".anc-exam-day .anc-dday")).toBe("D-12");
  });

  it("says so on the day of the exam", async () => {
    const h = await createStudyHarness(EXAM_NOTES, NOW, { exam: "SAA-C03", examDate: "2025-05-01" });
    expect(textOf(mount(h), ".anc-dday")).toBe("D-day: the exam is today");
  });

  it("shows no count for an exam date that is past, and no exam part at all without an exam or confusions", async () => {
    const past = await createStudyHarness(EXAM_NOTES, NOW, { exam: "SAA-C03", examDate: "2025-04-20" });
    const panel = mount(past);
    expect(textOf(panel, ".anc-exam-name")).toBe("SAA-C03");
    expect(q(panel, ".anc-dday")).toBeNull();
    const none = await createStudyHarness(EXAM_NOTES, NOW, { examDate: "2025-04-20" });
    const bare = mount(none);
    expect(q(bare, ".anc-dday")).toBeNull();
    expect(q(bare, ".anc-exam")!.classList.contains("is-hidden")).toBe(true);
    expect(q(bare, ".anc-exam-sections")!.classList.contains("is-hidden")).toBe(true);
  });

  it("puts the exam's day above today's counts and its sections below the statistics, so Start stays in sight", async () => {
    const panel = mount(await createStudyHarness(EXAM_NOTES, NOW, { exam: "SAA-C03", examDate: "2025-05-13" }));
    const order = all(panel, ".anc-exam, .anc-heading, .anc-start, .anc-stats-details, .anc-exam-sections").map((el) => el.className.split(" ")[0]);
    expect(order).toEqual(["anc-exam", "anc-heading", "anc-button", "anc-stats-details", "anc-exam-sections"]);
  });
});

describe("coverage of the exam guide", () => {
  it("lists the guide's domains and marks the services the notes define as in notes, the others as missing", async () => {
    const h = await createStudyHarness(EXAM_NOTES, NOW, { exam: "SAA-C03" });
    const panel = mount(h);
    expect(textOf(panel, ".anc-exam-coverage summary")).toBe("Coverage of SAA-C03");
    // Measured only while open.
    expect(q(panel, ".anc-coverage-domain")).toBeNull();
    openSection(panel, "coverage");
    const guide = examGuide("SAA-C03")!;
    const domains = all(panel, ".anc-coverage-domain-name").map((d) => d.textContent);
    expect(domains).toEqual(guide.domains.map((d) => `${d.name} (${d.weight}%)`));
    expect(domains).toContain("Design Resilient Architectures (26%)");

    const items = all(panel, ".anc-coverage-services li");
    const status = (id: string): string[] => [...new Set(items.filter((li) => li.dataset.service === id).map((li) => li.querySelector(".anc-badge")?.textContent ?? ""))];
    // The notes define these SAA services (Lightsail is not in this exam's guide).
    const inNotes = [...new Set(items.filter((li) => !li.classList.contains("is-missing")).map((li) => li.dataset.service))].sort();
    expect(inNotes).toEqual(["batch", "ec2", "elastic-beanstalk", "fargate", "lambda", "sns", "sqs"]);
    expect(status("ec2")).toEqual(["In notes"]);
    expect(status("dynamodb")).toEqual(["Missing"]);
    // A missing service is only named: no definition comes from anywhere but the notes.
    for (const li of items.filter((i) => i.dataset.service === "dynamodb")) {
      expect([...li.children].map((c) => c.textContent)).toEqual(["Amazon DynamoDB", "Missing"]);
    }
    // Every in-scope service of the guide is listed, and the footer counts them all.
    const total = servicesInScope(examGuide("SAA-C03")!).length;
    expect(new Set(items.map((li) => li.dataset.service)).size).toBe(total);
    expect(textOf(panel, ".anc-exam-coverage > p")).toBe(`Your notes define ${inNotes.length} of the ${total} services in the exam guide.`);
  });

  it("follows the notes while open: a service newly defined is in notes at once", async () => {
    const h = await createStudyHarness(EXAM_NOTES, NOW, { exam: "SAA-C03" });
    const panel = mount(h);
    openSection(panel, "coverage");
    const badge = (): string => textOf(panel, '.anc-coverage-services li[data-service="dynamodb"] .anc-badge');
    expect(badge()).toBe("Missing");
    h.index.setNote("AWS/SAA/데이터베이스.md", "- Amazon DynamoDB\n\t- 밀리초 단위 응답의 키-값 NoSQL 데이터베이스\n");
    expect(q(panel, "details.anc-exam-coverage")!.hasAttribute("open")).toBe(true);
    expect(badge()).toBe("In notes");
  });

  it("marks a service reviewed once one of its cards is answered", async () => {
    const h = await createStudyHarness(EXAM_NOTES, NOW, { exam: "SAA-C03", burySiblings: false });
    const panel = mount(h);
    click(panel, ".anc-start");
    const card = answerUntilQuestion(h, panel, "AWS Lambda");
    pickByKey(panel, card.answer);
    press(panel, " ");
    backToOverview(panel);
    openSection(panel, "coverage");
    expect(textOf(panel, '.anc-coverage-services li[data-service="lambda"] .anc-badge')).toBe("Reviewed");
  });
});

describe("confused pairs", () => {
  /** A review where the EC2 question is answered with a wrong pick of a term that has a question of its own. */
  async function confuseEc2(times: number, overrides: Partial<PluginSettings> = {}): Promise<{ h: StudyHarness; panel: ReviewPanel; picked: string }> {
    const h = await createStudyHarness(EXAM_NOTES, NOW, { burySiblings: false, choiceCount: 5, ...overrides });
    const panel = mount(h);
    click(panel, ".anc-start");
    let picked = "";
    for (let i = 0; i < times; i++) {
      if (i > 0) h.setNow(new Date(Date.parse(NOW) + i * 120_000).toISOString());
      answerUntilQuestion(h, panel, "Amazon EC2");
      picked ||= optionNames(panel).find((n) => n === "AWS Lambda" || n === "AWS Fargate")!;
      pickByKey(panel, picked);
      press(panel, " ");
    }
    backToOverview(panel);
    return { h, panel, picked };
  }

  it("lists a pair after wrong picks, with how often, and drills its cards", async () => {
    const { h, panel, picked } = await confuseEc2(2);
    expect(q(panel, ".anc-exam-sections")!.classList.contains("is-hidden")).toBe(false);
    expect(textOf(panel, ".anc-exam-pairs summary")).toBe("Confused pairs (1)");
    openSection(panel, "pairs");
    expect(textOf(panel, ".anc-confusion-pair")).toBe(`Amazon EC2 ↔ ${picked}`);
    expect(textOf(panel, ".anc-confusions li .anc-muted")).toBe("2×");
    // The drill: the answer's question first, then the picked term's, and nothing else.
    const ec2 = h.snapshot().cards.find((c) => c.kind === "reverse" && c.answer === "Amazon EC2")!;
    const other = h.snapshot().cards.find((c) => c.kind === "reverse" && c.answer === picked)!;
    expect(textOf(panel, ".anc-drill")).toBe("Drill these pairs (2 cards)");
    click(panel, ".anc-drill");
    expect(panel.currentPhase).toBe("question");
    expect(askedUntilEnd(h, panel)).toEqual([ec2.id, other.id]);
    expect(panel.currentPhase).toBe("summary");
  });

  it("records a wrong pick in the drill with its answer, so the pair's count goes up", async () => {
    const { h, panel, picked } = await confuseEc2(1);
    openSection(panel, "pairs");
    expect(textOf(panel, ".anc-confusions li .anc-muted")).toBe("1×");
    h.setNow("2025-05-01T12:00:00Z");
    click(panel, ".anc-drill");
    expect(textOf(panel, ".anc-rule")).toBe("The first answer to each learned card counts as its review, due or not. New cards are practice.");
    const card = shownQuestion(h, panel)!;
    expect(card.answer).toBe("Amazon EC2");
    const before = h.store.getData().logs.filter((l) => l.cardId === card.id).length;
    pickByKey(panel, picked);
    const logs = h.store.getData().logs.filter((l) => l.cardId === card.id);
    expect(logs).toHaveLength(before + 1);
    expect(logs.at(-1)?.pick).toEqual({ picked, answer: "Amazon EC2" });
    backToOverview(panel);
    expect(textOf(panel, ".anc-confusions li .anc-muted")).toBe("2×");
  });

  it("keeps the pairs and coverage sections open across a run, as Statistics stays open", async () => {
    const { panel } = await confuseEc2(1, { exam: "SAA-C03" });
    openSection(panel, "pairs");
    openSection(panel, "coverage");
    expect(q(panel, ".anc-coverage-domain")).not.toBeNull();
    click(panel, ".anc-drill");
    expect(panel.currentPhase).toBe("question");
    backToOverview(panel);
    expect(panel.rootEl.querySelector<HTMLDetailsElement>("details.anc-exam-pairs")?.open).toBe(true);
    expect(panel.rootEl.querySelector(".anc-confusions")).not.toBeNull();
    expect(panel.rootEl.querySelector<HTMLDetailsElement>("details.anc-exam-coverage")?.open).toBe(true);
    expect(q(panel, ".anc-coverage-domain")).not.toBeNull();
  });

  it("lists no pair for right picks", async () => {
    const h = await createStudyHarness(EXAM_NOTES, NOW, { burySiblings: false });
    const panel = mount(h);
    click(panel, ".anc-start");
    for (const answer of ["Amazon EC2", "AWS Lambda"]) {
      const card = answerUntilQuestion(h, panel, answer);
      pickByKey(panel, card.answer);
      press(panel, " ");
    }
    backToOverview(panel);
    expect(q(panel, ".anc-exam-pairs")).toBeNull();
  });
});

describe("cram", () => {
  /** Learns the cloze note's three cards on 1 May: the first shown wrong (Again), the other two Easy. */
  async function learnThree(overrides: Partial<PluginSettings>): Promise<{ h: StudyHarness; weakest: string }> {
    const h = await createStudyHarness({ "AWS/SAA/컴퓨팅.md": COMPUTE_NOTE }, NOW, { burySiblings: false, ...overrides });
    const panel = mount(h);
    click(panel, ".anc-start");
    const weakest = textOf(panel, ".anc-prompt");
    press(panel, " ");
    press(panel, "1");
    const easy: string[] = [];
    for (let i = 0; i < 2; i++) {
      easy.push(textOf(panel, ".anc-prompt"));
      press(panel, " ");
      press(panel, "4");
    }
    expect(new Set([weakest, ...easy]).size).toBe(3);
    backToOverview(panel);
    expect(q(panel, ".anc-cram")).toBeNull();
    panel.destroy();
    return { h, weakest };
  }

  it("opens in the last days before the exam and starts with the weakest card", async () => {
    const { h, weakest } = await learnThree({ exam: "SAA-C03", examDate: "2025-05-13" });
    // Seven days later: five days left, inside the default seven cram days.
    h.setNow("2025-05-08T09:00:00Z");
    const panel = mount(h);
    expect(textOf(panel, ".anc-dday")).toBe("D-5");
    expect(textOf(panel, ".anc-cram")).toBe("Cram: 3 weakest cards");
    click(panel, ".anc-cram");
    expect(panel.currentPhase).toBe("question");
    expect(textOf(panel, ".anc-prompt")).toBe(weakest);
    const asked = [weakest];
    for (let guard = 0; guard < 5 && panel.currentPhase === "question"; guard++) {
      press(panel, " ");
      press(panel, "3");
      if (panel.currentPhase === "question") asked.push(textOf(panel, ".anc-prompt"));
    }
    expect(new Set(asked).size).toBe(3);
  });

  it("stays closed outside the cram days", async () => {
    const { h } = await learnThree({ exam: "SAA-C03", examDate: "2025-05-13", cramDays: 3 });
    h.setNow("2025-05-08T09:00:00Z");
    const panel = mount(h);
    expect(textOf(panel, ".anc-dday")).toBe("D-5");
    expect(q(panel, ".anc-cram")).toBeNull();
  });
});

describe("reviews before the exam", () => {
  /** Learns the cloze note's cards Easy on 1 May, then reviews them when all are due, grading Good, Easy, Good. */
  async function reviewTwice(examDate: string): Promise<number[]> {
    const h = await createStudyHarness({ "AWS/SAA/컴퓨팅.md": COMPUTE_NOTE }, NOW, { burySiblings: false, examDate });
    let panel = mount(h);
    click(panel, ".anc-start");
    while (panel.currentPhase === "question") { press(panel, " "); press(panel, "4"); }
    panel.destroy();
    const ids = h.snapshot().cards.map((c) => c.id);
    const dues = ids.map((id) => h.store.getState(id)!.due);
    h.setNow(new Date(Math.max(...dues) + 3_600_000).toISOString());
    panel = mount(h);
    click(panel, ".anc-start");
    for (const key of ["3", "4", "3"]) {
      expect(panel.currentPhase).toBe("question");
      press(panel, " ");
      press(panel, key);
    }
    panel.destroy();
    return ids.map((id) => h.store.getState(id)!.due);
  }

  it("keeps a learned card's next review before the exam, whether graded Good or Easy", async () => {
    const examDate = "2025-05-31";
    const examStart = examDayStart(examDate, 4, 0)!;
    const capped = await reviewTwice(examDate);
    for (const due of capped) expect(due).toBeLessThan(examStart);
    // Without an exam date the same answers put the reviews after that day: the date is what kept them before.
    const free = await reviewTwice("");
    expect(free.every((due) => due > examStart)).toBe(true);
  });

  it("brings a card learned before the exam date was set, due after the exam, into the reviews of the eve", async () => {
    const h = await createStudyHarness({ "AWS/SAA/컴퓨팅.md": COMPUTE_NOTE }, NOW, { burySiblings: false });
    let panel = mount(h);
    click(panel, ".anc-start");
    while (panel.currentPhase === "question") { press(panel, " "); press(panel, "4"); }
    panel.destroy();
    const ids = h.snapshot().cards.map((c) => c.id);
    const firstDue = Math.min(...ids.map((id) => h.store.getState(id)!.due));
    // The exam falls on the day the cards come due: its eve is the day before, when nothing would be due.
    const examDay = new Date(firstDue).toISOString().slice(0, 10);
    h.settings.examDate = examDay;
    h.setNow(new Date(examDayStart(examDay, 4, 0)! - 20 * 3_600_000).toISOString());
    panel = mount(h);
    expect(textOf(panel, ".anc-dday")).toBe("D-1");
    expect(textOf(panel, ".anc-count-due .anc-count-value")).toBe(String(ids.length));
    click(panel, ".anc-start");
    expect(panel.currentPhase).toBe("question");
    // Without the exam date nothing is due that day.
    h.settings.examDate = "";
    expect(mount(h).rootEl.querySelector(".anc-count-due .anc-count-value")?.textContent).toBe("0");
  });
});
