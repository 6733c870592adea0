/**
 * The review panel: a plain DOM component that the sidebar view and the quiz modal both host, and a jsdom test can
 * drive. It shows today at a glance, runs a review inline (reveal by Space, Enter or a tap; grade by 1–4 or the
 * buttons), follows note changes without losing the user's place, and ends with a summary.
 */
import type {} from "obsidian";
import type { Card } from "../core/cards/types";
import { advancePanel, canGrade, type PanelEvent, type PanelPhase } from "../core/quiz/panel-state";
import { buildTermScope, filterCardsByScope, parseScope, type StudyScope } from "../core/quiz/scope";
import { createSummaryTally, estimateRemainingMs, type SessionSummary, type SummaryTally } from "../core/quiz/session-summary";
import { createStudyRun, type GradeOutcome, type StudyRun } from "../core/quiz/study-run";
import { createTermFinder, describeWholeTerm, type TermFinder, type WholeTerm } from "../core/quiz/card-term";
import { flaggedNow } from "../core/quiz/held";
import { indexNoteLines, otherAnswersFor, type NoteLines } from "../core/cards/other-answers";
import { compareTypedAnswer } from "../core/quiz/typed-answer";
import {
  answeredSince, countIntroducedSince, createScheduler, isLeech, nextStudyDayStart, studyDayStart, YEAR_DAYS, type Rating,
} from "../core/review";
import { buildOverviewModel } from "./panel-model";
import type { TypedAttempt } from "./panel-grade";
import { OverviewView, type OverviewModel } from "./panel-overview";
import { renderRunView, renderWaitView, type RunViewHandlers } from "./panel-run";
import { renderSummary } from "./panel-summary";
import { describeWhen } from "./format-time";
import { t } from "./strings";
import { localOffsetMinutes, type StudyServices } from "./study-services";
import { targetElement } from "./event-target";

/** How the panel is hosted: the sidebar (starts on the overview) or a quiz (starts a run at once). */
export type PanelMode =
  | { kind: "panel" }
  | { kind: "quiz"; run: "review"; onClose?: () => void }
  | { kind: "quiz"; run: "note"; path: string; onClose?: () => void }
  /** Every card of one glossary term (from the hover card); `name` is the term as the user saw it. */
  | { kind: "quiz"; run: "term"; termId: string; name: string; onClose?: () => void };

const KEY_RATINGS: Record<string, Rating> = { "1": "again", "2": "hard", "3": "good", "4": "easy" };
/** A key this soon after a composition ended is the composition's own (Safari's order of events). */
const COMPOSITION_ECHO_MS = 50;
/** Answers a run remembers for undo. */
const MAX_UNDO = 50;

/** The review panel component. Construct it on a container; call `destroy()` when the host closes. */
export class ReviewPanel {
  /** The panel's root element (focusable, so it receives the review keys). */
  readonly rootEl: HTMLElement;
  private phase: PanelPhase = "overview";
  private run: StudyRun | null = null;
  private runScope: StudyScope = { kind: "all" };
  private card: Card | null = null;
  private practice = false;
  private attempt: TypedAttempt | null = null;
  private tally: SummaryTally | null = null;
  private summary: SessionSummary | null = null;
  /** How the last review run ended: done for today (with the learning cards coming back later), or ended by the user. */
  private ending: { doneForToday: boolean; later: { count: number; until: number } | null } = { doneForToday: false, later: null };
  /** A review run that is done for today, kept so the user can study ahead. */
  private finishedRun: StudyRun | null = null;
  /** The run that just ended (an undo from its summary takes it up again). */
  private endedRun: StudyRun | null = null;
  /** This run's answers, latest last, for undo (Ctrl/Cmd+Z or the button). */
  private answers: { card: Card; rating: Rating; outcome: GradeOutcome }[] = [];
  /** The year of review logs the statistics read: not asked for, being read, or in memory. */
  private year: "unread" | "reading" | "read" = "unread";
  /** The lines of the shown card's note, for the glossary revision they were read from. */
  private noteLines: { revision: number; path: string; lines: NoteLines } | null = null;
  /** Terms by name, for the glossary revision they were read from. */
  private termFinder: { revision: number; find: TermFinder } | null = null;
  private message: string | null = null;
  private waitUntil = 0;
  private scopeValue = "all";
  private cancelTimer: (() => void) | null = null;
  /** The overview on screen (updated in place), whether its Statistics are open, and the message drawn above it. */
  private overview: OverviewView | null = null;
  private readonly statsOpen = { value: false };
  private visible = true;
  private staleOverview = false;
  private shownMessage: string | null = null;
  private readonly cleanups: (() => void)[] = [];
  /** When the latest IME composition ended (event time): the Enter Safari sends right after it belongs to it. */
  private compositionEndedAt = -Infinity;
  private readonly runHandlers: RunViewHandlers = {
    undo: () => this.undo(),
    setAside: (how) => this.setAside(how),
    startLearning: () => this.startLearning(),
    reveal: (typed) => this.reveal(typed),
    grade: (rating) => this.grade(rating),
    // The note opens beside the review without the keyboard: the next Space or 1–4 still answers the card.
    openSource: (card) => {
      this.services.openSource(card.path, card.line, true);
      this.rootEl.focus({ preventScroll: true });
    },
    end: () => this.finish(),
  };

  constructor(container: HTMLElement, private readonly services: StudyServices, private readonly mode: PanelMode = { kind: "panel" }) {
    this.rootEl = container.createDiv({ cls: ["anc-panel", mode.kind === "quiz" ? "is-quiz" : "is-sidebar"], attr: { tabindex: "0" } });
    const onKey = (e: KeyboardEvent): void => this.handleKey(e);
    const onCompositionEnd = (e: Event): void => { this.compositionEndedAt = e.timeStamp; };
    this.rootEl.addEventListener("keydown", onKey);
    this.rootEl.addEventListener("compositionend", onCompositionEnd);
    this.cleanups.push(() => {
      this.rootEl.removeEventListener("keydown", onKey);
      this.rootEl.removeEventListener("compositionend", onCompositionEnd);
    });
    this.cleanups.push(services.onIndexChange(() => this.followIndex()));
    const offReviews = services.onReviewsChange?.(() => this.refreshOverview());
    if (offReviews) this.cleanups.push(offReviews);
    // The "active note" scope follows the note the user opens.
    const offActive = services.onActiveFileChange?.(() => { if (this.scopeValue === "active") this.refreshOverview(); });
    if (offActive) this.cleanups.push(offActive);
    if (mode.kind === "quiz") this.start();
    else this.render();
  }

  /** The phase the panel is in (for hosts and tests). */
  get currentPhase(): PanelPhase {
    return this.phase;
  }

  /** Starts a run over the chosen scope (the quiz's own cards in quiz mode). */
  start(): void {
    const now = this.services.now();
    const settings = this.services.getSettings();
    const data = this.services.reviewStore.getData();
    const tz = localOffsetMinutes(now);
    const dayStart = studyDayStart(now, settings.dayRolloverHour, tz);
    this.runScope = this.resolveScope();
    this.run = createStudyRun({
      kind: this.mode.kind === "quiz" && this.mode.run !== "review" ? "practice" : "review",
      cards: this.scopeCards(this.runScope),
      states: data.cards,
      // Answers build on the store's state at the moment (the quiz or a sync may have changed it meanwhile).
      liveState: (id) => this.services.reviewStore.getState(id),
      scheduler: createScheduler(settings),
      now,
      newCardsPerDay: settings.newCardsPerDay,
      newIntroducedToday: countIntroducedSince(data.logs, dayStart),
      rolloverHour: settings.dayRolloverHour,
      tzOffsetMinutes: tz,
      learnAheadMs: settings.learnAheadMinutes * 60_000,
      burySiblings: settings.burySiblings,
      answeredToday: answeredSince(data.logs, dayStart),
      held: flaggedNow(data.flags, now.getTime()),
    });
    this.finishedRun = null;
    this.tally = createSummaryTally(now.getTime());
    this.answers = [];
    this.endedRun = null;
    this.summary = null;
    this.message = null;
    this.advance();
  }

  /** Shows the answer (Space, Enter, a tap or the button); `typed` is what the user typed, if anything. */
  reveal(typed: string | null = null): void {
    if (this.phase !== "question" || !this.card) return;
    this.attempt = typed === null ? null : { ...compareTypedAnswer(typed, this.card.answer), text: typed };
    this.go("reveal");
  }

  /** Grades the shown card (keys 1–4 or the buttons) and moves to the next one. */
  grade(rating: Rating): void {
    if (!canGrade(this.phase) || !this.run || !this.card || !this.tally) return;
    const outcome = this.run.grade(this.card, rating, this.services.now());
    if (!outcome.practice) this.services.reviewStore.recordReview(outcome.log);
    this.tally.record(this.card.id, rating, outcome.practice);
    this.answers.push({ card: this.card, rating, outcome });
    if (this.answers.length > MAX_UNDO) this.answers.shift();
    this.message = null;
    this.advance();
  }

  /**
   * Sets the shown card aside: "skip" shows it later in this run, "bury" hides it until tomorrow's study day, "suspend"
   * until the student brings it back from the panel.
   */
  setAside(how: "skip" | "bury" | "suspend"): void {
    const card = this.card;
    if (!card || !this.run || (this.phase !== "question" && this.phase !== "answer")) return;
    const now = this.services.now();
    if (how === "skip") {
      this.run.postpone(card.id);
      this.message = null;
    } else {
      const settings = this.services.getSettings();
      const change = how === "bury"
        ? { buriedUntil: nextStudyDayStart(now, settings.dayRolloverHour, localOffsetMinutes(now)) }
        : { suspended: true };
      this.services.reviewStore.setFlag(card.id, change, now);
      this.run.skip(card.id);
      this.message = t(how === "bury" ? "cardBuried" : "cardSuspended");
    }
    this.card = null;
    this.advance();
  }

  /** A practice quiz over new cards becomes their first lesson: their first answers schedule them. */
  startLearning(): void {
    if (!this.run || !this.card) return;
    this.run.startLearning();
    this.practice = !this.run.countsAsReview(this.card, this.services.now());
    this.render();
  }

  /** True when there is an answer to take back. */
  get canUndo(): boolean {
    return this.answers.length > 0 && (this.run !== null || this.endedRun !== null);
  }

  /**
   * Takes back the latest answer (Ctrl/Cmd+Z or the button): the card's schedule and the log go back to what they were
   * (the log keeps the answer marked undone), and the card is asked again.
   */
  undo(): void {
    const last = this.answers.pop();
    const run = this.run ?? this.endedRun;
    if (!last || !run || !this.tally) return;
    if (!last.outcome.practice) this.services.reviewStore.undoReview(last.outcome.log);
    run.undo(last.card, last.outcome);
    this.tally.unrecord(last.card.id, last.rating, last.outcome.practice);
    if (!this.run) {
      this.run = run;
      this.endedRun = null;
      this.finishedRun = null;
      this.summary = null;
      this.phase = advancePanel(this.phase, "resume");
    }
    this.message = t("undone");
    this.card = null;
    this.advance();
  }

  /**
   * Ends the run and shows the summary. `doneForToday` when the run ran out of cards (not ended by the user), with the
   * learning cards that come back after the learn-ahead limit.
   */
  finish(doneForToday = false, later: { count: number; until: number } | null = null): void {
    if (!this.tally) return;
    const now = this.services.now().getTime();
    const ids = this.scopeCards(this.runScope).map((c) => c.id);
    this.summary = this.tally.summarize(now, ids, this.services.reviewStore.getData().cards);
    this.ending = { doneForToday, later };
    this.finishedRun = this.run?.kind === "review" ? this.run : null;
    this.endedRun = this.run;
    this.run = null;
    this.card = null;
    this.stopTimer();
    this.go("finish");
  }

  /** Removes the panel and every listener it added. */
  destroy(): void {
    this.stopTimer();
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.rootEl.remove();
  }

  private go(event: PanelEvent): void {
    this.phase = advancePanel(this.phase, event);
    this.render();
  }

  private advance(): void {
    if (!this.run) return;
    this.stopTimer();
    const now = this.services.now();
    const step = this.run.next(now);
    this.attempt = null;
    if (step.kind === "card") {
      this.card = step.card;
      this.practice = !this.run.countsAsReview(step.card, now);
      this.go("show-card");
    } else if (step.kind === "wait") {
      this.card = null;
      this.waitUntil = step.until;
      this.cancelTimer = this.services.setTimer?.(() => this.advance(), Math.max(0, step.until - now.getTime())) ?? null;
      this.go("wait");
    } else {
      this.finish(true, step.later ?? null);
    }
  }

  /** Studies ahead after a review run is done for today: learning cards now, then tomorrow's reviews. */
  studyAhead(): void {
    const run = this.finishedRun;
    if (!run || this.phase !== "summary") return;
    if (run.studyAhead(this.services.now()) === 0) {
      this.message = t("nothingAhead");
      this.render();
      return;
    }
    this.run = run;
    this.finishedRun = null;
    this.summary = null;
    this.message = null;
    this.phase = advancePanel(this.phase, "resume");
    this.advance();
  }

  private stopTimer(): void {
    this.cancelTimer?.();
    this.cancelTimer = null;
  }

  /**
   * Whether the panel can be seen (a collapsed sidebar hides it): while hidden, the overview is not redrawn at each
   * change, only once when it shows again.
   */
  setVisible(visible: boolean): void {
    this.visible = visible;
    if (visible && this.staleOverview) this.refreshOverview();
  }

  /** Redraws the overview (counts, scope, statistics) if it is what the panel shows. */
  private refreshOverview(): void {
    if (this.phase !== "overview") return;
    this.staleOverview = !this.visible;
    if (this.visible) this.render();
  }

  /** A note changed: hand the run its new cards, keep the place, skip a card whose highlight is gone. */
  private followIndex(): void {
    if (!this.run) {
      this.refreshOverview();
      return;
    }
    const now = this.services.now();
    // A term's names can change with its notes (an alias added or dropped), so they are looked up again.
    if (this.runScope.kind === "term") this.runScope = this.resolveScope();
    const cards = this.scopeCards(this.runScope);
    this.run.replaceCards(cards, now);
    if (this.card) {
      const id = this.card.id;
      const fresh = cards.find((c) => c.id === id);
      if (fresh) {
        // Redraw only when the card's text changed, so a half-typed answer is not wiped by an unrelated edit.
        const changed = JSON.stringify(fresh) !== JSON.stringify(this.card);
        this.card = fresh;
        if (changed) this.render();
      } else {
        this.message = t("cardDeleted");
        this.card = null;
        this.advance();
      }
    } else if (this.phase === "waiting") {
      this.advance();
    }
  }

  private resolveScope(): StudyScope {
    if (this.mode.kind === "quiz") {
      const mode = this.mode;
      if (mode.run === "note") return { kind: "note", path: mode.path };
      if (mode.run === "term") return buildTermScope(mode.termId, this.services.getSnapshot().termsById.get(mode.termId));
      return { kind: "all" };
    }
    if (this.scopeValue === "active") {
      const path = this.services.getActivePath?.() ?? null;
      return path === null ? { kind: "note", path: "" } : { kind: "note", path };
    }
    return parseScope(this.scopeValue);
  }

  private scopeCards(scope: StudyScope): Card[] {
    const snapshot = this.services.getSnapshot();
    if (scope.kind === "note") return [...(snapshot.cardsByNote.get(scope.path) ?? [])];
    return filterCardsByScope(snapshot.cards, scope);
  }

  private handleKey(e: KeyboardEvent): void {
    // A key that ends a Korean (or any IME) composition is the composition's, never a reveal or a grade. Chrome marks
    // it composing (or its key "Process"); Safari ends the composition first and then sends a plain Enter at once.
    if (e.defaultPrevented || e.isComposing || e.key === "Process") return;
    // In a pop-out window the panel's elements belong to that window: no `instanceof HTMLElement` there.
    const target = targetElement(e.target);
    const tag = target?.tagName ?? "";
    // Ctrl/Cmd+Z takes back the latest answer; in the typed-answer box it undoes typing, as everywhere.
    if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === "z" && tag !== "INPUT" && tag !== "TEXTAREA") {
      if (this.canUndo && this.phase !== "overview") {
        e.preventDefault();
        this.undo();
      }
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.timeStamp - this.compositionEndedAt < COMPOSITION_ECHO_MS) return;
    if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT") {
      if (tag === "INPUT" && e.key === "Enter" && this.phase === "question") {
        e.preventDefault();
        // Enter on an empty box shows the answer without judging a typed answer that was never given.
        const typed = (target as HTMLInputElement).value;
        this.reveal(typed.trim() === "" ? null : typed);
      }
      return;
    }
    // A focused button already answers Space and Enter with a click.
    if (tag === "BUTTON" && (e.key === " " || e.key === "Enter")) return;
    if ((e.key === " " || e.key === "Enter") && this.phase === "question") {
      e.preventDefault();
      this.reveal();
      return;
    }
    const rating = KEY_RATINGS[e.key];
    if (rating && canGrade(this.phase)) {
      e.preventDefault();
      this.grade(rating);
    }
  }

  private render(): void {
    // The overview follows changes in place (an open Statistics section or scope menu stays open).
    if (this.phase === "overview" && this.overview?.isShownIn(this.rootEl) && this.message === this.shownMessage && this.services.isLoading?.() !== true) {
      if (this.overview.update(this.overviewModel())) return;
    }
    this.shownMessage = this.message;
    this.overview = null;
    const doc = this.rootEl.ownerDocument;
    const hadFocus = this.rootEl.contains(doc.activeElement);
    this.rootEl.replaceChildren();
    if (this.message) this.rootEl.createDiv({ cls: "anc-message", text: this.message, attr: { role: "status" } });
    switch (this.phase) {
      case "overview": this.renderOverview(); break;
      case "question":
      case "answer": this.renderCard(); break;
      case "waiting": this.renderWaiting(); break;
      case "summary": this.renderSummary(); break;
    }
    // Typed answers: every question puts the keyboard in the answer box (in a quiz, or when the panel had the keyboard;
    // a redraw never takes it from the note being edited).
    const typedBox = this.phase === "question" ? this.rootEl.querySelector<HTMLInputElement>(".anc-typed-input") : null;
    if (typedBox && (hadFocus || this.mode.kind === "quiz")) typedBox.focus({ preventScroll: true });
    else if (hadFocus && !this.rootEl.contains(doc.activeElement)) this.rootEl.focus({ preventScroll: true });
  }

  /** The overview's figures; while the year's logs are being read, the statistics say so. */
  private overviewModel(): OverviewModel {
    const model = buildOverviewModel(this.services, this.scopeValue, this.resolveScope());
    if (this.year === "reading") model.stats.historyFrom = Infinity;
    return model;
  }

  private renderOverview(): void {
    if (this.services.isLoading?.() === true) {
      this.rootEl.createDiv({ cls: "anc-loading", text: t("loadingHistory"), attr: { role: "status" } });
      return;
    }
    const model = this.overviewModel();
    this.overview = new OverviewView(this.rootEl, model, {
      onScope: (value) => { this.scopeValue = value; this.render(); },
      onStart: () => this.start(),
      onBringBack: (id) => {
        this.services.reviewStore.setFlag(id, { suspended: false, buriedUntil: 0 }, this.services.now());
        this.refreshOverview();
      },
      onOpen: (path, line) => this.services.openSource(path, line),
      onStatsOpen: () => this.loadYear(),
    }, this.statsOpen);
  }

  private renderCard(): void {
    const card = this.card;
    if (!card || !this.run) return;
    const revealed = this.phase === "answer";
    const now = this.services.now();
    const counts = this.run.counts();
    const estimateMs = counts
      ? estimateRemainingMs(counts, this.services.getSettings().learningStepsMinutes.length, this.tally?.pace(now.getTime()) ?? null)
      : null;
    renderRunView(this.rootEl, {
      canUndo: this.canUndo,
      newLeft: this.run.newLeft(),
      card, revealed, practice: this.practice, noteQuiz: this.run.kind === "practice",
      typedAnswers: this.services.getSettings().typedAnswers, attempt: this.attempt,
      previews: revealed && !this.practice ? this.run.preview(card, this.services.now()) : null,
      answered: this.tally?.answered() ?? 0, left: this.run.remaining(),
      counts, currentPhase: this.services.reviewStore.getState(card.id)?.state ?? "new", estimateMs,
      wholeTerm: revealed ? this.wholeTermOf(card) : null,
      leechLapses: isLeech(this.services.reviewStore.getState(card.id)) ? this.services.reviewStore.getState(card.id)?.lapses ?? 0 : 0,
      others: otherAnswersFor(card, this.noteLinesOf(card.path)),
    }, this.runHandlers);
  }

  /** Reads a year of review logs the first time Statistics opens, then draws them again. */
  private loadYear(): void {
    if (this.year !== "unread" || !this.services.loadHistory) return;
    this.year = "reading";
    this.refreshOverview();
    this.services.loadHistory(YEAR_DAYS + 1).then(() => undefined, () => undefined).finally(() => {
      this.year = "read";
      this.refreshOverview();
    });
  }

  /** The cards of a note by their own lines (see `indexNoteLines`), built once per note and glossary revision. */
  private noteLinesOf(path: string): NoteLines {
    const snapshot = this.services.getSnapshot();
    const known = this.noteLines;
    if (known && known.revision === snapshot.revision && known.path === path) return known.lines;
    const lines = indexNoteLines(snapshot.cardsByNote.get(path) ?? []);
    this.noteLines = { revision: snapshot.revision, path, lines };
    return lines;
  }

  /** What the notes say about the card's term beyond the card itself. */
  private wholeTermOf(card: Card): WholeTerm | null {
    const snapshot = this.services.getSnapshot();
    if (this.termFinder?.revision !== snapshot.revision) this.termFinder = { revision: snapshot.revision, find: createTermFinder(snapshot.terms) };
    const term = this.termFinder.find(card.term);
    if (!term) return null;
    return describeWholeTerm(term, card.term, [card.promptParts.join(card.answer), ...card.context]);
  }

  private renderWaiting(): void {
    const when = describeWhen(this.waitUntil, this.services.now().getTime());
    renderWaitView(this.rootEl, when, { ...this.runHandlers, check: () => this.advance() });
  }

  private renderSummary(): void {
    if (!this.summary) return;
    const quiz = this.mode.kind === "quiz" ? this.mode : null;
    renderSummary(this.rootEl, this.summary, this.services.now().getTime(), {
      leaveLabel: quiz ? t("close") : t("back"),
      doneForToday: this.ending.doneForToday,
      later: this.ending.later,
      onStudyAhead: this.finishedRun ? () => this.studyAhead() : null,
      onLeave: () => {
        if (quiz) { quiz.onClose?.(); return; }
        this.message = null;
        this.endedRun = null;
        this.answers = [];
        this.go("close");
      },
      onUndo: this.canUndo ? () => this.undo() : null,
    });
  }

}

