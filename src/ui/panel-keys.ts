/** What a key pressed in the review panel asks for: a reveal, a grade, a pick among options, an undo, or nothing. */
import type { PanelPhase } from "../core/quiz/panel-state";
import { canGrade } from "../core/quiz/panel-state";
import type { Rating } from "../core/review";
import { targetElement } from "./event-target";
import { OPTION_LETTERS } from "./panel-choice";

const KEY_RATINGS: Record<string, Rating> = { "1": "again", "2": "hard", "3": "good", "4": "easy" };
/** A key this soon after a composition ended is the composition's own (Safari's order of events). */
const COMPOSITION_ECHO_MS = 50;

/** A key's meaning for the panel. */
export type KeyAction =
  | { kind: "undo" }
  | { kind: "reveal"; typed: string | null }
  | { kind: "grade"; rating: Rating }
  /** A multiple-choice option, by its place (0 for `1` or `A`). */
  | { kind: "pick"; index: number }
  /** After a pick: on to the next card (the pick decided the grade). */
  | { kind: "next" };

/** Where the panel stands when the key comes. */
export interface KeyContext {
  phase: PanelPhase;
  canUndo: boolean;
  /** When the latest IME composition ended (event time). */
  compositionEndedAt: number;
  /** How many options the multiple-choice question shown has and whether one was picked; undefined for any other card. */
  choices?: { count: number; picked: boolean };
}

/** The option a character names: `1`–`9` or `a`–`e` (either case), or -1. */
function optionOf(char: string): number {
  if (char.length !== 1) return -1;
  const digit = char.charCodeAt(0) - 0x31;
  return digit >= 0 && digit < 9 ? digit : OPTION_LETTERS.indexOf(char.toUpperCase());
}

/**
 * The option a key names on a question with `count` options: `1`–`5` or `A`–`E`, by the character typed or, with a
 * keyboard layout whose letters are not Latin (Korean 2-set: the A key types ㅁ), by the key's place (`KeyA`, `Digit1`).
 */
function pickedBy(key: string, code: string, count: number): number {
  let index = optionOf(key);
  if (index < 0) {
    const place = /^(?:Key([A-E])|Digit([1-9])|Numpad([1-9]))$/.exec(code);
    if (place) index = optionOf(place[1] ?? place[2] ?? place[3] ?? "");
  }
  return index >= 0 && index < count ? index : -1;
}

/**
 * What the key asks for, or null when it is not the panel's (it then goes on as it would). A key that ends a Korean
 * (or any IME) composition is the composition's, never a reveal or a grade: Chrome marks it composing (or names it
 * "Process"); Safari ends the composition first and then sends a plain Enter at once.
 */
export function readPanelKey(e: KeyboardEvent, at: KeyContext): KeyAction | null {
  if (e.defaultPrevented || e.isComposing || e.key === "Process") return null;
  // In a pop-out window the panel's elements belong to that window: no `instanceof HTMLElement` there.
  const target = targetElement(e.target);
  const tag = target?.tagName ?? "";
  // Ctrl/Cmd+Z takes back the latest answer; in the typed-answer box it undoes typing, as everywhere.
  if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === "z" && tag !== "INPUT" && tag !== "TEXTAREA") {
    return at.canUndo && at.phase !== "overview" ? { kind: "undo" } : null;
  }
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  if (e.timeStamp - at.compositionEndedAt < COMPOSITION_ECHO_MS) return null;
  if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT") {
    if (tag !== "INPUT" || e.key !== "Enter" || at.phase !== "question") return null;
    // Enter on an empty box shows the answer without judging a typed answer that was never given.
    const typed = (target as HTMLInputElement).value;
    return { kind: "reveal", typed: typed.trim() === "" ? null : typed };
  }
  // A focused button already answers Space and Enter with a click.
  if (tag === "BUTTON" && (e.key === " " || e.key === "Enter")) return null;
  if (at.choices) return choiceKey(e.key, e.code, at.phase, at.choices);
  if ((e.key === " " || e.key === "Enter") && at.phase === "question") return { kind: "reveal", typed: null };
  const rating = KEY_RATINGS[e.key];
  return rating && canGrade(at.phase) ? { kind: "grade", rating } : null;
}

/** Keys on a multiple-choice question: a number or letter picks before the answer shows; Space or Enter goes on after. */
function choiceKey(key: string, code: string, phase: PanelPhase, choices: { count: number; picked: boolean }): KeyAction | null {
  if (phase === "question") {
    const index = pickedBy(key, code, choices.count);
    return index >= 0 ? { kind: "pick", index } : null;
  }
  return choices.picked && canGrade(phase) && (key === " " || key === "Enter") ? { kind: "next" } : null;
}
