/**
 * Whether a name a note gives is worth a glossary entry: a name reads as a name (not a step, a question or a clause),
 * and a weak name (one ordinary word) needs evidence before it becomes a term that marks text everywhere.
 */
import { lookupCatalogue } from "../catalogue/catalogue";
import type { CatalogueEntry } from "../catalogue/types";
import { hasHangul } from "../markdown/text";
import { isAcronym } from "./names";
import { NameMemo } from "./name-memo";

/** First words that make an English heading a step, a question or a clause, never a name. */
const PHRASE_STARTS = new Set([
  "to", "when", "then", "what", "why", "how", "if", "where", "which", "who", "while", "we", "you", "it", "this", "these",
  "that", "there", "can", "should", "must", "do", "does", "is", "are", "use", "using", "create", "creating",
  "writing", "delete", "deleting", "reading", "specify", "automate", "provides", "allows", "enables", "supports",
  "includes", "define", "configure", "configuring", "choose", "select", "set", "setting", "get", "getting", "make",
  "making", "add", "adding", "update", "updating", "based", "need", "needs", "helps", "avoid", "ensure", "consider",
  "good", "let's", "lets", "how-to", "step",
]);

/** Last words that leave an English name unfinished (`User Authentication through`, `Metadata includes`). */
const PHRASE_ENDS = new Set([
  "through", "such", "as", "with", "for", "of", "and", "or", "to", "the", "a", "an", "by", "from", "in", "on", "at",
  "into", "via", "includes", "include", "is", "are", "can",
]);

/**
 * Last words that name a part of a note rather than a thing: `Storage Options`, `Review Notes`, `CLI commands`,
 * `예산 종류`, `재해 복구를 위한 방안`, `NAT Gateway 생성`.
 */
const STRUCTURE_ENDS = new Set([
  "options", "notes", "considerations", "guidelines", "commands", "configuration", "settings", "steps",
  "process", "workflow", "architecture", "overview", "introduction", "summary", "concepts", "terminologies",
  "terminology", "prerequisites", "prerequisite", "requirements", "examples", "questions", "answers", "references",
  "resources", "links", "sources", "source", "performance", "availability", "pricing", "volumes", "details",
  "방법", "방안", "종류", "정리", "요약", "비교", "특징", "장점", "단점", "구성", "옵션", "설정", "세팅", "예시", "문제", "풀이",
  "주의사항", "참고", "링크", "문서", "내용", "생성", "계산하기", "만들기", "하기", "법", "목록", "순서", "유형", "구성요소",
  "서비스", "관련", "기반", "사용", "사용법", "components", "types", "features", "services", "connections", "modes", "classes",
]);

/** Korean word endings that make a clause of a name: object and topic particles, adnominal verb forms, predicates. */
const KOREAN_CLAUSE = /(?:[를을는은운의]|하는|되는|위한|통한|대한|있는|없는|같은|하게|해서|하면|하여)\s|(?:하다|한다|된다|이다|있다|없다|불가|가능|않음|함|됨|하기)$/;

/** Words that join two names into a list: `A 및 B`, `A and B`, `A & B`. */
const JOINED = /\s(?:및|and|&)\s/i;

/** True when a name joins two names into a list (`Usage plan and API keys`, `모놀리식 및 마이크로서비스`). */
export function joinsTwoNames(name: string): boolean {
  return JOINED.test(name);
}

/** The catalogue entry a name stands for, unless the name is only an ordinary word the entry is also called by. */
export function knownEntry(name: string): CatalogueEntry | undefined {
  const entry = lookupCatalogue(name);
  return entry && !isBareOrdinaryWord(entry, name) ? entry : undefined;
}

/**
 * True when `name` is an ordinary English word alone that `entry` is also called by (`Config`, `Batch`, `Region`):
 * no evidence of the service by itself, never an alias added from the catalogue. With `AWS`/`Amazon`, as an acronym
 * or in Korean (`오로라`) it is.
 */
export function isBareOrdinaryWord(entry: CatalogueEntry, name: string): boolean {
  const n = name.trim();
  return entry.commonWord === true && !/\s/.test(n) && !/^(?:Amazon|AWS)/i.test(n) && !isAcronym(n) && !hasHangul(n);
}

/** The names looked up lately, and what they stand for (`null`: nothing). The same names recur line after line. */
const knownNames = new NameMemo({ judge: (name: string) => lookUpName(name) ?? null });

/** {@link knownEntry} for the name, or else for the name without the parentheses after it (`Amazon EMR (맵리듀스)`). */
export function knownName(name: string): CatalogueEntry | undefined {
  return knownNames.of(name) ?? undefined;
}

/** {@link knownName}, looked up. */
function lookUpName(name: string): CatalogueEntry | undefined {
  const entry = knownEntry(name);
  if (entry || (name.indexOf("(") < 0 && name.indexOf("\uff08") < 0)) return entry;
  return knownEntry(name.replace(/\s*[(\uff08].*$/, ""));
}

/** True when a name reads as a step, a question, a clause or a list of two names rather than as one name. */
export function readsAsPhrase(name: string): boolean {
  const n = name.trim();
  if (n === "") return true;
  const firstGap = n.indexOf(" ");
  if (firstGap > 0) {
    const lastGap = n.lastIndexOf(" ");
    const first = n.slice(0, firstGap).toLowerCase();
    const last = n.slice(lastGap + 1).toLowerCase();
    if (PHRASE_STARTS.has(first) || PHRASE_ENDS.has(last)) return true;
    if (STRUCTURE_ENDS.has(last) && !knownEntry(n)) return true;
  }
  if (hasHangul(n) && KOREAN_CLAUSE.test(n)) return true;
  if (joinsTwoNames(n) && !knownEntry(n)) return true;
  // `6가지 이점`, `3가지 방법`: a count of things is a list, not a name.
  if (n.indexOf("가지") >= 0 && /\d+\s*가지/.test(n)) return true;
  const c = n.charCodeAt(0);
  // `1Tb`, `90%`, `5 GB`: a quantity, not a name.
  if (c >= 0x30 && c <= 0x39 && /^\d+(?:[.,]\d+)?\s*(?:[A-Za-z%]{1,3}|[\uac00-\ud7a3]{1,2})?$/.test(n)) return true;
  // `Option 1`, `장점 2. 가용성 향상`: a label with a number is an item of a list, not a name.
  return firstGap > 0 && /^\S+\s+\d+\.?(?:\s|$)/.test(n) && !knownEntry(n);
}

/**
 * True for a weak name: one ordinary word (`Quotas`, `Private`, `보안`, `노드`) that is no acronym, has no digit, inner
 * capital (`DynamoDB`) or hyphen (`Multi-tenancy`), and is not in the catalogue.
 */
export function isWeakName(name: string): boolean {
  const n = name.trim();
  if (n === "" || /\s/.test(n)) return false;
  // A digit, an inner capital, a hyphen or a parenthesised other name (`리호스팅(Rehosting)`) makes it more than a word.
  if (isAcronym(n) || /\d/.test(n) || /[a-z][A-Z]/.test(n) || /[_/(\uff08-]/.test(n)) return false;
  return knownEntry(n) === undefined;
}

/** True when the raw name carries evidence a student put there: a link to a note of its own, bold, a highlight. */
export function isMarkedName(raw: string): boolean {
  return raw.indexOf("[[") >= 0 || raw.indexOf("**") >= 0 || raw.indexOf("==") >= 0 || raw.indexOf("<mark") >= 0 || raw.indexOf("__") >= 0;
}
