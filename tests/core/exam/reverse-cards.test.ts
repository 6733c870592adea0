import { buildCards, mergeCards } from "../../../src/core/cards/build-cards";
import { buildNoteCards } from "../../../src/core/exam/question-cards";
import { cardFace } from "../../../src/core/cards/card-face";
import { renderPrompt } from "../../../src/core/cards/render-prompt";
import type { Card } from "../../../src/core/cards/types";
import { buildReverseCards } from "../../../src/core/exam/reverse-cards";
import { awsNote, nameHighlight, optionsWith, readNote, term } from "./exam-fixtures";

const ALL = optionsWith("all");
const answers = (cards: Card[]): string[] => cards.map((c) => c.answer);
const only = (cards: Card[], answer: string): Card => {
  const found = cards.filter((c) => c.answer === answer);
  if (found.length !== 1) throw new Error(`expected one card for ${answer}, got ${found.length}`);
  return found[0] as Card;
};

/** Every text a reader sees before the reveal, in one string. */
const faceText = (card: Card): string => {
  const face = cardFace(card);
  return [face.term, face.prompt, ...face.context].join(" | ");
};

describe("reverse cards", () => {
  const sqs = term("Amazon SQS", [
    "Amazon SQS는 메시지를 대기열에 쌓아 두는 큐 서비스, SQS를 쓰면 보내는 쪽과 받는 쪽을 떼어 놓음",
    "simple queue service 라는 이름 그대로 단순한 큐",
  ], { aliases: ["SQS", "Simple Queue Service"], line: 3 });

  describe("the face", () => {
    it("shows the first definition line with the name, aliases and acronym hidden, Korean particles kept", () => {
      const card = only(buildReverseCards(awsNote("AWS/sqs.md", [sqs]), ALL), "Amazon SQS");
      expect(card.kind).toBe("reverse");
      expect(renderPrompt(card)).toBe("[...]는 메시지를 대기열에 쌓아 두는 큐 서비스, [...]를 쓰면 보내는 쪽과 받는 쪽을 떼어 놓음");
      expect(cardFace(card).context).toEqual(["[...] 라는 이름 그대로 단순한 큐"]);
    });

    it("never shows the answer, not even as the card's term", () => {
      const card = only(buildReverseCards(awsNote("AWS/sqs.md", [sqs]), ALL), "Amazon SQS");
      expect(faceText(card)).not.toMatch(/sqs|simple queue service/i);
      expect(cardFace(card).term).toBe("[...]");
    });

    it("hides the catalogue's names of the service even when the note gives no alias", () => {
      const ebs = term("EBS", ["Elastic Block Store 볼륨을 EC2 인스턴스에 붙여 씀"]);
      const card = only(buildReverseCards(awsNote("AWS/ebs.md", [ebs]), ALL), "EBS");
      expect(renderPrompt(card)).toBe("[...] 볼륨을 EC2 인스턴스에 붙여 씀");
    });

    it("asks from a line that says what the service does rather than what its name means", () => {
      const kinesis = term("Amazon Kinesis", ["Kinesis: 운동", "실시간 스트리밍 데이터를 모아 처리하는 서비스"], { aliases: ["Kinesis"] });
      const card = only(buildReverseCards(awsNote("AWS/kinesis.md", [kinesis]), ALL), "Amazon Kinesis");
      expect(renderPrompt(card)).toBe("실시간 스트리밍 데이터를 모아 처리하는 서비스");
      expect(card.context).toEqual([]);
    });
  });

  describe("no card when the definition gives the name away or asks nothing", () => {
    it.each([
      ["its expansion alone", term("ECS", ["Elastic Container Service"])],
      ["its name alone", term("AWS Glue", ["Glue"], { aliases: ["Glue"] })],
      ["other services' names alone", term("정적 콘텐츠 배포", ["CloudFront + S3"])],
      ["words every service has", term("AWS Elastic Beanstalk", ["완전관리형 서비스"])],
    ])("%s", (_what, t) => {
      expect(buildReverseCards(awsNote("AWS/x.md", [t]), ALL)).toEqual([]);
    });

    it("none for two entries sharing one line (`ECS/EKS : …`): the line fits both", () => {
      const shared = "컨테이너 기반 애플리케이션 실행";
      const note = awsNote("AWS/compute.md", [term("ECS", [shared], { line: 4 }), term("EKS", [shared], { line: 4 })]);
      expect(buildReverseCards(note, ALL)).toEqual([]);
    });
  });

  describe("the setting", () => {
    const serverless = readNote("서버리스 정리.md");

    it("by default asks the terms whose names the note highlights", () => {
      expect(answers(buildReverseCards(serverless, optionsWith("highlighted")))).toEqual(["AWS Lambda", "Fargate"]);
    });

    it("asks every term with a usable definition when set to all", () => {
      const all = answers(buildReverseCards(serverless, ALL));
      expect(all).toEqual(expect.arrayContaining(["AWS Lambda", "Fargate", "Amazon API Gateway", "Amazon SQS"]));
      expect(all.length).toBeGreaterThan(4);
    });

    it("asks nothing when set to none, and the note keeps exactly its cloze cards", () => {
      const none = optionsWith("none");
      expect(buildReverseCards(serverless, none)).toEqual([]);
      expect(buildNoteCards(serverless, none)).toEqual(buildCards(serverless, none));
    });

    it("counts a highlighted alias as the name (`==Lambda==` for AWS Lambda)", () => {
      const lambda = term("AWS Lambda", ["요청이 올 때만 함수 코드를 실행"], { aliases: ["Lambda"], line: 2 });
      const note = awsNote("AWS/l.md", [lambda], [nameHighlight("Lambda", 2)]);
      expect(answers(buildReverseCards(note, optionsWith("highlighted")))).toEqual(["AWS Lambda"]);
      expect(buildReverseCards(awsNote("AWS/l.md", [lambda]), optionsWith("highlighted"))).toEqual([]);
    });
  });

  describe("identity", () => {
    const idOf = (cards: Card[], answer: string): string => only(cards, answer).id;

    it("keeps the id when the term moves to another line or another note, or its definition is reworded", () => {
      const before = idOf(buildReverseCards(awsNote("AWS/a.md", [sqs]), ALL), "Amazon SQS");
      const moved = { ...sqs, line: 40, lines: { from: 40, to: 42 }, definition: ["대기열에 메시지를 보관하는 관리형 큐"] };
      expect(idOf(buildReverseCards(awsNote("AWS/other/b.md", [moved]), ALL), "Amazon SQS")).toBe(before);
    });

    it("gives one id to one service however a note names it, and never a cloze card's id", () => {
      const short = term("SQS", ["메시지를 대기열에 쌓아 두는 큐"], { aliases: ["Amazon SQS"] });
      const a = buildReverseCards(awsNote("AWS/a.md", [sqs]), ALL);
      const b = buildReverseCards(awsNote("AWS/b.md", [short]), ALL);
      expect(idOf(b, "SQS")).toBe(idOf(a, "Amazon SQS"));
      const serverless = readNote("서버리스 정리.md");
      const cloze = new Set(buildCards(serverless, ALL).map((c) => c.id));
      expect(buildReverseCards(serverless, ALL).filter((c) => cloze.has(c.id))).toEqual([]);
    });

    it("asks a service once per note, and the vault keeps the card of the first note in path order", () => {
      const again = term("SQS", ["큐에 쌓인 메시지는 소비자가 꺼내 감"], { aliases: ["Amazon SQS"], line: 20 });
      expect(answers(buildReverseCards(awsNote("AWS/a.md", [sqs, again]), ALL))).toEqual(["Amazon SQS"]);
      const first = buildNoteCards(awsNote("AWS/a.md", [sqs]), ALL);
      const second = buildNoteCards(awsNote("AWS/b.md", [again]), ALL);
      const merged = mergeCards([second, first]).filter((c) => c.kind === "reverse");
      expect(merged.map((c) => c.path)).toEqual(["AWS/a.md"]);
    });
  });

  it("comes after the note's cloze cards in the note's one card list", () => {
    const cards = buildNoteCards(readNote("서버리스 정리.md"), optionsWith("highlighted"));
    const firstQuestion = cards.findIndex((c) => c.kind !== undefined);
    expect(firstQuestion).toBeGreaterThan(0);
    expect(cards.slice(firstQuestion).every((c) => c.kind !== undefined)).toBe(true);
  });
});
