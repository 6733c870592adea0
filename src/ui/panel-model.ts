/** Gathers what the panel's overview shows from the services: counts, scope choices and statistics input. */
import { listScopeChoices, type StudyScope } from "../core/quiz/scope";
import { countToday } from "../core/quiz/today";
import { heldToday } from "../core/quiz/held";
import { listSetAside } from "../core/quiz/set-aside";
import { studyDayStart } from "../core/review/study-day";
import type { Card } from "../core/cards/types";
import type { OverviewModel, ScopeOption } from "./panel-overview";
import { t } from "./strings";
import { localOffsetMinutes, type StudyServices } from "./study-services";
import { buildExamModel } from "./exam-model";
import { scopeCards } from "./panel-run-setup";
import { examStartFor } from "../core/exam/exam-date";
import { capStatesBeforeExam } from "../core/review/exam-cap";

/** The scope picker's entries: all notes, the active note (when the host knows it), then folders and tags. */
export function listScopeOptions(cards: readonly Card[], hasActive: boolean): ScopeOption[] {
  const choices = listScopeChoices(cards);
  const options: ScopeOption[] = [{ value: "all", label: t("scopeAll") }];
  if (hasActive) options.push({ value: "active", label: t("scopeActive") });
  for (const folder of choices.folders) options.push({ value: `folder:${folder}`, label: t("scopeFolder", { name: folder }) });
  for (const tag of choices.tags) options.push({ value: `tag:${tag}`, label: t("scopeTag", { name: tag }) });
  return options;
}

/** Everything the overview draws, for the scope `scope` chosen as `scopeValue`. */
export function buildOverviewModel(services: StudyServices, scopeValue: string, scope: StudyScope): OverviewModel {
  const snapshot = services.getSnapshot();
  const settings = services.getSettings();
  const data = services.reviewStore.getData();
  const now = services.now();
  const tz = localOffsetMinutes(now);
  const cards = scopeCards(services, scope);
  const ids = new Set(cards.map((c) => c.id));
  const logs = scope.kind === "all" ? data.logs : data.logs.filter((l) => ids.has(l.cardId));
  const options = listScopeOptions(snapshot.cards, services.getActivePath !== undefined);
  const known = options.some((o) => o.value === scopeValue);
  return {
    totalCards: snapshot.cards.length,
    scopeCards: cards.length,
    today: countToday({
      cards, states: capStatesBeforeExam(data.cards, examStartFor(now, settings.examDate, settings.dayRolloverHour, tz)), logs: data.logs, now: now.getTime(), newCardsPerDay: settings.newCardsPerDay,
      rolloverHour: settings.dayRolloverHour, tzOffsetMinutes: tz,
      held: heldToday({
        cards, states: data.cards, logs: data.logs, flags: data.flags, now: now.getTime(),
        dayStart: studyDayStart(now, settings.dayRolloverHour, tz), burySiblings: settings.burySiblings,
      }),
    }),
    now: now.getTime(),
    scopeOptions: known ? options : [...options, { value: scopeValue, label: scopeValue }],
    scopeValue,
    stats: { cardIds: [...ids], states: data.cards, logs, now, rolloverHour: settings.dayRolloverHour, tzOffsetMinutes: tz },
    setAside: listSetAside(cards, data.flags, data.cards, now.getTime()),
    exam: buildExamModel(services, now),
  };
}

