import { createStudyRun, type StudyRunOptions } from "../../../src/core/quiz/study-run";
import { createScheduler } from "../../../src/core/review";
import { makeCard, reviewState } from "../review/helpers";

const NOW = new Date("2025-05-01T09:00:00Z");
const DAY = 86_400_000;
const scheduler = createScheduler({ desiredRetention: 0.9, maximumIntervalDays: 36500, learningStepsMinutes: [1, 10] });

function noteRun(states: StudyRunOptions["states"]) {
  return createStudyRun({
    kind: "practice", cards: [makeCard("a", "Lambda", 2), makeCard("b", "Lambda", 3), makeCard("c", "EC2", 5)],
    states, scheduler, now: NOW, newCardsPerDay: 20, newIntroducedToday: 0, rolloverHour: 4, tzOffsetMinutes: 0,
  });
}

const shown = (run: ReturnType<typeof noteRun>): string => {
  const step = run.next(NOW);
  return step.kind === "card" ? step.card.id : step.kind;
};

describe("a note quiz", () => {
  it("shows every card of the note in note order whatever its schedule", () => {
    const run = noteRun({ a: reviewState(NOW.getTime() + 30 * DAY), c: reviewState(NOW.getTime() - DAY) });
    const order: string[] = [];
    for (let step = run.next(NOW); step.kind === "card"; step = run.next(NOW)) {
      order.push(step.card.id);
      run.grade(step.card, "good", NOW);
    }
    expect(order).toEqual(["a", "b", "c"]);
  });

  it("reschedules only a due card, once; not-due and new cards are practice", () => {
    const run = noteRun({ a: reviewState(NOW.getTime() + 30 * DAY), c: reviewState(NOW.getTime() - DAY) });
    const [a, b, c] = [makeCard("a", "Lambda", 2), makeCard("b", "Lambda", 3), makeCard("c", "EC2", 5)];
    expect(run.grade(a, "good", NOW).practice).toBe(true);
    expect(run.grade(b, "good", NOW).practice).toBe(true);
    expect(run.countsAsReview(c, NOW)).toBe(true);
    const first = run.grade(c, "again", NOW);
    expect(first.practice).toBe(false);
    // The "again" brings it back at the end, now as practice.
    expect(shown(run)).toBe("c");
    expect(run.grade(c, "good", NOW).practice).toBe(true);
    expect(shown(run)).toBe("done");
  });

  it("drops a card whose highlight vanished and adds one that appeared", () => {
    const run = noteRun({});
    run.replaceCards([makeCard("b", "Lambda", 3), makeCard("c", "EC2", 5), makeCard("d", "EC2", 6)], NOW);
    expect(shown(run)).toBe("b");
    expect(run.remaining()).toBe(3);
  });
});

/** A review run over card `a` that reads the store's live state from `store`. */
function liveReview(store: Record<string, ReturnType<typeof reviewState>>) {
  return createStudyRun({
    kind: "review", cards: [makeCard("a", "Lambda", 2)], states: { ...store }, liveState: (id) => store[id],
    scheduler, now: NOW, newCardsPerDay: 20, newIntroducedToday: 0, rolloverHour: 4, tzOffsetMinutes: 0,
  });
}

describe("a review run and answers given elsewhere while it is open", () => {
  it("grades a card on top of an answer the quiz stored meanwhile, so neither answer is lost", () => {
    const store: Record<string, ReturnType<typeof reviewState>> = { a: reviewState(NOW.getTime() - DAY) };
    const run = liveReview(store);
    const step = run.next(NOW);
    expect(step.kind).toBe("card");
    // The quiz answers the same card and the store keeps it; then the run's card is graded.
    const quiz = scheduler.grade(store.a, "again", new Date(NOW.getTime() + 60_000), "a");
    store.a = quiz.state;
    const later = new Date(NOW.getTime() + 120_000);
    const outcome = run.grade(makeCard("a", "Lambda", 2), "good", later);
    expect(outcome.practice).toBe(false);
    expect(outcome.practice === false && outcome.state).toEqual(scheduler.grade(quiz.state, "good", later).state);
    expect(outcome.practice === false && outcome.log.before).toEqual(quiz.state);
  });
});

describe("a review run open while the history is reset", () => {
  it("grades the card as new afterwards, not on the answers given before the reset", () => {
    const store: Record<string, ReturnType<typeof reviewState>> = { a: reviewState(NOW.getTime() - DAY) };
    const run = liveReview(store);
    const first = run.grade(makeCard("a", "Lambda", 2), "again", NOW);
    if (first.practice) throw new Error("a due card in a review counts");
    store.a = first.state;
    // "Reset review history": the store forgets every card.
    delete store.a;
    const later = new Date(NOW.getTime() + 10 * 60_000);
    const after = run.grade(makeCard("a", "Lambda", 2), "good", later);
    expect(after.practice === false && after.log.before).toBeNull();
    expect(after.practice === false && after.state.reps).toBe(1);
  });
});

describe("a cram run or a drill of confused pairs", () => {
  it("reviews each learned card once, due or not, and leaves new cards as practice", () => {
    const cards = [makeCard("a", "Lambda", 2), makeCard("b", "Lambda", 3), makeCard("c", "EC2", 5)];
    const run = createStudyRun({
      kind: "practice", reviewLearned: true, cards, states: { a: reviewState(NOW.getTime() + 30 * DAY), c: reviewState(NOW.getTime() - DAY) },
      scheduler, now: NOW, newCardsPerDay: 20, newIntroducedToday: 0, rolloverHour: 4, tzOffsetMinutes: 0,
    });
    const [a, b, c] = cards as [typeof cards[0], typeof cards[0], typeof cards[0]];
    const notDue = run.grade(a, "again", NOW);
    expect(notDue.practice).toBe(false);
    expect(run.grade(b, "good", NOW).practice).toBe(true);
    expect(run.grade(c, "good", NOW).practice).toBe(false);
    // The "again" comes back at the end of the run as practice: one review per card and run.
    expect(run.grade(a, "good", NOW).practice).toBe(true);
  });
});
