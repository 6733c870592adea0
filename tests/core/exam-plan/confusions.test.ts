import type { Card } from "../../../src/core/cards/types";
import {
  bringPartnersTogether, confusionsFor, currentAnswerOf, drillCards, listConfusedPairs, type ConfusedPair,
} from "../../../src/core/exam/confusions";
import type { ReviewLog } from "../../../src/core/review/review-log";
import { createScheduler } from "../../../src/core/review/scheduler";
import type { CardState } from "../../../src/core/review/types";

const T0 = Date.parse("2026-12-01T09:00:00Z");
const MIN = 60_000;
const DAY = 86_400_000;
const scheduler = createScheduler({ desiredRetention: 0.9, maximumIntervalDays: 36500, learningStepsMinutes: [1, 10] });

let clock = T0;
/** A wrong pick: `picked` chosen where `answer` was right, on the card `cardId`. */
function wrong(cardId: string, answer: string, picked: string): ReviewLog {
  clock += MIN;
  return scheduler.grade(undefined, "again", new Date(clock), cardId, { picked, answer }).log;
}
const right = (cardId: string): ReviewLog => scheduler.grade(undefined, "good", new Date((clock += MIN)), cardId).log;

const label = (p: ConfusedPair): string => `${p.answer} ↔ ${p.picked}: ${p.count}`;

describe("confused pairs", () => {
  it("count wrong picks either way round as one pair, most confused first, then the latest first", () => {
    const logs = [
      wrong("r-sqs", "SQS", "SNS"), wrong("r-ecs", "ECS", "EKS"), right("r-sqs"), wrong("r-sns", "SNS", "SQS"),
      wrong("r-sqs", "SQS", "Amazon SNS"), wrong("r-sqs", "sqs", "SNS"),
    ];
    const pairs = listConfusedPairs(logs);
    // Names are told apart by what they name: "Amazon SNS" is SNS, listed under the names shown last.
    expect(pairs.map(label)).toEqual(["sqs ↔ SNS: 4", "ECS ↔ EKS: 1"]);
    expect(pairs[0]).toMatchObject({
      ids: ["catalogue:sns", "catalogue:sqs"], sides: ["sns", "sqs"], lastTime: logs[5]!.time, cardIds: ["r-sqs", "r-sns"],
    });
  });

  it("leave out answers taken back, picks before `since`, and a pick of the answer's own name", () => {
    const early = wrong("r-sqs", "SQS", "SNS");
    const taken = { ...wrong("r-sqs", "SQS", "SNS"), undone: true as const };
    const logs = [early, taken, wrong("r-sqs", "SQS", " sqs "), wrong("r-ec2", "EC2", "Lambda")];
    expect(listConfusedPairs(logs).map(label)).toEqual(["EC2 ↔ Lambda: 1", "SQS ↔ SNS: 1"]);
    expect(listConfusedPairs(logs, { since: early.time + 1 }).map(label)).toEqual(["EC2 ↔ Lambda: 1"]);
  });

  it("follow a card's current answer name when its term was renamed", () => {
    const logs = [wrong("r-fargate", "Fargate", "Lambda"), wrong("r-fargate", "AWS Fargate", "Lambda")];
    const pairs = listConfusedPairs(logs, { answerOf: (id) => (id === "r-fargate" ? "AWS Fargate" : undefined) });
    expect(pairs.map(label)).toEqual(["AWS Fargate ↔ Lambda: 2"]);
  });

  it("give a question's wrong options the terms picked instead of its answer, by folded name", () => {
    const logs = [wrong("a", "SQS", "SNS"), wrong("b", "SQS", "SNS"), wrong("c", "SQS", "Kinesis"), wrong("d", "SNS", "SQS")];
    const oneWay = confusionsFor(logs, "sqs");
    expect([oneWay.get("sns"), oneWay.get("kinesis")]).toEqual([2, 1]);
    const both = confusionsFor(logs, "SQS", { bothWays: true });
    expect([both.get("sns"), both.get("kinesis")]).toEqual([3, 1]);
    expect(both.get("sqs")).toBeUndefined();
    expect(confusionsFor(logs, "EC2").size).toBe(0);
  });
});

function card(id: string, term: string, kind?: "reverse" | "fits"): Card {
  return {
    id, path: "AWS/Messaging.md", line: 1, term, promptParts: ["", ""], answer: term, context: [], selfNamed: false,
    tags: [], ...(kind ? { kind } : {}),
  };
}

function learned(due: number): CardState {
  return {
    due, stability: 10, difficulty: 5, elapsedDays: 3, scheduledDays: 10, reps: 3, lapses: 0, learningStep: 0,
    state: "review", lastReview: due - 10 * DAY,
  };
}

describe("a confused pair's cards", () => {
  const cards = [
    card("c-sqs", "SQS"), card("r-sqs", "SQS", "reverse"), card("r-sns", "SNS", "reverse"), card("c-sns", "SNS"),
    card("r-ec2", "EC2", "reverse"), card("r-ecs", "ECS", "reverse"), card("r-eks", "EKS", "reverse"),
  ];
  const pairs = listConfusedPairs([wrong("r-sqs", "SQS", "SNS"), wrong("r-sns", "SNS", "SQS"), wrong("r-sqs", "SQS", "SNS"), wrong("r-ecs", "ECS", "EKS")]);
  const now = T0 + DAY;

  it("come back together: the partner's reverse card follows right after, when learned and due within days", () => {
    const states = new Map<string, CardState>([
      ["r-sns", learned(now + 2 * DAY)], ["r-eks", learned(now + 20 * DAY)], ["r-ec2", learned(now - DAY)],
    ]);
    const queue = [cards[0]!, cards[4]!, cards[5]!];
    const out = bringPartnersTogether(queue, { cards, pairs, stateOf: (id) => states.get(id), now });
    // SNS's reverse card, due in two days, joins SQS's card; EKS's, due in twenty, does not join ECS's.
    expect(out.map((c) => c.id)).toEqual(["c-sqs", "r-sns", "r-ec2", "r-ecs"]);
  });

  it("move a partner already queued up next to its pair, once, and leave new or held partners alone", () => {
    const states = new Map<string, CardState>([["r-sns", learned(now - DAY)], ["r-eks", learned(now)]]);
    const queue = [cards[0]!, cards[4]!, cards[2]!, cards[5]!];
    const out = bringPartnersTogether(queue, { cards, pairs, stateOf: (id) => states.get(id), now, held: (id) => id === "r-eks" });
    expect(out.map((c) => c.id)).toEqual(["c-sqs", "r-sns", "r-ec2", "r-ecs"]);
    const none = bringPartnersTogether(queue, { cards, pairs, stateOf: () => undefined, now });
    expect(none.map((c) => c.id)).toEqual(queue.map((c) => c.id));
  });

  it("make the drill: pair by pair, the answer's side first, question cards before cloze cards", () => {
    expect(drillCards(pairs, cards).map((c) => c.id)).toEqual(["r-sqs", "c-sqs", "r-sns", "c-sns", "r-ecs", "r-eks"]);
    expect(drillCards(pairs, cards, { top: 1, held: (id) => id === "c-sns" }).map((c) => c.id)).toEqual(["r-sqs", "c-sqs", "r-sns"]);
  });
});

describe("a term shown under two names", () => {
  // One note about SQS yields a reverse card answered "Amazon SQS" (the term's name) and fits cards answered "SQS"
  // (the comparison's side as written): the same confusion, picked on either.
  const logs = [wrong("r-sqs", "Amazon SQS", "Amazon SNS"), wrong("f-sqs", "SQS", "SNS"), wrong("f-sns", "SNS", "SQS")];
  const now = clock + DAY;

  it("is one side of one pair, listed under the names shown last", () => {
    const pairs = listConfusedPairs(logs);
    expect(pairs.map(label)).toEqual(["SNS ↔ SQS: 3"]);
    expect(pairs[0]).toMatchObject({ ids: ["catalogue:sns", "catalogue:sqs"], cardIds: ["f-sns", "f-sqs", "r-sqs"] });
  });

  it("gives the options the confusion under any name of the picked term", () => {
    const counts = confusionsFor(logs, "Amazon SQS", { bothWays: true });
    for (const name of ["sns", "amazon sns", "amazon simple notification service"]) expect(counts.get(name)).toBe(3);
    expect(confusionsFor(logs, "SQS").get("amazon sns")).toBe(2);
    // A term the catalogue does not know is one term by its folded name.
    const own = [wrong("a", "My Queue", "Other Queue"), wrong("b", "my  queue", "other queue")];
    expect(listConfusedPairs(own).map(label)).toEqual(["my  queue ↔ other queue: 2"]);
    expect(confusionsFor(own, "MY QUEUE").get("other queue")).toBe(2);
  });

  it("brings the cards of both names together, in the drill and in a review", () => {
    const cards = [
      card("r-sqs", "Amazon SQS", "reverse"), card("f-sqs", "SQS", "fits"), card("c-sqs", "Amazon SQS"),
      card("r-sns", "Amazon SNS", "reverse"), card("f-sns", "SNS", "fits"),
    ];
    const pairs = listConfusedPairs(logs);
    expect(drillCards(pairs, cards).map((c) => c.id)).toEqual(["r-sns", "f-sns", "r-sqs", "f-sqs", "c-sqs"]);
    const states = new Map<string, CardState>([["r-sns", learned(now + DAY)], ["r-sqs", learned(now + DAY)]]);
    const queue = [cards[1]!, cards[4]!];
    const out = bringPartnersTogether(queue, { cards, pairs, stateOf: (id) => states.get(id), now });
    expect(out.map((c) => c.id)).toEqual(["f-sqs", "r-sns", "f-sns", "r-sqs"]);
  });

  it("follows the cards' current answers: a question card's answer now, nothing for a cloze card or one gone", () => {
    const answerOf = currentAnswerOf([{ ...card("r-fargate", "AWS Fargate", "reverse") }, card("c-fargate", "Fargate")]);
    expect([answerOf("r-fargate"), answerOf("c-fargate"), answerOf("gone")]).toEqual(["AWS Fargate", undefined, undefined]);
  });
});
