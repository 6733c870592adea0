/** Which definition lines can stand on a question's face, and how a line looks with the asked names hidden. */
import { lookupCatalogue } from "../catalogue/catalogue";
import { foldKey } from "../markdown/text";
import { letterCount, splitAtNames, type NameList } from "./blank-names";
import { contentWords } from "./content-words";

/**
 * Fewest content words a face keeps once the names are hidden: less (`[...] : 포괄`, `완전관리형 서비스`) fits
 * every service and asks nothing.
 */
const MIN_FACE_WORDS = 2;

/** `Label: text` with an optional leading marker (`📌`, `-`); the label is one to four words (`Records every … :` is not). */
export const LABELLED = /^[^\p{L}\p{N}]*((?:[^:：\s]+\s+){0,3}[^:：\s]+)\s*[:：]\s*(.*)$/u;
/** Where a line lists several names: `CloudFront + S3`, `SQS/SNS`, `RDS, Aurora`. */
const LIST_SEPARATORS = /\s*(?:[+,&/·→]|\band\b|\bor\b|및)\s*/u;

/** Whether a line has a colon at all: most have none, and the label pattern is costly to run. */
export function hasColon(line: string): boolean {
  return line.includes(":") || line.includes("：");
}

/**
 * A line whose label is the term's own name or a word of it (`Comprehend : 포괄`, `Pipeline: 파이프라인` under
 * `CodePipeline`): it says what the name means, so it gives the name away instead of asking it.
 */
export function isNameLabel(line: string, names: NameList, rawNames: readonly string[]): boolean {
  const m = hasColon(line) ? LABELLED.exec(line) : null;
  const label = m?.[1]?.trim() ?? "";
  if (label === "") return false;
  if (letterCount(splitAtNames(label, names)) === 0) return true;
  // A single Latin word that is part of a name: the name's own word, translated or explained.
  if (!/^[A-Za-z][A-Za-z0-9-]{2,}$/.test(label)) return false;
  const word = label.toLowerCase();
  return rawNames.some((n) => foldKey(n).replace(/\s+/g, "").includes(word));
}

/** A line that only names AWS services (`SQS`, `CloudFront + S3`): a pointer to other terms, not a definition. */
export function isOnlyServiceNames(line: string): boolean {
  const pieces = line.split(LIST_SEPARATORS).map((p) => p.trim()).filter((p) => p !== "");
  return pieces.length > 0 && pieces.every((p) => lookupCatalogue(p) !== undefined);
}

/** Whether a face (its names hidden) still says enough to ask from. */
export function asksEnough(parts: readonly string[]): boolean {
  return contentWords(parts.join(" "), MIN_FACE_WORDS).length >= MIN_FACE_WORDS;
}

/** The line split where the names stand, or null when what is left is too little to ask from. */
export function faceParts(line: string, names: NameList): string[] | null {
  const parts = splitAtNames(line, names);
  return asksEnough(parts) ? parts : null;
}

/**
 * A context line with every hidden name written as `answer`, so the panel (which blanks `answer` on context lines)
 * hides them and the reveal shows the answer there; null for a line that is nothing but names.
 */
export function contextLine(line: string, names: NameList, answer: string): string | null {
  const parts = splitAtNames(line, names);
  return letterCount(parts) === 0 ? null : parts.join(answer);
}
