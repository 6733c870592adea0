/** Lines -> outline: headings, list items, paragraphs and callouts as a tree, the way a reader nests them. */
import { measureIndent } from "./text";

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
const BULLET = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t\u00a0]+|$)/;
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
    if (body.trim() === "") { i++; continue; }

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

    const heading = columns <= 3 ? HEADING.exec(body) : null;
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

    if (columns <= 3 && RULE.test(body.trimEnd())) {
      stack = [];
      i++;
      continue;
    }

    const bullet = BULLET.exec(body);
    if (bullet) {
      const text = body.slice(bullet[0].length).replace(CHECKBOX, "");
      attach(newNode("item", at, columns, text), columns, true, columns + bullet[0].length);
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
