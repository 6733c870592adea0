/**
 * `node scripts/run.mjs hostile-vault <dir> [--size N]` writes the hostile notes of issue 7 and two good notes into
 * `<dir>`, so `npm run --silent inspect -- <dir> --json` can be tried on them.
 * `node scripts/run.mjs hostile-vault --measure [--notes N]` times parsing each hostile shape at size n and 8n and
 * flags any that grows more than 12 times (superlinear), then indexes a generated vault of N notes (10,000 by
 * default) and the hostile vault through `runInSlices` with the plugin's 12 ms budget and reports the worst pause.
 */
import { existsSync, readdirSync } from "node:fs";
import { buildCards } from "../src/core/cards/build-cards";
import { parseNote } from "../src/core/reading/parse-note";
import { buildHostileVault, HOSTILE_CASES, hostilePath } from "../tests/hostile/hostile-notes";
import { measureSlices, type SliceFigures } from "./bench-slices";
import { collectGarbage, nowMs } from "./bench-timing";
import { benchSettings, writeVault } from "./bench-vault";
import { generateVault } from "./generate-vault";

const USAGE = "usage: node scripts/run.mjs hostile-vault <dir> [--size N] | --measure [--notes N] [--json]";
/** A time that grows more than this when the input grows 8 times is superlinear. */
const SUPERLINEAR_RATIO = 12;
const GROWTH = 8;
/** The plugin's slice budget (src/obsidian/vault-indexer.ts) and the pause issue 7 allows. */
const BUDGET_MS = 12;
const PAUSE_LIMIT_MS = 50;

interface Args {
  dir: string | null;
  size: number | null;
  measure: boolean;
  notes: number;
  json: boolean;
}

function parseArgs(argv: readonly string[]): Args | string {
  const out: Args = { dir: null, size: null, measure: false, notes: 10_000, json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === "--measure") out.measure = true;
    else if (a === "--json") out.json = true;
    else if (a === "--size" || a === "--notes") {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 0) return `${a} needs a whole number`;
      if (a === "--size") out.size = n;
      else out.notes = n;
    } else if (a.startsWith("--")) return `unknown option ${a}`;
    else if (out.dir === null) out.dir = a;
    else return `unexpected argument ${a}`;
  }
  if (!out.measure && out.dir === null) return "missing <dir>";
  return out;
}

/** Parse and card-building time of one hostile shape at two sizes. */
interface CaseTiming {
  name: string;
  about: string;
  n: number;
  ms: number;
  bigN: number;
  bigMs: number;
  ratio: number;
  superlinear: boolean;
  error?: string;
}

/** Fastest of `runs` timings of parsing a note of this text and building its cards (the work one note costs the index). */
function timeParse(path: string, text: string, runs: number): number {
  const settings = benchSettings();
  const samples: number[] = [];
  for (let r = 0; r < runs; r++) {
    collectGarbage();
    const start = nowMs();
    buildCards(parseNote(path, text, settings), settings);
    samples.push(nowMs() - start);
  }
  // The fastest run: garbage collection and other noise only ever add time, and growth is what is measured.
  return Math.min(...samples);
}

function measureCases(progress: (line: string) => void): CaseTiming[] {
  const out: CaseTiming[] = [];
  for (const c of HOSTILE_CASES) {
    if (c.testSize === 0) continue;
    const n = Math.max(1000, Math.round(c.testSize / 4));
    const row: CaseTiming = { name: c.name, about: c.about, n, ms: 0, bigN: n * GROWTH, bigMs: 0, ratio: 0, superlinear: false };
    try {
      row.ms = timeParse(hostilePath(c.name), c.make(n), 3);
      row.bigMs = timeParse(hostilePath(c.name), c.make(n * GROWTH), 3);
      // Below a millisecond the clock's noise decides the ratio; such a case is fast whatever its growth.
      row.ratio = row.bigMs / Math.max(row.ms, 0.5);
      row.superlinear = row.ratio > SUPERLINEAR_RATIO && row.bigMs > 5;
    } catch (e) {
      row.error = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    }
    out.push(row);
    progress(formatCase(row));
  }
  return out;
}

function formatCase(r: CaseTiming): string {
  if (r.error) return `  ${r.name.padEnd(22)} THROWS  ${r.error}`;
  const flag = r.superlinear ? "  SUPERLINEAR" : "";
  return `  ${r.name.padEnd(22)} n=${String(r.n).padStart(9)} ${r.ms.toFixed(1).padStart(9)} ms   8n=${String(r.bigN).padStart(9)} ` +
    `${r.bigMs.toFixed(1).padStart(9)} ms   x${r.ratio.toFixed(1)}${flag}`;
}

function formatSlices(label: string, f: SliceFigures): string {
  const over = f.worstPauseMs > PAUSE_LIMIT_MS ? `  OVER ${PAUSE_LIMIT_MS} ms` : "";
  return `  ${label}: ${f.notes} notes in ${f.slices} slices, ${(f.totalMs / 1000).toFixed(1)} s; longest slice ${f.maxSliceMs.toFixed(1)} ms, ` +
    `longest single note ${f.maxStepMs.toFixed(1)} ms, refresh at the end ${f.maxRefreshMs.toFixed(1)} ms; worst pause ` +
    `${f.worstPauseMs.toFixed(1)} ms${over}`;
}

async function measure(args: Args): Promise<number> {
  const log = args.json ? (): void => undefined : (line: string): void => console.log(line);
  log(`Parse + cards per hostile shape, size n and ${GROWTH}n (UTF-16 units); flagged when time grows over x${SUPERLINEAR_RATIO}:`);
  const cases = measureCases(log);
  const settings = benchSettings();
  const vault = generateVault({ notes: args.notes, seed: 20_240_601, targetBytes: args.notes * 4200 });
  const vaultBytes = vault.reduce((s, f) => s + Buffer.byteLength(f.text, "utf8"), 0);
  log(`\nIndexing through runInSlices with a ${BUDGET_MS} ms budget (the plugin's):`);
  const generated = await measureSlices(vault, settings, BUDGET_MS, false);
  log(formatSlices(`generated vault (${(vaultBytes / 1e6).toFixed(1)} MB)`, generated));
  let hostile: SliceFigures;
  let hostileError: string | null = null;
  // A note that makes the parser throw would end the scan here; the plugin's indexer catches it per note, so leave it out.
  const throwing: string[] = [];
  const indexable = buildHostileVault().filter((f) => {
    try {
      parseNote(f.path, f.text, settings);
      return true;
    } catch {
      throwing.push(f.path);
      return false;
    }
  });
  if (throwing.length > 0) {
    hostileError = `left out (the parser throws): ${throwing.join(", ")}`;
    log(`  hostile vault: ${hostileError}`);
  }
  hostile = await measureSlices([...indexable, ...vault.slice(0, 200)], settings, BUDGET_MS, false);
  log(formatSlices("hostile notes at test size + 200 generated notes", hostile));
  const bad = cases.filter((c) => c.superlinear || c.error);
  log(bad.length === 0 ? "\nNo superlinear or throwing shape." : `\nSuperlinear or throwing: ${bad.map((c) => c.name).join(", ")}`);
  if (args.json) console.log(JSON.stringify({ cases, generated: { ...generated, bytes: vaultBytes }, hostile, hostileError }, null, 2));
  return bad.length > 0 || generated.worstPauseMs > PAUSE_LIMIT_MS ? 1 : 0;
}

/** Entry point used by scripts/run.mjs. */
export async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === "string") {
    console.error(`hostile-vault: ${args}\n${USAGE}`);
    return 2;
  }
  if (args.measure) return measure(args);
  const dir = args.dir as string;
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    console.error(`hostile-vault: ${dir} is not empty; give a new or empty folder`);
    return 2;
  }
  const written = writeVault(dir, buildHostileVault(args.size ?? undefined));
  console.error(`wrote ${written} notes to ${dir}; try: npm run --silent inspect -- ${dir} --json`);
  return 0;
}
