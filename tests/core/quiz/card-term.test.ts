import { comparedSides, createTermFinder, describeWholeTerm, WHOLE_TERM_LINES } from "../../../src/core/quiz/card-term";
import { parseNote } from "../../../src/core/reading/parse-note";
import { DEFAULT_SETTINGS } from "../../../src/settings";
import type { Term } from "../../../src/core/glossary/types";

const term = (name: string, aliases: string[], definition: string[]): Term => ({
  id: name.toLowerCase(), name, aliases, definition, sources: [{ path: "AWS/큐.md", line: 1 }],
});

const sqs = term("Amazon SQS", ["SQS", "Simple Queue Service"], [
  "완전관리형 메시지 큐 서비스",
  "표준 큐와 FIFO 큐",
  "메시지 보존 기간은 최대 14일",
]);
const sns = term("Amazon SNS", ["SNS"], ["발행/구독 메시징"]);

describe("the term a card belongs to", () => {
  it("is found by any of its names, in any case", () => {
    const find = createTermFinder([sqs, sns]);
    expect(find("sqs")).toBe(sqs);
    expect(find("Simple Queue Service")).toBe(sqs);
    expect(find("amazon sns")).toBe(sns);
    expect(find("Kinesis")).toBeUndefined();
  });

  it("keeps a name two terms share with the term it is the name of", () => {
    const queue = term("Queue", [], ["대기열"]);
    const find = createTermFinder([term("Amazon MQ", ["Queue"], ["브로커"]), queue]);
    expect(find("queue")).toBe(queue);
  });
});

describe("the whole term after the reveal", () => {
  it("adds the term's other names and the definition lines the card did not show", () => {
    const whole = describeWholeTerm(sqs, "SQS", ["AWS에서 제공하는 완전관리형 메시지 큐 서비스", "표준 큐와 FIFO 큐"]);
    expect(whole).toEqual({
      name: "Amazon SQS", otherNames: ["Amazon SQS", "Simple Queue Service"],
      lines: ["완전관리형 메시지 큐 서비스", "메시지 보존 기간은 최대 14일"], more: 0, compared: [],
    });
  });

  it("is nothing when the card already showed all of it", () => {
    expect(describeWholeTerm(sns, "Amazon SNS", ["SNS", "발행/구독 메시징"].slice(1))).toEqual({
      name: "Amazon SNS", otherNames: ["SNS"], lines: [], more: 0, compared: [],
    });
    expect(describeWholeTerm(term("X", [], ["a"]), "X", ["a"])).toBeNull();
  });

  it("keeps a term defined in many notes to a screenful, and says how many lines are left", () => {
    const lines = Array.from({ length: WHOLE_TERM_LINES + 7 }, (_, i) => `정의 ${i + 1}`);
    const whole = describeWholeTerm(term("Amazon S3", [], lines), "Amazon S3", []);
    expect(whole?.lines).toHaveLength(WHOLE_TERM_LINES);
    expect(whole?.more).toBe(7);
  });
});

describe("the other side of a comparison", () => {
  const NOTE = [
    "- EKS vs ECS",
    "\t- Amazon EKS",
    "\t\t- 관리형 ==쿠버네티스== 컨트롤 플레인",
    "\t\t- 쿠버네티스 생태계 도구를 그대로 씀",
    "\t- Amazon ECS",
    "\t\t- AWS 고유의 컨테이너 오케스트레이션",
    "\t\t- 설정이 더 단순함",
    "",
  ].join("\n");

  it("is known to each side as its note reads it", () => {
    const terms = parseNote("AWS/컨테이너.md", NOTE, DEFAULT_SETTINGS).terms;
    expect(terms.find((t) => t.name === "Amazon EKS")?.compared).toEqual(["Amazon ECS"]);
    expect(terms.find((t) => t.name === "Amazon ECS")?.compared).toEqual(["Amazon EKS"]);
  });

  it("comes after the reveal with its own first lines, found by the card's name or an alias", () => {
    const terms = parseNote("AWS/컨테이너.md", NOTE, DEFAULT_SETTINGS).terms;
    expect(comparedSides(terms, "eks")).toEqual([{ name: "Amazon ECS", lines: ["AWS 고유의 컨테이너 오케스트레이션", "설정이 더 단순함"] }]);
    expect(comparedSides(terms, "Amazon Lambda")).toEqual([]);
    const whole = describeWholeTerm(term("Amazon EKS", [], ["관리형 쿠버네티스 컨트롤 플레인"]), "Amazon EKS", ["관리형 쿠버네티스 컨트롤 플레인"], comparedSides(terms, "Amazon EKS"));
    expect(whole?.compared.map((c) => c.name)).toEqual(["Amazon ECS"]);
  });
});
