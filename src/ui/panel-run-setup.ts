/** Where a panel's run comes from: the scope it studies, that scope's cards, and the run over them. */
import type { Card } from "../core/cards/types";
import { flaggedNow } from "../core/quiz/held";
import { buildTermScope, filterCardsByScope, parseScope, type StudyScope } from "../core/quiz/scope";
import { createStudyRun, type StudyRun } from "../core/quiz/study-run";
import { answeredSince, countIntroducedSince, createScheduler, studyDayStart } from "../core/review";
import { localOffsetMinutes, type StudyServices } from "./study-services";
import { examStartFor } from "../core/exam/exam-date";
import { capStatesBeforeExam } from "../core/review/exam-cap";
import { bringPartnersTogether } from "../core/exam/confusions";
import { confusedPairs } from "./exam-model";

/** How the panel is hosted: the sidebar (starts on the overview) or a quiz (starts a run at once). */
export type PanelMode =
  | { kind: "panel" }
  | { kind: "quiz"; run: "review"; onClose?: () => void }
  | { kind: "quiz"; run: "note"; path: string; onClose?: () => void }
  /** Every card of one glossary term (from the hover card); `name` is the term as the user saw it. */
  | { kind: "quiz"; run: "term"; termId: string; name: string; onClose?: () => void }
  /** Chosen cards in a chosen order: a cram run before the exam, a drill of confused pairs. */
  | { kind: "quiz"; run: "cards"; ids: string[]; onClose?: () => void };

/** The scope the panel studies: a quiz's own, or the sidebar's choice (`scopeValue`; "active" follows the open note). */
export function resolveScope(services: StudyServices, mode: PanelMode, scopeValue: string): StudyScope {
  if (mode.kind === "quiz") {
    if (mode.run === "note") return { kind: "note", path: mode.path };
    if (mode.run === "term") return buildTermScope(mode.termId, services.getSnapshot().termsById.get(mode.termId));
    if (mode.run === "cards") return { kind: "cards", ids: mode.ids };
    return { kind: "all" };
  }
  if (scopeValue === "active") {
    const path = services.getActivePath?.() ?? null;
    return path === null ? { kind: "note", path: "" } : { kind: "note", path };
  }
  return parseScope(scopeValue);
}

/** The cards of a scope, in note order. */
export function scopeCards(services: StudyServices, scope: StudyScope): Card[] {
  const snapshot = services.getSnapshot();
  if (scope.kind === "note") return [...(snapshot.cardsByNote.get(scope.path) ?? [])];
  return filterCardsByScope(snapshot.cards, scope);
}

/** A run over `cards`: today's review, or practice over a note or a term, with the settings as they are now. */
export function startStudyRun(services: StudyServices, mode: PanelMode, cards: readonly Card[]): StudyRun {
  const now = services.now();
  const settings = services.getSettings();
  const data = services.reviewStore.getData();
  const tz = localOffsetMinutes(now);
  const dayStart = studyDayStart(now, settings.dayRolloverHour, tz);
  const held = flaggedNow(data.flags, now.getTime());
  const examStart = examStartFor(now, settings.examDate, settings.dayRolloverHour, tz);
  // As the overview lists them: a question card's pick under its answer's current name.
  const pairs = confusedPairs(services);
  return createStudyRun({
    kind: mode.kind === "quiz" && mode.run !== "review" ? "practice" : "review",
    // Cram and the drill of confused pairs review what is learned, due or not; a note's or a term's quiz practises.
    reviewLearned: mode.kind === "quiz" && mode.run === "cards",
    cards,
    // Before an exam, a learned card due after it comes on the eve (the stored schedule is left as it is).
    states: capStatesBeforeExam(data.cards, examStart),
    // Answers build on the store's state at the moment (the quiz or a sync may have changed it meanwhile).
    liveState: (id) => services.reviewStore.getState(id),
    // With an exam date ahead, a learned card's next review is kept before the exam.
    scheduler: createScheduler({ ...settings, examStart }),
    now,
    newCardsPerDay: settings.newCardsPerDay,
    newIntroducedToday: countIntroducedSince(data.logs, dayStart),
    rolloverHour: settings.dayRolloverHour,
    tzOffsetMinutes: tz,
    learnAheadMs: settings.learnAheadMinutes * 60_000,
    burySiblings: settings.burySiblings,
    answeredToday: answeredSince(data.logs, dayStart),
    held,
    // After a card of a pair the student confuses, the other side's learned reverse card follows.
    arrange: pairs.length === 0 ? undefined
      : (queued) => bringPartnersTogether(queued, { cards, pairs, stateOf: (id) => services.reviewStore.getState(id), now, held }),
  });
}
