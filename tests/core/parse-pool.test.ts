import { ParsePool, type ParseWorker } from "../../src/core/parse-pool";
import { parseNote } from "../../src/core/reading/parse-note";
import { answerParseRequest, type ParseReply, type ParseRequest } from "../../src/core/reading/parse-request";
import { DEFAULT_SETTINGS } from "../../src/settings";

const notes = Array.from({ length: 12 }, (_, i) => ({
  path: `AWS/${String(i).padStart(2, "0")}.md`,
  text: `- Amazon SQS ${i}\n\t- 완전관리형 ==메시지 큐== ${i}\n- AWS Lambda\n\t- ==서버리스== 컴퓨팅\n`,
}));

/**
 * A worker that answers on a later turn, as a real one does, with a copy of the reply (messages are copied); it counts
 * what it holds. `fail` makes it fail on its n-th request instead; `silent` never answers.
 */
class FakeWorker implements ParseWorker {
  static all: FakeWorker[] = [];
  holding = 0;
  mostHeld = 0;
  served = 0;
  terminated = false;
  /** The paths it was sent. */
  readonly sent: string[] = [];
  private onReply: (reply: ParseReply) => void = () => undefined;
  private onFail: (error: unknown) => void = () => undefined;

  constructor(private readonly how: { fail?: number; silent?: boolean; refuse?: string } = {}) {
    FakeWorker.all.push(this);
  }

  post(request: ParseRequest): void {
    this.holding++;
    this.mostHeld = Math.max(this.mostHeld, this.holding);
    const copy = structuredClone(request);
    this.sent.push(copy.path);
    setTimeout(() => {
      if (this.terminated || this.how.silent) return;
      if (++this.served === this.how.fail) return this.onFail(new Error("worker died"));
      this.holding--;
      this.onReply(copy.path === this.how.refuse ? { id: copy.id, error: "cannot read" } : structuredClone(answerParseRequest(copy)));
    }, 0);
  }

  listen(onReply: (reply: ParseReply) => void, onFail: (error: unknown) => void): void {
    this.onReply = onReply;
    this.onFail = onFail;
  }

  terminate(): void {
    this.terminated = true;
  }
}

const inPlace = (n: { path: string; text: string }) => parseNote(n.path, n.text, DEFAULT_SETTINGS);

beforeEach(() => {
  FakeWorker.all = [];
});

describe("the parse pool", () => {
  it("reads notes in its workers, a few at a time each, and gives the same notes as reading them in place", async () => {
    const pool = new ParsePool({ size: 2, perWorker: 3, spawn: () => new FakeWorker() });
    expect(pool.working).toBe(true);
    const read = await Promise.all(notes.map((n) => pool.parse(n.path, n.text, DEFAULT_SETTINGS)));
    expect(read).toEqual(notes.map(inPlace));
    expect(FakeWorker.all.map((w) => w.served)).toEqual([6, 6]);
    expect(FakeWorker.all.map((w) => w.mostHeld)).toEqual([3, 3]);
    let released = false;
    const other = new ParsePool({ size: 1, spawn: () => new FakeWorker(), release: () => { released = true; } });
    other.dispose();
    expect([FakeWorker.all[2]?.terminated, released, other.working]).toEqual([true, true, false]);
  });

  it("gives every note back unread when no worker can start (the caller reads them in place)", async () => {
    const broken: unknown[] = [];
    const pool = new ParsePool({ size: 2, spawn: () => { throw new Error("no workers here"); }, onBroken: (e) => broken.push(e) });
    expect(pool.working).toBe(false);
    expect(await Promise.all(notes.map((n) => pool.parse(n.path, n.text, DEFAULT_SETTINGS)))).toEqual(notes.map(() => null));
    expect(broken).toHaveLength(1);
  });

  it("gives back unread the notes a failed worker held, and all later ones: none is lost, none read twice", async () => {
    const broken: unknown[] = [];
    const pool = new ParsePool({ size: 2, perWorker: 2, spawn: () => new FakeWorker({ fail: 2 }), onBroken: (e) => broken.push(e) });
    const read = await Promise.all(notes.map((n) => pool.parse(n.path, n.text, DEFAULT_SETTINGS)));
    // The first answer of each worker came back read (the first two notes), every other note unread; no note was sent
    // to two workers.
    expect(read.map((note) => note !== null)).toEqual(notes.map((_, i) => i < 2));
    const sent = FakeWorker.all.flatMap((w) => w.sent);
    expect(new Set(sent).size).toBe(sent.length);
    read.forEach((note, i) => { if (note !== null) expect(note).toEqual(inPlace(notes[i]!)); });
    expect(broken).toHaveLength(1);
    expect(FakeWorker.all.every((w) => w.terminated)).toBe(true);
    expect(pool.working).toBe(false);
  });

  it("gives up a worker that holds notes and answers none, so a scan never waits forever", async () => {
    const timers: { run: () => void; ms: number; cleared: boolean }[] = [];
    const watchdog = {
      ms: 30_000,
      set: (run: () => void, ms: number) => { timers.push({ run, ms, cleared: false }); return timers.length - 1; },
      clear: (handle: unknown) => { (timers[handle as number] as { cleared: boolean }).cleared = true; },
    };
    // A worker that answers keeps its watchdog quiet.
    const answering = new ParsePool({ size: 1, perWorker: 2, spawn: () => new FakeWorker(), watchdog });
    await Promise.all(notes.slice(0, 4).map((n) => answering.parse(n.path, n.text, DEFAULT_SETTINGS)));
    expect(timers.every((t) => t.cleared)).toBe(true);
    timers.length = 0;
    const broken: unknown[] = [];
    const pool = new ParsePool({ size: 1, spawn: () => new FakeWorker({ silent: true }), watchdog, onBroken: (e) => broken.push(e) });
    const waiting = notes.slice(0, 3).map((n) => pool.parse(n.path, n.text, DEFAULT_SETTINGS));
    expect(timers.filter((t) => !t.cleared).map((t) => t.ms)).toEqual([30_000]);
    timers.find((t) => !t.cleared)?.run();
    expect(await Promise.all(waiting)).toEqual([null, null, null]);
    expect([broken.length, pool.working, FakeWorker.all.at(-1)?.terminated]).toEqual([1, false, true]);
  });

  it("turns down only the note a worker could not read", async () => {
    const pool = new ParsePool({ size: 1, spawn: () => new FakeWorker({ refuse: "AWS/03.md" }) });
    const settled = await Promise.allSettled(notes.map((n) => pool.parse(n.path, n.text, DEFAULT_SETTINGS)));
    expect(settled.map((s) => s.status)).toEqual(notes.map((n) => (n.path === "AWS/03.md" ? "rejected" : "fulfilled")));
    expect(pool.working).toBe(true);
  });

  it("gives back unread what is still waiting when it is stopped, at once", async () => {
    const pool = new ParsePool({ size: 1, perWorker: 2, spawn: () => new FakeWorker({ silent: true }) });
    const waiting = notes.slice(0, 5).map((n) => pool.parse(n.path, n.text, DEFAULT_SETTINGS));
    pool.dispose();
    expect(await Promise.all(waiting)).toEqual([null, null, null, null, null]);
    expect(await pool.parse("AWS/later.md", "- x\n", DEFAULT_SETTINGS)).toBeNull();
  });

  it("sends a worker the reading rules alone, never the rest of the settings", async () => {
    let sent: ParseRequest | null = null;
    const pool = new ParsePool({
      size: 1,
      spawn: () => ({
        post: (request) => { sent = request; },
        listen: () => undefined,
        terminate: () => undefined,
      }),
    });
    void pool.parse("AWS/a.md", "- x\n", { ...DEFAULT_SETTINGS, folders: ["AWS"] });
    expect(Object.keys((sent as ParseRequest | null)?.options ?? {}).sort()).toEqual(["autoDetect", "clozeBold", "clozeEquals", "clozeMark", "folders", "tags"]);
    pool.dispose();
  });
});
