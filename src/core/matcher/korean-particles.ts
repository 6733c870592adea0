/**
 * Korean particles (조사) and copula endings that may follow a Hangul term without making it part of a longer word:
 * `데이터를`, `데이터에서는`, `인스턴스들의`. A Hangul term matches only when the rest of its Hangul run is made of
 * these, one after another.
 */
import { isHangul } from "./chars";

/** The particles, as written after a noun. Stacked ones (`에서는`, `으로도`) are matched as a sequence. */
export const KOREAN_PARTICLES: readonly string[] = [
  "은", "는", "이", "가", "을", "를", "에", "에서", "에게", "께", "께서", "한테", "로", "으로", "와", "과", "도",
  "만", "의", "랑", "이랑", "나", "이나", "든지", "이든지", "까지", "부터", "보다", "처럼", "마다", "조차", "마저",
  "밖에", "뿐", "로서", "으로서", "로써", "으로써", "라고", "이라고", "라는", "이라는", "란", "이란", "인", "이다",
  "다", "이며", "며", "이고", "고", "였다", "이었다", "입니다", "이지만", "지만", "요", "이요", "야", "이야", "들",
];

/** Longest particle run looked at, in characters; a longer Hangul tail is a word of its own. */
const MAX_TAIL = 12;

const particleSet = new Set(KOREAN_PARTICLES);
const longestParticle = KOREAN_PARTICLES.reduce((n, p) => Math.max(n, p.length), 0);

/**
 * Whether the Hangul run of `text` starting at `pos` (up to the first non-Hangul character) is empty or consists
 * only of particles. Reads a bounded number of characters; a run written with conjoining jamo (NFD) is composed first.
 */
export function isParticleTail(text: string, pos: number): boolean {
  let end = pos;
  let decomposed = false;
  // Three code units per syllable at most when decomposed.
  const limit = Math.min(text.length, pos + MAX_TAIL * 3 + 1);
  for (; end < limit; end++) {
    const code = text.charCodeAt(end);
    if (!isHangul(code)) break;
    if (code >= 0x1100 && code <= 0x11ff) decomposed = true;
  }
  if (end === pos) return true;
  if (end === limit && limit < text.length) return false;
  const tail = decomposed ? text.slice(pos, end).normalize("NFC") : text.slice(pos, end);
  if (tail.length > MAX_TAIL) return false;
  // reachable[k]: the tail's first k characters split into particles.
  const reachable: boolean[] = [true];
  for (let k = 1; k <= tail.length; k++) {
    reachable[k] = false;
    for (let p = 1; p <= longestParticle && p <= k; p++) {
      if (reachable[k - p] === true && particleSet.has(tail.slice(k - p, k))) {
        reachable[k] = true;
        break;
      }
    }
  }
  return reachable[tail.length] === true;
}
