/**
 * Reading view: wraps glossary terms in rendered markdown in `<span class="anc-term" data-term-id=…>`, leaving code,
 * preformatted text, links, headings, math, frontmatter and already-marked text alone. Each text node is matched on
 * its own, so a term split by formatting (`Amazon **EC2**`) is not marked.
 */
// Brings in Obsidian's DOM helpers (`createEl`, `createDiv`, `createSpan`) as types only.
import type {} from "obsidian";
import type { TermMatcher } from "../core/matcher/matcher";
import { TERM_CLASS, TERM_ID_ATTRIBUTE } from "./term-marks";

/** Rendered elements whose text is never marked. */
export const READING_SKIP_SELECTOR = [
  "code", "pre", "a", "h1", "h2", "h3", "h4", "h5", "h6", "script", "style", "textarea", "button", "svg",
  `.${TERM_CLASS}`, ".math", ".frontmatter", ".frontmatter-container", ".internal-link", ".external-link",
].join(", ");

/** Whether terms are marked in text inside this element (false also for other uses of the filter). */
function isMarkable(parent: Element | null): boolean {
  return parent !== null && parent.closest(READING_SKIP_SELECTOR) === null;
}

/** Marks the terms `matcher` finds in the text under `root`; returns how many were marked. */
export function markReadingTerms(root: HTMLElement, matcher: TermMatcher, skipTermIds?: ReadonlySet<string>): number {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const text = node as Text;
    if (text.data.trim().length >= 2 && isMarkable(text.parentElement)) texts.push(text);
  }
  let marked = 0;
  for (const text of texts) {
    const parent = text.parentElement;
    if (!parent) continue;
    const matches = matcher.findTerms(text.data).filter((m) => !skipTermIds?.has(m.termId));
    // Right to left, so earlier offsets stay valid while the node is split.
    for (let i = matches.length - 1; i >= 0; i--) {
      const m = matches[i];
      if (!m) continue;
      if (m.to < text.length) text.splitText(m.to);
      const middle = m.from > 0 ? text.splitText(m.from) : text;
      const span = parent.createSpan({ cls: TERM_CLASS, text: middle.data, attr: { [TERM_ID_ATTRIBUTE]: m.termId } });
      middle.replaceWith(span);
      marked++;
    }
  }
  return marked;
}

/** The term id of the marked term an event happened on (for hover and tap handlers in reading view), or null. */
export function findMarkedTermId(target: EventTarget | null): string | null {
  if (!target || typeof (target as Partial<Element>).closest !== "function") return null;
  return (target as Element).closest(`.${TERM_CLASS}`)?.getAttribute(TERM_ID_ATTRIBUTE) ?? null;
}
