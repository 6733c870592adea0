/**
 * Checks that what the parser, the card builder and the matcher return lies inside the note they read: lines within
 * the note, names, definitions and answers made of the note's own characters in the note's order.
 */
import { namesOf } from "../../src/core/catalogue/catalogue";
import { knownEntry } from "../../src/core/reading/evidence";
import type { Card } from "../../src/core/cards/types";
import type { TermMatch } from "../../src/core/matcher/matcher";
import type { ParsedNote } from "../../src/core/reading/types";
import { splitLines } from "../../src/core/markdown/text";

/**
 * Text reduced to what markup stripping cannot change: decomposed, upper-cased one code point at a time (no
 * context rules), without blanks, zero-width characters and combining marks, and without a clipping ellipsis.
 */
export function reduceText(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFD")) out += ch.toUpperCase();
  return out.replace(/[\s\u200b-\u200d\u2060\ufeff\p{M}]/gu, "");
}

/** Where `needle` ends as a subsequence of `hay` read from `from`, or -1 when it is not one. */
export function subsequenceEnd(hay: string, needle: string, from = 0): number {
  let at = from;
  for (const ch of needle) {
    const found = hay.indexOf(ch, at);
    if (found < 0) return -1;
    at = found + ch.length;
  }
  return at;
}

/** Drops the `…` the parser adds when it clips a long line. */
const unclip = (s: string): string => (s.endsWith("…") ? s.slice(0, -1) : s);

/** A problem found, or null: returns the first way the parsed note strays outside its text. */
export function findParseStray(text: string, parsed: ParsedNote): string | null {
  const lines = splitLines(text);
  const reduced = new Map<number, string>();
  const lineKey = (line: number): string => {
    let r = reduced.get(line);
    if (r === undefined) {
      r = reduceText(lines[line - 1] ?? "");
      reduced.set(line, r);
    }
    return r;
  };
  const inNote = (line: number): boolean => Number.isInteger(line) && line >= 1 && line <= lines.length;
  for (const t of parsed.terms) {
    if (!inNote(t.line) || !inNote(t.lines.to) || t.lines.from !== t.line || t.lines.to < t.lines.from) {
      return `term ${t.name} has lines ${t.line} ${t.lines.from}-${t.lines.to} outside 1-${lines.length}`;
    }
    if (t.name.trim() === "" || subsequenceEnd(lineKey(t.line), reduceText(t.name)) < 0) return `term name ${t.name} is not on line ${t.line}`;
    // Aliases and definitions come from the entry's lines (the expansion from its first definition line).
    const span = t.lines.to - t.lines.from < 400 ? reduceText(lines.slice(t.lines.from - 1, t.lines.to).join("\n")) : null;
    if (span === null) continue;
    // An alias comes from the entry itself, or is a name the built-in catalogue gives the same service.
    const known = [t.name, ...t.aliases].map(knownEntry).find((e) => e !== undefined);
    const catalogue = new Set(known ? namesOf(known) : []);
    for (const a of t.aliases) {
      if (!catalogue.has(a) && subsequenceEnd(span, reduceText(a)) < 0) return `alias ${a} of ${t.name} is not in its entry`;
    }
    for (const d of t.definition) if (subsequenceEnd(span, reduceText(unclip(d))) < 0) return `definition ${d.slice(0, 80)} is not in its entry`;
  }
  // Highlights of one line come in line order, so each is looked for after the one before.
  const cursor = new Map<number, number>();
  for (const h of parsed.highlights) {
    if (!inNote(h.line)) return `highlight ${h.answer} on line ${h.line} outside 1-${lines.length}`;
    if (h.answer.trim() === "") return `highlight on line ${h.line} has no answer`;
    const end = subsequenceEnd(lineKey(h.line), reduceText(unclip(h.answer)), cursor.get(h.line) ?? 0);
    if (end < 0) return `answer ${h.answer.slice(0, 80)} is not on line ${h.line}`;
    cursor.set(h.line, end);
  }
  return null;
}

/** The first way the note's cards stray outside its text, or null. */
export function findCardStray(text: string, cards: readonly Card[]): string | null {
  const lines = splitLines(text);
  const ids = new Set<string>();
  const cursor = new Map<number, number>();
  const reduced = new Map<number, string>();
  for (const c of cards) {
    if (!Number.isInteger(c.line) || c.line < 1 || c.line > lines.length) return `card ${c.id} on line ${c.line} outside the note`;
    if (c.id === "" || ids.has(c.id)) return `card id ${c.id} is empty or repeated`;
    ids.add(c.id);
    if (c.promptParts.length < 2) return `card ${c.id} has no blank`;
    let key = reduced.get(c.line);
    if (key === undefined) {
      key = reduceText(lines[c.line - 1] ?? "");
      reduced.set(c.line, key);
    }
    const end = subsequenceEnd(key, reduceText(unclip(c.answer)), cursor.get(c.line) ?? 0);
    if (end < 0) return `card answer ${c.answer.slice(0, 80)} is not on line ${c.line}`;
    cursor.set(c.line, end);
  }
  return null;
}

/** The first way matches stray outside the text or overlap, or null. */
export function findMatchStray(text: string, matches: readonly TermMatch[]): string | null {
  let reached = 0;
  for (const m of matches) {
    if (!Number.isInteger(m.from) || !Number.isInteger(m.to) || m.from < reached || m.to <= m.from || m.to > text.length) {
      return `match ${m.from}-${m.to} of ${m.name} is outside the text, empty or overlapping`;
    }
    reached = m.to;
  }
  return null;
}
