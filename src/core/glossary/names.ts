/** How a line names a term: separators, decorative markers, aliases, acronyms, labels and other shapes. */
import { stripMarkup } from "../markdown/inline";
import { foldKey, foldSpaces, hasHangul, hasLatin, normalizeNfc } from "../markdown/text";

/** A list line or heading read as "name, separator, definition". */
export interface NamedLine {
  /** Plain-text name (markup stripped, decorative markers dropped); "" when the line has none. */
  name: string;
  /** The raw text of the name part (markup intact). */
  nameRaw: string;
  /** Plain-text definition after the separator, or null when there is no separator. */
  definition: string | null;
  form: "colon" | "question" | "plain";
  /** The line started with a pin (📌 or 📍). */
  pinned: boolean;
  /** The whole name is bold or highlighted. */
  emphasized: boolean;
}

const PINS = new Set(["\u{1F4CC}", "\u{1F4CD}"]);
const DECORATION = /^(?:\s|\u200b|\u200d|\ufe0f|\u20e3|\p{Extended_Pictographic}|[\u2190-\u21ff\u2022\u00b7\u25a0-\u25ff\u2600-\u27bf\u203b])+/u;
const MAX_NAME_CHARS = 60;
const MAX_NAME_WORDS = 8;

/** Drops decorative markers (📌 🔴 ✅ → • …) from the start of a line; reports whether one was a pin. */
export function dropDecoration(text: string): { text: string; pinned: boolean } {
  const m = DECORATION.exec(text);
  if (!m) return { text, pinned: false };
  let pinned = false;
  for (const ch of m[0]) if (PINS.has(ch)) pinned = true;
  return { text: text.slice(m[0].length), pinned };
}

const COLON = /[:\uff1a]/;

/** Index of the `:` that separates a name from its definition, or -1 (colons inside tags, code and URLs are skipped). */
function separatorAt(text: string): number {
  let inTag = false;
  let inCode = false;
  const limit = Math.min(text.length, 400);
  // Most lines have no colon at all: a native search says so without walking the line.
  if (!COLON.test(text.length > limit ? text.slice(0, limit) : text)) return -1;
  for (let i = 0; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x60) inCode = !inCode;
    else if (inCode) continue;
    else if (c === 0x3c) inTag = true;
    else if (c === 0x3e) inTag = false;
    else if (!inTag && (c === 0x3a || c === 0xff1a) && i > 0) {
      const next = text.charCodeAt(i + 1);
      if (Number.isNaN(next) || next === 0x20 || next === 0x09 || next === 0xa0) return i;
    }
  }
  return -1;
}

/** Removes emphasis wrappers (`**…**`, `==…==`, `<mark>…</mark>`) around a whole name; reports whether any was there. */
function unwrap(raw: string): { inner: string; wrapped: boolean } {
  let s = raw.trim();
  let wrapped = false;
  for (;;) {
    // Only a name starting with `**`, `==` or `<` can be wrapped: skip the patterns for every other line.
    const first = s.charCodeAt(0);
    if (first !== 0x2a && first !== 0x3d && first !== 0x3c) break;
    const m = /^(\*\*|==)([\s\S]+)\1$/.exec(s) ?? /^<mark(?:\s[^>]*)?>([\s\S]+)<\/mark>$/i.exec(s);
    if (!m) break;
    s = (m.length === 3 ? m[2] : m[1])?.trim() ?? "";
    wrapped = true;
  }
  return { inner: s, wrapped };
}

/** Words of a folded name: one more than its spaces. */
function countWords(name: string): number {
  let n = 1;
  for (let at = name.indexOf(" "); at >= 0; at = name.indexOf(" ", at + 1)) n++;
  return n;
}

/** True when the text could be a name: short, not a sentence, not a list of things. */
export function isNameShaped(name: string): boolean {
  if (name === "" || name.length > MAX_NAME_CHARS) return false;
  if (countWords(name) > MAX_NAME_WORDS) return false;
  if (/[,;]|[.!?。]$|→|->|=>|⇒/.test(name)) return false;
  if (/(?:니다|습니다|한다|된다|이다|있다|없다|해요|어요|아요)$/.test(name)) return false;
  return /[\p{L}\p{N}]/u.test(name);
}

const QUESTION = /^(.{1,80}?)(?:이란|란)\s?\?[\s\u00a0]*/;

/** Longest definition kept from a term's own line, in characters; longer ones end in an ellipsis. */
const MAX_DEFINITION_CHARS = 1000;

/** Plain text of a definition, clipped like every other definition line. */
function clipDefinition(raw: string): string {
  const text = stripMarkup(raw.length > MAX_DEFINITION_CHARS * 2 ? raw.slice(0, MAX_DEFINITION_CHARS * 2) : raw);
  return text.length > MAX_DEFINITION_CHARS ? `${text.slice(0, MAX_DEFINITION_CHARS)}…` : text;
}

/** Reads a line as "name : definition", "**name**란? definition" or a bare name. */
export function readNamedLine(text: string): NamedLine {
  const { text: rest, pinned } = dropDecoration(text.startsWith("[") ? text.replace(/^\[[ xX/-]\]\s+/, "") : text);
  const sep = separatorAt(rest);
  if (sep > 0) {
    const nameRaw = rest.slice(0, sep);
    const { inner, wrapped } = unwrap(nameRaw);
    const name = cleanName(inner);
    if (isNameShaped(name)) {
      return { name, nameRaw, definition: clipDefinition(rest.slice(sep + 1)), form: "colon", pinned, emphasized: wrapped };
    }
  }
  const q = rest.indexOf("란") >= 0 ? QUESTION.exec(rest) : null;
  if (q) {
    const { inner, wrapped } = unwrap(q[1] as string);
    const name = cleanName(inner);
    if (isNameShaped(name)) {
      return { name, nameRaw: q[1] as string, definition: clipDefinition(rest.slice(q[0].length)), form: "question", pinned, emphasized: wrapped };
    }
  }
  if (rest.length > 400) return { name: "", nameRaw: rest, definition: null, form: "plain", pinned, emphasized: false };
  const { inner, wrapped } = unwrap(rest);
  return { name: cleanName(inner), nameRaw: rest, definition: null, form: "plain", pinned, emphasized: wrapped };
}

/** Markup stripped, decoration dropped, trailing colons removed, white space folded. */
export function cleanName(raw: string): string {
  const plain = dropDecoration(stripMarkup(raw)).text;
  let end = plain.length;
  while (end > 0 && (plain.charCodeAt(end - 1) === 0x3a || plain.charCodeAt(end - 1) === 0xff1a)) end--;
  // `stripMarkup` folded the text already; only dropping trailing colons can leave a space at the end.
  return normalizeNfc(end < plain.length ? foldSpaces(plain.slice(0, end)) : plain);
}

const LABELS = new Set([
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
]);

const LONGEST_LABEL = Math.max(...[...LABELS].map((l) => l.length)) + 2;

/** True for generic labels inside an entry (`기능`, `용도`, `Pricing`) that must not become terms. */
export function isLabel(name: string): boolean {
  // Every label is short; longer names need no folding to know they are not one.
  return name.length <= LONGEST_LABEL && LABELS.has(foldKey(name));
}

/** True for comparison titles: `VPC vs VPN`, `AWS VPN과 VPC 차이`, `Paas VS IaaS`. */
export function isComparison(name: string): boolean {
  return /\s(?:vs\.?|versus)\s/i.test(` ${name} `) || /(?:차이|비교)(?:점)?$/.test(name) || /\s(?:차이|비교)\s/.test(name);
}

/** True for a name written in Latin script (an acronym, a service name), with no Hangul. */
export function isLatinName(name: string): boolean {
  return hasLatin(name) && !hasHangul(name) && /^[A-Za-z0-9]/.test(name) && name.split(" ").length <= 6;
}

const CONNECTORS = new Set(["of", "and", "for", "as", "a", "an", "the", "to", "on", "in", "with", "by", "&"]);

/** True for a Latin proper name: every word capitalised (`Transit Gateway`, `DynamoDB`, `S3`) but for connectors. */
export function isProperName(name: string): boolean {
  if (!isLatinName(name)) return false;
  return name.split(/[\s/]+/).every((w, i) => /^[A-Z0-9]/.test(w) || (i > 0 && CONNECTORS.has(w)));
}

/** True for an acronym-like name: `SQS`, `EC2`, `IaaS`, `X-Ray` is not one. */
export function isAcronym(name: string): boolean {
  return /^[A-Za-z][A-Za-z0-9]{1,7}$/.test(name) && (name.match(/[A-Z]/g)?.length ?? 0) >= 2;
}
