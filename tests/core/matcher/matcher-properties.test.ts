import fc from "fast-check";
import { buildMatcher } from "../../../src/core/matcher/matcher";
import { foldText, isHangul, isLatinOrDigit } from "../../../src/core/matcher/chars";

// A small alphabet so that random names really occur in random text.
const piece = fc.constantFrom("S", "Q", "s", "E", "C", "2", "a", "데", "이", "터", "를", "빅", " ", "\u00a0", "-", "에서");
const name = fc.array(piece, { minLength: 1, maxLength: 5 }).map((p) => p.join(""));
const glossary = fc.array(
  fc.record({ name, aliases: fc.array(name, { maxLength: 2 }) }),
  { maxLength: 8 },
).map((terms) => terms.map((t, i) => ({ id: `t${i}`, ...t })));
const text = fc.array(piece, { maxLength: 60 }).map((p) => p.join(""));

describe("matcher properties", () => {
  it("matches never overlap, lie inside the range, run left to right and sit on boundaries", () => {
    fc.assert(
      fc.property(glossary, text, fc.nat(70), fc.nat(70), (terms, t, a, b) => {
        const from = Math.min(a, b, t.length);
        const to = Math.min(Math.max(a, b), t.length);
        const matches = buildMatcher(terms).findTerms(t, from, to);
        let reached = from;
        for (const m of matches) {
          expect(m.from).toBeGreaterThanOrEqual(reached);
          expect(m.to).toBeGreaterThan(m.from);
          expect(m.to).toBeLessThanOrEqual(to);
          reached = m.to;
          const first = t.charCodeAt(m.from);
          const last = t.charCodeAt(m.to - 1);
          if (m.from > 0) {
            const before = t.charCodeAt(m.from - 1);
            expect(isLatinOrDigit(first) && isLatinOrDigit(before)).toBe(false);
            expect(isHangul(first) && isHangul(before)).toBe(false);
          }
          if (m.to < t.length) expect(isLatinOrDigit(last) && isLatinOrDigit(t.charCodeAt(m.to))).toBe(false);
          // What was found is one of the term's names, up to case and blanks.
          const term = terms.find((x) => x.id === m.termId);
          const names = [term?.name ?? "", ...(term?.aliases ?? [])].map((n) => foldText(n.replace(/\s+/g, " ").trim()));
          expect(names).toContain(foldText(t.slice(m.from, m.to)));
        }
      }),
      { numRuns: 500 },
    );
  });

  it("finds every name written alone between spaces", () => {
    fc.assert(
      fc.property(glossary, (terms) => {
        const matcher = buildMatcher(terms);
        for (const term of terms) {
          const clean = term.name.replace(/\s+/g, " ").trim();
          if (clean.length < 2) continue;
          const written = ` ${clean} `;
          const found = matcher.findTerms(written);
          // Something at least as long covers the name (another term may share its text).
          expect(found.some((m) => m.from <= 1 && m.to >= 1 + clean.length)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
