/** "Look up AWS term": a fuzzy suggester over names, aliases and definitions, then the chosen term's details. */
import { Modal, SuggestModal, type App } from "obsidian";
import type { SourceRef, Term } from "../core/glossary/types";
import { createTermSearch, type TermHit, type TermSearch } from "../core/quiz/term-search";
import { t } from "./strings";

const noteName = (path: string): string => (path.split("/").pop() ?? path).replace(/\.md$/i, "");

/** The suggester; choosing a term opens {@link TermDetailModal}. */
export class TermLookupModal extends SuggestModal<TermHit> {
  private readonly search: TermSearch;

  constructor(app: App, terms: readonly Term[], private readonly openSource: (ref: SourceRef) => void) {
    super(app);
    this.search = createTermSearch(terms);
    this.setPlaceholder(t("lookupPlaceholder"));
    this.emptyStateText = t("lookupEmpty");
    this.limit = 50;
  }

  override getSuggestions(query: string): TermHit[] {
    return this.search.search(query, this.limit);
  }

  override renderSuggestion(hit: TermHit, el: HTMLElement): void {
    el.addClass("anc-term-suggestion");
    el.createDiv({ cls: "anc-term-suggestion-name", text: hit.term.name });
    const second = hit.matched ?? hit.term.definition[0] ?? "";
    if (second !== "") el.createEl("small", { cls: "anc-term-suggestion-detail", text: second });
  }

  override onChooseSuggestion(hit: TermHit): void {
    new TermDetailModal(this.app, hit.term, this.openSource).open();
  }
}

/** A term's definition and sources, each source a button that opens it. All note text is set as text. */
export class TermDetailModal extends Modal {
  constructor(app: App, private readonly term: Term, private readonly openSource: (ref: SourceRef) => void) {
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
    if (term.sources.length === 0) return;
    body.createEl("h4", { text: t("termSources") });
    const sources = body.createDiv({ cls: "anc-term-sources" });
    for (const ref of term.sources) {
      const button = sources.createEl("button", {
        cls: "anc-button", text: t("openSource", { note: noteName(ref.path), line: ref.line }), attr: { type: "button" },
      });
      button.addEventListener("click", () => {
        this.close();
        this.openSource(ref);
      });
    }
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
