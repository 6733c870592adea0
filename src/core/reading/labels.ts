/** Generic labels inside an entry (`기능`, `용도`, `Pricing`): lines named so are parts of a definition, never terms. */
import { foldKey } from "../markdown/text";

/** Generic labels, folded (see {@link isLabel}). */
export const LABELS: ReadonlySet<string> = new Set([
  "기능", "용도", "특징", "장점", "단점", "예", "예시", "참고", "정의", "설명", "개념", "요약", "정리", "비고", "주의", "팁",
  "차이", "차이점", "비교", "목적", "사례", "사용 사례", "구성", "구성 요소", "종류", "유형", "방법", "원리", "결론", "문제",
  "정답", "해설", "메모", "특성", "동작", "동작 방식", "가격", "요금", "비용", "한계", "제한", "제한 사항", "키워드", "핵심",
  "포인트", "용어", "의미", "뜻", "역할", "이유", "효과", "결과", "대상", "범위", "조건", "주요 기능", "활용", "사용법", "시험",
  "note", "notes", "example", "examples", "e.g.", "ex", "feature", "features", "use case", "use cases", "pros", "cons",
  "summary", "definition", "tip", "tips", "keyword", "keywords", "key point", "key points", "cost", "pricing", "limits",
  "why", "how", "what", "see also", "reference", "references", "answer", "question", "purpose", "benefits", "overview",
  "performance", "audit", "security", "availability", "durability", "scalability", "reliability", "latency",
  "throughput", "capacity", "storage", "compute", "network", "networking", "monitoring", "logging", "encryption",
  "access", "type", "types", "mode", "modes", "when", "key", "region", "regions", "limit", "limitation", "limitations",
  "advantages", "disadvantages", "characteristics", "components", "options", "settings", "steps", "result", "results",
  "exam", "exam tip", "important", "tags", "tag", "aliases", "alias", "caution", "warning", "info", "details", "description", "meaning", "usage",
  // Headings a note template repeats in every note: they hold a note's parts, never a term.
  "내용", "목차", "개요", "연결 문서", "관련 문서", "참고 링크", "참고 자료", "참고자료", "출처", "링크", "문제 풀이", "작동 방식", "세부 세팅",
  "toc", "faq", "q&a", "intro", "introduction", "prerequisite", "prerequisites", "architecture", "workflow", "concepts",
  "terminologies", "terminology", "use", "uses", "eg", "review notes", "good to know", "source", "sources", "links",
  "related", "resources", "operations", "methods", "reasons", "solutions", "quotas", "notifications", "returns",
]);

/** Labels whose lines describe the entry above them: what a note lists there are its features, never new terms. */
const FACET_LABELS: ReadonlySet<string> = new Set([
  "특징", "장점", "단점", "용도", "사용 사례", "예", "예시", "특성", "효과", "이유", "결론", "주의", "팁", "목적", "활용", "한계", "제한 사항",
  "use case", "use cases", "pros", "cons", "benefits", "advantages", "disadvantages", "features", "characteristics",
  "example", "examples", "tip", "tips", "limits", "limitations", "why", "purpose", "e.g.", "eg", "ex",
]);

/** True for a label whose lines describe the entry above it (`특징`, `Use case`), see {@link FACET_LABELS}. */
export function isFacetLabel(name: string): boolean {
  return name.length <= 16 && FACET_LABELS.has(foldKey(name));
}

const LONGEST_LABEL = Math.max(...[...LABELS].map((l) => l.length)) + 2;

/** The first two characters of every label of two or more, as one number (`a * 0x10000 + b`). */
const LABEL_STARTS = new Set([...LABELS].filter((l) => l.length >= 2).map((l) => l.charCodeAt(0) * 0x10000 + l.charCodeAt(1)));

const isHangulSyllable = (c: number): boolean => c >= 0xac00 && c <= 0xd7a3;
const isAsciiLetter = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);

/**
 * True when the name's first two characters are two ASCII letters or two Hangul syllables that no label starts with,
 * and folding cannot change them (the third character, if any, is ASCII or a Hangul syllable: nothing composes).
 */
function startsLikeNoLabel(name: string): boolean {
  if (name.length < 2) return false;
  const a = name.charCodeAt(0);
  const b = name.charCodeAt(1);
  const c = name.length > 2 ? name.charCodeAt(2) : 0x20;
  if (!(c < 0x80 || isHangulSyllable(c))) return false;
  if (isAsciiLetter(a) && isAsciiLetter(b)) return !LABEL_STARTS.has((a | 0x20) * 0x10000 + (b | 0x20));
  if (isHangulSyllable(a) && isHangulSyllable(b)) return !LABEL_STARTS.has(a * 0x10000 + b);
  return false;
}

/** True for generic labels inside an entry (`기능`, `용도`, `Pricing`) that must not become terms. */
export function isLabel(name: string): boolean {
  // Every label is short; longer names need no folding to know they are not one, nor names no label starts like.
  return name.length <= LONGEST_LABEL && !startsLikeNoLabel(name) && LABELS.has(foldKey(name));
}
