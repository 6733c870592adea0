import { createTermFinder, describeWholeTerm, WHOLE_TERM_LINES } from "../../../src/core/quiz/card-term";
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
      lines: ["완전관리형 메시지 큐 서비스", "메시지 보존 기간은 최대 14일"], more: 0,
    });
  });

  it("is nothing when the card already showed all of it", () => {
    expect(describeWholeTerm(sns, "Amazon SNS", ["SNS", "발행/구독 메시징"].slice(1))).toEqual({
      name: "Amazon SNS", otherNames: ["SNS"], lines: [], more: 0,
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
