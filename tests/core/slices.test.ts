import { runInSlices } from "../../src/core/slices";

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
