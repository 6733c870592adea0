/**
 * The card a hovered (or tapped) term shows: its name, aliases, definition, sources and review state. A plain DOM
 * component: all note text goes in through `textContent` or the caller's markdown renderer, never `innerHTML`.
 */
// Brings in Obsidian's DOM helpers (`createEl`, `createDiv`, `createSpan`) as types only.
import type {} from "obsidian";
import type { SourceRef, Term } from "../core/glossary/types";

/** What one open card holds until it closes: whatever rendering its markdown attached (Obsidian: a `Component`). */
export interface CardLifetime {
  /** Renders one definition line as markdown into `el` (Obsidian: `MarkdownRenderer.render`). */
  renderMarkdown(el: HTMLElement, markdown: string, source: SourceRef | undefined): void;
  /** The card closed: let go of everything its rendering attached. */
  end(): void;
}

/** What the card can do; each is optional and its part of the card is left out without it. */
export interface HoverCardActions {
  /** Starts the lifetime of one card, for rendering its lines as markdown; without it they are plain text. */
  beginCard?: () => CardLifetime;
  /** Opens a source note at its line. */
  openSource?: (ref: SourceRef) => void;
  /** Starts a quiz on the term's cards. */
  quizTerm?: (termId: string) => void;
  /** The term's review state, e.g. "3 cards, next due in 2 days"; undefined when it has no cards. */
  describeCards?: (termId: string) => string | undefined;
}

/** The card's fixed texts. */
export interface HoverCardLabels {
  aliases: string;
  sources: string;
  quiz: string;
  line: (n: number) => string;
  /** The button that shows the lines or sources left out: "12 more". */
  more: (n: number) => string;
}

/** English texts of the card. */
export const DEFAULT_HOVER_CARD_LABELS: Readonly<HoverCardLabels> = Object.freeze({
  aliases: "Also called",
  sources: "Sources",
  quiz: "Quiz me on this term",
  line: (n: number) => `line ${n}`,
  more: (n: number) => `${n} more`,
});

/** Definition lines and sources shown at first; the rest wait behind an "N more" button (a term in hundreds of notes). */
export const HOVER_FIRST_LINES = 12;
export const HOVER_FIRST_SOURCES = 8;

/** Class of the card's outer element; its parts are `anc-hover-card-*`. */
export const HOVER_CARD_CLASS = "anc-hover-card";

/** The file name of a vault path without folders and the `.md` extension. */
function describePath(path: string): string {
  const base = path.split("/").pop() ?? path;
  return base.endsWith(".md") ? base.slice(0, -3) : base;
}

/** Keeps a click on a card button from moving focus out of the editor. */
function keepFocus(el: HTMLElement): void {
  el.addEventListener("mousedown", (event) => event.preventDefault());
}

/** Adds the first `first` items; with more, `more(count, showRest)` adds the control that adds the rest. */
function showFirst<T>(items: readonly T[], first: number, add: (item: T) => void, more: (n: number, showRest: () => void) => void): void {
  for (const item of items.slice(0, first)) add(item);
  if (items.length > first) more(items.length - first, () => { for (const item of items.slice(first)) add(item); });
}

/** A small button that shows what was left out. */
function moreButton(parent: HTMLElement, label: string, onClick: () => void): HTMLButtonElement {
  const button = parent.createEl("button", { cls: `${HOVER_CARD_CLASS}-more`, text: label, attr: { type: "button" } });
  keepFocus(button);
  button.addEventListener("click", onClick);
  return button;
}

/** The lifetime of each open card that has one. */
const lifetimes = new WeakMap<HTMLElement, CardLifetime>();

/** Ends the lifetime of the card in `el` (the card itself or an element holding it); call when it closes. */
export function closeHoverCard(el: HTMLElement): void {
  const card = el.classList.contains(HOVER_CARD_CLASS) ? el : el.querySelector<HTMLElement>(`.${HOVER_CARD_CLASS}`);
  const lifetime = card ? lifetimes.get(card) : undefined;
  if (!card || !lifetime) return;
  lifetimes.delete(card);
  lifetime.end();
}

/** Appends the card for `term` to `parent` and returns it; {@link closeHoverCard} when it closes. */
export function renderHoverCard(
  parent: HTMLElement,
  term: Term,
  actions: HoverCardActions = {},
  labels: Partial<HoverCardLabels> = {},
  /** Closes the card around it: a quiz or an opened note takes over the screen, so the card must not stay on top. */
  dismiss?: () => void,
): HTMLElement {
  const text = { ...DEFAULT_HOVER_CARD_LABELS, ...labels };
  const card = parent.createDiv({ cls: HOVER_CARD_CLASS, attr: { "data-term-id": term.id } });
  const lifetime = actions.beginCard?.();
  if (lifetime) lifetimes.set(card, lifetime);
  card.createDiv({ cls: `${HOVER_CARD_CLASS}-name`, text: term.name });
  const aliases = term.aliases.filter((a) => a && a !== term.name);
  if (aliases.length > 0) {
    const row = card.createDiv({ cls: `${HOVER_CARD_CLASS}-aliases` });
    row.createSpan({ cls: `${HOVER_CARD_CLASS}-label`, text: `${text.aliases}: ` });
    row.createSpan({ text: aliases.join(", ") });
  }
  if (term.definition.length > 0) {
    const list = card.createEl("ul", { cls: `${HOVER_CARD_CLASS}-definition` });
    const addLine = (line: string): void => {
      const item = list.createEl("li");
      if (lifetime) lifetime.renderMarkdown(item, line, term.sources[0]);
      else item.textContent = line;
    };
    showFirst(term.definition, HOVER_FIRST_LINES, addLine, (n, showRest) => {
      const item = list.createEl("li", { cls: `${HOVER_CARD_CLASS}-more-item` });
      moreButton(item, text.more(n), () => { item.remove(); showRest(); });
    });
  }
  if (term.sources.length > 0) {
    const sources = card.createDiv({ cls: `${HOVER_CARD_CLASS}-sources` });
    sources.createSpan({ cls: `${HOVER_CARD_CLASS}-label`, text: `${text.sources}: ` });
    const addSource = (ref: SourceRef): void => {
      const label = `${describePath(ref.path)}, ${text.line(ref.line)}`;
      const open = actions.openSource;
      if (open) {
        const button = sources.createEl("button", {
          cls: `${HOVER_CARD_CLASS}-source`, text: label, attr: { type: "button", title: ref.path },
        });
        keepFocus(button);
        button.addEventListener("click", () => { dismiss?.(); open(ref); });
      } else {
        sources.createSpan({ cls: `${HOVER_CARD_CLASS}-source`, text: label, attr: { title: ref.path } });
      }
    };
    showFirst(term.sources, HOVER_FIRST_SOURCES, addSource, (n, showRest) => {
      const button = moreButton(sources, text.more(n), () => { button.remove(); showRest(); });
    });
  }
  const state = actions.describeCards?.(term.id);
  if (state) card.createDiv({ cls: `${HOVER_CARD_CLASS}-state`, text: state });
  const quiz = actions.quizTerm;
  if (quiz) {
    const button = card.createEl("button", { cls: `${HOVER_CARD_CLASS}-quiz mod-cta`, text: text.quiz, attr: { type: "button" } });
    keepFocus(button);
    button.addEventListener("click", () => { dismiss?.(); quiz(term.id); });
  }
  return card;
}
