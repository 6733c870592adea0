/**
 * What the overview shows for exam practice, gathered from the services: the exam and its D-day, whether cram is
 * open and over how many cards, the pairs the student confuses most, and the exam guide's coverage by the notes.
 */
import type { Card } from "../core/cards/types";
import { currentAnswerOf, listConfusedPairs, drillCards, type ConfusedPair } from "../core/exam/confusions";
import { measureCoverage, type ExamCoverage } from "../core/exam/coverage";
import { isCramTime, orderForCram } from "../core/exam/cram";
import { daysUntilExam } from "../core/exam/exam-date";
import { examGuide, type ExamGuide } from "../core/exam/guides";
import { flaggedNow } from "../core/quiz/held";
import type { PluginSettings } from "../settings";
import { localOffsetMinutes, type StudyServices } from "./study-services";

/** Pairs the overview lists. */
const LISTED_PAIRS = 5;

/** The exam part of the overview. */
export interface ExamModel {
  /** The chosen exam's code ("SAA-C03"), or null for none. */
  exam: string | null;
  /** Study days left to the exam date (0 on the day), or null without a date or after it. */
  daysLeft: number | null;
  /** The cards a cram run would take, weakest first (empty outside the cram days). */
  cramIds: string[];
  /** The pairs confused most, most first. */
  pairs: ConfusedPair[];
  /** The cards a drill of those pairs would take (worked out when asked: the list is drawn only while open). */
  drillIds: () => string[];
  /** Measures the chosen exam's coverage by the notes (asked only while its section is open), or null for no exam. */
  coverage: (() => ExamCoverage) | null;
}

/** The cards of a cram run now, weakest first (none outside the last `cramDays` before the exam). */
function cramCardIds(services: StudyServices, cards: readonly Card[], settings: PluginSettings, now: Date): string[] {
  const tz = localOffsetMinutes(now);
  if (!isCramTime(now, settings.examDate, settings.cramDays, settings.dayRolloverHour, tz)) return [];
  const data = services.reviewStore.getData();
  const held = flaggedNow(data.flags, now.getTime());
  return orderForCram({
    cards, now, held, stateOf: (id) => services.reviewStore.getState(id),
    weights: settings.useFsrsWeights ? settings.fsrsWeights : null,
  }).map((c) => c.card.id);
}

/** The cards of a drill over `listed`, the pairs the overview lists (all of them, so the button and the list agree). */
function drillCardIds(services: StudyServices, cards: readonly Card[], listed: readonly ConfusedPair[], now: Date): string[] {
  const held = flaggedNow(services.reviewStore.getData().flags, now.getTime());
  return drillCards(listed, cards, { top: listed.length, held }).map((c) => c.id);
}

/** What the reviews in memory are, for telling whether a figure drawn from them is still current. */
function logsKey(services: StudyServices): string {
  const logs = services.reviewStore.getData().logs;
  const last = logs[logs.length - 1];
  return `${logs.length}\u0000${last?.time ?? 0}\u0000${last?.undone === true}`;
}

/** The pairs listed last, per snapshot, and the reviews they were listed from. */
const listed = new WeakMap<object, { key: string; pairs: ConfusedPair[] }>();

/**
 * Every confused pair of the logs in memory, most first; a question card's pair takes its answer's current name.
 * Listed again only when the notes (a new snapshot) or the reviews changed: the overview is redrawn at every autosave.
 */
export function confusedPairs(services: StudyServices): ConfusedPair[] {
  const snapshot = services.getSnapshot();
  const key = logsKey(services);
  const known = listed.get(snapshot);
  if (known?.key === key) return known.pairs;
  const pairs = listConfusedPairs(services.reviewStore.getData().logs, { answerOf: currentAnswerOf(snapshot.cards) });
  listed.set(snapshot, { key, pairs });
  return pairs;
}

/** The pairs the overview lists and a drill takes: the most confused. */
const listedPairs = (services: StudyServices): ConfusedPair[] => confusedPairs(services).slice(0, LISTED_PAIRS);

/** The coverage measured last, per snapshot, and the exam and reviews it was measured for. */
const measured = new WeakMap<object, { key: string; coverage: ExamCoverage }>();

/**
 * The exam's coverage by the notes, measured again only when the notes (a new snapshot), the exam or the reviews
 * changed since: the overview is updated at every autosave, and a large vault takes tens of milliseconds to measure.
 */
function coverageOf(services: StudyServices, guide: ExamGuide): ExamCoverage {
  const snapshot = services.getSnapshot();
  const key = `${guide.code}\u0000${logsKey(services)}`;
  const known = measured.get(snapshot);
  if (known?.key === key) return known.coverage;
  const coverage = measureCoverage({ guide, terms: snapshot.terms, cards: snapshot.cards, stateOf: (id) => services.reviewStore.getState(id) });
  measured.set(snapshot, { key, coverage });
  return coverage;
}

/** Everything the exam part of the overview shows, for the whole vault. */
export function buildExamModel(services: StudyServices, now: Date): ExamModel {
  const settings = services.getSettings();
  const snapshot = services.getSnapshot();
  const tz = localOffsetMinutes(now);
  const guide = examGuide(settings.exam);
  const pairs = listedPairs(services);
  return {
    exam: guide ? guide.code : null,
    daysLeft: daysUntilExam(now, settings.examDate, settings.dayRolloverHour, tz),
    cramIds: cramCardIds(services, snapshot.cards, settings, now),
    pairs,
    drillIds: () => drillCardIds(services, snapshot.cards, pairs, now),
    coverage: guide ? () => coverageOf(services, guide) : null,
  };
}

/** The cards of a cram run now, weakest first (empty outside the cram days). */
export function cramRunIds(services: StudyServices, now: Date): string[] {
  return cramCardIds(services, services.getSnapshot().cards, services.getSettings(), now);
}

/** The cards of a drill of the confused pairs the overview lists now. */
export function drillRunIds(services: StudyServices, now: Date): string[] {
  return drillCardIds(services, services.getSnapshot().cards, listedPairs(services), now);
}
