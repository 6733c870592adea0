/** How a line names a term: separators, decorative markers, aliases, acronyms, labels and other shapes. */
import { stripMarkup } from "../markdown/inline";
import { foldSpaces, hasHangul, hasLatin, isTrimmedChar, normalizeNfc } from "../markdown/text";

export { isLabel, LABELS } from "./labels";

/** A list line or heading read as "name, separator, definition". */
export interface NamedLine {
  /** Plain-text name (markup stripped, decorative markers dropped); "" when the line has none. */
  name: string;
  /** The raw text of the name part (markup intact). */
  nameRaw: string;
  /** Plain-text definition after the separator, or null when there is no separator. */
  definition: string | null;
  /** `colon`: `Name : definition` (or an arrow); `question`: `Name란? …`; `prose`: `**Name** is …`; `plain`: a bare name. */
  form: "colon" | "question" | "prose" | "plain";
  /** The line started with a pin (📌 or 📍). */
  pinned: boolean;
  /** The whole name is bold or highlighted. */
  emphasized: boolean;
}

const PINS = new Set(["\u{1F4CC}", "\u{1F4CD}"]);
const DECORATION = /^(?:\s|\u200b|\u200d|\ufe0f|\u20e3|\p{Extended_Pictographic}|[\u2190-\u21ff\u2022\u00b7\u25a0-\u25ff\u2600-\u27bf\u203b])+/u;
const MAX_NAME_CHARS = 60;
const MAX_NAME_WORDS = 8;

/** Whether the decoration {@link decorationEnd} measured last held a pin. */
let lastPinned = false;

/** Length of the decorative markers at the start of a line (0 when none); sets `lastPinned`. No object per call. */
function decorationEnd(text: string): number {
  lastPinned = false;
  // Decoration is blank space, a symbol or an emoji: a line starting with printable ASCII or Hangul has none.
  const first = text.charCodeAt(0);
  if ((first > 0x20 && first < 0x7f) || (first >= 0xac00 && first <= 0xd7a3) || Number.isNaN(first)) return 0;
  const m = DECORATION.exec(text);
  if (!m) return 0;
  for (const ch of m[0]) if (PINS.has(ch)) lastPinned = true;
  return m[0].length;
}

/** Drops decorative markers (📌 🔴 ✅ → • …) from the start of a line; reports whether one was a pin. */
export function dropDecoration(text: string): { text: string; pinned: boolean } {
  const end = decorationEnd(text);
  return { text: end === 0 ? text : text.slice(end), pinned: lastPinned };
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
      // `리호스팅(Rehosting):리프트 …`: after a closing parenthesis the colon separates even with no blank after it.
      if (text.charCodeAt(i - 1) === 0x29 && next !== 0x2f && !(next >= 0x30 && next <= 0x39)) return i;
    }
  }
  return -1;
}

/** One identifier written as code, the whole name: `` `PutItem` ``, `` `BatchGetItem` ``, `` `s3:GetObject` ``. */
const CODE_IDENTIFIER = /^`([A-Za-z][\w.:-]{1,60})`$/;

/** Whether the name {@link unwrap} read last was wrapped. */
let lastWrapped = false;

/**
 * Removes emphasis wrappers (`**…**`, `==…==`, `<mark>…</mark>`, or code around one identifier) around a whole name;
 * sets `lastWrapped` if any was there.
 */
function unwrap(raw: string): string {
  let s = raw.trim();
  lastWrapped = false;
  for (;;) {
    // Only a name starting with `**`, `==` or `<` can be wrapped: skip the patterns for every other line.
    const first = s.charCodeAt(0);
    if (first !== 0x2a && first !== 0x3d && first !== 0x3c && first !== 0x60) break;
    // A name written as code is an identifier a student sets apart (`PutItem`, `BatchGetItem`): one word, no blanks.
    const m = /^(\*\*|==)([\s\S]+)\1$/.exec(s) ?? /^<mark(?:\s[^>]*)?>([\s\S]+)<\/mark>$/i.exec(s) ?? CODE_IDENTIFIER.exec(s);
    if (!m) break;
    s = (m.length === 3 ? m[2] : m[1])?.trim() ?? "";
    lastWrapped = true;
  }
  return s;
}

/**
 * True when a name holds code as literal text (`` `aws s3 cp` 사용법 ``, a command, code beside words): never a term's
 * name. One identifier written as code and nothing else (an API call such as `` `PutItem` ``) is a name.
 */
export function hasLiteralCode(nameRaw: string): boolean {
  return nameRaw.indexOf("`") >= 0 && !CODE_IDENTIFIER.test(nameRaw.trim());
}

/** Words of a folded name: one more than its spaces (what `name.split(" ").length` counts, without the array). */
export function countWords(name: string): number {
  let n = 1;
  for (let i = 0; i < name.length; i++) if (name.charCodeAt(i) === 0x20) n++;
  return n;
}

/** True when the text could be a name: short, not a sentence, not a list of things. */
export function isNameShaped(name: string): boolean {
  const n = name.length;
  if (n === 0 || n > MAX_NAME_CHARS) return false;
  // One pass does what `/[,;]|→|->|=>|⇒/`, counting words and `/[A-Za-z0-9\uac00-\ud7a3]/` would each do.
  let words = 1;
  let letter = false;
  for (let i = 0; i < n; i++) {
    const c = name.charCodeAt(i);
    if (c === 0x20) words++;
    else if (c === 0x2c || c === 0x3b || c === 0x2192 || c === 0x21d2) return false;
    else if (c === 0x3e) {
      const before = i > 0 ? name.charCodeAt(i - 1) : 0;
      if (before === 0x2d || before === 0x3d) return false;
    } else if (!letter && ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || (c >= 0xac00 && c <= 0xd7a3))) {
      letter = true;
    }
  }
  if (words > MAX_NAME_WORDS) return false;
  const last = name.charCodeAt(n - 1);
  // `/[.!?。]$/`; and every sentence ending below ends in `다` or `요`: other names need not run the pattern.
  if (last === 0x2e || last === 0x21 || last === 0x3f || last === 0x3002) return false;
  if ((last === 0xb2e4 || last === 0xc694) && /(?:니다|습니다|한다|된다|이다|있다|없다|해요|어요|아요)$/.test(name)) return false;
  return letter || /[\p{L}\p{N}]/u.test(name);
}

const QUESTION = /^(.{1,80}?)(?:이란|란)\s?\?[\s\u00a0]*/;

/** Longest definition kept from a term's own line, in characters; longer ones end in an ellipsis. */
const MAX_DEFINITION_CHARS = 1000;

/** Plain text of a definition, clipped like every other definition line. */
function clipDefinition(raw: string): string {
  const text = stripMarkup(raw.length > MAX_DEFINITION_CHARS * 2 ? raw.slice(0, MAX_DEFINITION_CHARS * 2) : raw);
  return text.length > MAX_DEFINITION_CHARS ? `${text.slice(0, MAX_DEFINITION_CHARS)}…` : text;
}

/** A task box (`[ ]`, `[x]`, `[/]`, `[-]`) and the blanks after it. */
const TASK_BOX = /^\[[ xX/-]\]\s+/;

/** Reads a line as "name : definition", "**name**란? definition" or a bare name. */
export function readNamedLine(text: string): NamedLine {
  const task = text.charCodeAt(0) === 0x5b ? text.replace(TASK_BOX, "") : text;
  const skip = decorationEnd(task);
  const pinned = lastPinned;
  const rest = skip === 0 ? task : task.slice(skip);
  const sep = separatorAt(rest);
  if (sep > 0) {
    const nameRaw = rest.slice(0, sep);
    const name = cleanName(unwrap(nameRaw));
    const wrapped = lastWrapped;
    if (isNameShaped(name)) {
      return { name, nameRaw, definition: clipDefinition(rest.slice(sep + 1)), form: "colon", pinned, emphasized: wrapped };
    }
  }
  // The question form puts `란` within the first 82 characters (a name of at most 80, then `이란` or `란`).
  const q = rest.lastIndexOf("란", 81) >= 0 ? QUESTION.exec(rest) : null;
  if (q) {
    const name = cleanName(unwrap(q[1] as string));
    const wrapped = lastWrapped;
    if (isNameShaped(name)) {
      return { name, nameRaw: q[1] as string, definition: clipDefinition(rest.slice(q[0].length)), form: "question", pinned, emphasized: wrapped };
    }
  }
  if (rest.length > 400) return { name: "", nameRaw: rest, definition: null, form: "plain", pinned, emphasized: false };
  const name = cleanName(unwrap(rest));
  return { name, nameRaw: rest, definition: null, form: "plain", pinned, emphasized: lastWrapped };
}

/** A section number in front of a name: `2.1 `, `3.`, `5.4.1 ` (a number with a dot; `1 WCU` keeps its number). */
const SECTION_NUMBER = /^(?:\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}\.)[\s\u00a0]*(?=\S)/;
/** A list marker left inside a heading (`##### - Subnet`), or heading marks inside a list line (`- ##### 배포`). */
const LEADING_MARKER = /^(?:[-–—•]|#{1,6})[\s\u00a0]+(?=\S)/;
/** A status put before a name: `(OLD) NAT Instance`, `[New] Amazon Q`, `(구) Amazon Kinesis Data Firehose`. */
const LEADING_STATUS = /^[([](?:old|new|legacy|deprecated|retired|구|신규|신|예전|구버전)[)\]][\s\u00a0]*(?=\S)/i;

/**
 * Remarks a student puts after a name: an importance marker (`*중요*`, `(시험 출제)`, `important`) or decorations
 * (`❗️`, `⭐`, `★`), any number of them, after at least one character of the name.
 */
const TRAILING_REMARK = new RegExp(
  "(?:[\\s\\u00a0]*(?:[(\\[]?(?:매우 ?)?(?:중요|시험 ?출제|빈출|필수 암기|암기|important|exam tip)!*[)\\]]?|" +
  "[\\u2600-\\u27bf\\u2b50\\u2b55\\u203c\\u2049]|\\ufe0f|\\u200d|\\p{Extended_Pictographic}))+$", "iu");

/**
 * True for a character a remark at the end of a name can end with: `)`, `]`, `!`, the last letter of a remark word
 * (`중요`, `출제`, `빈출`, `암기`, `important`, `exam tip`) or a symbol or emoji outside Hangul.
 */
function mayEndInRemark(c: number): boolean {
  if (c < 0x80) return c === 0x29 || c === 0x5d || c === 0x21 || c === 0x74 || c === 0x54 || c === 0x70 || c === 0x50;
  if (c >= 0xac00 && c <= 0xd7a3) return c === 0xc694 || c === 0xc81c || c === 0xcd9c || c === 0xae30;
  return c >= 0x2000;
}

/** `AWS Elastic Block Store, EBS`, `Amazon EC2 Spot Instances, 스팟 인스턴스`: a name, a comma, then another name. */
const COMMA_NAME = /^([^,，]+?)\s*[,，]\s*([^,，]+)$/;

/**
 * A name followed by its acronym or by its name in the other script after one comma, written as the parenthesised
 * alias it is (`AWS Elastic Block Store(EBS)`); any other comma is left for the name rules to judge.
 */
function commaAsAlias(name: string): string {
  const m = COMMA_NAME.exec(name);
  if (!m) return name;
  const left = (m[1] as string).trim();
  const right = (m[2] as string).trim();
  // `IOPS(Input/Output …), 스토리지 성능지표`: after a name that has its parentheses already, the rest is a description.
  const otherScript = hasHangul(left) !== hasHangul(right) && (hasLatin(left) || hasLatin(right)) && left.indexOf("(") < 0;
  return (isAcronym(right) || otherScript) && countWords(right) <= 4 ? `${left}(${right})` : name;
}

/** A name without the section number, stray list marker and trailing remarks a student adds around it. */
export function trimNameEnds(name: string): string {
  let s = name;
  const first = s.charCodeAt(0);
  if (first >= 0x30 && first <= 0x39) s = s.replace(SECTION_NUMBER, "");
  else if (first === 0x2d || first === 0x2013 || first === 0x2014 || first === 0x2022 || first === 0x23) s = s.replace(LEADING_MARKER, "");
  const opens = s.charCodeAt(0);
  if (opens === 0x28 || opens === 0x5b) s = s.replace(LEADING_STATUS, "");
  if (s.length > 1 && mayEndInRemark(s.charCodeAt(s.length - 1))) {
    const remark = TRAILING_REMARK.exec(s);
    // Something of the name must stay: `필수` alone is a name (or a label), not a remark.
    if (remark && remark.index > 0) s = s.slice(0, remark.index).trimEnd();
  }
  return s.indexOf(",") >= 0 || s.indexOf("，") >= 0 ? commaAsAlias(s) : s;
}

/** Markup stripped, decoration and remarks dropped, a section number removed, trailing colons removed, white space folded. */
export function cleanName(raw: string): string {
  // A zero-width space, word joiner or stray BOM pasted into a name (`Cloud\u200bFront`) is no gap between words.
  const stripped = stripMarkup(raw.indexOf("\u200b") >= 0 || raw.indexOf("\u2060") >= 0 || raw.indexOf("\ufeff") >= 0 ? raw.replace(ZERO_WIDTH, "") : raw);
  const skip = decorationEnd(stripped);
  const plain = trimNameEnds(skip === 0 ? stripped : stripped.slice(skip));
  let end = plain.length;
  while (end > 0 && (plain.charCodeAt(end - 1) === 0x3a || plain.charCodeAt(end - 1) === 0xff1a)) end--;
  // `stripMarkup` folded the text already; only dropping trailing colons can leave a space at the end.
  return normalizeNfc(end < plain.length ? foldSpaces(plain.slice(0, end)) : plain);
}

const ZERO_WIDTH = /[\u200b\u2060\ufeff]/g;

/** True for comparison titles: `VPC vs VPN`, `AWS VPN과 VPC 차이`, `Paas VS IaaS`. */
export function isComparison(name: string): boolean {
  // Every comparison title holds `vs`/`versus` (any case), `차이` or `비교`: most names hold none of them.
  if (!/[vV][sSeE]|차이|비교/.test(name)) return false;
  return /\s(?:vs\.?|versus)\s/i.test(` ${name} `) || /(?:차이|비교)(?:점)?$/.test(name) || /\s(?:차이|비교)\s/.test(name);
}

/** True for an ASCII letter or digit (`/[A-Za-z0-9]/` for one UTF-16 unit). */
function isAsciiAlnum(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}

/** True for a name written in Latin script (an acronym, a service name), with no Hangul. */
export function isLatinName(name: string): boolean {
  // The first character decides most names; a letter there is the Latin letter the name needs.
  const first = name.charCodeAt(0);
  if (!isAsciiAlnum(first)) return false;
  return countWords(name) <= 6 && (first > 0x39 || hasLatin(name)) && !hasHangul(name);
}

const CONNECTORS = new Set(["of", "and", "for", "as", "a", "an", "the", "to", "on", "in", "with", "by", "&"]);

/** True for a character `/[\s/]/` matches: what separates the words of a proper name. */
function isWordGap(c: number): boolean {
  return c === 0x20 || c === 0x2f || isTrimmedChar(c);
}

/** True for a Latin proper name: every word capitalised (`Transit Gateway`, `DynamoDB`, `S3`) but for connectors. */
export function isProperName(name: string): boolean {
  // The first word must start with a capital or a digit: most other names fail here, before any pattern runs.
  const first = name.charCodeAt(0);
  if (!((first >= 0x41 && first <= 0x5a) || (first >= 0x30 && first <= 0x39)) || !isLatinName(name)) return false;
  // The words `name.split(/[\s/]+/)` gives, walked without building them: a word starts with a capital or a digit,
  // or is a connector after the first word; an empty word (a gap at either end) is neither.
  const n = name.length;
  let start = 0;
  for (let i = 0; ; i++) {
    let end = start;
    while (end < n && !isWordGap(name.charCodeAt(end))) end++;
    const c = name.charCodeAt(start);
    const capital = end > start && ((c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39));
    if (!capital && !(i > 0 && CONNECTORS.has(name.slice(start, end)))) return false;
    if (end === n) return true;
    start = end + 1;
    while (start < n && isWordGap(name.charCodeAt(start))) start++;
  }
}

/** True for an acronym-like name: `SQS`, `EC2`, `IaaS`, `X-Ray` is not one. */
export function isAcronym(name: string): boolean {
  // `/^[A-Za-z][A-Za-z0-9]{1,7}$/` with two capitals or more, in one pass over at most 8 characters.
  const n = name.length;
  if (n < 2 || n > 8) return false;
  let capitals = 0;
  for (let i = 0; i < n; i++) {
    const c = name.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) capitals++;
    else if (!((c >= 0x61 && c <= 0x7a) || (i > 0 && c >= 0x30 && c <= 0x39))) return false;
  }
  return capitals >= 2;
}

/** `A:`, `Q.`, `답)`: the marker of an answer or question in front of a line. */
const QA_MARK = /^(?:A|Q|Answer|Question|답|문제)\s*[:.)\uff1a]\s+/;
/** `Name -> definition`, `Name → definition`, `Name => definition`. */
const ARROW = /^(.{1,80}?)\s*(?:->|→|=>|⇒)\s*(\S.*)$/;
/**
 * A definition written as a sentence about an emphasised name: `The **Amazon EKS** is …`, `<mark>서버리스</mark>란 …`,
 * `**람다**는 …`. The name must be bold or highlighted, so an ordinary sentence never becomes one.
 */
const PROSE = /^(?:(?:The|An|A)\s+)?((?:\*\*|==|<mark[^>]*>)[^*=<]{1,80}?(?:\*\*|==|<\/mark>))\s*(?:is|are|refers to|means|(?:이)?란|(?:은|는|이|가)(?=\s))\s+(\S.*)$/i;

/**
 * A Korean sentence about a name written in Latin letters: `Redis는 …`, `S3 Object Lambda는 …`: a name of at most four
 * Latin words with the topic particle right after it (a Korean word before `는` may be a verb: `제공하는`, `또는`).
 */
const PROSE_KO = /^([A-Za-z0-9][\w.+/&-]*(?:\s+[A-Za-z0-9][\w.+/&-]*){0,3})(?:이란|란|은|는)\s+(\S.*)$/;
/** Words of a name that carry a particle themselves (`버킷에`, `AWS의`): the name is a clause. */
const INNER_PARTICLE = /[\uac00-\ud7a3](?:에|에서|의|를|을|이|가|된)$/;

/** The name of a Korean sentence about a Latin-lettered name, or null (see {@link PROSE_KO}). */
function koreanProseName(text: string): { raw: string } | null {
  const m = PROSE_KO.exec(text);
  if (!m) return null;
  const raw = m[1] as string;
  const words = raw.split(/\s+/);
  if (words.slice(0, -1).some((w) => INNER_PARTICLE.test(w)) || /[.,:;!?()]/.test(raw.replace(/\([^()]*\)$/, ""))) return null;
  return { raw };
}

/**
 * Reads a line as `readNamedLine` does, and also as the other ways students define a name: after an answer marker
 * (`A: **Kubernetes** is …`), with an arrow (`ALB -> 7계층 로드 밸런서`) or as a sentence about an emphasised name.
 */
export function readEntryLine(text: string): NamedLine {
  const body = text.length > 1 && QA_MARK.test(text) ? text.replace(QA_MARK, "") : text;
  const line = readNamedLine(body);
  if (line.form !== "plain") return line;
  const arrow = body.indexOf(">") >= 0 || body.indexOf("→") >= 0 || body.indexOf("⇒") >= 0 ? ARROW.exec(line.nameRaw) : null;
  if (arrow) {
    const name = cleanName(unwrap(arrow[1] as string));
    if (name !== "" && isNameShaped(name)) {
      return { name, nameRaw: arrow[1] as string, definition: clipDefinition(arrow[2] as string), form: "colon", pinned: line.pinned, emphasized: lastWrapped };
    }
  }
  const prose = body.indexOf("**") >= 0 || body.indexOf("==") >= 0 || body.indexOf("<mark") >= 0 ? PROSE.exec(line.nameRaw) : null;
  if (prose) {
    const name = cleanName(unwrap(prose[1] as string));
    if (name !== "" && isNameShaped(name)) {
      return { name, nameRaw: prose[1] as string, definition: clipDefinition(line.nameRaw), form: "prose", pinned: line.pinned, emphasized: true };
    }
  }
  const first = line.nameRaw.charCodeAt(0);
  const korean = isAsciiAlnum(first) && hasHangul(line.nameRaw) ? koreanProseName(line.nameRaw) : null;
  if (korean) {
    const name = cleanName(korean.raw);
    if (name !== "" && isNameShaped(name)) {
      return { name, nameRaw: korean.raw, definition: clipDefinition(line.nameRaw), form: "prose", pinned: line.pinned, emphasized: false };
    }
  }
  return line;
}
