/** The benchmark's inputs: its sizes, the generated vault, and an index built over it with the plugin's code. */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { GlossaryIndex } from "../src/core/glossary/glossary-index";
import { DEFAULT_SETTINGS, type PluginSettings } from "../src/settings";
import { generateNote, generateVault, type GeneratedFile } from "./generate-vault";

/** How big each part of the benchmark is; `--small` shrinks everything for a quick structural check. */
export interface BenchSizes {
  notes: number;
  targetBytes: number;
  /** Size of the note re-indexed on its own. */
  oneNoteBytes: number;
  /** Cards in the review history (real card ids first, topped up with synthetic ones). */
  reviewCards: number;
  /** Cards of the smaller history asked for by issue 3 (a year of reviews each). */
  yearCards: number;
  historyDays: number;
  matchBytes: number;
  /** Glossary sizes of the two match figures. */
  matchTermsFew: number;
  matchTermsMany: number;
  /** Notes indexed through `runInSlices` for the worst main-thread pause. */
  sliceNotes: number;
  sliceBudgetMs: number;
  /** Terms of the huge glossary whose matcher is built in steps (issue 12). */
  hugeTerms: number;
  /** Timed runs of each measurement (at most 3 for one slower than 250 ms). */
  runs: number;
}

/** The sizes the issue asks for. */
export const FULL_SIZES: Readonly<BenchSizes> = Object.freeze({
  notes: 5000, targetBytes: 21_000_000, oneNoteBytes: 10_000, reviewCards: 50_000, yearCards: 10_000, historyDays: 365,
  matchBytes: 1_000_000, matchTermsFew: 100, matchTermsMany: 10_000, sliceNotes: 10_000, sliceBudgetMs: 12, hugeTerms: 100_000,
  runs: 5,
});

/** A tiny run for tests: the same steps and output shape in a second or two. */
export const SMALL_SIZES: Readonly<BenchSizes> = Object.freeze({
  notes: 40, targetBytes: 160_000, oneNoteBytes: 10_000, reviewCards: 600, yearCards: 200, historyDays: 60,
  matchBytes: 20_000, matchTermsFew: 100, matchTermsMany: 10_000, sliceNotes: 80, sliceBudgetMs: 12, hugeTerms: 2_000,
  runs: 1,
});

/** The seed of every generator the benchmark calls. */
export const BENCH_SEED = 20_240_601;

/** The settings the benchmark indexes with: the plugin's defaults (AWS notes detected automatically). */
export function benchSettings(): PluginSettings {
  return { ...DEFAULT_SETTINGS, folders: [], tags: [], markColors: [], learningStepsMinutes: [...DEFAULT_SETTINGS.learningStepsMinutes] };
}

/** The generated vault, with one note replaced by a 10 KB AWS note: the one the one-note figure edits. */
export interface BenchVault {
  files: GeneratedFile[];
  bytes: number;
  /** Index into `files` of the note that is edited. */
  editedIndex: number;
}

/** Generates the vault in memory; deterministic for the given sizes. */
export function buildBenchVault(sizes: BenchSizes): BenchVault {
  const files = generateVault({ notes: sizes.notes, seed: BENCH_SEED, targetBytes: sizes.targetBytes });
  const editedIndex = Math.floor(files.length / 2);
  const original = files[editedIndex];
  if (original) {
    // A note of exactly the wanted size in place of a generated one, at a path the index treats as an AWS note.
    const note = findAwsNote(sizes.oneNoteBytes);
    files[editedIndex] = { path: original.path.replace(/^Personal\//, "AWS/Study notes/"), text: note.text };
  }
  const bytes = files.reduce((sum, f) => sum + Buffer.byteLength(f.text, "utf8"), 0);
  return { files, bytes, editedIndex };
}

/** The first generated note of about `bytes` that is not a diary note, so re-indexing it does real work. */
function findAwsNote(bytes: number): GeneratedFile {
  for (let index = 0; ; index++) {
    const note = generateNote({ seed: BENCH_SEED + 1, index, bytes });
    if (!note.path.startsWith("Personal/")) return note;
  }
}

/** Indexes every file in one batch, as the plugin's first vault scan does. */
export function indexFiles(files: readonly GeneratedFile[], settings: PluginSettings): GlossaryIndex {
  const index = new GlossaryIndex(settings);
  index.batch(() => {
    for (const f of files) index.setNote(f.path, f.text);
  });
  return index;
}

/**
 * The edited version of a note, as typing in a definition makes it: words appended to the first indented list item,
 * different for every `round`, so each edit is a real change. Falls back to appending a line.
 */
export function editNote(text: string, round: number): string {
  const line = /\n[ \t]+[-*+] [^\r\n]*/.exec(text);
  if (!line) return `${text}\n- edit ${round}\n`;
  const at = line.index + line[0].length;
  return `${text.slice(0, at)} 추가 메모 ${round}${text.slice(at)}`;
}

/**
 * The note with its term on 1-based `line` renamed (`Amazon SQS` → `Amazon SQS Renamed 3`), as typing a new name
 * makes it; null when the name is not written on that line.
 */
export function renameTerm(text: string, name: string, line: number, round: number): string | null {
  const lines = text.split("\n");
  const own = lines[line - 1];
  const at = own === undefined ? -1 : own.indexOf(name);
  if (own === undefined || at < 0) return null;
  lines[line - 1] = `${own.slice(0, at)}${name} Renamed ${round}${own.slice(at + name.length)}`;
  return lines.join("\n");
}

/** Writes the vault under `dir` (for `npm run inspect -- DIR`); returns how many files were written. */
export function writeVault(dir: string, files: readonly GeneratedFile[]): number {
  for (const f of files) {
    const full = join(dir, ...f.path.split("/"));
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, f.text, "utf8");
  }
  return files.length;
}
