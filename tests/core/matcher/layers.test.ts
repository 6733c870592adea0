import fc from "fast-check";
import { buildMatcher, type MatchableTerm } from "../../../src/core/matcher/matcher";
import { longestIncreasing, updateMatcher, type LayeredMatcher } from "../../../src/core/matcher/layers";

// Names from a few pieces, so that names share texts, prefixes and suffixes, and acronyms meet their lower-case twins.
const piece = fc.constantFrom(
  "SQS", "Sqs", "sqs", "EC2", "ec2", "S3", "IaaS", "iaas", "Amazon", "amazon", "데이터", "빅", "레이크", "를", "에서", "é", "e\u0301", "Lambda",
);
const sep = fc.constantFrom("", " ", "  ", "\u00a0", "-");
const name = fc.tuple(fc.array(fc.tuple(piece, sep), { minLength: 1, maxLength: 3 }), fc.constantFrom("", " ", "x"))
  .map(([parts, tail]) => parts.map(([p, s], i) => (i === 0 ? p : `${s}${p}`)).join("") + tail);
const term = fc.record({ name, aliases: fc.array(name, { maxLength: 2 }) });

type Edit =
  | { kind: "add"; at: number; term: { name: string; aliases: string[] } }
  | { kind: "remove"; at: number }
  | { kind: "rename"; at: number; name: string; newId: boolean }
  | { kind: "addAlias"; at: number; alias: string }
  | { kind: "removeAlias"; at: number; which: number }
  | { kind: "move"; at: number; to: number }
  | { kind: "swapNames"; at: number; other: number }
  | { kind: "shareId"; at: number; other: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("add" as const), at: fc.nat(), term }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("remove" as const), at: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("rename" as const), at: fc.nat(), name, newId: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("addAlias" as const), at: fc.nat(), alias: name }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("removeAlias" as const), at: fc.nat(), which: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("move" as const), at: fc.nat(), to: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("swapNames" as const), at: fc.nat(), other: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("shareId" as const), at: fc.nat(), other: fc.nat() }) },
);

/** Text: names seen so far (in a random case) between separators and Korean particles. */
const textPlan = fc.array(
  fc.record({
    pick: fc.nat(),
    cased: fc.constantFrom("as", "upper", "lower", "piece"),
    glue: fc.constantFrom(" ", "", "를", "에서는", "빅", "x", "\u00a0", ", ", "-"),
  }),
  { maxLength: 14 },
);

let nextId = 0;

/** Applies an edit to a copy of the glossary (term objects are never changed in place, as in the index). */
function apply(terms: MatchableTerm[], e: Edit): MatchableTerm[] {
  const out = terms.slice();
  const n = out.length;
  if (e.kind === "add") {
    out.splice(e.at % (n + 1), 0, { id: `n${nextId++}`, ...e.term });
    return out;
  }
  if (n === 0) return out;
  const at = e.at % n;
  const t = out[at] as MatchableTerm;
  if (e.kind === "remove") out.splice(at, 1);
  else if (e.kind === "rename") out[at] = { ...t, name: e.name, id: e.newId ? `r${nextId++}` : t.id };
  else if (e.kind === "addAlias") out[at] = { ...t, aliases: [...t.aliases, e.alias] };
  else if (e.kind === "removeAlias") out[at] = { ...t, aliases: t.aliases.filter((_, i) => i !== e.which % Math.max(1, t.aliases.length)) };
  else if (e.kind === "move") {
    out.splice(at, 1);
    out.splice(e.to % n, 0, t);
  } else if (e.kind === "swapNames") {
    const o = out[e.other % n] as MatchableTerm;
    out[at] = { ...t, name: o.name, aliases: o.aliases };
  } else {
    out[at] = { ...t, id: (out[e.other % n] as MatchableTerm).id };
  }
  return out;
}

function textOf(plan: ReadonlyArray<{ pick: number; cased: string; glue: string }>, pool: readonly string[]): string {
  return plan.map(({ pick, cased, glue }) => {
    const n = pool[pick % Math.max(1, pool.length)] ?? "SQS";
    const written = cased === "upper" ? n.toUpperCase() : cased === "lower" ? n.toLowerCase() : cased === "piece" ? n.slice(0, 3) : n;
    return `${written}${glue}`;
  }).join("");
}

describe("layered matcher", () => {
  it("finds after any sequence of name changes exactly what a fresh build finds", () => {
    fc.assert(
      fc.property(
        fc.array(term, { maxLength: 10 }),
        fc.array(fc.tuple(edit, textPlan, fc.nat(200), fc.nat(200)), { minLength: 1, maxLength: 12 }),
        fc.nat(5),
        (start, steps, rebaseEvery) => {
          let terms: MatchableTerm[] = start.map((t, i) => ({ id: `t${i}`, ...t }));
          let layered: LayeredMatcher = buildMatcher(terms);
          const pool = new Set<string>(terms.flatMap((t) => [t.name, ...t.aliases]));
          steps.forEach(([e, plan, a, b], round) => {
            terms = apply(terms, e);
            for (const t of terms) for (const n of [t.name, ...t.aliases]) pool.add(n);
            layered = rebaseEvery > 0 && round % (rebaseEvery + 3) === rebaseEvery + 2 ? buildMatcher(terms) : updateMatcher(layered, terms);
            const fresh = buildMatcher(terms);
            const text = textOf(plan, [...pool]);
            const from = Math.min(a, b, text.length);
            const to = Math.min(Math.max(a, b), text.length);
            expect(layered.findTerms(text)).toEqual(fresh.findTerms(text));
            expect(layered.findTerms(text, from, to)).toEqual(fresh.findTerms(text, from, to));
            expect(layered.termCount).toBe(fresh.termCount);
          });
        },
      ),
      { numRuns: 400 },
    );
  });

  it("keeps unchanged terms in the base and compiles only the changed ones", () => {
    const terms: MatchableTerm[] = [
      { id: "sqs", name: "Amazon SQS", aliases: ["SQS"] },
      { id: "sns", name: "Amazon SNS", aliases: ["SNS"] },
      { id: "lake", name: "데이터 레이크", aliases: [] },
    ];
    const base = buildMatcher(terms);
    const renamed = terms.map((t) => (t.id === "sns" ? { ...t, name: "Simple Notification Service" } : t));
    const next = updateMatcher(base, renamed);
    expect(next.base).toBe(base.base);
    expect(next.overlayTerms).toBe(1);
    expect(next.hiddenTerms).toBe(1);
    expect(next.findTerms("SNS와 Simple Notification Service, 데이터 레이크에서는")).toEqual([
      { from: 0, to: 3, termId: "sns", name: "Simple Notification Service" },
      { from: 5, to: 32, termId: "sns", name: "Simple Notification Service" },
      { from: 34, to: 41, termId: "lake", name: "데이터 레이크" },
    ]);
    // Renaming back needs no overlay at all.
    const back = updateMatcher(next, terms);
    expect([back.overlayTerms, back.hiddenTerms]).toEqual([0, 0]);
  });

  it("stays layered however many names are pasted at once, with a fresh build's matches (no long rebuild in one step)", () => {
    const many = (prefix: string, n: number): MatchableTerm[] =>
      Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, name: `${prefix} term ${i}`, aliases: [] }));
    const start = buildMatcher(many("old", 600));
    const few = updateMatcher(start, [...many("old", 600), ...many("new", 10)]);
    expect(few.base).toBe(start.base);
    expect(few.overlayTerms).toBe(10);
    const terms = [...many("old", 600), ...many("new", 2000)];
    const pasted = updateMatcher(few, terms);
    expect(pasted.base).toBe(start.base);
    expect(pasted.overlayTerms).toBe(2000);
    const text = "old term 5, new term 512 and new term 1999, old term 599";
    expect(pasted.findTerms(text)).toEqual(buildMatcher(terms).findTerms(text));
    expect(pasted.findTerms(text)).toHaveLength(4);
    // Removing most of the base hides it: still exact.
    const shrunk = updateMatcher(start, many("old", 40));
    expect(shrunk.hiddenTerms).toBe(560);
    expect(shrunk.findTerms("old term 39 and old term 41")).toEqual(buildMatcher(many("old", 40)).findTerms("old term 39 and old term 41"));
  });

  it("compiles at most the asked number of new names in one step; the rest match nothing until the next build", () => {
    const many = (prefix: string, n: number): MatchableTerm[] =>
      Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, name: `${prefix} term ${i}`, aliases: [] }));
    const start = buildMatcher(many("old", 50));
    const terms = [...many("old", 50), ...many("new", 30)];
    const bounded = updateMatcher(start, terms, 10);
    expect([bounded.overlayTerms, bounded.pendingTerms]).toEqual([10, 20]);
    // The first ten new terms in glossary order, and every old one, match as a fresh build would.
    expect(bounded.findTerms("old term 7, new term 9, new term 10").map((m) => m.termId)).toEqual(["old7", "new9"]);
    // Matched ids are those of the glossary it was given (positions are not shifted by the terms left out).
    expect(bounded.terms).toBe(terms);
    const whole = updateMatcher(bounded, terms);
    expect(whole.pendingTerms).toBe(0);
    expect(whole.findTerms("new term 10, new term 29").map((m) => m.termId)).toEqual(["new10", "new29"]);
    expect(updateMatcher(start, terms).pendingTerms).toBe(0);
  });

  it("longestIncreasing finds a longest strictly increasing run", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(20), { maxLength: 30 }), (values) => {
        const picked = longestIncreasing(values);
        for (let i = 1; i < picked.length; i++) {
          expect(picked[i] as number).toBeGreaterThan(picked[i - 1] as number);
          expect(values[picked[i] as number] as number).toBeGreaterThan(values[picked[i - 1] as number] as number);
        }
        // Quadratic reference for the length.
        const best = values.map(() => 1);
        for (let i = 0; i < values.length; i++) {
          for (let j = 0; j < i; j++) if ((values[j] as number) < (values[i] as number)) best[i] = Math.max(best[i] as number, (best[j] as number) + 1);
        }
        expect(picked.length).toBe(Math.max(0, ...best));
      }),
    );
  });
});
