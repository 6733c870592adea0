import { cardFace } from "../../../src/core/cards/card-face";
import { OTHER_BLANK, indexNoteLines, otherAnswersFor } from "../../../src/core/cards/other-answers";
import { maskedContext } from "../../../src/core/cards/render-prompt";
import type { Card } from "../../../src/core/cards/types";
import { GlossaryIndex } from "../../../src/core/glossary/glossary-index";
import { takeSnapshot } from "../../../src/core/vault-snapshot";
import { DEFAULT_SETTINGS } from "../../../src/settings";

/** A note in our users' style: a category listing services, each `Name : definition` with a highlighted phrase. */
const COMPUTE = [
  "- 컴퓨팅 서비스 한눈에",
  "\t- ==AWS Outposts== : 온프레미스에 AWS 인프라를 그대로 가져오는 서비스",
  "\t- Amazon EC2 : 사양을 골라 쓰는 ==가상 서버==",
  "\t- AWS Lambda : 이벤트가 오면 코드를 실행하는 ==서버리스== 함수",
  "\t- Amazon VPC : 여러 ==가용 영역==에 걸친 Amazon 네트워크",
  "- AWS Fargate",
  "\t- ==컨테이너용 서버리스 컴퓨팅 엔진==",
  "\t- ==ECS와 EKS== 모두에서 동작",
  "",
].join("\n");

function cardsOf(text: string): Card[] {
  const index = new GlossaryIndex(DEFAULT_SETTINGS);
  index.setNote("AWS/컴퓨팅.md", text);
  return takeSnapshot(index, DEFAULT_SETTINGS).cards;
}

const byAnswer = (cards: Card[], answer: string): Card => {
  const card = cards.find((c) => c.answer === answer);
  if (!card) throw new Error(`no card answers ${answer}; cards: ${cards.map((c) => c.answer).join(", ")}`);
  return card;
};

describe("other cards' answers on a face", () => {
  const cards = cardsOf(COMPUTE);

  it("stay blank on a context line that is another entry's card line: the category card gives none away", () => {
    const outposts = byAnswer(cards, "AWS Outposts");
    const face = cardFace(outposts, undefined, otherAnswersFor(outposts, indexNoteLines(cards)));
    const shown = [face.prompt, ...face.context].join("\n");
    expect(shown).not.toContain("가상 서버");
    expect(shown).not.toContain("서버리스 함수");
    expect(face.context).toContain(`Amazon EC2 : 사양을 골라 쓰는 ${OTHER_BLANK}`);
    // The rest of each line stays: the card is still answered from its neighbours.
    expect(shown).toContain("이벤트가 오면 코드를 실행하는");
  });

  it("are blanked where the other card blanks them, the rest of its line as written", () => {
    const outposts = byAnswer(cards, "AWS Outposts");
    const face = cardFace(outposts, undefined, otherAnswersFor(outposts, indexNoteLines(cards)));
    expect(face.context).toContain(`Amazon VPC : 여러 ${OTHER_BLANK}에 걸친 Amazon 네트워크`);
  });

  it("stay visible between siblings of one entry, whose lines are what each other is answered from", () => {
    const engine = byAnswer(cards, "컨테이너용 서버리스 컴퓨팅 엔진");
    const face = cardFace(engine, undefined, otherAnswersFor(engine, indexNoteLines(cards)));
    expect(face.context.join("\n")).toContain("ECS와 EKS");
  });

  it("never blank a word that only happens to be another card's answer, off that card's line", () => {
    const engine = byAnswer(cards, "ECS와 EKS");
    const face = cardFace(engine, undefined, otherAnswersFor(engine, indexNoteLines(cards)));
    // `서버리스` is the Lambda card's answer, but this line is not the Lambda card's.
    expect(face.context.join("\n")).toContain("서버리스");
  });

  it("leave a face whose context lines are only its siblings' as it was", () => {
    const engine = byAnswer(cards, "컨테이너용 서버리스 컴퓨팅 엔진");
    const others = otherAnswersFor(engine, indexNoteLines(cards));
    expect(others.size).toBe(0);
    expect(cardFace(engine, undefined, others).context).toEqual(maskedContext(engine));
    expect(cardFace(engine, undefined, others).context.join("\n")).not.toContain(OTHER_BLANK);
  });
});
