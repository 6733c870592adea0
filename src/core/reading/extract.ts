/** Outline -> the note's terms and highlights, each highlight tied to the entry it belongs to. */
import { findHighlights, stripMarkup, type HighlightSyntax, type InlineHighlight } from "../markdown/inline";
import type { OutlineNode } from "../markdown/outline";
import { foldKey } from "../markdown/text";
import { addExpansion, splitSlashNames } from "./aliases";
import { classifyBlock, classifyHeading, createBlockReader, type BlockReader, type Role } from "./classify";
import { childrenNameThings, confirmTerm } from "./confirm-term";
import { linkedInParentheses, readNames } from "./paren-aliases";
import { isIntroSection, subjectTerm, withCatalogueNames } from "./subject-term";
import { knownName } from "./evidence";
import { hasLiteralCode, readEntryLine } from "./names";
import type { NoteSubject } from "./subject";
import type { CatalogueEntry } from "../catalogue/types";
import { isFacetLabel, isLabel } from "./labels";
import { cardSubject, isCardLabel } from "./highlight-term";
import { isWholeLine, outlineParent, questionFor, wholeLineContext } from "./highlight-question";
import { buildCardPromptParts, maskAnswer, withQuestion } from "./prompt";
import { maySeparate } from "./separator";
import { isDelimiterRow, rowDefinitions, rowText, splitTableRow } from "./table-row";
import type { NoteHighlight, NoteTerm } from "./types";

/** Most definition lines kept per term (a hover and a card's context need no more). */
const MAX_DEFINITION_LINES = 40;
/** Longest definition line kept, in characters; longer ones end in an ellipsis. */
const MAX_LINE_CHARS = 1000;
const CONTEXT_LINES = 12;
/** A list marker at the start of a highlight (`==- Ensure …==`). */
const LEADING_MARKER = /^[-*+]\s+(?=\S)/;

interface Entry {
  role: Role | "note";
  name: string;
  aliases: string[];
  node: OutlineNode | null;
  parent: Entry | null;
  inlineDef: string | null;
  /** Last line (0-based) of the entry's definition. */
  end: number;
  /** Folded name and aliases, computed on first use (see `namesOf`). */
  keys?: string[];
}

interface Frame {
  node: OutlineNode;
  owner: Entry;
  topLevel: boolean;
  siblingsAllColon: boolean;
  /** Under a label whose lines describe the entry above (`특징`, `Use case`): nothing below names a new term. */
  facet: boolean;
}

interface LineText {
  line: number;
  text: string;
}

/** How many term entries each entry holds directly: a list of two or more is a group the terms share. */
function countTermsByParent(entries: readonly Entry[]): Map<Entry, number> {
  const sizes = new Map<Entry, number>();
  for (const e of entries) if (e.role === "term" && e.parent) sizes.set(e.parent, (sizes.get(e.parent) ?? 0) + 1);
  return sizes;
}

/** Plain text of a line, clipped to a sane length; a hint (`==answer::hint==`) is left out. */
function plainLine(raw: string): string {
  let clipped = raw.length > MAX_LINE_CHARS * 2 ? raw.slice(0, MAX_LINE_CHARS * 2) : raw;
  if (clipped.indexOf("::") >= 0) clipped = clipped.replace(/==([^=:]+)::[^=]*==/g, "==$1==");
  const text = stripMarkup(clipped);
  return text.length > MAX_LINE_CHARS ? `${text.slice(0, MAX_LINE_CHARS)}…` : text;
}

/** The entry's folded name and aliases, folded once per entry. */
function namesOf(e: Entry): string[] {
  e.keys ??= [e.name, ...e.aliases].map(foldKey);
  return e.keys;
}

/** The terms and highlights of one note's outline. `title` names the note for highlights outside any entry. */
export function extractGlossary(
  root: OutlineNode, title: string, syntax: HighlightSyntax, subject: (NoteSubject & { aliases: readonly string[] }) | null = null,
): { terms: NoteTerm[]; highlights: NoteHighlight[] } {
  const note: Entry = { role: "note", name: title, aliases: [], node: null, parent: null, inlineDef: null, end: root.endLine };
  const entries: Entry[] = [];
  const lines: LineText[] = [];
  const owners: { node: OutlineNode; owner: Entry; self: Entry | null }[] = [];

  const reader = createBlockReader();

  const todo: Frame[] = [];
  const pushChildren = (node: OutlineNode, owner: Entry, topLevel: boolean, facet: boolean): void => {
    if (node.children.length === 0) return;
    const siblingsAllColon = reader.childrenAllColon(node);
    for (let k = node.children.length - 1; k >= 0; k--) {
      todo.push({ node: node.children[k] as OutlineNode, owner, topLevel, siblingsAllColon, facet });
    }
  };
  pushChildren(root, note, true, false);

  while (todo.length > 0) {
    const { node, owner, topLevel, siblingsAllColon, facet } = todo.pop() as Frame;
    const cells = node.kind === "paragraph" && node.text.charCodeAt(0) === 0x7c ? splitTableRow(node.text) : null;
    if (cells) {
      readTableRow(node, cells, owner);
      continue;
    }
    // Most lines are definitions with no children and no separator: they can only be plain, so skip reading a name.
    if (node.children.length === 0 && node.kind !== "heading" && !maySeparate(node.text)) {
      const text = plainLine(node.text);
      if (text !== "") lines.push({ line: node.line, text });
      owners.push({ node, owner, self: null });
      continue;
    }
    const named = reader.line(node);
    let role: Role = "plain";
    if (node.kind === "heading") {
      role = classifyHeading(node, named, (enough) => countEntries(node, enough));
    } else if (node.kind === "item" || node.kind === "paragraph") {
      role = classifyBlock(node, named, {
        topLevel, siblingsAllColon, inComparison: owner.role === "comparison",
        parentNames: owner.role === "term" ? namesOf(owner) : [], reader,
      });
    }
    // A sentence about a name (`Redis는 …`, `**Pods** are …`) defines it, whatever the list around it.
    if (role === "plain" && named.form === "prose" && node.kind !== "heading") role = "term";
    if (role === "term") role = confirmTerm(node, named, { facet, siblingsAllColon, insideTerm: owner.role === "term" });
    // A heading that says something of its own before its subsections or entries is an entry itself, when its name
    // names one (a known service always does).
    else if (role === "section" && node.kind === "heading" && node.children[0] !== undefined && node.children[0].kind !== "heading") {
      if (isLabel(named.name)) role = "section";
      else if (knownName(named.name)) role = "term";
      else if (opensWithOwnLine(node, reader)) role = confirmTerm(node, named, { facet, siblingsAllColon, insideTerm: false });
    }
    // `- 실시간 스트리밍 수집` over `- Amazon Kinesis Data Streams` and `- Amazon Data Firehose`, each with lines of its
    // own: the children are the terms, the line above them their category.
    if (role === "term" && node.kind !== "heading" && childrenNameThings(node, reader) && !knownName(named.name)) role = "category";
    // Code in a name (`` # `aws s3 cp` 사용법 ``) is literal text, never a term's name; one identifier as code
    // (`` `PutItem` ``) is the name of an API call.
    if (role === "term" && hasLiteralCode(named.nameRaw)) role = node.kind === "heading" ? "section" : "plain";
    const text = node.kind === "heading" ? named.name : plainLine(node.text);
    if (text !== "") lines.push({ line: node.line, text });
    const childFacet = facet || (node.children.length > 0 && named.name !== "" && isFacetLabel(named.name));
    if (role === "plain") {
      owners.push({ node, owner, self: null });
      pushChildren(node, owner, node.kind === "callout", childFacet);
      continue;
    }
    const { name, aliases } = linkedInParentheses(named.nameRaw, named.name) ?? readNames(named.name);
    const firstHeading = node.children.find((c) => c.kind === "heading");
    const entry: Entry = {
      role, name, aliases, node, parent: owner, inlineDef: named.definition,
      end: node.kind === "heading" && firstHeading ? firstHeading.line - 1 : node.endLine,
    };
    entries.push(entry);
    owners.push({ node, owner, self: entry });
    pushChildren(node, entry, node.kind === "heading", childFacet);
  }

  lines.sort((a, b) => a.line - b.line);
  // Every highlight of an entry reads its definition for context: read once per entry.
  const definitions = new Map<Entry, LineText[]>();
  const definitionOf = (e: Entry): LineText[] => {
    let known = definitions.get(e);
    if (!known) definitions.set(e, (known = readDefinition(e)));
    return known;
  };
  const readDefinition = (e: Entry): LineText[] => {
    const own = e.node ? e.node.line : -1;
    const out: LineText[] = e.inlineDef ? [{ line: own, text: e.inlineDef }] : [];
    let lo = 0;
    let hi = lines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((lines[mid] as LineText).line <= own) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < lines.length && out.length < MAX_DEFINITION_LINES; k++) {
      const l = lines[k] as LineText;
      if (l.line > e.end) break;
      out.push(l);
    }
    return out;
  };

  const terms: NoteTerm[] = [];
  const termDefinitions = new Map<Entry, LineText[]>();
  for (const e of entries) {
    if (e.role !== "term" || !e.node) continue;
    const definition = definitionOf(e);
    // A name with nothing said about it is no glossary entry (a title heading, an empty `X:`).
    if (definition.every((d) => d.text === "")) e.role = "plain";
    else termDefinitions.set(e, definition);
  }
  // Counted among the entries that stay terms: a list of two or more is a group.
  const groupSizes = countTermsByParent(entries);
  /** The catalogue entries the note's terms stand for. */
  const definedEntries = new Set<CatalogueEntry>();
  for (const [e, definition] of termDefinitions) {
    if (!e.node) continue;
    for (const part of splitSlashNames(e.name)) {
      const named = addExpansion({ name: part, aliases: part === e.name ? e.aliases : [] }, definition[0]?.text);
      if (part === e.name && named.aliases !== e.aliases) {
        e.aliases = named.aliases;
        e.keys = undefined;
      }
      const term: NoteTerm = {
        name: named.name, aliases: withCatalogueNames(named.name, named.aliases, definedEntries), definition: definition.map((d) => d.text).filter((t) => t !== ""),
        line: e.node.line + 1, lines: { from: e.node.line + 1, to: e.end + 1 },
      };
      const compared = otherSides(e);
      if (compared.length > 0) term.compared = compared;
      const group = e.parent && e.parent.role !== "note" && e.parent.role !== "comparison" && (groupSizes.get(e.parent) ?? 0) >= 2
        ? e.parent.name : "";
      if (group !== "") term.group = group;
      terms.push(term);
    }
  }
  if (subject) {
    const overview = entries.find((e) => e.role === "section" && isIntroSection(e.name));
    const noteLines = owners.filter((o) => o.owner === note && o.self === null).map((o) => o.node.line);
    const own = subjectTerm(subject, definedEntries, lines, noteLines, root, overview ? definitionOf(overview) : []);
    if (own) terms.unshift(own);
  }

  const highlights: NoteHighlight[] = [];
  for (const { node, owner, self } of owners) {
    if (node.text.indexOf("==") < 0 && node.text.indexOf("<") < 0 && (!syntax.bold || node.text.indexOf("**") < 0)) continue;
    for (const h of findHighlights(node.text, syntax)) {
      const built = highlightOf(node, h, self && self.role === "term" ? self : owner);
      if (built) highlights.push(built);
    }
  }
  return { terms, highlights };

  /** A table row: its cells as one line, and an entry for every name it defines; the `| --- |` row says nothing. */
  function readTableRow(node: OutlineNode, cells: string[], owner: Entry): void {
    owners.push({ node, owner, self: null });
    if (isDelimiterRow(cells)) return;
    const text = rowText(cells);
    if (text !== "") lines.push({ line: node.line, text });
    for (const d of rowDefinitions(cells)) {
      const named = readEntryLine(d.nameRaw);
      if (named.name === "" || confirmTerm(node, named, { facet: false, siblingsAllColon: false, insideTerm: false }) !== "term") continue;
      const { name, aliases } = readNames(named.name);
      entries.push({ role: "term", name, aliases, node, parent: owner, inlineDef: d.definition, end: node.line });
    }
  }

  /** The names of the other sides of the comparison `e` is a side of (none when its parent compares nothing). */
  function otherSides(e: Entry): string[] {
    const parent = e.parent;
    if (!parent || parent.role !== "comparison") return [];
    const out: string[] = [];
    for (const other of entries) if (other !== e && other.parent === parent && other.role === "term") out.push(other.name);
    return out;
  }

  /** True when a heading's first block is a line of its own (no entry, nothing nested): the heading says what it is. */
  function opensWithOwnLine(heading: OutlineNode, read: BlockReader): boolean {
    const first = heading.children[0];
    if (first === undefined || first.kind === "heading" || first.kind === "callout" || first.children.length > 0) return false;
    return read.line(first).form === "plain" && plainLine(first.text) !== "";
  }

  /** How many of a heading's own blocks are entries, counted up to `enough`. */
  function countEntries(heading: OutlineNode, enough: number): number {
    const allColon = reader.childrenAllColon(heading);
    let n = 0;
    for (const c of heading.children) {
      if (c.kind !== "item" && c.kind !== "paragraph") continue;
      const r = classifyBlock(c, reader.line(c), { topLevel: true, siblingsAllColon: allColon, inComparison: false, parentNames: [], reader });
      if (r !== "plain" && ++n >= enough) break;
    }
    return n;
  }

  function highlightOf(node: OutlineNode, h: InlineHighlight, owner: Entry): NoteHighlight | null {
    const inner = node.text.slice(h.innerFrom, h.innerTo);
    const hintAt = inner.indexOf("::");
    // A list marker the highlight opened before (`==- Ensure …==`) is no part of the answer.
    const answer = plainLine(hintAt >= 0 ? inner.slice(0, hintAt) : inner).replace(LEADING_MARKER, "");
    if (answer === "") return null;
    const hint = hintAt >= 0 ? plainLine(inner.slice(hintAt + 2)) : "";
    const selfNamed = namesOf(owner).includes(foldKey(answer));
    // Every copy of the answer in the line is a blank, in any form (`Name (ACRONYM)`, a Korean particle dropped).
    let promptParts = buildCardPromptParts(node.text, h, answer);
    const wholeLine = isWholeLine(promptParts);
    // A highlight of (part of) the entry's own name (`==Fargate== : …`, `## ==Mock==`, `Using ==SSM==`) belongs to the entry around it.
    const ownName = owner.node?.line === node.line && owner.parent !== null &&
      (selfNamed || wholeLine || foldKey(owner.name).includes(foldKey(answer)));
    const entry = ownName && owner.parent ? owner.parent : owner;
    let context: string[] = [];
    if (wholeLine) {
      // The line asks nothing: the line above asks, the highlight's own lines (or its neighbours) are the context.
      const parent = outlineParent(root, node);
      const question = questionFor(lines, parent, node);
      if (question !== "") promptParts = withQuestion(promptParts, question, answer);
      context = wholeLineContext(lines, parent, node, CONTEXT_LINES, question);
    } else {
      // The entry's first definition lines other than the highlight's own (one pass, no intermediate arrays).
      const definition = definitionOf(entry);
      for (let k = 0; k < definition.length && context.length < CONTEXT_LINES; k++) {
        const d = definition[k] as LineText;
        if (d.line !== node.line) context.push(selfNamed ? maskAnswer(d.text, answer) : d.text);
      }
    }
    // The card is about the nearest entry that names a thing (not `Pricing`, `FAQ`, `내용`): the note itself at last.
    const named = cardSubject(entry);
    const term = named.name;
    // The section the term passed over (`Remediations` under the note's name) still says what the line is about.
    if (!wholeLine && named !== entry && !isCardLabel(entry.name)) context.unshift(maskAnswer(entry.name, answer));
    // Never a face with nothing to answer from: the term asks when the line and the context are empty.
    if (context.length === 0 && isWholeLine(promptParts) && term !== "") promptParts = withQuestion(promptParts, term, answer);
    // One literal per shape, without spreads (this runs for every highlight), keys in the order a note's JSON shows.
    const line = node.line + 1;
    const { kind, color } = h;
    if (hint) {
      return color
        ? { line, answer, hint, kind, color, promptParts, term, selfNamed, context }
        : { line, answer, hint, kind, promptParts, term, selfNamed, context };
    }
    return color
      ? { line, answer, kind, color, promptParts, term, selfNamed, context }
      : { line, answer, kind, promptParts, term, selfNamed, context };
  }
}
