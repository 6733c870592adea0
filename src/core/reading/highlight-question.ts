/**
 * The question and context of a highlight that is its whole line (`- ==…==`, `## ==Mock==`): the line leaves nothing to
 * ask with, so the card asks with the line above it (its outline parent, or a question just before it) and shows the
 * lines nearest to it: its own child lines first (the definition of a highlighted name), else its siblings.
 */
import type { OutlineNode } from "../markdown/outline";

/** A line of the note as plain text. */
export interface PlainLine {
  line: number;
  text: string;
}

/** A one-letter label a line may start with (`A: `, `Q. `, `1) `): it asks nothing by itself. */
const LETTER_LABEL = /^\s*[A-Za-z0-9][.:)]\s*/;
/** A line that asks or introduces what follows. */
const ASKS = /[?:？：]\s*$/;
/** A line that ends a sentence. */
const SENTENCE_END = /[.!。！]$/;

/** True when the prompt holds no letters besides the blanks and a one-letter label (`A: [...]`): its whole line is highlighted. */
export function isWholeLine(parts: readonly string[]): boolean {
  for (let k = 0; k < parts.length; k++) {
    const p = k === 0 ? (parts[0] as string).replace(LETTER_LABEL, "") : (parts[k] as string);
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      if (((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || (c >= 0x80 && /\p{L}/u.test(p.charAt(i)))) return false;
    }
  }
  return true;
}

const parents = new WeakMap<OutlineNode, Map<OutlineNode, OutlineNode>>();

/** The outline parent of a node of `root`'s tree (the root for top-level blocks); one walk per outline. */
export function outlineParent(root: OutlineNode, node: OutlineNode): OutlineNode {
  let map = parents.get(root);
  if (!map) {
    map = new Map();
    const todo: OutlineNode[] = [root];
    while (todo.length > 0) {
      const n = todo.pop() as OutlineNode;
      for (const c of n.children) {
        map.set(c, n);
        todo.push(c);
      }
    }
    parents.set(root, map);
  }
  return map.get(node) ?? root;
}

/** Index of the first line at or after `line` in lines sorted by line. */
function firstAt(lines: readonly PlainLine[], line: number): number {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((lines[mid] as PlainLine).line < line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The text of one line, or "" when it has none. */
export function textAt(lines: readonly PlainLine[], line: number): string {
  const l = lines[firstAt(lines, line)];
  return l !== undefined && l.line === line ? l.text : "";
}

/** The question a whole-line highlight asks with: a question just before it, else its parent line, else the line before. */
export function questionFor(lines: readonly PlainLine[], parent: OutlineNode, node: OutlineNode): string {
  const before = lines[firstAt(lines, node.line) - 1];
  const previous = before !== undefined && before.line > parent.line ? before.text : "";
  if (previous !== "" && ASKS.test(previous)) return previous;
  const own = parent.line >= 0 ? textAt(lines, parent.line) : "";
  if (own !== "") return own;
  return before?.text ?? "";
}

/** The question as the start of a prompt: `Pricing: `, `Q: What is X? `. */
export function asQuestion(question: string): string {
  const q = question.trim();
  return ASKS.test(q) || SENTENCE_END.test(q) ? `${q} ` : `${q}: `;
}

/** Last line of a node's own text: a heading's ends before its first subheading. */
function ownEnd(node: OutlineNode): number {
  if (node.kind !== "heading") return node.endLine;
  const sub = node.children.find((c) => c.kind === "heading");
  return sub ? sub.line - 1 : node.endLine;
}

/** Up to `max` lines below the node that belong to it (a highlighted name's definition). */
function childLines(lines: readonly PlainLine[], node: OutlineNode, max: number): string[] {
  const out: string[] = [];
  const end = ownEnd(node);
  for (let k = firstAt(lines, node.line + 1); k < lines.length && out.length < max; k++) {
    const l = lines[k] as PlainLine;
    if (l.line > end) break;
    if (l.text !== "") out.push(l.text);
  }
  return out;
}

/** Up to `max` sibling lines nearest the node (headings left out), in note order; `skip` is the question's text. */
function siblingLines(lines: readonly PlainLine[], parent: OutlineNode, node: OutlineNode, max: number, skip: string): string[] {
  const kids = parent.children;
  let at = 0;
  let hi = kids.length;
  while (at < hi) {
    const mid = (at + hi) >> 1;
    if ((kids[mid] as OutlineNode).line < node.line) at = mid + 1;
    else hi = mid;
  }
  const picked: PlainLine[] = [];
  let left = at - 1;
  let right = at + 1;
  const take = (k: number): void => {
    const c = kids[k] as OutlineNode;
    if (c.kind === "heading") return;
    const text = textAt(lines, c.line);
    if (text !== "" && text !== skip) picked.push({ line: c.line, text });
  };
  while (picked.length < max && (left >= 0 || right < kids.length)) {
    if (left >= 0) take(left--);
    if (picked.length < max && right < kids.length) take(right++);
  }
  return picked.sort((a, b) => a.line - b.line).map((l) => l.text);
}

/** The context of a whole-line highlight: the node's own child lines, else the sibling lines nearest to it. */
export function wholeLineContext(lines: readonly PlainLine[], parent: OutlineNode, node: OutlineNode, max: number, question: string): string[] {
  const own = childLines(lines, node, max);
  return own.length > 0 ? own : siblingLines(lines, parent, node, max, question);
}
