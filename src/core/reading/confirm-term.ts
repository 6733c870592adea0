/** The last word on a block the classifier called a term: does the note give enough evidence for a glossary entry? */
import type { OutlineNode } from "../markdown/outline";
import { hasHangul } from "../markdown/text";
import { isMarkedName, isWeakName, knownName, readsAsPhrase } from "./evidence";
import { NameMemo } from "./name-memo";
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
  const verdict = nameVerdict(name);
  if (verdict === Verdict.Never) return demoted;
  if (verdict === Verdict.Known) return "term";
  if (verdict === Verdict.Phrase || place.facet) return demoted;
  if (verdict === Verdict.Name) return "term";
  if (named.pinned || named.emphasized || isMarkedName(named.nameRaw)) return "term";
  // `Redis는 …` in a Korean note: a word written in Latin letters and defined by a sentence is a technical term.
  if (named.form === "prose" && !hasHangul(name)) return "term";
  const listed = named.form !== "plain" && place.siblingsAllColon && !place.insideTerm;
  return listed ? "term" : demoted;
}

/** What a name alone says, wherever it stands. */
const enum Verdict {
  /** Not a name at all (`AWS` alone, one letter, a sentence). */
  Never,
  /** A known service or concept. */
  Known,
  /** A step, a question, a clause, a list of two names. */
  Phrase,
  /** A name of more than one ordinary word. */
  Name,
  /** One ordinary word: it needs evidence where it stands. */
  Weak,
}

/** Verdicts on the names read lately: a vault names the same services line after line. */
const verdicts = new NameMemo({ judge: judgeName });

/** The verdict on a name alone, wherever it stands (remembered: it depends on nothing else). */
function nameVerdict(name: string): Verdict {
  return verdicts.of(name);
}

/** {@link nameVerdict}, worked out. */
function judgeName(name: string): Verdict {
  // `AWS : 클라우드 인프라 자체`, `Q:`: the vendor alone or one letter names nothing in particular.
  if (name.length < 2 || /^(?:AWS|Amazon)$/i.test(name) || !isNameShaped(name)) return Verdict.Never;
  if (knownName(name)) return Verdict.Known;
  if (readsAsPhrase(name)) return Verdict.Phrase;
  return isWeakName(name) ? Verdict.Weak : Verdict.Name;
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
