/**
 * Which entry a card names as its term: the nearest one above the highlight that names a thing. Labels, template
 * headings, headings that gather several things and sentences name nothing a student would look up.
 */
import { foldKey } from "../markdown/text";
import { joinsTwoNames, knownName } from "./evidence";
import { isLabel } from "./labels";

/** Labels and template headings no card is about, beyond the glossary's own labels (`labels.ts`), folded. */
const CARD_LABELS: ReadonlySet<string> = new Set([
  "considerations", "additional considerations", "주제", "참조", "태그",
  "概要", "特徴", "構成要素", "用途", "種類", "料金", "注意", "まとめ", "参考", "実行環境", "メリット", "デメリット", "仕組み",
]);

/** A Korean predicate or sentence punctuation at the end of a name. */
const SENTENCE_END = /(?:[다요]|[.!?])$/;
/** A service name by its prefix. */
const AWS_PREFIX = /^(?:Amazon|AWS)\s/;

/** True for a label or template heading no card should be about (`FAQ`, `내용`, `Pricing`, `構成要素`). */
export function isCardLabel(name: string): boolean {
  return isLabel(name) || CARD_LABELS.has(foldKey(name));
}

/** True when the name reads as a sentence: a Korean predicate, or four English words with at most one capital. */
function isSentence(name: string): boolean {
  const words = name.split(/\s+/).filter((w) => w !== "");
  if (words.length >= 3 && SENTENCE_END.test(name)) return true;
  if (words.length < 4 || /[^\x20-\x7e]/.test(name)) return false;
  return words.filter((w) => /^[A-Z0-9]/.test(w)).length <= 1;
}

/** True when the name is a service's (`Amazon EKS`, `AWS Batch`, `Lambda`). */
function isServiceName(name: string): boolean {
  return AWS_PREFIX.test(name) || knownName(name) !== undefined;
}

/**
 * True when an entry of this role and name names a thing a card can be about: a term or a group of terms (a list
 * line) that is no label, topic or sentence, or any heading or group named after a service.
 */
export function namesAThing(role: string, name: string): boolean {
  if (name.trim() === "" || isCardLabel(name)) return false;
  if (isServiceName(name)) return true;
  return (role === "term" || role === "category") && !joinsTwoNames(name) && !isSentence(name);
}

/** What {@link cardSubject} reads of an entry. */
export interface SubjectEntry {
  role: string;
  name: string;
  parent: SubjectEntry | null;
}

/** True when a label (`Overview`, `特徴`) stands between the entry and the next thing above: its lines describe that thing. */
function underLabel(e: SubjectEntry): boolean {
  for (let p = e.parent; p && p.parent; p = p.parent) {
    if (isCardLabel(p.name)) return true;
    if (namesAThing(p.role, p.name)) return false;
  }
  return false;
}

/**
 * The entry a card is about: the nearest from `e` up that names a thing (a group of lines under a label counts as a
 * description of the thing above the label), else the topmost (the note).
 */
export function cardSubject<E extends SubjectEntry>(e: E): E {
  let c: E = e;
  while (c.parent) {
    if (namesAThing(c.role, c.name) && !(c.role === "category" && underLabel(c))) return c;
    c = c.parent as E;
  }
  return c;
}
