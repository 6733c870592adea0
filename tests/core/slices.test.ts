import { runAhead, runInSlices } from "../../src/core/slices";

/** A clock that each item moves on by 5 ms; pauses and the hook are logged in order with the items. */
function setup(): { log: string[]; options: Parameters<typeof runInSlices>[2]; work: (item: number) => void } {
  let clock = 0;
  const log: string[] = [];
  return {
    log,
    work: (item) => {
      clock += 5;
      log.push(`item ${item}`);
    },
    options: {
      budgetMs: 12,
      now: () => clock,
      pause: () => {
        log.push("pause");
        return Promise.resolve();
      },
      afterSlice: () => log.push("catch up"),
    },
  };
}

describe("runInSlices", () => {
  it("brings derived data up to date after every slice, in a step of its own, and once more after the last item", async () => {
    const { log, options, work } = setup();
    const done = await runInSlices([1, 2, 3, 4, 5], work, options);
    expect(done).toBe(5);
    expect(log).toEqual([
      "item 1", "item 2", "item 3", "pause", "catch up", "pause",
      "item 4", "item 5", "pause", "catch up",
    ]);
  });

  it("ends a slice after the most items it may hold, however fast they went (notes from a cache)", async () => {
    const { log, options } = setup();
    const done = await runInSlices([1, 2, 3, 4, 5], (item) => { log.push(`item ${item}`); }, { ...options, maxItems: 2 });
    expect(done).toBe(5);
    expect(log).toEqual([
      "item 1", "item 2", "pause", "catch up", "pause", "item 3", "item 4", "pause", "catch up", "pause", "item 5", "pause", "catch up",
    ]);
  });

  it("does not catch up after a scan that was stopped or had nothing to read", async () => {
    const { log, options, work } = setup();
    let stop = false;
    const done = await runInSlices([1, 2, 3, 4], (item) => {
      work(item);
      stop = item === 2;
    }, { ...options, cancelled: () => stop });
    expect(done).toBe(2);
    expect(log).toEqual(["item 1", "item 2"]);
    const empty = setup();
    expect(await runInSlices([], empty.work, empty.options)).toBe(0);
    expect(empty.log).toEqual([]);
  });
});

describe("runAhead", () => {
  it("starts a few items ahead, and takes every item's result in item order however they finish", async () => {
    const started: number[] = [];
    const taken: string[] = [];
    // Later items finish sooner: the results still come in item order.
    const prepare = (item: number): Promise<string> => {
      started.push(item);
      return new Promise((resolve) => setTimeout(() => resolve(`note ${item}`), 10 - item));
    };
    const startedWhenTaking: number[] = [];
    const done = await runAhead([0, 1, 2, 3, 4, 5, 6], prepare, (item, result) => {
      taken.push(result);
      startedWhenTaking.push(started.length - item);
    }, 2, { budgetMs: Infinity, now: () => 0, pause: () => Promise.resolve() });
    expect(done).toBe(7);
    expect(taken).toEqual([0, 1, 2, 3, 4, 5, 6].map((i) => `note ${i}`));
    // While item i is taken, items up to i + 2 have started, never more.
    expect(startedWhenTaking).toEqual([3, 3, 3, 3, 3, 2, 1]);
  });

  it("counts only the taking against a slice's budget: waiting for a result leaves the thread free", async () => {
    let clock = 0;
    const log: string[] = [];
    // Each result takes 100 ms to come (a worker parsing), each take 4 ms of the thread.
    const prepare = (item: number): Promise<number> => new Promise((resolve) => setTimeout(() => {
      clock += 100;
      resolve(item);
    }, 0));
    await runAhead([0, 1, 2, 3, 4, 5, 6], prepare, (item) => {
      clock += 4;
      log.push(`take ${item}`);
    }, 3, { budgetMs: 12, now: () => clock, pause: () => { log.push("pause"); return Promise.resolve(); } });
    expect(log).toEqual(["take 0", "take 1", "take 2", "pause", "take 3", "take 4", "take 5", "pause", "take 6"]);
  });
});

