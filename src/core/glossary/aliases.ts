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
  const paren = PAREN.exec(full);
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
  const bare = PREFIX.exec(name);
  // `AWS Config` → `Config`, but `AWS 보안 서비스` keeps its prefix: `보안 서비스` names nothing in particular.
  if (bare && (bare[1] as string).trim().length >= 2 && /^[A-Za-z0-9]/.test((bare[1] as string).trim())) {
    aliases.push((bare[1] as string).trim());
  }
  return { name, aliases: dedupe(name, aliases) };
}

/** Acronyms and near-acronyms whose casing an expansion may fix (`Iaas`, `Paas`). */
function isAcronymLike(name: string): boolean {
  return isAcronym(name) || /^[A-Z][a-z]{1,3}[A-Z]?[a-z]?$/.test(name) && name.length <= 5;
}

/** Adds the first definition line as an alias when its initials spell the term's acronym (`AMI` ← `Amazon Machine Image`). */
export function addExpansion(term: NameWithAliases, firstLine: string | undefined): NameWithAliases {
  if (!firstLine) return term;
  const candidates = [term.name, ...term.aliases].filter(isAcronym);
  for (const acronym of candidates) {
    if (spelledAcronym(acronym, firstLine)) return { name: term.name, aliases: dedupe(term.name, [...term.aliases, firstLine.trim()]) };
  }
  return term;
}

/** `ECS/EKS` names two terms; `CI/CD` stays one. */
export function splitSlashNames(name: string): string[] {
  if (!/^[A-Za-z0-9]+(?:\/[A-Za-z0-9]+)+$/.test(name)) return [name];
  const parts = name.split("/");
  return parts.every((p) => p.length >= 3 && isAcronym(p)) ? parts : [name];
}

function dedupe(name: string, aliases: string[]): string[] {
  const seen = new Set([foldKey(name)]);
  const out: string[] = [];
  for (const a of aliases) {
    const k = foldKey(a);
    if (k === "" || seen.has(k)) continue;
    seen.add(k);
    out.push(a);
  }
  return out;
}
