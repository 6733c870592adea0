import type { CardPhase, CardState, DroppedEntry } from "./types";

const PHASES: readonly CardPhase[] = ["new", "learning", "review", "relearning"];
const PHASE_INDEX: Readonly<Record<CardPhase, number>> = { new: 0, learning: 1, review: 2, relearning: 3 };

/** Rounds a float to the four decimals the stored data keeps. */
export const round4 = (x: number): number => Math.round(x * 10_000) / 10_000;

/** Compact state: [due, stability, difficulty, elapsedDays, scheduledDays, reps, lapses, step, phase, lastReview]. */
export type StateTuple = [number, number, number, number, number, number, number, number, number, number | null];

/** Numbers per state in the column form. */
const WIDTH = 10;

/** Appends a state's ten values to `out` (times relative to `ref`), in `encodeState` order. */
export function pushState(out: (number | null)[], s: CardState, ref: number): void {
  out.push(
    s.due - ref, round4(s.stability), round4(s.difficulty), round4(s.elapsedDays), round4(s.scheduledDays),
    s.reps, s.lapses, s.learningStep, PHASE_INDEX[s.state], s.lastReview === null ? null : s.lastReview - ref,
  );
}

/** Encodes a state as a tuple; times are stored relative to `ref` (0 for absolute). */
export function encodeState(s: CardState, ref = 0): StateTuple {
  return [
    s.due - ref, round4(s.stability), round4(s.difficulty), round4(s.elapsedDays), round4(s.scheduledDays),
    s.reps, s.lapses, s.learningStep, PHASE_INDEX[s.state], s.lastReview === null ? null : s.lastReview - ref,
  ];
}

/**
 * Checks the ten values of one state at `at` in `v` and builds it, or returns why it is invalid. Plain type checks
 * in a fixed order, no destructuring: 50,000 states decode in a few milliseconds.
 */
export function readState(v: readonly unknown[], at: number, ref: number): CardState | string {
  const due = v[at], stability = v[at + 1], difficulty = v[at + 2], elapsed = v[at + 3], scheduled = v[at + 4];
  const reps = v[at + 5], lapses = v[at + 6], step = v[at + 7], phase = v[at + 8], last = v[at + 9];
  if (!Number.isFinite(due) || !Number.isFinite(stability) || !Number.isFinite(difficulty)
    || !Number.isFinite(elapsed) || !Number.isFinite(scheduled)) return "state has a non-numeric field";
  if ((stability as number) < 0 || (difficulty as number) < 0 || (elapsed as number) < 0 || (scheduled as number) < 0) {
    return "state has a negative field";
  }
  if (!Number.isInteger(reps) || !Number.isInteger(lapses) || !Number.isInteger(step)
    || (reps as number) < 0 || (lapses as number) < 0 || (step as number) < 0) return "state has an invalid count";
  const state = Number.isInteger(phase) ? PHASES[phase as number] : undefined;
  if (!state) return "state has an unknown phase";
  if (last !== null && !Number.isFinite(last)) return "state has an invalid last review";
  return {
    due: (due as number) + ref, stability: stability as number, difficulty: difficulty as number,
    elapsedDays: elapsed as number, scheduledDays: scheduled as number, reps: reps as number, lapses: lapses as number,
    learningStep: step as number, state, lastReview: last === null ? null : (last as number) + ref,
  };
}

/** Decodes a state tuple, or returns why it is invalid. */
export function decodeState(x: unknown, ref = 0): CardState | string {
  if (!Array.isArray(x) || x.length !== WIDTH) return "state is not a 10-item array";
  return readState(x as unknown[], 0, ref);
}

/** Card states as two columns: the ids, and ten numbers per card in `encodeState` order (absolute times). */
export interface StateColumns {
  ids: string[];
  states: (number | null)[];
}

/** Encodes every state of `cards` into columns (one flat list of numbers parses several times faster than tuples). */
export function encodeStateColumns(cards: Readonly<Record<string, CardState>>): StateColumns {
  const ids = Object.keys(cards);
  const states: (number | null)[] = new Array<number | null>(ids.length * WIDTH);
  for (let i = 0, j = 0; i < ids.length; i++, j += WIDTH) {
    const s = cards[ids[i]!]!;
    states[j] = s.due;
    states[j + 1] = round4(s.stability);
    states[j + 2] = round4(s.difficulty);
    states[j + 3] = round4(s.elapsedDays);
    states[j + 4] = round4(s.scheduledDays);
    states[j + 5] = s.reps;
    states[j + 6] = s.lapses;
    states[j + 7] = s.learningStep;
    states[j + 8] = PHASE_INDEX[s.state];
    states[j + 9] = s.lastReview;
  }
  return { ids, states };
}

/** Decodes state columns into `out`; bad or repeated entries are reported in `dropped` and left out. */
export function decodeStateColumns(x: unknown, out: Record<string, CardState>, dropped: DroppedEntry[]): void {
  if (x === undefined) return;
  const columns: Partial<Record<keyof StateColumns, unknown>> = typeof x === "object" && x !== null ? x : {};
  const ids = columns.ids;
  const states = columns.states;
  if (!Array.isArray(ids) || !Array.isArray(states) || states.length !== ids.length * WIDTH) {
    dropped.push({ section: "cards", key: "*", reason: "cards are not id and state columns of matching length" });
    return;
  }
  for (let i = 0, j = 0; i < ids.length; i++, j += WIDTH) {
    const id: unknown = ids[i];
    if (typeof id !== "string" || id === "") {
      dropped.push({ section: "cards", key: String(i), reason: "empty id" });
      continue;
    }
    const state = readState(states, j, 0);
    if (typeof state === "string") dropped.push({ section: "cards", key: id, reason: state });
    else if (id in out) dropped.push({ section: "cards", key: id, reason: "repeated id" });
    else out[id] = state;
  }
}
