/**
 * First pass over a note: finds frontmatter, fenced code, math blocks and comments, and blanks them out so that
 * nothing inside them can become a term or a highlight. Line numbers and offsets are kept.
 */
import { measureIndent } from "./text";

/** The note's lines with everything that is not prose blanked, plus the raw frontmatter lines. */
export interface ProseLines {
  /** Same length as the input; skipped lines are "" and comment spans are spaces. */
  lines: string[];
  frontmatter: string[];
}

const FENCE = /^(`{3,}|~{3,})/;

/** Index of the frontmatter's closing line, or -1 when the note has no (closed) frontmatter. */
function frontmatterEnd(lines: readonly string[]): number {
  if ((lines[0] ?? "").trimEnd() !== "---") return -1;
  for (let i = 1; i < lines.length; i++) {
    const t = (lines[i] as string).trimEnd();
    if (t === "---" || t === "...") return i;
  }
  return -1;
}

/** Strips leading white space and blockquote markers, where a fence or `$$` may stand. */
function blockStart(line: string): string {
  let s = line.slice(measureIndent(line).length);
  while (s.startsWith(">")) s = s.slice(1).replace(/^[ \t\u00a0]+/, "");
  return s;
}

type CommentKind = "html" | "percent" | null;

/** Blanks comment spans of one line; returns the blanked line and whether a comment is still open at its end. */
function blankComments(line: string, open: CommentKind): { text: string; open: CommentKind } {
  if (open === null && line.indexOf("<!--") < 0 && line.indexOf("%%") < 0) return { text: line, open };
  let out = "";
  let i = 0;
  let state = open;
  while (i < line.length) {
    if (state === null) {
      const html = line.indexOf("<!--", i);
      const pct = line.indexOf("%%", i);
      if (html < 0 && pct < 0) { out += line.slice(i); break; }
      const at = html < 0 ? pct : pct < 0 ? html : Math.min(html, pct);
      out += line.slice(i, at);
      state = at === html ? "html" : "percent";
      const width = state === "html" ? 4 : 2;
      out += " ".repeat(width);
      i = at + width;
    } else {
      const closer = state === "html" ? "-->" : "%%";
      const end = line.indexOf(closer, i);
      if (end < 0) { out += " ".repeat(line.length - i); break; }
      out += " ".repeat(end + closer.length - i);
      i = end + closer.length;
      state = null;
    }
  }
  return { text: out, open: state };
}

/** Whether the first character after the line's indentation is one a fence, `$$` or a quote marker starts with. */
function mayOpenBlock(line: string): boolean {
  const c = line.charCodeAt(measureIndent(line).length);
  return c === 0x60 || c === 0x7e || c === 0x24 || c === 0x3e;
}

/** Blanks frontmatter, fenced code, `$$` math blocks, HTML comments and `%%` comments. Linear in the note. */
export function blankNonProse(lines: readonly string[]): ProseLines {
  const out: string[] = new Array<string>(lines.length).fill("");
  const fmEnd = frontmatterEnd(lines);
  const frontmatter = fmEnd > 0 ? lines.slice(1, fmEnd) : [];
  let fence: string | null = null;
  let math = false;
  let comment: CommentKind = null;
  for (let i = fmEnd + 1; i < lines.length; i++) {
    const raw = lines[i] as string;
    if (fence !== null) {
      const start = blockStart(raw);
      if (start.startsWith(fence) && start.slice(fence.length).replace(new RegExp(`^\\${fence[0] as string}*`), "").trim() === "") {
        fence = null;
      }
      continue;
    }
    if (math) {
      if (raw.indexOf("$$") >= 0) math = false;
      continue;
    }
    const { text, open } = blankComments(raw, comment);
    comment = open;
    // Only a line whose first mark is a backtick, a tilde, `$` or `>` can open a fence or a math block.
    if (!mayOpenBlock(text)) {
      out[i] = text;
      continue;
    }
    const start = blockStart(text);
    const f = FENCE.exec(start);
    if (f && !(f[1]?.startsWith("`") && start.slice(f[0].length).includes("`"))) {
      fence = f[1] as string;
      continue;
    }
    if (start.startsWith("$$")) {
      const rest = start.slice(2);
      if (rest.indexOf("$$") < 0) math = true;
      continue;
    }
    out[i] = text;
  }
  return { lines: out, frontmatter };
}
