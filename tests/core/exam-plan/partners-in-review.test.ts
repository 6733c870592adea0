import type { Card } from "../../../src/core/cards/types";
import { bringPartnersTogether, listConfusedPairs } from "../../../src/core/exam/confusions";
import { createReviewSession } from "../../../src/core/review/review-session";
import { createScheduler } from "../../../src/core/review/scheduler";
import type { CardState } from "../../../src/core/review/types";

const DAY = 86_400_000;
const NOW = Date.parse("2026-12-10T09:00:00Z");
const scheduler = createScheduler({ desiredRetention: 0.9, maximumIntervalDays: 36500, learningStepsMinutes: [1, 10] });

function card(id: string, term: string, line: number, kind?: "reverse"): Card {
  return {
    id, path: `AWS/${term}.md`, line, term, promptParts: ["", ""], answer: term, context: [], selfNamed: false, tags: [],
    ...(kind ? { kind } : {}),
  };
}

const review = (due: number, stability = 10): CardState => ({
  due, stability, difficulty: 5, elapsedDays: stability, scheduledDays: stability, reps: 3, lapses: 0, learningStep: 0,
  state: "review", lastReview: due - stability * DAY,
});

describe("a confused pair in today's review", () => {
  it("shows the partner's reverse card right after its pair's card, though it was due only in two days", () => {
    const cards = [card("c-ec2", "EC2", 1), card("c-sqs", "SQS", 1), card("c-s3", "S3", 1), card("r-sns", "SNS", 2, "reverse")];
    const states = new Map<string, CardState>([
      // The most overdue first: EC2, then SQS, then S3; SNS's reverse card is not due today.
      ["c-ec2", review(NOW - 5 * DAY)], ["c-sqs", review(NOW - 3 * DAY)], ["c-s3", review(NOW - DAY)],
      ["r-sns", review(NOW + 2 * DAY)],
    ]);
    const { log } = scheduler.grade(review(NOW - 20 * DAY), "again", new Date(NOW - 20 * DAY + 1), "r-sqs", { picked: "SNS", answer: "SQS" });
    const pairs = listConfusedPairs([log]);
    const run = (arranged: boolean): string[] => {
      const session = createReviewSession({
        cards, states, now: new Date(NOW), newCardsPerDay: 10, newIntroducedToday: 0, scheduler,
        ...(arranged ? { arrange: (queued: Card[]) => bringPartnersTogether(queued, { cards, pairs, stateOf: (id) => states.get(id), now: NOW }) } : {}),
      });
      const shown: string[] = [];
      for (let step = session.next(new Date(NOW)); step.kind === "card"; step = session.next(new Date(NOW))) {
        shown.push(step.card.id);
        session.answer(step.card.id, "good", new Date(NOW));
      }
      return shown;
    };
    expect(run(false)).toEqual(["c-ec2", "c-sqs", "c-s3"]);
    expect(run(true)).toEqual(["c-ec2", "c-sqs", "r-sns", "c-s3"]);
  });
});
