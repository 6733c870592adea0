/** @jest-environment jsdom */
import { foldKey } from "../../src/core/markdown/text";
import { ReviewPanel } from "../../src/ui/review-panel";
import { drillRunIds } from "../../src/ui/exam-model";
import { setLanguage } from "../__mocks__/obsidian";
import { installObsidianDom } from "../editor/obsidian-dom";
import {
  COMPUTE_PATH, EXAM_COMPUTE_NOTE, EXAM_MESSAGING_NOTE, MESSAGING_PATH, answerUntilQuestion, optionNames, pickByKey, shownQuestion,
} from "./exam-notes";
import { COMPUTE_NOTE, all, createStudyHarness, press, q, textOf, type StudyHarness } from "./study-harness";
import type { PluginSettings } from "../../src/settings";

/** The names the compute note lists under its category line. */
const COMPUTE_NAMES = ["Amazon EC2", "AWS Lambda", "AWS Fargate", "AWS Batch", "Amazon Lightsail", "AWS Elastic Beanstalk"];
const EVERY_CARD: Partial<PluginSettings> = { burySiblings: false };

beforeEach(() => {
  installObsidianDom();
  document.body.replaceChildren();
  setLanguage("en");
});

async function computeReview(overrides: Partial<PluginSettings> = {}): Promise<{ h: StudyHarness; panel: ReviewPanel }> {
  const h = await createStudyHarness({ [COMPUTE_PATH]: EXAM_COMPUTE_NOTE }, undefined, { ...EVERY_CARD, ...overrides });
  const panel = new ReviewPanel(document.body.createDiv(), h.services);
  panel.rootEl.querySelector<HTMLElement>(".anc-start")!.click();
  return { h, panel };
}

const logsOf = (h: StudyHarness, id: string) => h.store.getData().logs.filter((l) => l.cardId === id);

describe("a reverse card asked as multiple choice", () => {
  it.each([3, 4, 5])("offers %i distinct options from the note's list, the answer among them", async (choiceCount) => {
    const { h, panel } = await computeReview({ choiceCount });
    const card = answerUntilQuestion(h, panel, "AWS Lambda");
    // The face is the definition with the name blanked; the options stand in place of the reveal button.
    expect(textOf(panel, ".anc-prompt")).toBe("이벤트가 들어올 때만 함수를 실행하고 실행 시간만큼 요금을 냄");
    expect(textOf(panel, ".anc-card")).not.toContain("Lambda");
    expect(q(panel, ".anc-show-answer")).toBeNull();
    const names = optionNames(panel);
    expect(names).toHaveLength(choiceCount);
    expect(new Set(names).size).toBe(choiceCount);
    expect(names).toContain(card.answer);
    for (const name of names) expect(COMPUTE_NAMES).toContain(name);
    expect(textOf(panel, ".anc-choice-category")).toBe("Options from 대표적인 AWS 컴퓨팅 서비스");
    expect(all(panel, ".anc-choice-key").map((k) => k.textContent)).toEqual([..."ABCDE"].slice(0, choiceCount));
  });

  it("keeps the same options in the same order while the question is on screen, through note edits and redraws", async () => {
    const { h, panel } = await computeReview();
    answerUntilQuestion(h, panel, "Amazon EC2");
    const before = optionNames(panel);
    h.setNow("2025-05-01T09:07:13Z");
    // An edit to another note, then one to this card's own line: the face is drawn again with the new text.
    h.index.setNote(MESSAGING_PATH, EXAM_MESSAGING_NOTE);
    expect(optionNames(panel)).toEqual(before);
    h.index.setNote(COMPUTE_PATH, EXAM_COMPUTE_NOTE.replace("원하는 사양의 가상 머신을", "원하는 사양의 가상 서버를"));
    expect(textOf(panel, ".anc-prompt")).toBe("원하는 사양의 가상 서버를 빌려 쓰는 서비스");
    expect(optionNames(panel)).toEqual(before);
  });

  it("shows an option's new definition after its note changed while the question was on screen", async () => {
    const { h, panel } = await computeReview();
    const card = answerUntilQuestion(h, panel, "Amazon EC2");
    const before = optionNames(panel);
    h.index.setNote(COMPUTE_PATH, EXAM_COMPUTE_NOTE.replace("원하는 사양의 가상 머신을", "원하는 사양의 가상 서버를"));
    expect(optionNames(panel)).toEqual(before);
    pickByKey(panel, card.answer);
    expect(textOf(panel, ".anc-choice-definition.is-answer li")).toBe("원하는 사양의 가상 서버를 빌려 쓰는 서비스");
  });

  it("picks the second option with B or 2, and marks it right or wrong", async () => {
    const { h, panel } = await computeReview();
    for (const [answer, key] of [["Amazon EC2", "B"], ["AWS Fargate", "2"]] as const) {
      const card = answerUntilQuestion(h, panel, answer);
      const second = optionNames(panel)[1]!;
      press(panel, key);
      expect(panel.currentPhase).toBe("answer");
      const right = second === card.answer;
      expect(q(panel, '.anc-choice[data-index="1"]')!.classList.contains(right ? "is-right" : "is-wrong")).toBe(true);
      expect(textOf(panel, '.anc-choice[data-index="1"] .anc-choice-mark')).toBe(right ? "Right answer" : "Your pick");
      press(panel, " ");
      expect(logsOf(h, card.id).map((l) => l.rating)).toEqual([right ? "good" : "again"]);
    }
  });

  it("records a wrong pick as Again with the pick at once, shows both definitions side by side, and Next goes on", async () => {
    const { h, panel } = await computeReview();
    const card = answerUntilQuestion(h, panel, "Amazon EC2");
    const wrong = optionNames(panel).find((n) => n !== card.answer)!;
    pickByKey(panel, wrong);
    expect(panel.currentPhase).toBe("answer");
    expect(all(panel, ".anc-choice.is-wrong").map((b) => b.querySelector(".anc-choice-name")?.textContent)).toEqual([wrong]);
    expect(all(panel, ".anc-choice.is-right").map((b) => b.querySelector(".anc-choice-name")?.textContent)).toEqual([card.answer]);
    expect(textOf(panel, ".anc-pick-verdict")).toBe(`Not ${wrong}.`);
    const columns = all(panel, ".anc-pick-result .anc-choice-definition");
    expect(columns.map((c) => c.querySelector(".anc-choice-definition-name")?.textContent)).toEqual([card.answer, wrong]);
    expect(columns[0]!.textContent).toContain("원하는 사양의 가상 머신을 빌려 쓰는 서비스");
    // The picked term's own line from the note, not the answer's.
    const wrongLine = EXAM_COMPUTE_NOTE.split("\n").find((l) => l.includes(`${wrong}`))!.split(" : ")[1]!;
    expect(columns[1]!.textContent).toContain(wrongLine);
    expect(columns[1]!.textContent).not.toContain("가상 머신");
    // Recorded with the pick before "Next": closing the panel now loses nothing.
    const logs = logsOf(h, card.id);
    expect(logs.map((l) => l.rating)).toEqual(["again"]);
    expect(logs[0]!.pick).toEqual({ picked: wrong, answer: card.answer });
    expect(textOf(panel, ".anc-pick-counted")).toBe("Counted as Again");
    expect(q(panel, ".anc-skip")).toBeNull();
    q(panel, ".anc-pick-next")!.click();
    expect(logsOf(h, card.id)).toHaveLength(1);
    expect(shownQuestion(h, panel)?.id).not.toBe(card.id);
  });

  it("picks by number key and by a tap; a right pick records Good with no pick and one definition", async () => {
    const { h, panel } = await computeReview();
    const first = answerUntilQuestion(h, panel, "Amazon EC2");
    const at = optionNames(panel).indexOf(first.answer);
    press(panel, String(at + 1));
    expect(textOf(panel, ".anc-pick-verdict")).toBe("Right.");
    expect(all(panel, ".anc-pick-result .anc-choice-definition")).toHaveLength(1);
    expect(q(panel, ".anc-choice.is-wrong")).toBeNull();
    press(panel, "Enter");
    expect(logsOf(h, first.id).map((l) => [l.rating, l.pick])).toEqual([["good", undefined]]);

    const second = answerUntilQuestion(h, panel, "AWS Fargate");
    const tapAt = optionNames(panel).indexOf(second.answer);
    q(panel, `.anc-choices .anc-choice[data-index="${tapAt}"]`)!.click();
    expect(panel.currentPhase).toBe("answer");
    // Picked options no longer pick: a second tap changes nothing.
    const other = (tapAt + 1) % optionNames(panel).length;
    q(panel, `.anc-choice[data-index="${other}"]`)!.click();
    expect(q(panel, ".anc-choice.is-wrong")).toBeNull();
    q(panel, ".anc-pick-next")!.click();
    expect(logsOf(h, second.id).map((l) => [l.rating, l.pick])).toEqual([["good", undefined]]);
  });

  it("takes an answer back with Undo: the log is marked undone, no confusion is kept, and the question is asked again", async () => {
    const { h, panel } = await computeReview();
    const card = answerUntilQuestion(h, panel, "AWS Lambda");
    const wrong = optionNames(panel).find((n) => n !== card.answer)!;
    pickByKey(panel, wrong);
    press(panel, " ");
    expect(drillRunIds(h.services, h.services.now())).toContain(card.id);
    q(panel, ".anc-undo")!.click();
    expect(panel.currentPhase).toBe("question");
    expect(shownQuestion(h, panel)?.id).toBe(card.id);
    expect(optionNames(panel)).toContain(card.answer);
    expect(q(panel, ".anc-choice.is-wrong")).toBeNull();
    expect(logsOf(h, card.id).map((l) => l.undone)).toEqual([true]);
    expect(h.store.getState(card.id)).toBeUndefined();
    expect(drillRunIds(h.services, h.services.now())).toEqual([]);
    // Asked again a moment later, answered right this time.
    h.setNow("2025-05-01T09:00:20Z");
    pickByKey(panel, card.answer);
    press(panel, " ");
    expect(logsOf(h, card.id).filter((l) => !l.undone).map((l) => l.rating)).toEqual(["good"]);
  });
});

describe("in Korean", () => {
  it("words the options, the verdict and the grade the pick gives in Korean when Obsidian speaks Korean", async () => {
    setLanguage("ko");
    const { h, panel } = await computeReview();
    const card = answerUntilQuestion(h, panel, "AWS Lambda");
    expect(textOf(panel, ".anc-choice-category")).toBe("보기: 대표적인 AWS 컴퓨팅 서비스");
    const wrong = optionNames(panel).find((n) => n !== card.answer)!;
    pickByKey(panel, wrong);
    expect(textOf(panel, ".anc-pick-verdict")).toBe(`${wrong}이(가) 아니에요.`);
    expect(all(panel, ".anc-choice-definition-head").map((el) => el.textContent)).toEqual(["정답", "내가 고른 것"]);
    expect(textOf(panel, ".anc-pick-counted")).toBe("다시(으)로 기록했어요");
  });
});

describe("a question asked by recall", () => {
  it("asks a reverse card by reveal and grades when multiple choice is off", async () => {
    const { h, panel } = await computeReview({ multipleChoice: false });
    const card = answerUntilQuestion(h, panel, "AWS Lambda");
    expect(q(panel, ".anc-choices")).toBeNull();
    expect(textOf(panel, ".anc-card-term")).toBe("[...]");
    press(panel, "2"); // a number grades nothing before the reveal, and picks nothing
    expect(panel.currentPhase).toBe("question");
    press(panel, " ");
    expect(textOf(panel, ".anc-card-term .anc-answer")).toBe("AWS Lambda");
    expect(all(panel, ".anc-grade")).toHaveLength(4);
    press(panel, "2");
    expect(logsOf(h, card.id).map((l) => [l.rating, l.pick])).toEqual([["hard", undefined]]);
  });

  it("asks a reverse card by recall when its category has too few other terms to pick from", async () => {
    const h = await createStudyHarness({ [MESSAGING_PATH]: EXAM_MESSAGING_NOTE }, undefined, { ...EVERY_CARD, reverseCards: "all" });
    const panel = new ReviewPanel(document.body.createDiv(), h.services);
    q(panel, ".anc-start")!.click();
    // SQS's only neighbour in these notes is SNS: one wrong option is too few.
    answerUntilQuestion(h, panel, "SQS");
    expect(q(panel, ".anc-choices")).toBeNull();
    press(panel, " ");
    expect(textOf(panel, ".anc-card-term .anc-answer")).toBe("SQS");
  });
});

describe("a fits card from a comparison", () => {
  it("offers exactly the comparison's sides, whatever the option count", async () => {
    const h = await createStudyHarness({ [MESSAGING_PATH]: EXAM_MESSAGING_NOTE }, undefined, { ...EVERY_CARD, choiceCount: 5 });
    const panel = new ReviewPanel(document.body.createDiv(), h.services);
    q(panel, ".anc-start")!.click();
    const card = answerUntilQuestion(h, panel, "SNS", "fits");
    expect(textOf(panel, ".anc-card-term")).toBe("[SQS / SNS]");
    expect([...optionNames(panel)].sort()).toEqual(["SNS", "SQS"]);
    expect(textOf(panel, ".anc-choice-category")).toBe("Options from SQS vs SNS");
    pickByKey(panel, "SQS");
    press(panel, " ");
    expect(logsOf(h, card.id)[0]?.pick).toEqual({ picked: "SQS", answer: "SNS" });
  });
});

describe("keys on a multiple-choice question", () => {
  it("does not grade again with 1–4 after the pick; Space goes on", async () => {
    const { h, panel } = await computeReview();
    const card = answerUntilQuestion(h, panel, "AWS Fargate");
    const wrong = optionNames(panel).find((n) => n !== card.answer)!;
    pickByKey(panel, wrong);
    for (const key of ["1", "2", "3", "4", "A", "b"]) press(panel, key);
    expect(panel.currentPhase).toBe("answer");
    expect(logsOf(h, card.id).map((l) => l.rating)).toEqual(["again"]);
    expect(textOf(panel, ".anc-pick-verdict")).toBe(`Not ${wrong}.`);
    press(panel, " ");
    expect(logsOf(h, card.id).map((l) => l.rating)).toEqual(["again"]);
    expect(panel.currentPhase).not.toBe("answer");
  });

  it("picks by the key's place on a keyboard whose letters are not Latin (Korean 2-set: the B key types ㅠ)", async () => {
    const { h, panel } = await computeReview();
    const card = answerUntilQuestion(h, panel, "Amazon EC2");
    const second = optionNames(panel)[1]!;
    panel.rootEl.dispatchEvent(new KeyboardEvent("keydown", { key: "ㅠ", code: "KeyB", bubbles: true, cancelable: true }));
    expect(panel.currentPhase).toBe("answer");
    expect(logsOf(h, card.id).map((l) => l.rating)).toEqual([second === card.answer ? "good" : "again"]);
    // The option marked as picked is the second one (B), the key's place.
    const marked = q(panel, '.anc-choice[data-index="1"]');
    expect(marked?.querySelector(".anc-choice-name")?.textContent).toBe(second);
    expect(marked?.classList.contains(second === card.answer ? "is-right" : "is-wrong")).toBe(true);
    expect(all(panel, ".anc-choice.is-wrong")).toHaveLength(second === card.answer ? 0 : 1);
  });

  it("ignores a key that names no option, and Space or Enter before the pick", async () => {
    const { h, panel } = await computeReview({ choiceCount: 3 });
    const card = answerUntilQuestion(h, panel, "AWS Fargate");
    for (const key of ["4", "5", "D", "E", " ", "Enter"]) press(panel, key);
    expect(panel.currentPhase).toBe("question");
    expect(logsOf(h, card.id)).toHaveLength(0);
  });

  it("offers no typed-answer box on a multiple-choice question; keys typed into a cloze card's box are text", async () => {
    const h = await createStudyHarness(
      { [COMPUTE_PATH]: EXAM_COMPUTE_NOTE, "AWS/SAA/컴퓨팅.md": COMPUTE_NOTE }, undefined, { ...EVERY_CARD, typedAnswers: true },
    );
    const panel = new ReviewPanel(document.body.createDiv(), h.services);
    q(panel, ".anc-start")!.click();
    const card = answerUntilQuestion(h, panel, "Amazon EC2");
    expect(q(panel, ".anc-typed-input")).toBeNull();
    pickByKey(panel, card.answer);
    press(panel, "Enter");
    // On to a cloze card: its answer box takes letters and numbers as text.
    while (shownQuestion(h, panel)) {
      pickByKey(panel, shownQuestion(h, panel)!.answer);
      press(panel, " ");
    }
    const input = q(panel, ".anc-typed-input") as HTMLInputElement | null;
    expect(input).not.toBeNull();
    const answered = h.store.getData().logs.length;
    for (const key of ["B", "2", "3", " "]) input!.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true }));
    expect(panel.currentPhase).toBe("question");
    expect(h.store.getData().logs).toHaveLength(answered);
  });
});

describe("options lean on past confusions", () => {
  it("offers the term picked instead of the answer before, when the question comes again", async () => {
    const { h, panel } = await computeReview({ choiceCount: 3 });
    const card = answerUntilQuestion(h, panel, "Amazon EC2");
    const wrong = optionNames(panel).find((n) => n !== card.answer)!;
    pickByKey(panel, wrong);
    press(panel, " ");
    // The same question again, later in the run (Again brings it back), each time with other seeds: the confused term
    // is among the three options every time (two of five other terms, were it left to chance).
    for (let showing = 1; showing <= 4; showing++) {
      h.setNow(new Date(Date.parse("2025-05-01T09:00:00Z") + showing * 120_000 + showing * 7_919).toISOString());
      for (let guard = 0; guard < 20 && shownQuestion(h, panel)?.id !== card.id; guard++) {
        const shown = shownQuestion(h, panel);
        if (shown) { pickByKey(panel, shown.answer); press(panel, " "); } else { press(panel, " "); press(panel, "3"); }
      }
      expect(shownQuestion(h, panel)?.id).toBe(card.id);
      expect(optionNames(panel).map(foldKey)).toContain(foldKey(wrong));
      pickByKey(panel, wrong);
      press(panel, " ");
    }
  });
});
