/**
 * What the review panel can take back: an answer, or a card set aside (skipped, buried, suspended). Each step knows
 * how to put the store and the run back as they were; the panel then asks the card again.
 */
import type { Card } from "../core/cards/types";
import type { SummaryTally } from "../core/quiz/session-summary";
import type { GradeOutcome, StudyRun } from "../core/quiz/study-run";
import { nextStudyDayStart, type FlagChange, type Rating } from "../core/review";
import type { StringKey } from "./strings";
import { localOffsetMinutes, type StudyServices } from "./study-services";

/** How a card is set aside during a run. */
export type AsideKind = "skip" | "bury" | "suspend";

/** One step an undo takes back: an answer, or a card set aside (with its flag before, for bury and suspend). */
export type UndoStep =
  | { kind: "grade"; card: Card; rating: Rating; outcome: GradeOutcome }
  | { kind: "aside"; card: Card; flag: FlagChange | null };

/**
 * Sets the card aside in the store and the run: "skip" shows it later in this run, "bury" hides it until the next
 * study day, "suspend" until it is brought back from the panel. Returns the step that takes it back and the message.
 */
export function setCardAside(services: StudyServices, run: StudyRun, card: Card, how: AsideKind): { step: UndoStep; message: StringKey | null } {
  const before = services.reviewStore.getData().flags?.[card.id];
  const step: UndoStep = {
    kind: "aside", card, flag: how === "skip" ? null : { suspended: before?.suspended ?? false, buriedUntil: before?.buriedUntil ?? 0 },
  };
  if (how === "skip") {
    run.postpone(card.id);
    return { step, message: null };
  }
  const now = services.now();
  const change = how === "bury"
    ? { buriedUntil: nextStudyDayStart(now, services.getSettings().dayRolloverHour, localOffsetMinutes(now)) }
    : { suspended: true };
  services.reviewStore.setFlag(card.id, change, now);
  run.skip(card.id);
  return { step, message: how === "bury" ? "cardBuried" : "cardSuspended" };
}

/** Takes the step back in the store, the run and the tally; returns the message that says so. */
export function takeBack(step: UndoStep, services: StudyServices, run: StudyRun, tally: SummaryTally): StringKey {
  if (step.kind === "grade") {
    if (!step.outcome.practice) services.reviewStore.undoReview(step.outcome.log);
    run.undo(step.card, step.outcome);
    tally.unrecord(step.card.id, step.rating, step.outcome.practice);
    return "undone";
  }
  // A card set aside comes back: its flag as it was, and it is shown again.
  if (step.flag) services.reviewStore.setFlag(step.card.id, step.flag, services.now());
  run.restore(step.card.id);
  return "asideUndone";
}
