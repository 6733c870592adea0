/** Note text for Obsidian's markdown renderer: HTML written in a note shows as text; markdown still renders. */

/** Escapes `&`, `<` and `>`, so the text is never read as HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * {@link escapeHtml} outside code spans: inside `` `…` `` markdown shows characters as written (an escape there
 * would show as `&lt;`), and no HTML is read there anyway. A backtick run with no closing run of the same length is
 * plain text, as in markdown.
 */
export function escapeHtmlOutsideCode(markdown: string): string {
  let out = "";
  let plainFrom = 0;
  let i = 0;
  while (i < markdown.length) {
    if (markdown.charCodeAt(i) !== 0x60) {
      i++;
      continue;
    }
    let run = i;
    while (run < markdown.length && markdown.charCodeAt(run) === 0x60) run++;
    const ticks = markdown.slice(i, run);
    const close = closingRun(markdown, run, ticks.length);
    if (close < 0) {
      i = run;
      continue;
    }
    out += escapeHtml(markdown.slice(plainFrom, i)) + markdown.slice(i, close + ticks.length);
    plainFrom = i = close + ticks.length;
  }
  return out + escapeHtml(markdown.slice(plainFrom));
}

/** Start of the next run of exactly `length` backticks at or after `from`, or -1. */
function closingRun(text: string, from: number, length: number): number {
  let i = text.indexOf("`", from);
  while (i >= 0) {
    let end = i;
    while (end < text.length && text.charCodeAt(end) === 0x60) end++;
    if (end - i === length) return i;
    i = text.indexOf("`", end);
  }
  return -1;
}
