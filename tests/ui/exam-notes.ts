/**
 * Notes and helpers for the exam-practice panel tests: a compute list whose highlighted names get reverse cards, and a
 * comparison of two messaging services that gets "which side fits?" cards.
 */
import type { Card } from "../../src/core/cards/types";
import type { ReviewPanel } from "../../src/ui/review-panel";
import { press, textOf, type StudyHarness } from "./study-harness";

/** What the helpers read of a panel: its element (a quiz modal's panel is reached through the modal's content). */
export type PanelView = Pick<ReviewPanel, "rootEl">;

export const COMPUTE_PATH = "AWS/SAA/컴퓨팅 서비스.md";
export const MESSAGING_PATH = "AWS/SAA/메시징 비교.md";

/** `Term : definition` lines under a category; three names highlighted, so three reverse cards by default. */
export const EXAM_COMPUTE_NOTE = [
  "---",
  "tags: [aws, saa]",
  "---",
  "- 대표적인 AWS 컴퓨팅 서비스",
  "\t- ==Amazon EC2== : 원하는 사양의 가상 머신을 빌려 쓰는 서비스",
  "\t- ==AWS Lambda== : 이벤트가 들어올 때만 함수를 실행하고 실행 시간만큼 요금을 냄",
  "\t- ==AWS Fargate== : 서버를 관리하지 않고 컨테이너를 실행하는 엔진",
  "\t- AWS Batch : 대량의 배치 작업을 대기열에 넣어 순서대로 처리",
  "\t- Amazon Lightsail : 월 정액으로 간단한 웹사이트를 호스팅",
  "\t- AWS Elastic Beanstalk : 코드만 올리면 배포와 확장을 알아서 해 줌",
  "",
].join("\n");

/** A comparison, each side a bullet with its own lines below it. */
export const EXAM_MESSAGING_NOTE = [
  "---",
  "tags: [aws, saa]",
  "---",
  "- SQS vs SNS",
  "\t- SQS",
  "\t\t- 메시지를 큐에 쌓아 두고 소비자가 가져가는 pull 방식",
  "\t\t- 메시지를 최대 14일까지 보관",
  "\t- SNS",
  "\t\t- 구독자 여러 곳에 메시지를 한 번에 밀어 주는 push 방식",
  "\t\t- 이메일, SMS, HTTP 엔드포인트로 알림을 보냄",
  "",
].join("\n");

/** The names on the options shown, in their order (none when the card is not asked as multiple choice). */
export function optionNames(panel: PanelView): string[] {
  return [...panel.rootEl.querySelectorAll(".anc-choice .anc-choice-name")].map((el) => el.textContent ?? "");
}

/** The question card on screen, found by its face line (a cloze card, or nothing shown: undefined). */
export function shownQuestion(h: StudyHarness, panel: PanelView): Card | undefined {
  const prompt = textOf(panel, ".anc-prompt");
  const fits = /^\[.+ \/ .+\]$/.test(textOf(panel, ".anc-card-term"));
  return h.snapshot().cards.find((c) => c.kind === (fits ? "fits" : "reverse") && c.promptParts.join("") === prompt);
}

/** Picks the option named `name` by its key letter (A, B, …). */
export function pickByKey(panel: PanelView, name: string): void {
  const at = optionNames(panel).indexOf(name);
  if (at < 0) throw new Error(`no option ${name} among ${optionNames(panel).join(", ")}`);
  press(panel, "ABCDE".charAt(at));
}

/**
 * Answers the cards of the run as a student who knows them (Good) until the question whose answer is `answer` shows;
 * throws when the run ends first.
 */
export function answerUntilQuestion(h: StudyHarness, panel: ReviewPanel, answer: string, kind: Card["kind"] = "reverse"): Card {
  for (let guard = 0; guard < 50; guard++) {
    if (panel.currentPhase !== "question") break;
    const card = shownQuestion(h, panel);
    if (card?.kind === kind && card.answer === answer) return card;
    if (card && optionNames(panel).length > 0) {
      pickByKey(panel, card.answer);
      press(panel, " ");
    } else {
      press(panel, " ");
      press(panel, "3");
    }
  }
  throw new Error(`the run never asked ${answer}`);
}
