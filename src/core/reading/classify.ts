/** Decides what an outline block is: a term, a category of terms, a comparison, a section, or a plain line. */
import type { OutlineNode } from "../markdown/outline";
import { foldKey } from "../markdown/text";
import { countWords, hasLiteralCode, isComparison, isLabel, isLatinName, isNameShaped, isProperName, readEntryLine, type NamedLine } from "./names";
import { isAwsServiceName } from "./aws-services";
import { maySeparate } from "./separator";

/** The role of a block in the glossary. */
export type Role = "term" | "category" | "comparison" | "section" | "plain";

/** What the classifier needs to know about a block's surroundings. */
export interface BlockContext {
  /** The block's parent in the outline is the root, a heading or a callout (not another list line). */
  topLevel: boolean;
  /** The nearest enclosing entry is a comparison. */
  inComparison: boolean;
  /** Folded names and aliases of the nearest enclosing term, to spot glosses like `Pipeline:` under `AWS CodePipeline`. */
  parentNames: readonly string[];
  /** Every list sibling (the block included) is written `Term : definition`. */
  siblingsAllColon: boolean;
  /** Reads the block's children; a shared {@link createBlockReader} reads each block once per note. */
  reader?: BlockReader;
}

/** Reads blocks for the classifier, which asks about a block and its children several times. */
export interface BlockReader {
  /** The block's line read as "name : definition". */
  line(node: OutlineNode): NamedLine;
  /** True when the block's list children are two or more `Term : definition` lines and nothing else. */
  childrenAllColon(node: OutlineNode): boolean;
}

/** True when a line is written `Term : definition` with a name that can be a term. */
export function isColonTerm(line: NamedLine): boolean {
  return (line.form === "colon" || line.form === "question") && line.name !== "" && !isLabel(line.name) &&
    !hasLiteralCode(line.nameRaw);
}

/** True when a block's list children are two or more `Term : definition` lines and nothing else. */
export function childrenAllColon(node: OutlineNode, read: (node: OutlineNode) => NamedLine = (n) => readEntryLine(n.text)): boolean {
  let paragraphNodes = 0;
  for (const c of node.children) if (c.kind === "paragraph") paragraphNodes++;
  let items = 0;
  let plainItems = 0;
  for (const c of node.children) {
    if (c.kind !== "item") continue;
    if (maySeparate(c.text) && isColonTerm(read(c))) items++;
    // A list line that is not `Name : definition` ends the list reading (and, with too few paragraphs, all of it).
    else if (paragraphNodes < 3 || ++plainItems > 2 || items > 0) return false;
  }
  if (plainItems === 0 && items >= 2) return true;
  // Paragraphs written `Name : definition` one after another are such a list too, after an intro line or two.
  if (items > 0 || paragraphNodes < 3) return false;
  let paragraphs = 0;
  let plain = plainItems;
  for (const c of node.children) {
    if (c.kind !== "paragraph") continue;
    if (maySeparate(c.text) && isColonTerm(read(c))) paragraphs++;
    else if (++plain > 2) return false;
  }
  return paragraphs >= 3;
}

/** A reader that remembers what it read, for the blocks of one outline that is not changed while it is read. */
export function createBlockReader(): BlockReader {
  const lines = new Map<OutlineNode, NamedLine>();
  const allColon = new Map<OutlineNode, boolean>();
  const line = (node: OutlineNode): NamedLine => {
    let named = lines.get(node);
    if (named === undefined) {
      named = readEntryLine(node.text);
      lines.set(node, named);
    }
    return named;
  };
  return {
    line,
    childrenAllColon(node) {
      if (node.children.length < 2) return false;
      let known = allColon.get(node);
      if (known === undefined) {
        known = childrenAllColon(node, line);
        allColon.set(node, known);
      }
      return known;
    },
  };
}

/** The role of a list line or paragraph. */
export function classifyBlock(node: OutlineNode, line: NamedLine, ctx: BlockContext): Role {
  const name = line.name;
  if (name === "" || !isNameShaped(name) || hasLiteralCode(line.nameRaw)) return "plain";
  const marked = line.pinned || line.emphasized;
  if (isLabel(name) && !marked) return "plain";
  const hasChildren = node.children.length > 0;
  if (line.form !== "plain") {
    if (isComparison(name)) return hasChildren ? "comparison" : "plain";
    // `Kinesis: 운동` under `Amazon Kinesis`, `Pipeline: …` under `AWS CodePipeline`: a gloss of the entry's own name.
    if (ctx.parentNames.length > 0) {
      const key = foldKey(name);
      if (ctx.parentNames.some((p) => p.includes(key))) return "plain";
    }
    if (groupsTerms(node, name, ctx)) return "category";
    return marked || isProperName(name) || isAwsServiceName(name) || ctx.siblingsAllColon ? "term" : "plain";
  }
  if (!hasChildren) return "plain";
  if (isComparison(name)) return "comparison";
  if (groupsTerms(node, name, ctx)) return "category";
  if (ctx.topLevel || node.kind === "paragraph") return "term";
  return marked || ctx.inComparison || (isProperName(name) && countWords(name) <= 4) ? "term" : "plain";
}

/** True when a block gathers `Term : definition` children under a name that is not itself a Latin (service) name. */
function groupsTerms(node: OutlineNode, name: string, ctx: BlockContext): boolean {
  // The name is checked first: it is cheap, and a Latin name spares reading the children.
  return node.children.length > 0 && !isLatinName(name) &&
    (ctx.reader ? ctx.reader.childrenAllColon(node) : childrenAllColon(node));
}

/**
 * The role of a heading: a term when it names one, a section when it gathers entries. `entriesBelow(enough)` counts
 * the entries among the heading's own blocks, stopping at `enough`; it is asked only when the name leaves it open.
 */
export function classifyHeading(heading: OutlineNode, line: NamedLine, entriesBelow: (enough: number) => number): Role {
  const name = line.name;
  if (name === "" || !isNameShaped(name) || isLabel(name)) return "section";
  if (isComparison(name)) return "comparison";
  let content = 0;
  for (const c of heading.children) if (c.kind !== "heading") content++;
  const holdsHeadings = content < heading.children.length;
  // A page title (`# AWS 메시징 정리`) that holds the other headings is a section, whatever it names.
  if (heading.level === 1 && holdsHeadings) return "section";
  const strong = /^(?:Amazon|AWS)\s+[A-Za-z0-9]/.test(name) || isAwsServiceName(name) || /^[A-Z][A-Za-z0-9]{1,7}(?:\s*\(.*\))?$/.test(name);
  if (strong) return "term";
  return content === 0 || holdsHeadings || entriesBelow(2) >= 2 ? "section" : "term";
}
