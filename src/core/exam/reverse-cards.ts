/**
 * Reverse cards: a glossary term's definition with its names hidden, asking which term it is. Built per note from its
 * terms, so a changed note redoes only its own.
 */
import type { PluginSettings } from "../../settings";
import { chosenColors, isClozeSource, type ClozeSources } from "../cards/cloze-source";
import type { Card } from "../cards/types";
import type { CatalogueEntry } from "../catalogue/types";
import { foldKey } from "../markdown/text";
import { answerForms } from "../reading/highlight-forms";
import type { NoteTerm, ParsedNote } from "../reading/types";
import { prepareNames, type NameList } from "./blank-names";
import { contextLine, faceParts, hasColon, isNameLabel, isOnlyServiceNames, LABELLED } from "./face-lines";
import { questionId } from "./question-id";
import { catalogueEntryOf, namesToHide, termIdentity } from "./term-names";

/** Which terms get a reverse card and which highlights count as highlighting a name. */
export type ReverseCardOptions = ClozeSources & Pick<PluginSettings, "reverseCards">;

/** A note's term with what questions about it need, each worked out on first use (most terms are never asked). */
export class ReadTerm {
  private entry: CatalogueEntry | undefined | null = null;
  private identityKey: string | undefined;
  private nameList: string[] | undefined;
  private preparedNames: NameList | undefined;

  constructor(readonly term: NoteTerm) {}

  /** See `termIdentity`. */
  get identity(): string {
    return (this.identityKey ??= termIdentity(this.term, this.catalogueEntry()));
  }

  /** Every name a question about it hides (see `namesToHide`). */
  get names(): string[] {
    return (this.nameList ??= namesToHide(this.term, this.catalogueEntry()));
  }

  /** {@link names} ready for `findNames`. */
  get prepared(): NameList {
    return (this.preparedNames ??= prepareNames(this.names));
  }

  private catalogueEntry(): CatalogueEntry | undefined {
    if (this.entry === null) this.entry = catalogueEntryOf(this.term);
    return this.entry;
  }
}

/** The note's terms, each read lazily (see {@link ReadTerm}). */
export function readTerms(note: ParsedNote): ReadTerm[] {
  return note.terms.map((t) => new ReadTerm(t));
}

/**
 * Folded names the note highlights with a highlight the settings count: highlights of an entry's own name
 * (`==Fargate== : …`, `## ==Lambda==`, `- ==Amazon SQS==` over its definition).
 */
function highlightedNames(note: ParsedNote, options: ClozeSources): Set<string> {
  const colors = chosenColors(options);
  const out = new Set<string>();
  for (const h of note.highlights) {
    if (!h.selfNamed || !isClozeSource(h, options, colors)) continue;
    // `Name (ACRONYM)` halves and a particle (`==서버리스==란`) count as the name too.
    for (const form of answerForms(h.answer)) out.add(foldKey(form));
  }
  return out;
}

/** True when `outer`'s entry holds `inner`'s (a sub-item's lines are also lines of the item above it). */
function holds(outer: NoteTerm, inner: NoteTerm): boolean {
  return outer.line !== inner.line && outer.lines.from <= inner.line && inner.line <= outer.lines.to;
}

/** Per folded definition line, the terms of the note that have it. */
function linesOfNote(terms: readonly ReadTerm[]): Map<string, ReadTerm[]> {
  const out = new Map<string, ReadTerm[]>();
  for (const t of terms) {
    for (const line of t.term.definition) {
      const key = foldKey(line);
      const list = out.get(key);
      if (!list) out.set(key, [t]);
      else if (!list.includes(t)) list.push(t);
    }
  }
  return out;
}

/**
 * Whether a line is the term's own: no other term of the note has it, except an entry above it (whose definition
 * holds the sub-item's lines). A line two entries share (`ECS/EKS : 컨테이너 기반 …`) would fit both.
 */
function isOwnLine(line: string, t: ReadTerm, lines: ReadonlyMap<string, readonly ReadTerm[]>): boolean {
  return (lines.get(foldKey(line)) ?? []).every((o) => o.identity === t.identity || holds(o.term, t.term));
}

/**
 * How well a line asks the term, best first: 0 a plain line, 1 a line labelled by something else (`기능: …`,
 * `📌 오케스트레이션: …`, often a sub-item's), 2 a line labelled by the term's own name (`Inspector: 검사하는`), which
 * says what the name means rather than what the service does.
 */
function labelRank(line: string, t: ReadTerm): 0 | 1 | 2 {
  if (!hasColon(line)) return 0;
  if (isNameLabel(line, t.prepared, t.names)) return 2;
  return LABELLED.test(line) ? 1 : 0;
}

/** The face of a term's reverse card and its context, or null when no line asks it without giving it away. */
function reverseFace(
  t: ReadTerm, lines: ReadonlyMap<string, readonly ReadTerm[]>,
): { line: string; parts: string[]; context: string[] } | null {
  const def = t.term.definition;
  const ranks = def.map((line) => labelRank(line, t));
  const partsOf = (i: number): string[] | null => {
    const line = def[i] as string;
    return isOwnLine(line, t, lines) && !isOnlyServiceNames(line) ? faceParts(line, t.prepared) : null;
  };
  // The first plain line that asks; else the first labelled one; a label of the name itself only when nothing else does.
  let at = -1;
  let parts: string[] | null = null;
  for (const rank of [0, 1, 2]) {
    for (let i = 0; i < def.length && parts === null; i++) {
      if (ranks[i] !== rank) continue;
      parts = partsOf(i);
      at = i;
    }
    if (parts !== null) break;
  }
  const line = def[at];
  if (line === undefined || parts === null) return null;
  const context: string[] = [];
  def.forEach((other, i) => {
    // The name's own label lines would give it away (`Pipeline: 파이프라인` under `CodePipeline`).
    if (i === at || ranks[i] === 2) return;
    const shown = contextLine(other, t.prepared, t.term.name);
    if (shown !== null) context.push(shown);
  });
  return { line, parts, context };
}

/** The comparisons worked out per list of read terms: reverse and fits cards of a note ask for the same list's. */
const comparisons = new WeakMap<readonly ReadTerm[], ReadTerm[][]>();

/** The note's comparisons: each one's sides (the terms that are a side), in note order, two or more. */
export function comparisonsOf(terms: readonly ReadTerm[]): ReadTerm[][] {
  let out = comparisons.get(terms);
  if (!out) comparisons.set(terms, (out = findComparisons(terms)));
  return out;
}

function findComparisons(terms: readonly ReadTerm[]): ReadTerm[][] {
  const out: ReadTerm[][] = [];
  const used = new Set<ReadTerm>();
  const compared = terms.filter((t) => t.term.compared);
  for (const t of compared) {
    if (used.has(t)) continue;
    const names = new Set([t.term.name, ...(t.term.compared ?? [])].map(foldKey));
    const sides: ReadTerm[] = [];
    for (const o of compared) {
      if (used.has(o) || !names.has(foldKey(o.term.name))) continue;
      // One term per side: a second `EBS` further down belongs to another comparison.
      if (sides.some((s) => foldKey(s.term.name) === foldKey(o.term.name))) continue;
      sides.push(o);
    }
    for (const s of sides) used.add(s);
    if (sides.length >= 2) out.push(sides);
  }
  return out;
}

/** Each side's comparison: every side's name, in note order. */
function sidesByTerm(terms: readonly ReadTerm[]): Map<ReadTerm, string[]> {
  const out = new Map<ReadTerm, string[]>();
  for (const sides of comparisonsOf(terms)) {
    const names = sides.map((s) => s.term.name);
    for (const side of sides) out.set(side, names);
  }
  return out;
}

/**
 * One reverse card per term of an AWS note that the setting picks (`highlighted`: the note highlights its name or an
 * alias; `all`; `none`), has a definition line that asks it without giving it away, and is not asked already by an
 * earlier term of the note with the same identity (`SQS` after `Amazon SQS`).
 */
export function buildReverseCards(note: ParsedNote, options: ReverseCardOptions, terms = readTerms(note)): Card[] {
  if (!note.aws || options.reverseCards === "none") return [];
  const highlighted = options.reverseCards === "highlighted" ? highlightedNames(note, options) : null;
  if (highlighted?.size === 0) return [];
  let lines: Map<string, ReadTerm[]> | undefined;
  let sides: Map<ReadTerm, string[]> | undefined;
  const asked = new Set<string>();
  const cards: Card[] = [];
  for (const t of terms) {
    // The reader's aliases hold the catalogue's names already: no look-up for the many terms not highlighted.
    if (highlighted && !highlighted.has(foldKey(t.term.name)) && !t.term.aliases.some((a) => highlighted.has(foldKey(a)))) continue;
    if (asked.has(t.identity)) continue;
    const face = reverseFace(t, (lines ??= linesOfNote(terms)));
    if (!face) continue;
    asked.add(t.identity);
    const card: Card = {
      id: questionId("reverse", [t.identity]),
      path: note.path,
      line: t.term.line,
      term: t.term.name,
      promptParts: face.parts,
      answer: t.term.name,
      context: face.context,
      selfNamed: true,
      tags: note.tags,
      kind: "reverse",
    };
    if (t.term.group) card.group = t.term.group;
    const comparison = (sides ??= sidesByTerm(terms)).get(t);
    if (comparison) card.sides = comparison;
    cards.push(card);
  }
  return cards;
}
