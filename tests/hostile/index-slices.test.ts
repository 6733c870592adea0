import fc from "fast-check";
import { GlossaryIndex } from "../../src/core/glossary/glossary-index";
import { runInSlices } from "../../src/core/slices";
import { DEFAULT_SETTINGS } from "../../src/settings";
import { generateVault } from "../../scripts/generate-vault";
import { GOOD_NOTE } from "./hostile-notes";

/**
 * A clock that moves only when work says so: each note "costs" time in proportion to its size, so the test can see
 * where the pauses fall without reading a real clock.
 */
function fakeClock() {
  let now = 0;
  const pausesAt: number[] = [];
  /** Clock time each slice started and ended at. */
  const slices: { from: number; to: number }[] = [];
  let sliceFrom = 0;
  return {
    now: () => now,
    advance: (ms: number) => { now += ms; },
    pause: async () => {
      pausesAt.push(now);
      slices.push({ from: sliceFrom, to: now });
      // The UI gets a frame; time passes outside the indexer.
      now += 16;
      sliceFrom = now;
      await Promise.resolve();
    },
    finish: () => slices.push({ from: sliceFrom, to: now }),
    pausesAt,
    slices,
  };
}

const BUDGET = 12;

describe("indexing in slices", () => {
  it("gives the thread back whenever a slice has used its budget, so no slice runs past it by more than one note", async () => {
    const files = generateVault({ notes: 300, seed: 42, targetBytes: 600_000 });
    const clock = fakeClock();
    const index = new GlossaryIndex({ ...DEFAULT_SETTINGS });
    // One millisecond per kilobyte of note: what a note costs is the only thing that moves the clock.
    const costOf = (text: string): number => text.length / 1000;
    const done = await runInSlices(files, (f) => {
      index.setNote(f.path, f.text);
      clock.advance(costOf(f.text));
    }, { budgetMs: BUDGET, now: clock.now, pause: clock.pause });
    clock.finish();

    expect(done).toBe(files.length);
    expect(index.paths()).toHaveLength(files.length);
    const biggest = Math.max(...files.map((f) => costOf(f.text)));
    expect(clock.pausesAt.length).toBeGreaterThan(10);
    for (const s of clock.slices) expect(s.to - s.from).toBeLessThan(BUDGET + biggest);
    // Every pause came only after the budget was used (no needless yields that would slow the scan).
    for (const s of clock.slices.slice(0, -1)) expect(s.to - s.from).toBeGreaterThanOrEqual(BUDGET);
  });

  it("pauses after any single note that uses the whole budget by itself, and still indexes the good note after it", async () => {
    const clock = fakeClock();
    const index = new GlossaryIndex({ ...DEFAULT_SETTINGS });
    const notes = [
      { path: "AWS/huge.md", text: `- Amazon S3\n\t- ${"데이터 ".repeat(200_000)}`, cost: 40 },
      { path: GOOD_NOTE.path, text: GOOD_NOTE.text, cost: 1 },
    ];
    await runInSlices(notes, (n) => {
      index.setNote(n.path, n.text);
      clock.advance(n.cost);
    }, { budgetMs: BUDGET, now: clock.now, pause: clock.pause });
    expect(clock.pausesAt).toEqual([40]);
    expect(index.getNote(GOOD_NOTE.path)?.terms.map((t) => t.name)).toEqual([...GOOD_NOTE.terms]);
  });

  it("never runs more than the budget plus one item between pauses, whatever the costs (property)", async () => {
    await fc.assert(fc.asyncProperty(fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 200 }), fc.integer({ min: 1, max: 20 }), async (costs, budget) => {
      const clock = fakeClock();
      const done = await runInSlices(costs, (c) => clock.advance(c), { budgetMs: budget, now: clock.now, pause: clock.pause });
      clock.finish();
      expect(done).toBe(costs.length);
      const most = Math.max(0, ...costs);
      for (const s of clock.slices) expect(s.to - s.from).toBeLessThan(budget + most);
    }), { numRuns: 200 });
  });

  it("stops between notes when cancelled (the plugin was unloaded)", async () => {
    const clock = fakeClock();
    const seen: number[] = [];
    const done = await runInSlices([1, 2, 3, 4, 5], (n) => {
      seen.push(n);
      clock.advance(BUDGET);
    }, { budgetMs: BUDGET, now: clock.now, pause: clock.pause, cancelled: () => seen.length >= 2 });
    expect(done).toBe(2);
    expect(seen).toEqual([1, 2]);
  });
});
