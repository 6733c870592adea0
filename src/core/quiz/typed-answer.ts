/**
 * Comparing a typed answer with a card's answer, forgiving what does not matter in our users' notes: spacing
 * (Korean is often spaced either way: "라우팅 정책" / "라우팅정책"), case, punctuation and width, and scoring a
 * one-letter Hangul typo ("라우탕") as nearly right by also comparing jamo (NFD splits a syllable into its letters).
 */
import type { Rating } from "../review/types";

/** How close a typed answer is, and the rating it suggests. */
export interface TypedAnswerResult {
  /** 0 (nothing alike) to 1 (the same once spacing, case and punctuation are ignored). */
  similarity: number;
  /** True when the answer is the same once spacing, case and punctuation are ignored. */
  exact: boolean;
  /** What the rating buttons pre-select; the user can choose another. */
  suggested: Rating;
}

/** Similarity from which a typed answer counts as right with a slip ("hard"). */
export const NEAR_MISS_SIMILARITY = 0.8;

/** Folds text for comparison: NFKC (full-width letters, compatibility jamo), lower case, no spaces or punctuation. */
export function foldAnswer(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, "");
}

/** Levenshtein distance over code points (two rows, so memory grows with the shorter string). */
export function editDistance(a: readonly string[], b: readonly string[]): number {
  if (a.length < b.length) return editDistance(b, a);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let cur = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

function ratio(a: readonly string[], b: readonly string[]): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - editDistance(a, b) / longest;
}

/** Longest answer compared letter by letter; beyond it only the start counts (keeps the work bounded). */
const MAX_COMPARED = 400;

/** Similarity of two answers in [0, 1]: the better of comparing syllables and comparing Hangul letters (jamo). */
export function measureSimilarity(typed: string, expected: string): number {
  const a = foldAnswer(typed).slice(0, MAX_COMPARED);
  const b = foldAnswer(expected).slice(0, MAX_COMPARED);
  if (a === b) return 1;
  if (a === "" || b === "") return 0;
  const bySyllable = ratio([...a], [...b]);
  const byJamo = ratio([...a.normalize("NFD")], [...b.normalize("NFD")]);
  return Math.max(bySyllable, byJamo);
}

/** Compares what the user typed with the card's answer and suggests a rating: good, hard for a slip, again otherwise. */
export function compareTypedAnswer(typed: string, expected: string): TypedAnswerResult {
  const similarity = measureSimilarity(typed, expected);
  const exact = similarity === 1;
  const suggested: Rating = exact ? "good" : similarity >= NEAR_MISS_SIMILARITY ? "hard" : "again";
  return { similarity, exact, suggested };
}
