/** Structure of the benchmark's output on a tiny vault; no timing is asserted here (speed is `npm run bench`). */
import { main, runBench } from "../../scripts/bench";
import { formatTable, toJson, type BenchResults } from "../../scripts/bench-report";
import { editNote, SMALL_SIZES } from "../../scripts/bench-vault";

const isFigure = (x: unknown): boolean => typeof x === "number" && Number.isFinite(x) && x >= 0;

describe("npm run bench -- --small", () => {
  let results: BenchResults;
  let json: Record<string, unknown>;
  beforeAll(async () => {
    results = await runBench({ sizes: SMALL_SIZES, scanRefresh: false, progress: () => undefined });
    json = JSON.parse(JSON.stringify(toJson(results))) as Record<string, unknown>;
  }, 60_000);

  it("prints every key the issue names, each a finite non-negative number", () => {
    const wanted: Record<string, string[]> = {
      vault: ["notes", "bytes", "terms", "cards"],
      index: ["full_ms", "mb_per_s", "one_note_ms"],
      start: ["onload_ms", "warm_start_ms", "warm_worst_step_ms"],
      match: ["terms_100_mb_per_s", "terms_10000_mb_per_s"],
      queue: ["cards", "build_ms"],
      store: ["cards", "save_ms", "load_ms"],
    };
    for (const [group, keys] of Object.entries(wanted)) {
      const section = json[group] as Record<string, unknown>;
      for (const key of keys) expect([`${group}.${key}`, isFigure(section[key])]).toEqual([`${group}.${key}`, true]);
    }
    expect(isFigure(json.heap_mb)).toBe(true);
  });

  it("measures a vault that really has terms and cards, and the asked-for number of review cards", () => {
    const vault = json.vault as Record<string, number>;
    expect(vault.notes).toBe(SMALL_SIZES.notes);
    expect(vault.bytes).toBeGreaterThanOrEqual(SMALL_SIZES.targetBytes);
    expect(vault.terms).toBeGreaterThan(0);
    expect(vault.cards).toBeGreaterThan(0);
    expect((json.queue as Record<string, number>).cards).toBe(SMALL_SIZES.reviewCards);
    expect((json.store as Record<string, number>).cards).toBe(SMALL_SIZES.reviewCards);
    expect((json.store_year as Record<string, number>).cards).toBe(SMALL_SIZES.yearCards);
  });

  it("stores reviews that load back and save to the same text", () => {
    const store = json.store as Record<string, unknown>;
    expect(store.reviews).toBeGreaterThan(SMALL_SIZES.reviewCards);
    expect(store.round_trip).toBe(true);
  });

  it("counts the indexed notes of the sliced scan and at least one refresh", () => {
    const slices = json.slices as { notes: number; refreshes: number; worst_pause_ms: number; max_slice_ms: number };
    expect(slices.notes).toBe(SMALL_SIZES.sliceNotes);
    expect(slices.refreshes).toBeGreaterThanOrEqual(1);
    expect(slices.worst_pause_ms).toBeGreaterThanOrEqual(slices.max_slice_ms);
  });

  it("asks multiple-choice questions of the generated vault: questions counted and their options timed", () => {
    const exam = json.exam as Record<string, number>;
    expect(exam.questions).toBeGreaterThan(0);
    expect(exam.with_options).toBeGreaterThan(0);
    for (const key of ["pool_first_ms", "pool_after_edit_ms", "options_ms"]) expect([key, isFigure(exam[key])]).toEqual([key, true]);
  });

  it("prints a table with a pass or miss mark on each line that has a target", () => {
    const table = formatTable(results);
    const marked = table.split("\n").filter((line) => / (?:pass|MISS)$/.test(line));
    expect(marked.length).toBeGreaterThanOrEqual(9);
    expect(table).toMatch(/^Full index .*>= 50 MB\/s/m);
  });
});

describe("bench helpers and arguments", () => {
  it("edits a note in a way the index sees, differently each round", () => {
    const text = "- Amazon SQS\n\t- 완전관리형 메시지 큐\n";
    const first = editNote(text, 1);
    expect(first).not.toBe(text);
    expect(editNote(text, 2)).not.toBe(first);
    expect(first.startsWith("- Amazon SQS\n\t- 완전관리형 메시지 큐")).toBe(true);
  });

  it("refuses an unknown argument with the usage line and exit code 2", async () => {
    const errors = jest.spyOn(console, "error").mockImplementation(() => undefined);
    await expect(main(["--bogus"])).resolves.toBe(2);
    expect(errors.mock.calls[0]?.[0]).toMatch(/unknown argument --bogus[\s\S]*usage/);
    errors.mockRestore();
  });
});
