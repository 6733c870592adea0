/**
 * "Look up AWS term": a fuzzy suggester over names, aliases, Korean initials and definitions, then the chosen term's
 * details: its definition, its cards' state with "Quiz me on this term", and its sources.
 */
import { Modal, SuggestModal, type App } from "obsidian";
import type { SourceRef, Term } from "../core/glossary/types";
import { createTermSearch, type TermHit, type TermSearch } from "../core/quiz/term-search";
import type { HoverCardActions } from "./hover-card";
import { t } from "./strings";

/** What the details can do: open a source, and the hover card's own card state and term quiz. */
export type TermLookupActions = Pick<HoverCardActions, "describeCards" | "quizTerm"> & {
  openSource(ref: SourceRef): void;
};

const noteName = (path: string): string => (path.split("/").pop() ?? path).replace(/\.md$/i, "");

/** Longest stretch of search work between two chances for the app to draw and take keys. */
const STEP_BUDGET_MS = 8;

/** The search of each glossary, built once (the snapshot's term list stays the same object until the glossary changes). */
const searches = new WeakMap<readonly Term[], TermSearch>();

function searchOf(terms: readonly Term[]): TermSearch {
  let search = searches.get(terms);
  if (!search) {
    search = createTermSearch(terms);
    searches.set(terms, search);
  }
  return search;
}

/** The suggester; choosing a term opens {@link TermDetailModal}. */
export class TermLookupModal extends SuggestModal<TermHit> {
  private readonly search: TermSearch;
  /** Counts queries, so a search a newer keystroke overtook stops working. */
  private latest = 0;

  constructor(app: App, terms: readonly Term[], private readonly actions: TermLookupActions) {
    super(app);
    this.search = searchOf(terms);
    this.setPlaceholder(t("lookupPlaceholder"));
    this.emptyStateText = t("lookupEmpty");
    this.limit = 50;
  }

  /** Searches in slices of a few milliseconds, giving the app the thread between them, so typing never stalls. */
  override async getSuggestions(query: string): Promise<TermHit[]> {
    const token = ++this.latest;
    const run = this.search.start(query, this.limit);
    for (;;) {
      const began = performance.now();
      let done: TermHit[] | null = null;
      while (done === null && performance.now() - began < STEP_BUDGET_MS) done = run.step();
      if (done) return done;
      if (token !== this.latest) return run.partial();
      await new Promise<void>((resolve) => window.setTimeout(resolve, 0));
    }
  }

  override renderSuggestion(hit: TermHit, el: HTMLElement): void {
    el.addClass("anc-term-suggestion");
    el.createDiv({ cls: "anc-term-suggestion-name", text: hit.term.name });
    const second = hit.matched ?? hit.term.definition[0] ?? "";
    if (second !== "") el.createEl("small", { cls: "anc-term-suggestion-detail", text: second });
  }

  override onChooseSuggestion(hit: TermHit): void {
    new TermDetailModal(this.app, hit.term, this.actions).open();
  }
}

/**
 * A term's definition, its cards' state with a button that quizzes them, and its sources, each a button that opens
 * it. All note text is set as text.
 */
export class TermDetailModal extends Modal {
  constructor(app: App, private readonly term: Term, private readonly actions: TermLookupActions) {
    super(app);
  }

  override onOpen(): void {
    const { term } = this;
    this.setTitle(term.name);
    const body = this.contentEl.createDiv({ cls: "anc-term-detail" });
    if (term.aliases.length > 0) body.createEl("p", { cls: "anc-muted", text: t("termAliases", { aliases: term.aliases.join(", ") }) });
    if (term.definition.length === 0) body.createEl("p", { cls: "anc-empty", text: t("termNoDefinition") });
    else {
      const list = body.createEl("ul", { cls: "anc-term-definition" });
      for (const line of term.definition) list.createEl("li", { text: line });
    }
    this.renderCards(body);
    if (term.sources.length === 0) return;
    body.createEl("h4", { text: t("termSources") });
    const sources = body.createDiv({ cls: "anc-term-sources" });
    for (const ref of term.sources) {
      const button = sources.createEl("button", {
        cls: "anc-button", text: t("openSource", { note: noteName(ref.path), line: ref.line }), attr: { type: "button" },
      });
      button.addEventListener("click", () => {
        this.close();
        this.actions.openSource(ref);
      });
    }
  }

  /** "3 cards (1 new), next due …" and "Quiz me on this term", as on the hover card; a line saying so without cards. */
  private renderCards(body: HTMLElement): void {
    const { describeCards, quizTerm } = this.actions;
    if (!describeCards) return;
    const state = describeCards(this.term.id);
    const row = body.createDiv({ cls: "anc-term-detail-cards" });
    row.createSpan({ cls: "anc-term-detail-state", text: state ?? t("termNoCards") });
    if (state === undefined || !quizTerm) return;
    const quiz = row.createEl("button", { cls: "mod-cta", text: t("hoverQuiz"), attr: { type: "button" } });
    quiz.addEventListener("click", () => {
      this.close();
      quizTerm(this.term.id);
    });
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
