/** @jest-environment jsdom */
import { ReviewPanel } from "../../src/ui/review-panel";
import { setLanguage } from "../__mocks__/obsidian";
import { installObsidianDom } from "../editor/obsidian-dom";
import { COMPUTE_NOTE, MESSAGING_NOTE, createStudyHarness, press, textOf } from "./study-harness";

beforeEach(() => {
  installObsidianDom();
  document.body.replaceChildren();
  setLanguage("en");
});

const DAY = 86_400_000;

describe("the cloze quiz", () => {
  it("starts at once on the due cards and closes from its summary", async () => {
    const h = await createStudyHarness({ "AWS/메시징.md": MESSAGING_NOTE });
    let closed = 0;
    const panel = new ReviewPanel(document.body.createDiv(), h.services, { kind: "quiz", run: "review", onClose: () => closed++ });
    expect(panel.currentPhase).toBe("question");
    press(panel, "Enter");
    press(panel, "4");
    expect(panel.currentPhase).toBe("summary");
    expect(textOf(panel, ".anc-summary-time dd")).toBe("0 s");
    panel.rootEl.querySelector<HTMLElement>(".anc-leave")!.click();
    expect(closed).toBe(1);
  });

  it("words the time spent and the next due time in Korean when Obsidian speaks Korean", async () => {
    setLanguage("ko");
    const h = await createStudyHarness({ "AWS/메시징.md": MESSAGING_NOTE });
    const panel = new ReviewPanel(document.body.createDiv(), h.services, { kind: "quiz", run: "review" });
    h.setNow(new Date(Date.parse("2025-05-01T09:00:00Z") + 1_321_000).toISOString());
    press(panel, "Enter");
    press(panel, "4");
    expect(panel.currentPhase).toBe("summary");
    expect(textOf(panel, ".anc-summary-time dd")).toBe("22분 1초");
    expect(textOf(panel, ".anc-summary-next-due dd")).toMatch(/^\d+일 후$/);
  });

  it("says so when nothing is due", async () => {
    const h = await createStudyHarness({ "AWS/메시징.md": MESSAGING_NOTE }, "2025-05-01T09:00:00Z", { newCardsPerDay: 0 });
    const panel = new ReviewPanel(document.body.createDiv(), h.services, { kind: "quiz", run: "review" });
    expect(panel.currentPhase).toBe("summary");
    expect(textOf(panel, ".anc-summary .anc-empty")).toBe("Nothing is due right now.");
  });
});

describe("quiz this note", () => {
  it("practises cards that are not due without changing their schedule", async () => {
    const h = await createStudyHarness({ "AWS/SAA/컴퓨팅.md": COMPUTE_NOTE, "AWS/메시징.md": MESSAGING_NOTE });
    const panel = new ReviewPanel(document.body.createDiv(), h.services, { kind: "quiz", run: "note", path: "AWS/SAA/컴퓨팅.md" });
    expect(textOf(panel, ".anc-rule")).toContain("Cards due today are graded as real reviews");
    const answers: string[] = [];
    for (let i = 0; i < 3; i++) {
      expect(textOf(panel, ".anc-badge")).toContain("Practice");
      press(panel, " ");
      answers.push(textOf(panel, ".anc-prompt .anc-answer"));
      // Practice grades right or wrong: nothing to schedule, so no intervals.
      expect(panel.rootEl.querySelectorAll(".anc-grade")).toHaveLength(2);
      expect(textOf(panel, ".anc-grades")).toBe("Wrong1Right3");
      press(panel, "3");
    }
    expect(answers.sort()).toEqual(["15분", "가상 서버", "서버리스"].sort());
    expect(h.store.getData().logs).toHaveLength(0);
    expect(textOf(panel, ".anc-summary-practice dd")).toBe("3");
    expect(textOf(panel, ".anc-summary-next-due dd")).toBe("Unchanged: practice");
  });

  it("says its practice rule once, on the first card only", async () => {
    const h = await createStudyHarness({ "AWS/SAA/컴퓨팅.md": COMPUTE_NOTE });
    const panel = new ReviewPanel(document.body.createDiv(), h.services, { kind: "quiz", run: "note", path: "AWS/SAA/컴퓨팅.md" });
    expect(panel.rootEl.querySelector(".anc-rule")).not.toBeNull();
    press(panel, " ");
    press(panel, "3");
    expect(panel.rootEl.querySelector(".anc-rule")).toBeNull();
  });

  it("offers to start learning the new cards it practises, and then their answers schedule them", async () => {
    const h = await createStudyHarness({ "AWS/SAA/컴퓨팅.md": COMPUTE_NOTE });
    const panel = new ReviewPanel(document.body.createDiv(), h.services, { kind: "quiz", run: "note", path: "AWS/SAA/컴퓨팅.md" });
    press(panel, " ");
    press(panel, "3");
    expect(textOf(panel, ".anc-start-learning")).toBe("Start learning these (2 new)");
    panel.rootEl.querySelector<HTMLElement>(".anc-start-learning")!.click();
    expect(panel.rootEl.querySelector(".anc-start-learning")).toBeNull();
    expect(panel.rootEl.querySelector(".anc-badge")).toBeNull();
    press(panel, " ");
    // A real first answer: the four grades with their intervals.
    expect(panel.rootEl.querySelectorAll(".anc-grade")).toHaveLength(4);
    press(panel, "3");
    press(panel, " ");
    press(panel, "4");
    const logs = h.store.getData().logs;
    expect(logs).toHaveLength(2);
    expect(logs.every((l) => l.before === null)).toBe(true);
  });

  it("grades a due card as a real review", async () => {
    const h = await createStudyHarness({ "AWS/메시징.md": MESSAGING_NOTE });
    // Learn the card once through the panel, then come back when it is due.
    const learn = new ReviewPanel(document.body.createDiv(), h.services, { kind: "quiz", run: "review" });
    press(learn, " ");
    press(learn, "4");
    learn.destroy();
    const due = h.store.getData().cards[h.snapshot().cards[0]!.id]!.due;
    h.setNow(new Date(due + DAY).toISOString());
    const panel = new ReviewPanel(document.body.createDiv(), h.services, { kind: "quiz", run: "note", path: "AWS/메시징.md" });
    expect(panel.rootEl.querySelector(".anc-badge")).toBeNull();
    press(panel, " ");
    expect(textOf(panel, ".anc-grade-good .anc-grade-interval")).toMatch(/^\d+(\.\d)? (d|mo|y)$/);
    press(panel, "3");
    expect(h.store.getData().logs).toHaveLength(2);
  });
});

describe("typed answers", () => {
  it("compares the typed phrase, suggests a rating and lets the user choose another", async () => {
    const h = await createStudyHarness({ "AWS/메시징.md": MESSAGING_NOTE }, "2025-05-01T09:00:00Z", { typedAnswers: true });
    const panel = new ReviewPanel(document.body.createDiv(), h.services, { kind: "quiz", run: "review" });
    const input = panel.rootEl.querySelector<HTMLInputElement>(".anc-typed-input")!;
    input.value = "메시지큐";
    press(panel, "1"); // keys typed into the box are text, not ratings
    expect(panel.currentPhase).toBe("question");
    input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }));
    expect(panel.currentPhase).toBe("answer");
    expect(textOf(panel, ".anc-typed-verdict")).toBe("Correct.");
    expect(panel.rootEl.querySelector(".anc-grade.is-suggested")?.getAttribute("data-rating")).toBe("good");
    panel.rootEl.querySelector<HTMLElement>(".anc-grade-hard")!.click();
    expect(h.store.getData().logs[0]?.rating).toBe("hard");
  });

  it("takes a space typed into the answer box as text in a pop-out window too", async () => {
    const frame = document.body.createEl("iframe");
    const popout = frame.contentWindow as Window & typeof globalThis;
    installObsidianDom(popout);
    const h = await createStudyHarness({ "AWS/메시징.md": MESSAGING_NOTE }, "2025-05-01T09:00:00Z", { typedAnswers: true });
    const panel = new ReviewPanel(popout.document.body.createDiv(), h.services, { kind: "quiz", run: "review" });
    const input = panel.rootEl.querySelector<HTMLInputElement>(".anc-typed-input")!;
    // What a plain `instanceof HTMLElement` sees: this window's class is not in the pop-out element's prototype chain.
    expect(Object.prototype.isPrototypeOf.call(HTMLElement.prototype, input)).toBe(false);
    input.dispatchEvent(new popout.KeyboardEvent("keydown", { key: " ", bubbles: true, cancelable: true }));
    expect(panel.currentPhase).toBe("question");
    input.value = "메시지 큐";
    input.dispatchEvent(new popout.KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }));
    expect(panel.currentPhase).toBe("answer");
    frame.remove();
  });

  it("puts the keyboard in the answer box on every question, the next card's too", async () => {
    const h = await createStudyHarness({ "AWS/SAA/컴퓨팅.md": COMPUTE_NOTE }, "2025-05-01T09:00:00Z", { typedAnswers: true, burySiblings: false });
    const panel = new ReviewPanel(document.body.createDiv(), h.services, { kind: "quiz", run: "review" });
    for (let i = 0; i < 2; i++) {
      const input = panel.rootEl.querySelector<HTMLInputElement>(".anc-typed-input");
      expect(document.activeElement).toBe(input);
      input!.value = "아무거나";
      input!.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }));
      expect(panel.currentPhase).toBe("answer");
      // The box is gone with the question: the keyboard is back on the panel, where 1–4 grade.
      expect(document.activeElement).toBe(panel.rootEl);
      press(panel, "3");
    }
  });

  it("shows the answer on an empty Enter without judging an answer never typed", async () => {
    const h = await createStudyHarness({ "AWS/메시징.md": MESSAGING_NOTE }, "2025-05-01T09:00:00Z", { typedAnswers: true });
    const panel = new ReviewPanel(document.body.createDiv(), h.services, { kind: "quiz", run: "review" });
    const input = panel.rootEl.querySelector<HTMLInputElement>(".anc-typed-input")!;
    input.value = "  ";
    input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }));
    expect(panel.currentPhase).toBe("answer");
    expect(panel.rootEl.querySelector(".anc-typed-result")).toBeNull();
    expect(panel.rootEl.querySelector(".anc-grade.is-suggested")).toBeNull();
  });

  it("never submits on the Enter that ends a Korean syllable's composition", async () => {
    const h = await createStudyHarness({ "AWS/메시징.md": MESSAGING_NOTE }, "2025-05-01T09:00:00Z", { typedAnswers: true });
    const panel = new ReviewPanel(document.body.createDiv(), h.services, { kind: "quiz", run: "review" });
    const input = panel.rootEl.querySelector<HTMLInputElement>(".anc-typed-input")!;
    input.value = "메시지 ㅋ";
    input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", isComposing: true, bubbles: true, cancelable: true }));
    expect(panel.currentPhase).toBe("question");
    // Chrome may name the key "Process" while the IME has it.
    input.dispatchEvent(new KeyboardEvent("keydown", { key: "Process", bubbles: true, cancelable: true }));
    expect(panel.currentPhase).toBe("question");
    // Safari ends the composition first, then sends a plain Enter at once: that Enter is still the syllable's.
    input.dispatchEvent(new CompositionEvent("compositionend", { data: "큐", bubbles: true }));
    input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }));
    expect(panel.currentPhase).toBe("question");
    await new Promise((resolve) => setTimeout(resolve, 80));
    input.value = "메시지 큐";
    input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }));
    expect(panel.currentPhase).toBe("answer");
    expect(textOf(panel, ".anc-typed-verdict")).toBe("Correct.");
  });

  it("suggests 'again' for a wrong answer", async () => {
    const h = await createStudyHarness({ "AWS/메시징.md": MESSAGING_NOTE }, "2025-05-01T09:00:00Z", { typedAnswers: true });
    const panel = new ReviewPanel(document.body.createDiv(), h.services, { kind: "quiz", run: "review" });
    panel.rootEl.querySelector<HTMLInputElement>(".anc-typed-input")!.value = "토픽";
    panel.rootEl.querySelector<HTMLElement>(".anc-typed button")!.click();
    expect(textOf(panel, ".anc-typed-yours")).toBe("You typed: 토픽");
    expect(panel.rootEl.querySelector(".anc-grade.is-suggested")?.getAttribute("data-rating")).toBe("again");
  });

  it("keeps a half-typed answer when an unrelated note changes", async () => {
    const h = await createStudyHarness({ "AWS/메시징.md": MESSAGING_NOTE, "AWS/SAA/컴퓨팅.md": COMPUTE_NOTE }, "2025-05-01T09:00:00Z", { typedAnswers: true });
    const panel = new ReviewPanel(document.body.createDiv(), h.services, { kind: "quiz", run: "note", path: "AWS/메시징.md" });
    const input = panel.rootEl.querySelector<HTMLInputElement>(".anc-typed-input")!;
    input.value = "메시지";
    h.index.setNote("AWS/SAA/컴퓨팅.md", COMPUTE_NOTE.replace("==15분==", "==900초=="));
    expect(panel.rootEl.querySelector<HTMLInputElement>(".anc-typed-input")?.value).toBe("메시지");
  });
});
