/**
 * The review panel: a plain DOM component that the sidebar view and the quiz modal both host, and a jsdom test can
 * drive. It shows today at a glance, runs a review inline (reveal by Space, Enter or a tap; grade by 1–4 or the
 * buttons), follows note changes without losing the user's place, and ends with a summary.
 */
import type {} from "obsidian";
import type { Card } from "../core/cards/types";
import { advancePanel, canGrade, type PanelEvent, type PanelPhase } from "../core/quiz/panel-state";
import { buildTermScope, filterCardsByScope, parseScope, type StudyScope } from "../core/quiz/scope";
import { createSummaryTally, type SessionSummary, type SummaryTally } from "../core/quiz/session-summary";
import { createStudyRun, type StudyRun } from "../core/quiz/study-run";
import { compareTypedAnswer } from "../core/quiz/typed-answer";
import { countIntroducedSince, createScheduler, studyDayStart, type Rating } from "../core/review";
import { buildOverviewModel } from "./panel-model";
import type { TypedAttempt } from "./panel-grade";
import { OverviewView } from "./panel-overview";
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
  private readonly runHandlers: RunViewHandlers = {
    reveal: (typed) => this.reveal(typed),
    grade: (rating) => this.grade(rating),
    openSource: (card) => this.services.openSource(card.path, card.line),
    end: () => this.finish(),
  };

  constructor(container: HTMLElement, private readonly services: StudyServices, private readonly mode: PanelMode = { kind: "panel" }) {
    this.rootEl = container.createDiv({ cls: ["anc-panel", mode.kind === "quiz" ? "is-quiz" : "is-sidebar"], attr: { tabindex: "0" } });
    const onKey = (e: KeyboardEvent): void => this.handleKey(e);
    this.rootEl.addEventListener("keydown", onKey);
    this.cleanups.push(() => this.rootEl.removeEventListener("keydown", onKey));
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
      newIntroducedToday: countIntroducedSince(data.logs, studyDayStart(now, settings.dayRolloverHour, tz)),
      rolloverHour: settings.dayRolloverHour,
      tzOffsetMinutes: tz,
    });
    this.tally = createSummaryTally(now.getTime());
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
    this.message = null;
    this.advance();
  }

  /** Ends the run and shows the summary. */
  finish(): void {
    if (!this.tally) return;
    const now = this.services.now().getTime();
    const ids = this.scopeCards(this.runScope).map((c) => c.id);
    this.summary = this.tally.summarize(now, ids, this.services.reviewStore.getData().cards);
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
      this.finish();
    }
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
    if (e.defaultPrevented || e.isComposing || e.ctrlKey || e.metaKey || e.altKey) return;
    // In a pop-out window the panel's elements belong to that window: no `instanceof HTMLElement` there.
    const target = targetElement(e.target);
    const tag = target?.tagName ?? "";
    if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT") {
      if (tag === "INPUT" && e.key === "Enter" && this.phase === "question") {
        e.preventDefault();
        this.reveal((target as HTMLInputElement).value);
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
      if (this.overview.update(buildOverviewModel(this.services, this.scopeValue, this.resolveScope()))) return;
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
    if (hadFocus && !this.rootEl.contains(doc.activeElement)) this.rootEl.focus({ preventScroll: true });
  }

  private renderOverview(): void {
    if (this.services.isLoading?.() === true) {
      this.rootEl.createDiv({ cls: "anc-loading", text: t("loadingHistory"), attr: { role: "status" } });
      return;
    }
    const model = buildOverviewModel(this.services, this.scopeValue, this.resolveScope());
    this.overview = new OverviewView(this.rootEl, model, {
      onScope: (value) => { this.scopeValue = value; this.render(); },
      onStart: () => this.start(),
    }, this.statsOpen);
  }

  private renderCard(): void {
    const card = this.card;
    if (!card || !this.run) return;
    const revealed = this.phase === "answer";
    renderRunView(this.rootEl, {
      card, revealed, practice: this.practice, noteQuiz: this.run.kind === "practice",
      typedAnswers: this.services.getSettings().typedAnswers, attempt: this.attempt,
      previews: revealed && !this.practice ? this.run.preview(card, this.services.now()) : null,
      answered: this.tally?.answered() ?? 0, left: this.run.remaining(),
    }, this.runHandlers);
  }

  private renderWaiting(): void {
    const when = describeWhen(this.waitUntil, this.services.now().getTime());
    renderWaitView(this.rootEl, when, { ...this.runHandlers, check: () => this.advance() });
  }

  private renderSummary(): void {
    if (!this.summary) return;
    const quiz = this.mode.kind === "quiz" ? this.mode : null;
    renderSummary(this.rootEl, this.summary, this.services.now().getTime(), quiz ? t("close") : t("back"), () => {
      if (quiz) { quiz.onClose?.(); return; }
      this.message = null;
      this.go("close");
    });
  }

}

