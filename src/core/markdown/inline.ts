/** Inline spans of one line: highlights (`==…==`, `<mark …>…</mark>`, optionally `**…**`) and markup stripping. */
import { foldSpaces } from "./text";

/** How a phrase was highlighted in the note. */
export type HighlightKind = "equals" | "mark" | "bold";

/** A highlighted span of a line: `from`/`to` cover the markup, `innerFrom`/`innerTo` the highlighted text. */
export interface InlineHighlight {
  from: number;
  to: number;
  innerFrom: number;
  innerTo: number;
  kind: HighlightKind;
  color?: string;
}

/** Which highlight syntaxes count. */
export interface HighlightSyntax {
  equals: boolean;
  mark: boolean;
  bold: boolean;
}

/** Marks the characters inside inline code spans (`` `…` ``), which never hold highlights. */
export function inlineCodeMask(line: string): Uint8Array | null {
  if (line.indexOf("`") < 0) return null;
  const mask = new Uint8Array(line.length);
  let i = 0;
  while (i < line.length) {
    if (line.charCodeAt(i) !== 0x60) { i++; continue; }
    let run = 0;
    while (line.charCodeAt(i + run) === 0x60) run++;
    const fence = "`".repeat(run);
    let close = line.indexOf(fence, i + run);
    // A closing run must be exactly as long as the opening one.
    while (close >= 0 && line.charCodeAt(close + run) === 0x60) {
      let next = close;
      while (line.charCodeAt(next) === 0x60) next++;
      close = line.indexOf(fence, next);
    }
    if (close < 0) { i += run; continue; }
    mask.fill(1, i, close + run);
    i = close + run;
  }
  return mask;
}

const isBlank = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0xa0;

/** Positions of every `token` in `line`, in order (linear: one indexOf pass). */
function positionsOf(line: string, token: string): number[] {
  const out: number[] = [];
  let at = line.indexOf(token);
  while (at >= 0) {
    out.push(at);
    at = line.indexOf(token, at + token.length);
  }
  return out;
}

/** True when the character at `at` follows an odd run of backslashes (`\==` is two literal equals signs). */
function isEscaped(line: string, at: number): boolean {
  let n = 0;
  while (at - n - 1 >= 0 && line.charCodeAt(at - n - 1) === 0x5c) n++;
  return n % 2 === 1;
}

/** `==…==` and `**…**` pairs: an opener is not followed by a space, a closer not preceded by one. */
function findPaired(line: string, token: string, kind: HighlightKind, code: Uint8Array | null): InlineHighlight[] {
  const out: InlineHighlight[] = [];
  const all = positionsOf(line, token).filter((p) => (!code || code[p] !== 1) && !isEscaped(line, p));
  const width = token.length;
  let k = 0;
  while (k < all.length) {
    const open = all[k] as number;
    const first = line.charCodeAt(open + width);
    if (Number.isNaN(first) || isBlank(first) || line.startsWith(token[0] as string, open + width)) { k++; continue; }
    let j = k + 1;
    while (j < all.length) {
      const close = all[j] as number;
      if (close >= open + width + 1 && !isBlank(line.charCodeAt(close - 1))) break;
      j++;
    }
    if (j >= all.length) break;
    const close = all[j] as number;
    out.push({ from: open, to: close + width, innerFrom: open + width, innerTo: close, kind });
    k = j + 1;
  }
  return out;
}

const BACKGROUND = /background(?:-color)?\s*:\s*([^;"']+)/i;

/** `<mark …>…</mark>` spans, with Highlightr's background colour when the tag has one. Linear in the line. */
function findMarks(line: string, code: Uint8Array | null): InlineHighlight[] {
  const out: InlineHighlight[] = [];
  const lower = line.toLowerCase();
  let at = lower.indexOf("<mark");
  while (at >= 0) {
    const after = lower.charCodeAt(at + 5);
    if (!(after === 0x3e || after === 0x2f || isBlank(after) || after === 0x0a)) {
      at = lower.indexOf("<mark", at + 5);
      continue;
    }
    const tagEnd = lower.indexOf(">", at + 5);
    if (tagEnd < 0) break; // no tag closes after this point, so no later opener can either
    const close = lower.indexOf("</mark>", tagEnd + 1);
    if (close < 0) break;
    if (code && code[at] === 1) {
      at = lower.indexOf("<mark", at + 5);
      continue;
    }
    const color = BACKGROUND.exec(line.slice(at, tagEnd))?.[1]?.trim().toLowerCase();
    out.push({ from: at, to: close + 7, innerFrom: tagEnd + 1, innerTo: close, kind: "mark", ...(color ? { color } : {}) });
    at = lower.indexOf("<mark", close + 7);
  }
  return out;
}

/** Every highlight of a line, outside inline code, without overlaps (the outer span wins), in line order. */
export function findHighlights(line: string, syntax: HighlightSyntax): InlineHighlight[] {
  const code = inlineCodeMask(line);
  // Joined by `concat`, not `push(...list)`: a line can hold more highlights than a call can take arguments.
  let found: InlineHighlight[] = [];
  if (syntax.mark) found = found.concat(findMarks(line, code));
  if (syntax.equals && line.indexOf("==") >= 0) found = found.concat(findPaired(line, "==", "equals", code));
  if (syntax.bold && line.indexOf("**") >= 0) found = found.concat(findPaired(line, "**", "bold", code));
  found.sort((a, b) => a.from - b.from || b.to - a.to);
  const out: InlineHighlight[] = [];
  let end = -1;
  for (const h of found) {
    if (h.from < end) continue;
    out.push(h);
    end = h.to;
  }
  return out;
}

// The private-use character \ue000 marks a cloze blank (prompt.ts): a tag never swallows it.
const FORMAT_TAG = /<\/?(?:mark|span|font|b|strong|i|em|u|s|del|ins|sub|sup|small|big|div|p|center|a|img|kbd|code|br)(?:\s[^<>\ue000]*)?\/?>/gi;
const BREAK_TAG = /<br\s*\/?>/gi;
// Brackets and parentheses are kept out of the inner classes, so a failed try stops at the next one (runs of `[[[[`
// or `[a](` stay linear).
const WIKI_EMBED = /!\[\[[^[\]]*\]\]/g;
const MD_EMBED = /!\[[^[\]]*\]\([^()\s]*(?:\s"[^"()]*")?\)/g;
const WIKI_LINK = /\[\[([^[\]|]*)(?:\|([^[\]]*))?\]\]/g;
const MD_LINK = /\[([^[\]]*)\]\([^()\s]*(?:\s"[^"()]*")?\)/g;
/** `__strong__` and `_emphasis_` between non-word characters (`snake_case` stays). */
const UNDERSCORE = /(^|[^\p{L}\p{N}_])_{1,2}(?=[^\s_])([^_]*?[^\s_])_{1,2}(?![\p{L}\p{N}_])/gu;
/** `*emphasis*` with a non-blank first and last character. */
const STAR = /(^|[^*])\*(?=[^\s*])([^*]*?[^\s*])\*(?!\*)/g;
/** A block id (`^abc123`) or a hard break (`\`) at the end of a line. */
const LINE_TAIL = /(?:\s\^[A-Za-z0-9-]+|\\)\s*$/;

/** A character any markup `stripMarkup` removes starts with. */
const MARKUP_CHAR = /[<[=*~`_^$\\>]/;

let lastText = "";
let lastPlain = "";

/**
 * Markup to plain text as a reader sees it: formatting tags, `==`, `**`, `*`, `_`, `~~`, `$$`, link syntax, a quote
 * marker, a block id and a hard break removed, embedded images dropped, white space folded. Any other HTML
 * (`<script>`) stays as literal text — it is never rendered as HTML.
 */
export function stripMarkup(text: string): string {
  if (text.length === 0) return "";
  // The parser strips a line to read its name and again for its plain text: the second time is free.
  if (text === lastText) return lastPlain;
  const plain = MARKUP_CHAR.test(text) ? stripTags(text) : foldSpaces(text);
  lastText = text;
  lastPlain = plain;
  return plain;
}

/**
 * The markup stripping itself, for text with a character markup starts with. A code span (a run of backticks closed by
 * a run of the same length) keeps its text as written; an unclosed run is literal text and is dropped like any other.
 */
function stripTags(text: string): string {
  if (text.indexOf("`") < 0) return foldSpaces(stripOutsideCode(text));
  let out = "";
  let from = 0;
  let i = 0;
  while (i < text.length) {
    if (text.charCodeAt(i) !== 0x60) { i++; continue; }
    let run = 0;
    while (text.charCodeAt(i + run) === 0x60) run++;
    const close = closingRun(text, i + run, run);
    if (close < 0) { i += run; continue; }
    out += stripOutsideCode(text.slice(from, i)).replace(/`+/g, "") + text.slice(i + run, close);
    i = close + run;
    from = i;
  }
  return foldSpaces(out + stripOutsideCode(text.slice(from)).replace(/`+/g, ""));
}

/** Start of the first run of exactly `run` backticks at or after `from`, or -1. */
function closingRun(text: string, from: number, run: number): number {
  let at = text.indexOf("`", from);
  while (at >= 0) {
    let end = at;
    while (text.charCodeAt(end) === 0x60) end++;
    if (end - at === run) return at;
    at = text.indexOf("`", end);
  }
  return -1;
}

/** Every markup step but code spans. Each step runs only when it can apply. */
function stripOutsideCode(text: string): string {
  let s = text;
  if (s.charCodeAt(0) === 0x3e || (s.indexOf(">") >= 0 && /^\s*>/.test(s))) s = s.replace(/^(?:\s*>)+\s?/, "");
  if (s.indexOf("<") >= 0) s = s.replace(BREAK_TAG, " ").replace(FORMAT_TAG, "");
  if (s.indexOf("[") >= 0) {
    if (s.indexOf("![") >= 0) s = s.replace(WIKI_EMBED, "").replace(MD_EMBED, "");
    if (s.indexOf("[[") >= 0) s = s.replace(WIKI_LINK, (_m, target: string, alias?: string) => alias ?? target);
    if (s.indexOf("](") >= 0) s = s.replace(MD_LINK, (_m, label: string) => label);
  }
  if (s.indexOf("==") >= 0) s = s.replace(/={2,}/g, "");
  if (s.indexOf("**") >= 0) s = s.replace(/\*{2,}/g, "");
  if (s.indexOf("*") >= 0) s = s.replace(STAR, "$1$2");
  if (s.indexOf("_") >= 0) s = s.replace(UNDERSCORE, "$1$2");
  if (s.indexOf("~~") >= 0) s = s.replace(/~~/g, "");
  if (s.indexOf("$$") >= 0) s = s.replace(/\${2,}/g, "");
  if (s.indexOf("^") >= 0 || s.indexOf("\\") >= 0) s = s.replace(LINE_TAIL, "");
  return s;
}
