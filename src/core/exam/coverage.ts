/**
 * Coverage: for the chosen exam, which in-scope services the student's notes define, which they have reviewed, which
 * they know well, and which are missing — by the guide's domains. A missing service is only named (its catalogue
 * name): coverage never supplies a definition the notes do not have.
 */
import { CATALOGUE, lookupCatalogue } from "../catalogue/catalogue";
import type { CatalogueEntry } from "../catalogue/types";
import type { Card } from "../cards/types";
import type { Term } from "../glossary/types";
import { foldKey } from "../markdown/text";
import type { CardState } from "../review/types";
import type { ExamDomain, ExamGuide } from "./guides";
import { servicesInScope } from "./guides";
import { catalogueEntryOf } from "./term-names";

/**
 * Where a service stands, best first: `known` (every card of it reviewed and its weakest at or over the stability
 * threshold), `reviewed` (a card of it answered at least once), `defined` (a term of the notes names it), `missing`.
 */
export type CoverageStatus = "known" | "reviewed" | "defined" | "missing";

/** The statuses in order, best first. */
export const COVERAGE_STATUSES: readonly CoverageStatus[] = ["known", "reviewed", "defined", "missing"];

/** Stability (days) over which a card counts as known well by default: three weeks. */
export const KNOWN_STABILITY_DAYS = 21;

/** One in-scope service. */
export interface ServiceCoverage {
  /** Catalogue id. */
  id: string;
  /** The catalogue's name: all that is shown of a missing service. */
  name: string;
  status: CoverageStatus;
  /** The name of the notes' term for it, when they define it. */
  term?: string;
  /** Its cards, and how many of them were answered at least once. */
  cards: number;
  reviewedCards: number;
}

/** Services by status. */
export type CoverageCounts = Record<CoverageStatus, number>;

/** One domain of the guide with its services (in the guide's order) and their counts. */
export interface DomainCoverage {
  domain: ExamDomain;
  services: ServiceCoverage[];
  counts: CoverageCounts;
}

/** The whole exam: per domain, and over every in-scope service counted once. */
export interface ExamCoverage {
  guide: ExamGuide;
  domains: DomainCoverage[];
  counts: CoverageCounts;
  total: number;
}

/** Inputs of {@link measureCoverage}. */
export interface CoverageInput {
  guide: ExamGuide;
  terms: readonly Pick<Term, "name" | "aliases">[];
  cards: readonly Pick<Card, "id" | "term" | "answer" | "kind">[];
  stateOf: (cardId: string) => CardState | undefined;
  /** Stability in days from which a card is known well ({@link KNOWN_STABILITY_DAYS} by default). */
  knownStabilityDays?: number;
  /** The catalogue entry a name stands for (the built-in catalogue's lookup by default). */
  findEntry?: (name: string) => CatalogueEntry | undefined;
}

const emptyCounts = (): CoverageCounts => ({ known: 0, reviewed: 0, defined: 0, missing: 0 });

/**
 * Measures coverage. A term belongs to the service its name (or else an alias) names in the catalogue; a card belongs
 * to the service of the term it is filed under (`term`), or, for a question card, of the term it asks (`answer`).
 */
export function measureCoverage(input: CoverageInput): ExamCoverage {
  const find = input.findEntry ?? lookupCatalogue;
  const threshold = input.knownStabilityDays ?? KNOWN_STABILITY_DAYS;
  const termOf = new Map<string, string>();
  /** Folded term name or alias → the service the term names. */
  const serviceByName = new Map<string, string>();
  for (const term of input.terms) {
    const entry = catalogueEntryOf(term, find);
    if (!entry) continue;
    if (!termOf.has(entry.id)) termOf.set(entry.id, term.name);
    for (const name of [term.name, ...term.aliases]) if (!serviceByName.has(foldKey(name))) serviceByName.set(foldKey(name), entry.id);
  }
  const serviceOfName = (name: string): string | undefined => serviceByName.get(foldKey(name)) ?? find(name)?.id;
  const cardsOf = new Map<string, { cards: number; reviewed: number; weakest: number }>();
  for (const card of input.cards) {
    const id = (card.kind ? serviceOfName(card.answer) : undefined) ?? serviceOfName(card.term);
    if (id === undefined) continue;
    const tally = cardsOf.get(id) ?? { cards: 0, reviewed: 0, weakest: Infinity };
    const state = input.stateOf(card.id);
    tally.cards++;
    if (state && state.state !== "new" && state.lastReview !== null) tally.reviewed++;
    tally.weakest = Math.min(tally.weakest, state && state.state === "review" ? state.stability : 0);
    cardsOf.set(id, tally);
  }
  const measured = new Map<string, ServiceCoverage>();
  for (const id of servicesInScope(input.guide)) {
    const tally = cardsOf.get(id);
    const term = termOf.get(id);
    const reviewed = tally?.reviewed ?? 0;
    const status: CoverageStatus = tally && reviewed === tally.cards && tally.weakest >= threshold ? "known"
      : reviewed > 0 ? "reviewed" : term !== undefined || tally !== undefined ? "defined" : "missing";
    const service: ServiceCoverage = { id, name: nameOfId(id), status, cards: tally?.cards ?? 0, reviewedCards: reviewed };
    if (term !== undefined) service.term = term;
    measured.set(id, service);
  }
  const counts = emptyCounts();
  for (const service of measured.values()) counts[service.status]++;
  const domains = input.guide.domains.map((domain) => {
    const services = domain.services.map((id) => measured.get(id)!);
    const domainCounts = emptyCounts();
    for (const s of services) domainCounts[s.status]++;
    return { domain, services, counts: domainCounts };
  });
  return { guide: input.guide, domains, counts, total: measured.size };
}

/** The catalogue's names by id, made on first use (not while the plugin loads). */
let catalogueNames: Map<string, string> | null = null;

/** The catalogue's name of an id (every guide id is in the catalogue; the id itself otherwise). */
function nameOfId(id: string): string {
  catalogueNames ??= new Map(CATALOGUE.map((entry) => [entry.id, entry.name]));
  return catalogueNames.get(id) ?? id;
}
