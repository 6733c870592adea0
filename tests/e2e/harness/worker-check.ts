/** Reads notes in the plugin's parse workers (Web Workers from the bundled script, as in the app) and checks them. */
import { createParsePool } from "../../../src/obsidian/parse-workers";
import { parseNote } from "../../../src/core/reading/parse-note";
import type { ParseOptions } from "../../../src/core/reading/parse-note";
import type { HarnessNote } from "./demo-notes";

/** What reading `notes` in the workers gave. */
export interface WorkerCheck {
  /** Whether the notes were read by workers (false: none could start, or they failed and the page read them). */
  inWorkers: boolean;
  notes: number;
  /** How many came back exactly as reading them on the page gives them. */
  same: number;
}

export async function readInWorkers(notes: readonly HarnessNote[], options: ParseOptions): Promise<WorkerCheck> {
  const pool = createParsePool();
  if (!pool) return { inWorkers: false, notes: notes.length, same: 0 };
  const read = await Promise.all(notes.map((n) => pool.parse(n.path, n.text, options)));
  const inWorkers = pool.working && read.every((note) => note !== null);
  pool.dispose();
  const same = read.filter((note, i) => {
    const n = notes[i] as HarnessNote;
    return JSON.stringify(note) === JSON.stringify(parseNote(n.path, n.text, options));
  }).length;
  return { inWorkers, notes: notes.length, same };
}
