/**
 * The words of a definition line that say something about the term: no filler every AWS definition has (`서비스`,
 * `완전관리형`, `managed`), Korean endings cut (`실행을` -> `실행`). Used to tell a line that asks nothing
 * (`완전관리형 서비스`) and two lines that say the same (`가상 서버 인스턴스`, `EC2 보다 간단한 가상 서버 서비스`).
 */
import { normalizeNfc } from "../markdown/text";

/** Words that fit almost every service, in English and Korean. */
const FILLER = new Set([
  "서비스", "기능", "제공", "제공하는", "제공함", "관리형", "완전관리형", "완전", "역할", "위한", "위해", "하는", "있는", "있음",
  "수", "등", "것", "및", "기반", "도구", "해주는", "도와주는", "도와줌", "시스템",
  // Particles left alone where a Latin name ends a word (`AWS에서`, `S3으로`, `EC2의`).
  "에서", "으로", "에게", "까지", "부터", "보다", "처럼", "이란", "이나",
  "의", "을", "를", "은", "는", "이", "가", "에", "로", "와", "과", "도", "만", "란",
  "aws", "amazon", "service", "services", "managed", "fully", "feature", "tool", "the", "a", "an", "of", "for", "and",
  "or", "to", "in", "on", "is", "are", "that", "which", "with", "by", "it",
]);

/** Endings cut from a Korean word of three or more syllables, longest first. */
const ENDINGS = ["해주는", "으로", "에서", "보다", "보단", "하는", "하기", "을", "를", "은", "는", "이", "가", "의", "에", "로", "와", "과", "도", "용", "적", "한", "된"];

/** Latin words, digit runs and Hangul words, split where the script changes (`CD서비스` -> `cd`, `서비스`). */
const WORD = /[a-z0-9]+|[\uac00-\ud7a3]+/g;

/** A Korean word without its ending, when enough of it is left. */
function stem(word: string): string {
  if (word.length < 3 || !/[\uac00-\ud7a3]$/.test(word)) return word;
  for (const e of ENDINGS) if (word.endsWith(e) && word.length - e.length >= 2) return word.slice(0, -e.length);
  return word;
}

/**
 * The content words of a line, lower case, each once, filler left out; at most `limit` of them (a caller that only
 * needs to know there are enough stops early).
 */
export function contentWords(line: string, limit = Infinity): string[] {
  const out = new Set<string>();
  const words = normalizeNfc(line).toLowerCase();
  WORD.lastIndex = 0;
  for (let m = WORD.exec(words); m !== null && out.size < limit; m = WORD.exec(words)) {
    const raw = m[0];
    if (FILLER.has(raw)) continue;
    const word = stem(raw);
    // A single Latin letter or digit says nothing alone (`S3`, `EC2` stay whole); a one-syllable noun does (`큐`, `키`).
    if ((word.length >= 2 || /[\uac00-\ud7a3]/.test(word)) && !FILLER.has(word)) out.add(word);
  }
  return [...out];
}

/** How much two lines say the same: shared content words over all of them (0 to 1). */
export function wordOverlap(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const set = new Set(a);
  let shared = 0;
  for (const w of new Set(b)) if (set.has(w)) shared++;
  return shared / (set.size + new Set(b).size - shared);
}
