import fc from "fast-check";
import { buildMergedTerm, TermMerge, type TermSource } from "../../../src/core/glossary/term-merge";
import { termKeys } from "../../../src/core/glossary/merge-terms";
import type { Term } from "../../../src/core/glossary/types";
import type { NoteTerm } from "../../../src/core/reading/types";
import { foldKey } from "../../../src/core/markdown/text";

/** The merge rules written out plainly, one source after another, with nothing kept for speed. */
function reference(sources: readonly TermSource[]): Term {
  let best = "";
  let bestPref = false;
  let bestWords = 0;
  const names: string[] = [];
  const keys: string[] = [];
  const definition: string[] = [];
  const refs: { path: string; line: number }[] = [];
  sources.forEach((s, i) => {
    const name = s.term.name;
    const pref = /^(?:Amazon|AWS)\s/.test(name);
    const words = name.split(" ").length;
    if (i === 0 || (pref && !bestPref) || (pref === bestPref && name.length > best.length && words <= bestWords + 1)) {
      best = name;
      bestPref = pref;
      bestWords = words;
    }
    for (const n of [name, ...s.term.aliases]) {
      if (keys.includes(foldKey(n))) continue;
      keys.push(foldKey(n));
      names.push(n);
    }
    for (const d of s.term.definition) if (i === 0 || !definition.includes(d)) definition.push(d);
    refs.push({ path: s.path, line: s.term.line });
  });
  const id = foldKey(best);
  return { id, name: best, aliases: names.filter((_, i) => keys[i] !== id), definition, sources: refs };
}

/** Few names (case variants, prefixed and longer ones) so sources overlap; sometimes many, to pass the scan limits. */
const FEW_NAMES = ["EC2", "ec2", "Amazon EC2", "amazon ec2", "AWS EC2", "Elastic Compute Cloud", "Amazon Elastic Compute Cloud", "Compute", "A", "AWS  Lambda"];
const name = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...FEW_NAMES) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 40 }).map((n) => `Name ${n}`) },
);
const line = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom("가상 서버", "인스턴스", "가상 서버 ", "서버리스") },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 150 }).map((n) => `줄 ${n}`) },
);
const source: fc.Arbitrary<TermSource> = fc.record({
  path: fc.constantFrom("a.md", "b.md", "c/d.md"),
  name,
  aliases: fc.array(name, { maxLength: 3 }),
  definition: fc.array(line, { maxLength: 12 }),
  line: fc.integer({ min: 1, max: 50 }),
}).map(({ path, name: n, aliases, definition, line: at }) => {
  const term: NoteTerm = { name: n, aliases, definition, line: at, lines: { from: at, to: at + 1 } };
  return { path, term, keys: termKeys(term) };
});
const sources = fc.array(source, { minLength: 1, maxLength: 40 });

describe("TermMerge", () => {
  it("merges like the rules written out plainly", () => {
    fc.assert(fc.property(sources, (list) => {
      expect(buildMergedTerm(list)).toEqual(reference(list));
    }), { numRuns: 400 });
  });

  it("merges many names and lines (kept in sets past a few) like the rules written out plainly", () => {
    fc.assert(fc.property(fc.array(source, { minLength: 30, maxLength: 80 }), (list) => {
      expect(buildMergedTerm(list)).toEqual(reference(list));
    }), { numRuns: 100 });
  });

  it("gives the same terms when one builder is reset between them", () => {
    fc.assert(fc.property(fc.array(sources, { maxLength: 5 }), (lists) => {
      const merge = new TermMerge();
      for (const list of lists) {
        merge.addSources(list);
        expect(merge.term()).toEqual(reference(list));
        merge.reset();
      }
    }), { numRuns: 200 });
  });

  it("goes on from a term as if its sources had been added, and its builder goes on too", () => {
    fc.assert(fc.property(sources, sources, sources, (first, second, third) => {
      const merge = new TermMerge();
      merge.addSources(first);
      const term = merge.term();
      const resumed = TermMerge.resume(term, merge.nameKeyList(), merge.primaryListed());
      resumed.addSources(second);
      expect(resumed.term()).toEqual(reference([...first, ...second]));
      // And once more from the resumed one (as a group that grows twice).
      const again = TermMerge.resume(resumed.term(), resumed.nameKeyList(), resumed.primaryListed());
      again.addSources(third);
      resumed.addSources(third);
      expect(again.term()).toEqual(reference([...first, ...second, ...third]));
      expect(resumed.term()).toEqual(reference([...first, ...second, ...third]));
    }), { numRuns: 300 });
  });

  it("hands its sources over to a detached builder, and starts afresh", () => {
    fc.assert(fc.property(sources, sources, sources, (first, second, other) => {
      const merge = new TermMerge();
      merge.addSources(other);
      merge.reset();
      merge.addSources(first);
      const detached = merge.detach();
      detached.addSources(second);
      expect(detached.term()).toEqual(reference([...first, ...second]));
      merge.addSources(other);
      expect(merge.term()).toEqual(reference(other));
    }), { numRuns: 200 });
  });

  it("hands out terms that later sources leave alone", () => {
    const term = (n: string, definition: string[]): TermSource => {
      const t: NoteTerm = { name: n, aliases: [], definition, line: 1, lines: { from: 1, to: 2 } };
      return { path: "a.md", term: t, keys: termKeys(t) };
    };
    const merge = new TermMerge();
    merge.add(term("EC2", ["가상 서버"]));
    const before = merge.term();
    merge.add(term("Amazon EC2", ["인스턴스"]));
    expect(before).toEqual({ id: "ec2", name: "EC2", aliases: [], definition: ["가상 서버"], sources: [{ path: "a.md", line: 1 }] });
    expect(merge.term()).toMatchObject({ id: "amazon ec2", aliases: ["EC2"], definition: ["가상 서버", "인스턴스"] });
  });
});
