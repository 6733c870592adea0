import type { Card } from "../../../src/core/cards/types";
import { measureCoverage, type ServiceCoverage } from "../../../src/core/exam/coverage";
import type { ExamGuide } from "../../../src/core/exam/guides";
import { EXAM_GUIDES } from "../../../src/core/exam/guides";
import { catalogueEntryOf } from "../../../src/core/exam/term-names";
import { lookupCatalogue } from "../../../src/core/catalogue/catalogue";
import type { CardState } from "../../../src/core/review/types";

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 1);

/** A small guide over a few services, so every count can be checked by hand. */
const GUIDE: ExamGuide = {
  code: "SAA-C03", name: "Test guide",
  domains: [
    { id: "1", name: "Messaging", weight: 60, services: ["sqs", "sns", "eventbridge"] },
    { id: "2", name: "Compute", weight: 40, services: ["lambda", "ec2", "sqs"] },
  ],
};

const term = (name: string, aliases: string[] = []) => ({ name, aliases });

function card(id: string, term: string, kind?: "reverse"): Pick<Card, "id" | "term" | "answer" | "kind"> {
  return { id, term, answer: kind ? term : "blank", ...(kind ? { kind } : {}) };
}

function reviewed(stability: number): CardState {
  return {
    due: NOW + stability * DAY, stability, difficulty: 5, elapsedDays: 3, scheduledDays: stability, reps: 3, lapses: 0,
    learningStep: 0, state: "review", lastReview: NOW,
  };
}

describe("coverage of an exam's services", () => {
  const terms = [term("Amazon SQS"), term("SNS 토픽", ["SNS"]), term("람다"), term("Messaging patterns")];
  const cards = [
    card("sqs-1", "Amazon SQS"), card("sqs-2", "Amazon SQS", "reverse"),
    card("sns-1", "SNS 토픽"), card("sns-2", "SNS 토픽"),
    card("lambda-1", "람다"),
  ];
  const states = new Map<string, CardState>([
    ["sqs-1", reviewed(40)], ["sqs-2", reviewed(25)], ["sns-1", reviewed(3)],
  ]);
  const coverage = measureCoverage({ guide: GUIDE, terms, cards, stateOf: (id) => states.get(id) });
  const byId = (services: readonly ServiceCoverage[]) => Object.fromEntries(services.map((s) => [s.id, s.status]));

  it("tells known, reviewed, defined and missing services apart", () => {
    expect(byId(coverage.domains.flatMap((d) => d.services))).toEqual({
      // Every card reviewed and over three weeks' stability.
      sqs: "known",
      // One card answered, one not yet.
      sns: "reviewed",
      // Defined in Korean, its card never answered.
      lambda: "defined",
      eventbridge: "missing",
      ec2: "missing",
    });
  });

  it("counts per domain and overall, a service in two domains once overall", () => {
    expect(coverage.domains.map((d) => d.counts)).toEqual([
      { known: 1, reviewed: 1, defined: 0, missing: 1 },
      { known: 1, reviewed: 0, defined: 1, missing: 1 },
    ]);
    expect(coverage.counts).toEqual({ known: 1, reviewed: 1, defined: 1, missing: 2 });
    expect(coverage.total).toBe(5);
  });

  it("shows a missing service by its catalogue name only, never a definition", () => {
    const missing = coverage.domains[0]!.services.find((s) => s.id === "eventbridge")!;
    expect(missing).toEqual({ id: "eventbridge", name: "Amazon EventBridge", status: "missing", cards: 0, reviewedCards: 0 });
    const defined = coverage.domains[1]!.services.find((s) => s.id === "lambda")!;
    expect(defined).toMatchObject({ term: "람다", cards: 1, reviewedCards: 0 });
  });

  it("moves a service to known only once its weakest card passes the threshold", () => {
    const stricter = measureCoverage({ guide: GUIDE, terms, cards, stateOf: (id) => states.get(id), knownStabilityDays: 30 });
    expect(byId(stricter.domains[0]!.services).sqs).toBe("reviewed");
  });

  it("counts the in-scope services of a real guide, each once", () => {
    const real = measureCoverage({ guide: EXAM_GUIDES["CLF-C02"], terms, cards, stateOf: (id) => states.get(id) });
    const listed = new Set(EXAM_GUIDES["CLF-C02"].domains.flatMap((d) => d.services));
    expect(real.total).toBe(listed.size);
    expect(real.counts.known + real.counts.reviewed + real.counts.defined + real.counts.missing).toBe(listed.size);
    expect(real.counts).toMatchObject({ known: 1, reviewed: 1, defined: 1 });
  });
});

describe("the service a term names", () => {
  // A lookup that knows only Korean names of the messaging services, standing in for another catalogue.
  const koreanOnly = (name: string) => (name === "메시지 대기열" ? lookupCatalogue("SQS") : name === "알림" ? lookupCatalogue("SNS") : undefined);

  it("is found by the term's name, then by its aliases in order, through the lookup given", () => {
    expect(catalogueEntryOf(term("대기열 정리", ["알림", "메시지 대기열"]), koreanOnly)?.id).toBe("sns");
    expect(catalogueEntryOf(term("SQS", ["SNS"]), koreanOnly)).toBeUndefined();
    expect(catalogueEntryOf(term("SQS", ["SNS"]))?.id).toBe("sqs");
  });

  it("is what coverage files a term's cards under, with the lookup coverage is given", () => {
    const coverage = measureCoverage({
      guide: GUIDE, terms: [term("대기열", ["메시지 대기열"])], cards: [card("q-1", "대기열")], stateOf: () => reviewed(30),
      findEntry: koreanOnly,
    });
    expect(coverage.domains[0]!.services.find((s) => s.id === "sqs")).toMatchObject({ status: "known", term: "대기열", cards: 1 });
  });
});
