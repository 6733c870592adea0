/**
 * The review panel: a plain DOM component that the sidebar view and the quiz modal both host, and a jsdom test can
 * drive. It shows today at a glance, runs a review inline (reveal by Space, Enter or a tap; grade by 1–4 or the
 * buttons), follows note changes without losing the user's place, and ends with a summary.
 */
import type {} from "obsidian";
import type { Card } from "../core/cards/types";
import { advancePanel, canGrade, type PanelEvent, type PanelPhase } from "../core/quiz/panel-state";
import type { StudyScope } from "../core/quiz/scope";
import { createSummaryTally, estimateRemainingMs, type SessionSummary, type SummaryTally } from "../core/quiz/session-summary";
import type { StudyRun } from "../core/quiz/study-run";
import { compareTypedAnswer } from "../core/quiz/typed-answer";
import { isLeech, type Rating } from "../core/review";
import type { WrongPick } from "../core/review/review-log";
import type { TypedAttempt } from "./panel-grade";
import { OverviewHost } from "./panel-overview-host";
import { renderRunView, type RunViewHandlers } from "./panel-run";
import { renderSummary } from "./panel-summary";
import { t } from "./strings";
import type { StudyServices } from "./study-services";
import { readPanelKey } from "./panel-keys";
import { resolveScope, scopeCards, startStudyRun, type PanelMode } from "./panel-run-setup";
import { setCardAside, takeBack, type AsideKind, type UndoStep } from "./panel-undo";
import { PanelLookups } from "./panel-lookups";
import { ratingOfPick, wrongPickOf, type ChoiceState } from "./panel-choice";

export type { PanelMode } from "./panel-run-setup";

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
  /** The options of the question card shown, when it is asked as multiple choice, and the pick once made. */
  private choice: ChoiceState | null = null;
  private tally: SummaryTally | null = null;
  private summary: SessionSummary | null = null;
  /** How the last review run ended: done for today (with the learning cards coming back later), or ended by the user. */
  private ending: { doneForToday: boolean; later: { count: number; until: number } | null } = { doneForToday: false, later: null };
  /** The run that just ended (an undo from its summary, or studying ahead after a review, takes it up again). */
  private endedRun: StudyRun | null = null;
  /** This run's answers and cards set aside, latest last, for undo (Ctrl/Cmd+Z or the button). */
  private answers: UndoStep[] = [];
  /** The glossary look-ups of the shown card: its whole term, and the other cards' answers its face hides. */
  private readonly lookups: PanelLookups;
  private message: string | null = null;
  private scopeValue = "all";
  /** The overview, updated in place while it is what the panel shows. */
  private readonly overview: OverviewHost;
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
    pick: (index) => this.pick(index),
    next: () => this.next(),
    // The note opens beside the review without the keyboard: the next Space or 1–4 still answers the card.
    openSource: (card) => {
      this.services.openSource(card.path, card.line, true);
      this.rootEl.focus({ preventScroll: true });
    },
    end: () => this.finish(),
  };

  constructor(container: HTMLElement, private readonly services: StudyServices, private readonly mode: PanelMode = { kind: "panel" }) {
    this.lookups = new PanelLookups(() => services.getSnapshot());
    this.overview = new OverviewHost(services, () => this.refreshOverview());
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

  /**
   * Starts a run over the chosen scope (the quiz's own cards in quiz mode), or over `ids` in that order: a cram run or
   * a drill of confused pairs, which practise (a card due today still counts as its review).
   */
  start(ids?: string[]): void {
    const now = this.services.now();
    const mode: PanelMode = ids ? { kind: "quiz", run: "cards", ids } : this.mode;
    this.runScope = resolveScope(this.services, mode, this.scopeValue);
    this.run = startStudyRun(this.services, mode, this.scopeCards(this.runScope));
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

  /**
   * Picks an option of a multiple-choice question (keys 1–5 or A–E, or a tap): the pick is the answer (right: Good,
   * wrong: Again), recorded at once with the wrong option; the verdict and both definitions show until "Next".
   */
  pick(index: number): void {
    const choice = this.choice;
    if (this.phase !== "question" || !choice || choice.picked !== null || index < 0 || index >= choice.options.length) return;
    choice.picked = index;
    this.record(ratingOfPick(choice) as Rating, wrongPickOf(choice));
    this.go("reveal");
  }

  /** On from a multiple-choice verdict to the next card (Space, Enter or "Next"; the pick was recorded already). */
  next(): void {
    if (this.phase !== "answer" || this.choice?.picked == null) return;
    this.advance();
  }

  /** Grades the shown card (keys 1–4 or the buttons) and moves to the next one. */
  grade(rating: Rating): void {
    if (!canGrade(this.phase) || this.choice) return;
    if (this.record(rating)) this.advance();
  }

  /** Records an answer to the shown card (with the wrong option picked, if any); false when there is no card to answer. */
  private record(rating: Rating, pick?: WrongPick): boolean {
    if (!this.run || !this.card || !this.tally) return false;
    const outcome = this.run.grade(this.card, rating, this.services.now());
    if (!outcome.practice) this.services.reviewStore.recordReview(outcome.log, pick);
    this.tally.record(this.card.id, rating, outcome.practice);
    this.answers.push({ kind: "grade", card: this.card, rating, outcome });
    if (this.answers.length > MAX_UNDO) this.answers.shift();
    this.message = null;
    return true;
  }

  /**
   * Sets the shown card aside: "skip" shows it later in this run, "bury" hides it until tomorrow's study day, "suspend"
   * until the student brings it back from the panel.
   */
  setAside(how: AsideKind): void {
    const card = this.card;
    if (!card || !this.run || (this.phase !== "question" && this.phase !== "answer")) return;
    const { step, message } = setCardAside(this.services, this.run, card, how);
    this.answers.push(step);
    this.message = message === null ? null : t(message);
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
    const message = takeBack(last, this.services, run, this.tally);
    this.resume(run);
    this.message = t(message);
    this.card = null;
    this.advance();
  }

  /** Takes up the run that ended again, from its summary (nothing to do while it still runs). */
  private resume(run: StudyRun): void {
    if (this.run) return;
    this.run = run;
    this.endedRun = null;
    this.summary = null;
    this.phase = advancePanel(this.phase, "resume");
  }

  /** The run that ended, when it was a review: one that can study ahead. */
  private get reviewEnded(): StudyRun | null {
    return this.endedRun?.kind === "review" ? this.endedRun : null;
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
    this.endedRun = this.run;
    this.run = null;
    this.card = null;
    this.go("finish");
  }

  /** Removes the panel and every listener it added. */
  destroy(): void {
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.rootEl.remove();
  }

  private go(event: PanelEvent): void {
    this.phase = advancePanel(this.phase, event);
    this.render();
  }

  private advance(): void {
    if (!this.run) return;
    const now = this.services.now();
    const step = this.run.next(now);
    this.attempt = null;
    this.choice = null;
    if (step.kind === "card") {
      this.card = step.card;
      this.choice = this.choicesFor(step.card, now);
      this.practice = !this.run.countsAsReview(step.card, now);
      this.go("show-card");
    } else {
      this.finish(true, step.later ?? null);
    }
  }

  /** Studies ahead after a review run is done for today: learning cards now, then tomorrow's reviews. */
  studyAhead(): void {
    const run = this.reviewEnded;
    if (!run || this.phase !== "summary") return;
    if (run.studyAhead(this.services.now()) === 0) {
      this.message = t("nothingAhead");
      this.render();
      return;
    }
    this.resume(run);
    this.message = null;
    this.advance();
  }

  /**
   * Whether the panel can be seen (a collapsed sidebar hides it): while hidden, the overview is not redrawn at each
   * change, only once when it shows again.
   */
  setVisible(visible: boolean): void {
    if (this.overview.setVisible(visible)) this.refreshOverview();
  }

  /** Redraws the overview (counts, scope, statistics) if it is what the panel shows. */
  private refreshOverview(): void {
    if (this.phase !== "overview") return;
    if (this.overview.mayRedraw()) this.render();
  }

  /** A note changed: hand the run its new cards, keep the place, skip a card whose highlight is gone. */
  private followIndex(): void {
    if (!this.run) {
      // A run that ended can be taken up again (undo, study ahead): it keeps up with the notes too.
      this.endedRun?.replaceCards(this.scopeCards(this.runScope), this.services.now());
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
        // Options not picked yet follow the notes (a renamed term, a changed definition) in the same order.
        if (changed && this.choice?.picked === null) this.choice = this.choicesFor(fresh, now, this.choice.seed);
        if (changed) this.render();
      } else {
        this.message = t("cardDeleted");
        this.card = null;
        this.advance();
      }
    }
  }

  /** Multiple choice for a question card when the settings ask for it (one seed per showing keeps the order). */
  private choicesFor(card: Card, now: Date, seed = (now.getTime() % 2_147_483_647) + this.answers.length): ChoiceState | null {
    const settings = this.services.getSettings();
    if (!card.kind || !settings.multipleChoice) return null;
    const choices = this.lookups.choicesOf(card, this.services.reviewStore.getData().logs, settings.choiceCount, seed);
    return choices ? { ...choices, picked: null, seed } : null;
  }

  private resolveScope(): StudyScope {
    return resolveScope(this.services, this.mode, this.scopeValue);
  }

  private scopeCards(scope: StudyScope): Card[] {
    return scopeCards(this.services, scope);
  }

  private handleKey(e: KeyboardEvent): void {
    const choices = this.choice ? { count: this.choice.options.length, picked: this.choice.picked !== null } : undefined;
    const action = readPanelKey(e, { phase: this.phase, canUndo: this.canUndo, compositionEndedAt: this.compositionEndedAt, choices });
    if (!action) return;
    e.preventDefault();
    if (action.kind === "undo") this.undo();
    else if (action.kind === "reveal") this.reveal(action.typed);
    else if (action.kind === "pick") this.pick(action.index);
    else if (action.kind === "next") this.next();
    else this.grade(action.rating);
  }

  private render(): void {
    // The overview follows changes in place (an open Statistics section or scope menu stays open).
    if (this.phase === "overview" && this.message === this.shownMessage && this.overview.updateIn(this.rootEl, this.scopeValue, this.resolveScope())) return;
    this.shownMessage = this.message;
    this.overview.forget();
    const doc = this.rootEl.ownerDocument;
    const hadFocus = this.rootEl.contains(doc.activeElement);
    this.rootEl.replaceChildren();
    // A card on screen: on a phone the reveal button and the grades then sit at the bottom (styles.css).
    this.rootEl.classList.toggle("is-running", this.phase === "question" || this.phase === "answer");
    if (this.message) this.rootEl.createDiv({ cls: "anc-message", text: this.message, attr: { role: "status" } });
    switch (this.phase) {
      case "overview": this.renderOverview(); break;
      case "question":
      case "answer": this.renderCard(); break;
      case "summary": this.renderSummary(); break;
    }
    // Typed answers: every question puts the keyboard in the answer box (in a quiz, or when the panel had the keyboard;
    // a redraw never takes it from the note being edited).
    const typedBox = this.phase === "question" ? this.rootEl.querySelector<HTMLInputElement>(".anc-typed-input") : null;
    if (typedBox && (hadFocus || this.mode.kind === "quiz")) typedBox.focus({ preventScroll: true });
    else if (hadFocus && !this.rootEl.contains(doc.activeElement)) this.rootEl.focus({ preventScroll: true });
  }

  private renderOverview(): void {
    this.overview.draw(this.rootEl, this.scopeValue, this.resolveScope(), {
      onScope: (value) => { this.scopeValue = value; this.render(); },
      onStart: () => this.start(),
      onBringBack: (id) => {
        this.services.reviewStore.setFlag(id, { suspended: false, buriedUntil: 0 }, this.services.now());
        this.refreshOverview();
      },
      onOpen: (path, line) => this.services.openSource(path, line),
      onRunCards: (ids) => this.start(ids),
    });
  }

  private renderCard(): void {
    const card = this.card;
    if (!card || !this.run) return;
    const revealed = this.phase === "answer";
    const now = this.services.now();
    const counts = this.run.counts(now);
    const estimateMs = counts
      ? estimateRemainingMs(counts, this.services.getSettings().learningStepsMinutes.length, this.tally?.pace(now.getTime()) ?? null)
      : null;
    renderRunView(this.rootEl, {
      canUndo: this.canUndo,
      newLeft: this.run.newLeft(),
      card, revealed, practice: this.practice, noteQuiz: this.run.kind === "practice", chosenCards: this.runScope.kind === "cards",
      typedAnswers: this.services.getSettings().typedAnswers, attempt: this.attempt,
      // A multiple-choice card shows neither (its verdict has the definitions and "Next" instead of the grades).
      previews: revealed && !this.practice && !this.choice ? this.run.preview(card, this.services.now()) : null,
      answered: this.tally?.answered() ?? 0, left: this.run.remaining(),
      counts, currentPhase: this.services.reviewStore.getState(card.id)?.state ?? "new", estimateMs,
      wholeTerm: revealed && !this.choice ? this.lookups.wholeTermOf(card) : null,
      leechLapses: isLeech(this.services.reviewStore.getState(card.id)) ? this.services.reviewStore.getState(card.id)?.lapses ?? 0 : 0,
      others: this.lookups.otherAnswersOf(card),
      choice: this.choice,
    }, this.runHandlers);
  }

  private renderSummary(): void {
    if (!this.summary) return;
    const quiz = this.mode.kind === "quiz" ? this.mode : null;
    renderSummary(this.rootEl, this.summary, this.services.now().getTime(), {
      leaveLabel: quiz ? t("close") : t("back"),
      doneForToday: this.ending.doneForToday,
      later: this.ending.later,
      onStudyAhead: this.reviewEnded ? () => this.studyAhead() : null,
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

