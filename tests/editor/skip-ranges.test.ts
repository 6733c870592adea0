import { isSkippedNode } from "../../src/editor/skip-ranges";

/**
 * Node names of Obsidian's own editor: HyperMD token classes joined with `_`, as plugins that read Obsidian's
 * syntax tree document them (the editor there is not @lezer/markdown's).
 */
const OBSIDIAN_SKIPPED = [
  "hmd-codeblock", "HyperMD-codeblock_HyperMD-codeblock-begin", "HyperMD-codeblock_HyperMD-codeblock-bg",
  "inline-code", "formatting-code_inline-code", "formatting-code-block_hmd-codeblock",
  "hmd-frontmatter", "def_hmd-frontmatter", "math", "formatting-math_formatting-math-begin_math",
  "hmd-internal-link", "hmd-internal-link_link-has-alias", "formatting-link_formatting-link-start",
  "link", "string_url", "url", "comment", "formatting-comment", "hashtag_hashtag-begin_meta",
  "header_header-2", "HyperMD-header_HyperMD-header-2", "formatting-header_formatting-header-1_header_header-1",
  "tag", "attribute", "string", "hmd-html-begin",
];

/** Prose: emphasis, highlights, lists, quotes, callouts and tables are read and marked. */
const OBSIDIAN_MARKED = [
  "strong", "em", "highlight", "formatting-highlight", "list-1", "HyperMD-list-line_HyperMD-list-line-1",
  "quote_quote-1", "HyperMD-quote_HyperMD-quote-1", "hmd-callout", "hmd-table-sep", "HyperMD-table-row",
  "strikethrough", "formatting-list_formatting-list-ul_list-1", "hmd-escape-backslash",
];

/** The same for @lezer/markdown, which the browser harness and the unit tests use. */
const LEZER_SKIPPED = ["FencedCode", "CodeBlock", "InlineCode", "URL", "Link", "Autolink", "Image", "HTMLBlock", "HTMLTag", "Comment", "ATXHeading2", "SetextHeading1"];
const LEZER_MARKED = ["Paragraph", "BulletList", "ListItem", "Blockquote", "Emphasis", "StrongEmphasis", "Table", "TableCell", "Strikethrough", "Document"];

describe("what the editor leaves unmarked, by syntax node", () => {
  it.each(OBSIDIAN_SKIPPED)("skips Obsidian's %s", (name) => expect(isSkippedNode(name)).toBe(true));
  it.each(OBSIDIAN_MARKED)("marks inside Obsidian's %s", (name) => expect(isSkippedNode(name)).toBe(false));
  it.each(LEZER_SKIPPED)("skips @lezer/markdown's %s", (name) => expect(isSkippedNode(name)).toBe(true));
  it.each(LEZER_MARKED)("marks inside @lezer/markdown's %s", (name) => expect(isSkippedNode(name)).toBe(false));
});
