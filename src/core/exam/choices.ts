/**
 * Options for a multiple-choice question: the answer and wrong options from the same category — the comparison, the
 * note's list, the AWS catalogue category — never another name of the answer, never a term that would also fit.
 */
import type { Card } from "../cards/types";
import { foldKey, normalizeNfc } from "../markdown/text";
import { seededRandom, shuffleInPlace } from "../random";
import { findNames, prepareNames, splitAtNames } from "./blank-names";
import { contentWords, wordOverlap } from "./content-words";
import { categoryKey, type OptionCandidate, type OptionPool } from "./option-pool";
import { catalogueEntryOf } from "./term-names";

/** One option: the name shown, and its definition (shown beside the answer's once picked). */
export interface ChoiceOption {
  name: string;
  definition: string[];
}

/** A question's options in the order shown, which one is right, and the category the wrong ones came from. */
export interface Choices {
  options: ChoiceOption[];
  answerIndex: number;
  /** `EKS vs ECS`, `대표적인 AWS Compute 서비스` or `Compute`. */
  category: string;
}

/** What a showing asks for. */
export interface ChoiceRequest {
  /** Options wanted, the answer included (the setting's 3–5; other counts are clamped to 3–5, as many as keys A–E reach). */
  count: number;
  /** How often the student picked a term instead of this answer, by the term's name folded with `foldKey`. */
  confusions?: ReadonlyMap<string, number>;
  /** Fixes the order for one showing: the same seed gives the same options in the same order. */
  seed: number;
}

/** The question cards choices are made for. */
export type ChoiceCard = Pick<Card, "kind" | "answer" | "promptParts" | "context" | "group" | "sides">;

/** Fewest wrong options a multiple-choice question has; with fewer it is asked as recall. */
export const MIN_WRONG = 2;

/** Most options a question shows: as many as the answer keys reach (A–E). */
export const MAX_OPTIONS = 5;

/** The options wanted, the answer included: the request's count clamped to 3–5 (4 when it is not a number). */
const optionCount = (count: number): number => Math.min(MAX_OPTIONS, Math.max(3, Math.floor(Number.isFinite(count) ? count : 4)));

/** Stands for a hidden name when faces are compared. */
const HIDDEN = "\u0000";

/** A category wrong options may come from, in order of preference. */
interface Category {
  label: string;
  members: readonly OptionCandidate[];
  /** The other sides of a comparison: set apart by the note itself, so alike wording does not rule them out. */
  contrasted?: boolean;
}

const definitionKey = (lines: readonly string[]): string => lines.map(foldKey).join("\n");

/**
 * Options for a "which side fits?" card: the answer and up to `count - 1` other sides (never more than
 * {@link MAX_OPTIONS} in all), the sides confused with the answer first, the rest in seeded order; shown in a
 * seeded order.
 */
function sideChoices(card: ChoiceCard, pool: OptionPool, request: ChoiceRequest): Choices | null {
  const sides = card.sides ?? [];
  const answerKey = foldKey(card.answer);
  const answer = sides.find((s) => foldKey(s) === answerKey);
  if (sides.length < 2 || answer === undefined) return null;
  const random = seededRandom(request.seed);
  const others = sides.filter((s) => foldKey(s) !== answerKey);
  shuffleInPlace(others, random);
  const byCandidate = confusedCandidates(pool, request.confusions);
  const confused = new Map(others.map((s) => {
    const c = pool.byName.get(foldKey(s));
    return [s, c ? byCandidate.get(c) ?? 0 : request.confusions?.get(foldKey(s)) ?? 0];
  }));
  // Stable: the seeded order stays among sides confused equally often.
  others.sort((a, b) => confused.get(b)! - confused.get(a)!);
  const shown = [answer, ...others.slice(0, optionCount(request.count) - 1)];
  const options = shown.map((name) => ({ name, definition: pool.byName.get(foldKey(name))?.definition ?? [] }));
  shuffleInPlace(options, random);
  return { options, answerIndex: options.findIndex((o) => o.name === answer), category: sides.join(" vs ") };
}

/** The categories of a reverse card's answer, most specific first: comparison, note list, catalogue category. */
function categoriesOf(card: ChoiceCard, answer: OptionCandidate | undefined, pool: OptionPool): Category[] {
  const out: Category[] = [];
  const sides = card.sides ?? [];
  if (sides.length >= 2) {
    const members = sides.filter((s) => foldKey(s) !== foldKey(card.answer))
      .map((s) => pool.byName.get(foldKey(s)))
      .filter((c): c is OptionCandidate => c !== undefined);
    out.push({ label: sides.join(" vs "), members, contrasted: true });
  }
  if (card.group) out.push({ label: card.group, members: pool.byGroup.get(foldKey(card.group)) ?? [] });
  const entry = answer?.catalogue ?? catalogueEntryOf({ name: card.answer, aliases: [] });
  if (entry) out.push({ label: entry.category, members: pool.byCategory.get(categoryKey(entry.category, entry.kind)) ?? [] });
  return out;
}

/** How far a candidate may stand as a wrong option: fine, only when nothing else is left, or never. */
type Fitness = "fine" | "lastResort" | "never";

/** Two lines sharing this much of their content words (see `wordOverlap`) say the same thing. */
const SAME_MEANING = 0.4;

/**
 * Judges candidates for one question: never the answer under another name or as the same service, never a term
 * without a definition, never one whose definition would fit the face too (the same text, the same first line as the
 * answer's, a line saying mostly the same as the face — unless the note contrasts the two), never one the face line
 * names (a free elimination); one the context lines name only as a last resort.
 */
function makeJudge(card: ChoiceCard, answer: OptionCandidate | undefined): (c: OptionCandidate, contrasted: boolean) => Fitness {
  const answerNames = [card.answer, ...(answer?.names ?? [])];
  const answerKeys = new Set(answerNames.map(foldKey));
  const hidden = prepareNames(answerNames);
  const faceKey = foldKey(card.promptParts.join(HIDDEN));
  const faceWords = contentWords(card.promptParts.join(" "));
  const answerFirst = answer?.definition[0] !== undefined ? foldKey(answer.definition[0]) : "";
  const answerDefinition = answer ? definitionKey(answer.definition) : "";
  const prompt = normalizeNfc(card.promptParts.join(" "));
  const context = normalizeNfc(card.context.join("\n"));
  return (c, contrasted) => {
    if (c === answer || c.definition.length === 0) return "never";
    if (c.names.some((n) => answerKeys.has(foldKey(n)))) return "never";
    if (answer?.catalogue && c.catalogue?.id === answer.catalogue.id) return "never";
    if (answerDefinition !== "" && definitionKey(c.definition) === answerDefinition) return "never";
    if (answerFirst !== "" && c.definition[0] !== undefined && foldKey(c.definition[0]) === answerFirst) return "never";
    for (const line of c.definition) {
      const blanked = splitAtNames(line, hidden);
      if (foldKey(blanked.join(HIDDEN)) === faceKey) return "never";
      if (!contrasted && wordOverlap(faceWords, contentWords(blanked.join(" "))) >= SAME_MEANING) return "never";
    }
    const names = prepareNames(c.names);
    if (findNames(prompt, names).length > 0) return "never";
    return findNames(context, names).length > 0 ? "lastResort" : "fine";
  };
}

/**
 * How often each candidate was picked instead of the answer, found from the confusions' names (a few) rather than
 * from every candidate's names (which the pool puts together only for options shown): most over its names.
 */
function confusedCandidates(pool: OptionPool, confusions: ReadonlyMap<string, number> | undefined): Map<OptionCandidate, number> {
  const out = new Map<OptionCandidate, number>();
  for (const [key, count] of confusions ?? []) {
    const c = pool.byName.get(key);
    if (c && count > (out.get(c) ?? 0)) out.set(c, count);
  }
  return out;
}

/**
 * The options to show for a question card. A `fits` card: the answer and up to `count - 1` other sides (at most five
 * options). A `reverse` card: the answer and up to `count - 1` wrong options, all from the first category that has two
 * or more (the comparison the term is a side of, then its note's list, then its catalogue category), never a mix.
 * Terms the student confused with the answer before come first (most confused first), the rest in seeded order, a term
 * the face's context names only when no other is left; the options are shown in a seeded order. Null for a cloze
 * card, or when fewer than two wrong options exist (asked as recall then).
 */
export function chooseOptions(card: ChoiceCard, pool: OptionPool, request: ChoiceRequest): Choices | null {
  if (card.kind === "fits") return sideChoices(card, pool, request);
  if (card.kind !== "reverse") return null;
  const count = optionCount(request.count);
  const random = seededRandom(request.seed);
  const answer = pool.byName.get(foldKey(card.answer));
  const judge = makeJudge(card, answer);
  const fitness = new Map<OptionCandidate, Fitness>();
  const judged = (c: OptionCandidate): Fitness => {
    let f = fitness.get(c);
    if (f === undefined) fitness.set(c, (f = judge(c, false)));
    return f;
  };
  const confused = confusedCandidates(pool, request.confusions);
  let picked: OptionCandidate[] = [];
  let category = "";
  for (const { label, members, contrasted } of categoriesOf(card, answer, pool)) {
    // Every wrong option from one category: a mixed set may hold a second fitting answer, and an exam's options
    // share their area. A category with too few gives way to the next one, whole.
    const fitnessOf = (c: OptionCandidate): Fitness => (contrasted ? judge(c, true) : judged(c));
    const order = [...members];
    shuffleInPlace(order, random);
    // Stable: the seeded order stays among terms confused equally often (never, mostly).
    order.sort((a, b) => (confused.get(b) ?? 0) - (confused.get(a) ?? 0));
    // Judged one by one, so a large category costs only the candidates looked at; last resorts after the rest.
    const shownNames = new Set([foldKey(card.answer)]);
    const chosen: OptionCandidate[] = [];
    const take = (c: OptionCandidate): void => {
      shownNames.add(foldKey(c.name));
      chosen.push(c);
    };
    const lastResorts: OptionCandidate[] = [];
    for (const c of order) {
      if (chosen.length >= count - 1) break;
      if (shownNames.has(foldKey(c.name))) continue;
      const fitness = fitnessOf(c);
      if (fitness === "fine") take(c);
      else if (fitness === "lastResort") lastResorts.push(c);
    }
    for (const c of lastResorts) if (chosen.length < count - 1 && !shownNames.has(foldKey(c.name))) take(c);
    if (chosen.length >= MIN_WRONG) {
      picked = chosen;
      category = label;
      break;
    }
  }
  if (picked.length < MIN_WRONG) return null;
  const right: ChoiceOption = {
    name: card.answer,
    definition: answer?.definition ?? [card.promptParts.join(card.answer), ...card.context],
  };
  const options = [right, ...picked.map((c) => ({ name: c.name, definition: c.definition }))];
  shuffleInPlace(options, random);
  return { options, answerIndex: options.indexOf(right), category };
}
