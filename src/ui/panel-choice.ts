/**
 * A multiple-choice question in the panel: the options as large buttons (keys 1–5 or A–E), and after the pick which
 * one was right, the right term's definition beside the picked one's, and a button on to the next card. The pick
 * decides the grade: right is Good, wrong is Again. All note text goes in as text nodes.
 */
import type {} from "obsidian";
import type { ChoiceOption, Choices } from "../core/exam/choices";
import type { Rating } from "../core/review";
import type { WrongPick } from "../core/review/review-log";
import { t } from "./strings";

/** The options of the question on screen, the seed of their order (for this showing), and, once made, the pick. */
export interface ChoiceState extends Choices {
  seed: number;
  picked: number | null;
}

/** The letters that name options, in order (the keys A–E pick them too). */
export const OPTION_LETTERS = "ABCDE";

/** The grade a pick stands for. */
export function ratingOfPick(state: ChoiceState): Rating | null {
  if (state.picked === null) return null;
  return state.picked === state.answerIndex ? "good" : "again";
}

/** What a multiple-choice answer records beside its log: the wrong option picked and the right one, or nothing. */
export function wrongPickOf(choice: ChoiceState): WrongPick | undefined {
  if (choice.picked === null || choice.picked === choice.answerIndex) return undefined;
  const picked = choice.options[choice.picked];
  const answer = choice.options[choice.answerIndex];
  return picked && answer ? { picked: picked.name, answer: answer.name } : undefined;
}

/** The label of an option's key: A, B, … (1, 2, … past the letters). */
function keyLabel(index: number): string {
  return OPTION_LETTERS.charAt(index) || String(index + 1);
}

/** Draws the options; before the pick each one picks, after it they show which was right and which was picked. */
export function renderChoices(parent: HTMLElement, state: ChoiceState, onPick: (index: number) => void): void {
  const list = parent.createDiv({ cls: "anc-choices", attr: { role: "group", "aria-label": t("choiceHint") } });
  list.createDiv({ cls: ["anc-muted", "anc-choice-category"], text: t("choiceCategory", { category: state.category }) });
  state.options.forEach((option, i) => {
    const cls = ["anc-button", "anc-choice"];
    if (state.picked !== null) {
      if (i === state.answerIndex) cls.push("is-right");
      else if (i === state.picked) cls.push("is-wrong");
    }
    const button = list.createEl("button", { cls, attr: { type: "button", "data-index": String(i) } });
    button.createSpan({ cls: "anc-choice-key", text: keyLabel(i) });
    button.createSpan({ cls: "anc-choice-name", text: option.name });
    if (state.picked !== null) {
      const mark = i === state.answerIndex ? t("choiceRight") : i === state.picked ? t("choiceYours") : "";
      if (mark !== "") button.createSpan({ cls: "anc-choice-mark", text: mark });
      button.disabled = true;
    } else {
      button.addEventListener("click", () => onPick(i));
    }
  });
}

/** Appends one option's definition as a column of the comparison. */
function renderDefinition(parent: HTMLElement, option: ChoiceOption, heading: string, cls: string): void {
  const column = parent.createDiv({ cls: ["anc-choice-definition", cls] });
  column.createDiv({ cls: "anc-choice-definition-head", text: heading });
  column.createDiv({ cls: "anc-choice-definition-name", text: option.name });
  const lines = option.definition.length > 0 ? option.definition : [t("choiceNoDefinition")];
  const list = column.createEl("ul");
  for (const line of lines.slice(0, 6)) list.createEl("li", { text: line });
}

/** After the pick: the verdict, and the right term's definition beside the picked one's (the right one alone when picked). */
export function renderPickResult(parent: HTMLElement, state: ChoiceState): void {
  const rating = ratingOfPick(state);
  const right = state.options[state.answerIndex];
  const picked = state.picked === null ? undefined : state.options[state.picked];
  if (rating === null || !right || !picked) return;
  const box = parent.createDiv({ cls: ["anc-pick-result", rating === "good" ? "is-right" : "is-wrong"] });
  box.createDiv({ cls: "anc-pick-verdict", attr: { role: "status" }, text: rating === "good" ? t("pickRight") : t("pickWrong", { name: picked.name }) });
  const columns = box.createDiv({ cls: "anc-pick-columns" });
  renderDefinition(columns, right, t("pickAnswerHead"), "is-answer");
  if (picked !== right) renderDefinition(columns, picked, t("pickYoursHead"), "is-picked");
}

/** The button on to the next card, saying which grade the pick was counted as (right: Good, wrong: Again). */
export function renderPickNext(parent: HTMLElement, state: ChoiceState, practice: boolean, onNext: () => void): void {
  const rating = ratingOfPick(state);
  if (rating === null) return;
  const next = parent.createEl("button", { cls: ["anc-button", "mod-cta", "anc-pick-next"], attr: { type: "button" } });
  next.createSpan({ text: t("pickNext") });
  // The grade shows on a phone too; only the key is a hint there is no keyboard for.
  next.createSpan({ cls: "anc-pick-counted", text: practice ? t("pickPractice") : t("pickCounted", { rating: t(rating) }) });
  next.createSpan({ cls: "anc-key-hint", text: t("revealHint") });
  next.addEventListener("click", () => onNext());
}
