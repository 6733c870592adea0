/** The last word on a block the classifier called a term: does the note give enough evidence for a glossary entry? */
import type { OutlineNode } from "../markdown/outline";
import { hasHangul } from "../markdown/text";
import { isMarkedName, isWeakName, knownName, readsAsPhrase } from "./evidence";
import { isNameShaped, isProperName, type NamedLine } from "./names";
import type { BlockReader, Role } from "./classify";

/** Where the block stands. */
export interface TermPlace {
  /** Below a label whose lines describe the entry above (`특징`, `Use case`). */
  facet: boolean;
  /** Every list sibling is written `Term : definition`. */
  siblingsAllColon: boolean;
  /** The nearest entry above is a term: a `Key: value` line there is one of its properties. */
  insideTerm: boolean;
}

/**
 * `term` when the name reads as a name and the note backs it; otherwise `section` for a heading and `plain` for a
 * line. A known AWS name is always backed; a step, question or clause never is; under a facet label only known names
 * are terms; one ordinary word needs a link, bold, a highlight, a pin or a `Term : definition` list.
 */
export function confirmTerm(node: OutlineNode, named: NamedLine, place: TermPlace): Role {
  const demoted: Role = node.kind === "heading" ? "section" : "plain";
  const name = named.name;
  // `AWS : 클라우드 인프라 자체`, `Q:`: the vendor alone or one letter names nothing in particular.
  if (name.length < 2 || /^(?:AWS|Amazon)$/i.test(name) || !isNameShaped(name)) return demoted;
  if (knownName(name)) return "term";
  if (readsAsPhrase(name) || place.facet) return demoted;
  if (!isWeakName(name)) return "term";
  if (named.pinned || named.emphasized || isMarkedName(named.nameRaw)) return "term";
  // `Redis는 …` in a Korean note: a word written in Latin letters and defined by a sentence is a technical term.
  if (named.form === "prose" && !hasHangul(name)) return "term";
  const listed = named.form !== "plain" && place.siblingsAllColon && !place.insideTerm;
  return listed ? "term" : demoted;
}

/**
 * True when a block's list children name things of their own: at least two, and most of them, are known services
 * or proper names that have lines of their own below them (`- Amazon Kinesis Data Streams` with its definition).
 */
export function childrenNameThings(node: OutlineNode, reader: BlockReader): boolean {
  // Most entries' lines have nothing below them: two that do are needed before any line is read.
  let nested = 0;
  for (const c of node.children) if (c.kind === "item" && c.children.length > 0 && ++nested >= 2) break;
  if (nested < 2) return false;
  let items = 0;
  let things = 0;
  for (const c of node.children) {
    if (c.kind !== "item") continue;
    items++;
    const name = reader.line(c).name;
    if (name === "" || c.children.length === 0) continue;
    if (knownName(name) || (isProperName(name) && /\s/.test(name))) things++;
  }
  return things >= 2 && things * 3 >= items * 2;
}
