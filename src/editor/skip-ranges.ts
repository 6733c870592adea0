/**
 * Where terms are never marked: code, links, URLs, frontmatter, math, comments, raw HTML (attribute values too) and
 * headings, read from the syntax tree. Obsidian's editor names its nodes after HyperMD's token classes, joined with
 * `_` (`hmd-internal-link_link-has-alias`, `HyperMD-codeblock_HyperMD-codeblock-bg`, `formatting-code_inline-code`,
 * `header_header-2`); @lezer/markdown names them `FencedCode`, `InlineCode`, `URL`, `Link`, `ATXHeading2`, `HTMLTag`
 * and so on. A node is skipped when its lower-cased name contains one of {@link SKIPPED_NODE_PARTS}, or when one of
 * its `_`-separated classes is one of {@link SKIPPED_NODE_CLASSES} (HTML inside a line: `tag`, `attribute`, `string`).
 * Headings are left alone as in reading view, where a heading is never marked.
 */
import { syntaxTree } from "@codemirror/language";
import type { EditorState } from "@codemirror/state";

/** Name fragments of syntax nodes whose text is not prose. */
export const SKIPPED_NODE_PARTS: readonly string[] = [
  "code", "url", "link", "image", "math", "comment", "frontmatter", "html", "hashtag", "processinginstruction",
  "heading", "header",
];

/** Whole token classes of HTML written inside a line (too short to match as fragments). */
export const SKIPPED_NODE_CLASSES: ReadonlySet<string> = new Set(["tag", "attribute", "string"]);

const skippedNames = new Map<string, boolean>();

/** Whether text inside a syntax node with this name is left unmarked. */
export function isSkippedNode(name: string): boolean {
  let skipped = skippedNames.get(name);
  if (skipped === undefined) {
    const lower = name.toLowerCase();
    skipped = SKIPPED_NODE_PARTS.some((part) => lower.includes(part)) || lower.split(/[_\s]+/).some((c) => SKIPPED_NODE_CLASSES.has(c));
    skippedNames.set(name, skipped);
  }
  return skipped;
}

/** A half-open document range. */
export interface DocRange {
  from: number;
  to: number;
}

/** Frontmatter at the top of the document (`---` … `---` or `...`), found from the text in case the tree lacks it. */
export function findFrontmatter(state: EditorState): DocRange | null {
  const doc = state.doc;
  if (doc.lines < 2 || doc.line(1).text.trimEnd() !== "---") return null;
  const last = Math.min(doc.lines, 500);
  for (let n = 2; n <= last; n++) {
    const text = doc.line(n).text.trimEnd();
    if (text === "---" || text === "...") return { from: 0, to: doc.line(n).to };
  }
  return null;
}

/** Sorted, non-overlapping ranges inside `[from, to)` where terms are not marked. */
export function collectSkipRanges(state: EditorState, from: number, to: number): DocRange[] {
  const ranges: DocRange[] = [];
  const frontmatter = findFrontmatter(state);
  if (frontmatter && frontmatter.to > from) ranges.push(frontmatter);
  syntaxTree(state).iterate({
    from,
    to,
    enter(node) {
      if (!isSkippedNode(node.name)) return undefined;
      ranges.push({ from: node.from, to: node.to });
      return false;
    },
  });
  ranges.sort((a, b) => a.from - b.from);
  const merged: DocRange[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r.from <= last.to) last.to = Math.max(last.to, r.to);
    else merged.push({ ...r });
  }
  return merged;
}
