/** Matching figures: 1 MB of mixed Korean/English prose against glossaries of 100 and 10,000 generated names. */
import { buildMatcher, type MatchableTerm, type TermMatcher } from "../src/core/matcher/matcher";
import { generateMixedText, generateTermNames } from "./generate-vault";
import { megabytesPerSecond, timeMedian } from "./bench-timing";
import { BENCH_SEED, type BenchSizes } from "./bench-vault";

/** What the match measurements found. */
export interface MatchFigures {
  textBytes: number;
  fewTerms: number;
  manyTerms: number;
  fewMbPerS: number;
  manyMbPerS: number;
  /** The real glossary of the benchmark vault over the same text. */
  vaultTerms: number;
  vaultMbPerS: number;
  /** Compiling the 10,000-term matcher. */
  buildManyMs: number;
  /** Matches found in the text by the 10,000-term matcher. */
  matches: number;
}

/** Glossary entries for generated names, without aliases. */
function toTerms(names: readonly string[]): MatchableTerm[] {
  return names.map((name, i) => ({ id: `t${i}`, name, aliases: [] }));
}

/**
 * Times `findTerms` over the text. The 100 names are the first 100 of the 10,000, and the text mentions only them,
 * so both glossaries find the same matches and the difference is the glossary's size alone.
 */
export function measureMatch(sizes: BenchSizes, vaultMatcher: TermMatcher): MatchFigures {
  const manyNames = generateTermNames(sizes.matchTermsMany, BENCH_SEED);
  const fewNames = manyNames.slice(0, sizes.matchTermsFew);
  const text = generateMixedText(sizes.matchBytes, fewNames, BENCH_SEED);
  const textBytes = Buffer.byteLength(text, "utf8");
  const manyTerms = toTerms(manyNames);

  let many: TermMatcher = buildMatcher(manyTerms);
  const buildManyMs = timeMedian({ warmup: 1, runs: sizes.runs }, () => undefined, () => {
    many = buildMatcher(manyTerms);
  });
  const few = buildMatcher(toTerms(fewNames));
  const counts = { warmup: 2, runs: sizes.runs };
  const rate = (m: TermMatcher): number => megabytesPerSecond(textBytes, timeMedian(counts, () => undefined, () => m.findTerms(text)));
  return {
    textBytes,
    fewTerms: few.termCount,
    manyTerms: many.termCount,
    fewMbPerS: rate(few),
    manyMbPerS: rate(many),
    vaultTerms: vaultMatcher.termCount,
    vaultMbPerS: rate(vaultMatcher),
    buildManyMs,
    matches: many.findTerms(text).length,
  };
}
