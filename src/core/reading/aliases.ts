/** A term's other names: parentheses, the name without `Amazon`/`AWS`, and acronym expansions. */
import { foldKey } from "../markdown/text";
import { isAcronym } from "./names";

/** A name with the other names it carries. */
export interface NameWithAliases {
  name: string;
  aliases: string[];
}

const PAREN = /^(.+?)\s*[(\uff08]([^()\uff08\uff09]+)[)\uff09]\s*$/;
const PREFIX = /^(?:Amazon|AWS)\s+(.+)$/;

/** Initials of a phrase, as written (`Infrastructure as a Service` → `IaaS`) and of its capitalised words only. */
function initials(phrase: string): { all: string; capitals: string } {
  const words = phrase.split(/[\s-]+/).filter((w) => /^[A-Za-z]/.test(w));
  return {
    all: words.map((w) => w[0]).join(""),
    capitals: words.filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join(""),
  };
}

/** `S3` → `SSS`, `EC2` → `ECC`: an acronym with its digits spelled as repeats of the letter before. */
function spellDigits(acronym: string): string {
  return acronym.replace(/([A-Za-z])(\d)/g, (_m, letter: string, n: string) => letter.repeat(Number(n)));
}

/** The acronym's letters if `phrase` spells it, with the phrase's own casing (`IaaS`); otherwise null. */
export function spelledAcronym(acronym: string, phrase: string): string | null {
  if (!/^[A-Za-z][A-Za-z\s-]*$/.test(phrase.trim()) || phrase.trim().split(/\s+/).length < 2) return null;
  const target = spellDigits(acronym).toLowerCase();
  const { all, capitals } = initials(phrase);
  if (all.toLowerCase() === target) return /\d/.test(acronym) ? acronym : all;
  if (capitals.toLowerCase() === target) return /\d/.test(acronym) ? acronym : capitals;
  return null;
}

/** Splits `Amazon EMR(Elastic MapReduce)` into a name and aliases and adds the name without its prefix. */
export function readAliases(full: string): NameWithAliases {
  let name = full;
  const aliases: string[] = [];
  // Only a name with a closing parenthesis can end in one: skip the pattern for every other name.
  const paren = full.indexOf(")") >= 0 || full.indexOf("\uff09") >= 0 ? PAREN.exec(full) : null;
  if (paren) {
    const outside = (paren[1] as string).trim();
    const inside = (paren[2] as string).trim();
    if (outside !== "" && inside !== "" && inside.split(/\s+/).length <= 6 && !/[,.;]/.test(inside)) {
      name = outside;
      // `Iaas(Infrastructure as a Service)`: the expansion fixes the acronym's casing.
      const fixed = isAcronymLike(outside) ? spelledAcronym(outside, inside) : null;
      if (fixed && fixed !== outside && foldKey(fixed) === foldKey(outside)) name = fixed;
      aliases.push(inside);
    }
  }
  const bare = name.startsWith("Amazon") || name.startsWith("AWS") ? PREFIX.exec(name) : null;
  // `AWS Config` → `Config`, but `AWS 보안 서비스` keeps its prefix: `보안 서비스` names nothing in particular.
  if (bare) {
    const rest = (bare[1] as string).trim();
    if (rest.length >= 2 && isAsciiAlnum(rest.charCodeAt(0))) {
      // Alone, the name without its prefix is never the name again: `Amazon `/`AWS ` stays in front of the folded
      // name, and the rest starts with a letter or digit, so no folding can join it to the prefix.
      if (aliases.length === 0) return { name, aliases: [rest] };
      aliases.push(rest);
    }
  }
  return { name, aliases: dedupe(name, aliases) };
}

/** True for an ASCII letter or digit (`/[A-Za-z0-9]/` for one UTF-16 unit). */
function isAsciiAlnum(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}

/** Acronyms and near-acronyms whose casing an expansion may fix (`Iaas`, `Paas`). */
function isAcronymLike(name: string): boolean {
  return isAcronym(name) || /^[A-Z][a-z]{1,3}[A-Z]?[a-z]?$/.test(name) && name.length <= 5;
}

/** Adds the first definition line as an alias when its initials spell the term's acronym (`AMI` ← `Amazon Machine Image`). */
export function addExpansion(term: NameWithAliases, firstLine: string | undefined): NameWithAliases {
  if (!firstLine) return term;
  // The name first, then each alias, as `[name, ...aliases]` lists them: the first acronym the line spells decides.
  for (let k = -1; k < term.aliases.length; k++) {
    const acronym = k < 0 ? term.name : (term.aliases[k] as string);
    if (isAcronym(acronym) && spelledAcronym(acronym, firstLine)) {
      return { name: term.name, aliases: dedupe(term.name, [...term.aliases, firstLine.trim()]) };
    }
  }
  return term;
}

/** `ECS/EKS` names two terms; `CI/CD` stays one. */
export function splitSlashNames(name: string): string[] {
  if (!/^[A-Za-z0-9]+(?:\/[A-Za-z0-9]+)+$/.test(name)) return [name];
  const parts = name.split("/");
  return parts.every((p) => p.length >= 3 && isAcronym(p)) ? parts : [name];
}

/** The aliases whose folded form is neither empty, the name's, nor an earlier alias's (a name has one or two). */
function dedupe(name: string, aliases: string[]): string[] {
  if (aliases.length === 0) return aliases;
  const seen = [foldKey(name)];
  const out: string[] = [];
  for (const a of aliases) {
    const k = foldKey(a);
    if (k === "" || seen.includes(k)) continue;
    seen.push(k);
    out.push(a);
  }
  return out;
}
