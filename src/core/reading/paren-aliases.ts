/**
 * What the parentheses after a name hold: another name (`(SQS)`, `(Simple Queue Service)`, `(람다)`), the rest of the
 * name (`FSx for Windows (File Server)`), or a remark that is no name at all (`(default)`, `(기본값)`, `(3가지)`).
 */
import { foldKey, hasHangul } from "../markdown/text";
import { readAliases, spelledAcronym, type NameWithAliases } from "./aliases";
import { isWeakName, knownEntry, readsAsPhrase } from "./evidence";
import { cleanName, isAcronym, isLabel, isNameShaped } from "./names";

const PAREN = /^(.+?)\s*[(\uff08]([^()\uff08\uff09]+)[)\uff09]\s*$/;
/** Korean remarks: a default, a recommendation, a count, an example. */
const KOREAN_REMARK = /^(?:기본값?|디폴트|권장|추천|선택|필수|옵션|중요|예|예시|참고|구버전|신규|\d+\s*가지|\d+\s*개|약\s.*)$/;

/** True when the text in parentheses is a remark, not a name: lower-case words after a Latin name, a count, a note. */
function isRemark(inside: string, outside: string): boolean {
  if (/[:=%+]|\d+\s*(?:가지|개|%)/.test(inside) || KOREAN_REMARK.test(inside)) return true;
  // `(with MongoDB compatibility)`, `(e.g. gp3)`, `(not recommended)`: a phrase, not a name.
  if (/^(?:with|for|and|or|e\.g\.|i\.e\.|like|not|only|incl\.?|including|except|without|via|based|see|old|new)\b/i.test(inside)) return true;
  // `Provisioned mode (default)`, `Partition key (hash)`: lower-case words qualify a Latin name; after a Korean name
  // (`온 프레미스(on-premise)`) they are its English name.
  return !hasHangul(outside) && /^[a-z][a-z\s+-]*$/.test(inside);
}

/** True when the parentheses carry an acronym of the name outside or its expansion (`AWS EC2(Elastic Compute Cloud)`). */
function isAcronymPair(outside: string, inside: string): boolean {
  if (isAcronym(inside) || knownEntry(inside)) return true;
  return outside.split(/\s+/).some((w) => isAcronym(w) && spelledAcronym(w, inside) !== null);
}

/**
 * The name and aliases `readAliases` gave, corrected by what the parentheses hold: a remark is no alias; the rest of
 * a Latin name (`FSx for Windows (File Server)`) joins the name to make its alias; a long Korean gloss after a Latin
 * name (`Amazon EMR(빅데이터 플랫폼)`) is a description, not a name.
 */
export function refineParenAlias(full: string, read: NameWithAliases): NameWithAliases {
  const m = full.indexOf(")") >= 0 || full.indexOf("\uff09") >= 0 ? PAREN.exec(full) : null;
  if (!m) return read;
  const outside = (m[1] as string).trim();
  const inside = (m[2] as string).trim();
  const key = foldKey(inside);
  // `Memory optimized (R, U, X, Z)`: a list in parentheses is a remark that stays out of the name.
  if (read.name === full && /[,;]/.test(inside)) return { name: outside, aliases: read.aliases };
  if (!read.aliases.some((a) => foldKey(a) === key)) return read;
  const others = read.aliases.filter((a) => foldKey(a) !== key);
  if (isRemark(inside, outside)) return { name: read.name, aliases: others };
  if (!hasHangul(outside) && hasHangul(inside) && /\s/.test(inside) && !knownEntry(inside)) return { name: read.name, aliases: others };
  const joined = `${outside} ${inside}`;
  const continues = !hasHangul(outside) && !hasHangul(inside) && /^[A-Z]/.test(inside) && /\s/.test(outside) &&
    !isAcronymPair(outside, inside) && !knownEntry(outside);
  if (continues || knownEntry(joined)) return { name: read.name, aliases: [...others, joined] };
  return read;
}

/** `공동 책임 모델 - Shared Responsibility Model`: a name and its other-script name joined by a dash. */
const DASHED = /^(.+?)\s+[-–—]\s+(.+)$/;

/**
 * A name written in two scripts: `공동 책임 모델 - Shared Responsibility Model` or `AWS Aurora 오로라` (a Korean name the
 * catalogue knows for the same service) gives the first as the name and the second as an alias.
 */
export function splitBilingual(read: NameWithAliases): NameWithAliases {
  const dashed = read.name.indexOf("-") >= 0 || read.name.indexOf("–") >= 0 || read.name.indexOf("—") >= 0 ? DASHED.exec(read.name) : null;
  if (dashed) {
    const a = (dashed[1] as string).trim();
    const b = (dashed[2] as string).trim();
    if (hasHangul(a) !== hasHangul(b)) return { name: a, aliases: [...read.aliases, b] };
  }
  const tail = /^(.*[A-Za-z0-9)])\s+([\uac00-\ud7a3]+)$/.exec(read.name);
  if (tail) {
    const latin = (tail[1] as string).trim();
    const korean = tail[2] as string;
    const entry = knownEntry(latin);
    if (entry && knownEntry(korean) === entry) return { name: latin, aliases: [...read.aliases, korean] };
  }
  return read;
}

/** A name and its aliases as a note writes them: parentheses, prefix, remarks and a second script all read. */
export function readNames(full: string): NameWithAliases {
  return splitBilingual(refineParenAlias(full, readAliases(full)));
}

/** `ELB configuration ([[Listener]])`: a section's words, then a link to the thing in parentheses. */
const LINK_IN_PARENTHESES = /^(.+?)\s*[(（]\s*\[\[([^\]|#^]+)(?:[#^][^\]|]*)?(?:\|([^\]]+))?\]\]\s*[)）]\s*$/;

/**
 * `## Settings ([[Listener]])`, `## ELB configuration ([[Listener]])`: when the words before the parentheses name a
 * part of the note rather than a thing (a label, a phrase, one ordinary word), and the parentheses link to a note,
 * the entry is about the linked thing.
 * Null for every other name.
 */
export function linkedInParentheses(nameRaw: string, name: string): { name: string; aliases: string[] } | null {
  if (nameRaw.indexOf("[[") < 0) return null;
  const m = LINK_IN_PARENTHESES.exec(nameRaw);
  if (!m) return null;
  const outer = cleanName(m[1] as string);
  if (!(isLabel(outer) || readsAsPhrase(outer) || isWeakName(outer))) return null;
  const linked = cleanName((m[3] ?? m[2]) as string);
  return linked !== "" && linked !== name && isNameShaped(linked) ? { name: linked, aliases: [] } : null;
}
