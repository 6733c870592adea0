/** Lines -> outline: headings, list items, paragraphs and callouts as a tree, the way a reader nests them. */
import { isTrimmedChar, measureIndent } from "./text";

/** What kind of block a node is. */
export type OutlineKind = "root" | "heading" | "item" | "paragraph" | "callout";

/** One block of the outline. `text` keeps inline markup; markers, checkboxes and heading hashes are removed. */
export interface OutlineNode {
  kind: OutlineKind;
  /** 0-based line index (-1 for the root). */
  line: number;
  /** 0-based index of the last line this node and its children cover. */
  endLine: number;
  indent: number;
  /** Heading level 1-6; 0 for everything else. */
  level: number;
  text: string;
  children: OutlineNode[];
}

const HEADING = /^(#{1,6})(?:[ \t\u00a0]|$)/;
/** Quote levels read as callouts; deeper `>` runs are plain text (each level is parsed on its own). */
const MAX_QUOTE_DEPTH = 16;

/** A heading's text: blanks and a closing run of `#` removed from the end, by a scan (no backtracking regex). */
function headingText(rest: string): string {
  let end = rest.length;
  const blank = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0xa0;
  while (end > 0 && blank(rest.charCodeAt(end - 1))) end--;
  let hashes = end;
  while (hashes > 0 && rest.charCodeAt(hashes - 1) === 0x23) hashes--;
  if (hashes < end && (hashes === 0 || blank(rest.charCodeAt(hashes - 1)))) {
    end = hashes;
    while (end > 0 && blank(rest.charCodeAt(end - 1))) end--;
  }
  let start = 0;
  while (start < end && blank(rest.charCodeAt(start))) start++;
  return rest.slice(start, end);
}
/**
 * Length of the list marker a line starts with, the blanks after it included (`- `, `* `, `+ `, `1. `, `12) `, or
 * the marker alone at the end of the line); 0 when the line is no list item.
 */
export function markerLength(body: string): number {
  const c = body.charCodeAt(0);
  let at: number;
  if (c === 0x2d || c === 0x2a || c === 0x2b) at = 1;
  else if (c >= 0x30 && c <= 0x39) {
    at = 1;
    while (at < 9 && isDigit(body.charCodeAt(at))) at++;
    const close = body.charCodeAt(at);
    if (close !== 0x2e && close !== 0x29) return 0;
    at++;
  } else return 0;
  if (at === body.length) return at;
  if (!isMarkerBlank(body.charCodeAt(at))) return 0;
  while (at < body.length && isMarkerBlank(body.charCodeAt(at))) at++;
  return at;
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isMarkerBlank = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0xa0;
const CHECKBOX = /^\[[ xX/-]\][ \t\u00a0]+/;
const RULE = /^(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;

interface Open {
  node: OutlineNode;
  /** Lowest indentation a child list item may have. */
  childMin: number;
  /** Lowest indentation a continuation paragraph may have (a list item's content column). */
  paragraphMin: number;
  /** A paragraph adopts a list only when it is a single line directly above it. */
  single: boolean;
}

function newNode(kind: OutlineKind, line: number, indent: number, text: string, level = 0): OutlineNode {
  return { kind, line, endLine: line, indent, level, text, children: [] };
}

/** Sets every node's `endLine` to the last line of its subtree, without recursion (nesting may be deep). */
function closeEnds(root: OutlineNode): void {
  const order: OutlineNode[] = [];
  const todo: OutlineNode[] = [root];
  while (todo.length > 0) {
    const n = todo.pop() as OutlineNode;
    order.push(n);
    for (const c of n.children) todo.push(c);
  }
  for (let k = order.length - 1; k >= 0; k--) {
    const n = order[k] as OutlineNode;
    for (const c of n.children) if (c.endLine > n.endLine) n.endLine = c.endLine;
  }
}

/** Builds the outline of blanked prose lines (see `blankNonProse`); `lineOffset` numbers nested callout bodies. */
export function parseOutline(lines: readonly string[], lineOffset = 0, depth = 0): OutlineNode {
  const root = newNode("root", -1, -1, "");
  root.endLine = lineOffset + lines.length - 1;
  const sections: OutlineNode[] = [root];
  let stack: Open[] = [];
  let lastParagraph = -2;
  const container = (): OutlineNode => sections[sections.length - 1] as OutlineNode;

  let i = 0;
  while (i < lines.length) {
    const raw = lines[i] as string;
    const at = lineOffset + i;
    const { columns, length } = measureIndent(raw);
    const body = raw.slice(length);
    // Blank unless the rest starts with a character `trim` would remove (the indent took every blank it knows).
    if (body.length === 0 || (isTrimmedChar(body.charCodeAt(0)) && body.trim() === "")) { i++; continue; }
    const first = body.charCodeAt(0);

    if (columns <= 3 && body.startsWith(">") && depth < MAX_QUOTE_DEPTH) {
      const quoted: string[] = [];
      let j = i;
      while (j < lines.length) {
        const q = lines[j] as string;
        const qb = q.slice(measureIndent(q).length);
        if (!qb.startsWith(">")) break;
        quoted.push(qb.slice(1).replace(/^[ \t\u00a0]/, ""));
        j++;
      }
      const titleMatch = /^\[!([^\]]*)\][+-]?[ \t\u00a0]*(.*)$/.exec(quoted[0] ?? "");
      if (titleMatch) quoted[0] = "";
      const callout = newNode("callout", at, columns, titleMatch ? (titleMatch[2] ?? "") : "");
      callout.children = parseOutline(quoted, at, depth + 1).children;
      callout.endLine = lineOffset + j - 1;
      attach(callout, columns, false);
      i = j;
      continue;
    }

    const heading = columns <= 3 && first === 0x23 ? HEADING.exec(body) : null;
    if (heading) {
      const level = (heading[1] as string).length;
      while (sections.length > 1 && (sections[sections.length - 1] as OutlineNode).level >= level) sections.pop();
      const node = newNode("heading", at, 0, headingText(body.slice(level)), level);
      container().children.push(node);
      sections.push(node);
      stack = [];
      i++;
      continue;
    }

    // A thematic break is made of `-`, `*` or `_`.
    if (columns <= 3 && (first === 0x2d || first === 0x2a || first === 0x5f) && RULE.test(body.trimEnd())) {
      stack = [];
      i++;
      continue;
    }

    const marker = markerLength(body);
    if (marker > 0) {
      const rest = body.slice(marker);
      const text = rest.charCodeAt(0) === 0x5b ? rest.replace(CHECKBOX, "") : rest;
      attach(newNode("item", at, columns, text), columns, true, columns + marker);
    } else {
      attach(newNode("paragraph", at, columns, body), columns, false);
      lastParagraph = at;
    }
    i++;
  }
  closeEnds(root);
  return root;

  /** Puts a node under the innermost open block that can hold it, and opens it for children. */
  function attach(node: OutlineNode, columns: number, isItem: boolean, contentColumn = columns + 1): void {
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as Open;
      const adopts = top.node.children.length > 0 || (top.single && top.node.line === node.line - 1);
      const fits = columns >= (isItem ? top.childMin : top.paragraphMin) &&
        (top.node.kind !== "paragraph" || (isItem && adopts));
      if (fits) break;
      stack.pop();
    }
    const parent = stack.length > 0 ? (stack[stack.length - 1] as Open).node : container();
    parent.children.push(node);
    if (node.kind === "paragraph") {
      // A lone line directly followed by a list is read as that list's header (`Amazon EMR` above its bullets).
      stack.push({ node, childMin: columns, paragraphMin: columns, single: lastParagraph !== node.line - 1 });
    } else stack.push({ node, childMin: columns + 1, paragraphMin: Math.max(columns + 1, contentColumn), single: false });
  }
}
