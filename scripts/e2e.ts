/**
 * `npm run test:e2e [-- --grep TEXT]`
 * The real-browser tests of issue 6: builds the harness page from the plugin's code over demo-vault/, serves it on
 * 127.0.0.1, drives Debian's Chromium (`CHROMIUM_PATH`, else /usr/bin/chromium) through playwright-core, and saves
 * screenshots to test-results/e2e/. Exits 1 when a case fails or the browser is missing.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { codeBlockCases } from "../tests/e2e/code-block.e2e";
import { hoverCases } from "../tests/e2e/hover.e2e";
import { readingCases } from "../tests/e2e/reading.e2e";
import { reindexCases } from "../tests/e2e/reindex.e2e";
import { reviewPanelCases } from "../tests/e2e/review-panel.e2e";
import { screenshotCases } from "../tests/e2e/screenshots.e2e";
import { examCases } from "../tests/e2e/exam.e2e";
import { sessionCases } from "../tests/e2e/session.e2e";
import type { E2ECase } from "../tests/e2e/support/case";
import { unsafeNoteCases } from "../tests/e2e/unsafe-note.e2e";
import { workerCases } from "../tests/e2e/workers.e2e";
import { buildHarnessPage, HARNESS_FILES } from "./e2e-build";
import { launchChromium, runCases } from "./e2e-runner";
import { serveFiles } from "./e2e-server";

const USAGE = "usage: npm run test:e2e [-- --grep TEXT]";

/** Every case, in the order they run. */
export const ALL_CASES: readonly E2ECase[] = [
  ...hoverCases, ...codeBlockCases, ...reindexCases, ...reviewPanelCases, ...unsafeNoteCases, ...readingCases, ...sessionCases, ...screenshotCases, ...examCases, ...workerCases,
];

/** The repository root: the nearest folder above this script with the plugin's package.json. */
function findRoot(): string {
  for (const start of [__dirname, process.cwd()]) {
    let dir = start;
    for (;;) {
      const pkg = join(dir, "package.json");
      if (existsSync(pkg) && existsSync(join(dir, "demo-vault")) && readFileSync(pkg, "utf8").includes("\"aws-notes-cloze\"")) return dir;
      const up = dirname(dir);
      if (up === dir) break;
      dir = up;
    }
  }
  return process.cwd();
}

function parseGrep(args: readonly string[]): string | null | Error {
  if (args.length === 0) return null;
  if (args[0] === "--grep" && args[1] !== undefined && args.length === 2) return args[1].toLowerCase();
  return new Error(USAGE);
}

/** Runs the browser tests; returns the exit code. */
export async function main(args: string[]): Promise<number> {
  const grep = parseGrep(args);
  if (grep instanceof Error) {
    console.error(grep.message);
    return 2;
  }
  const cases = grep === null ? ALL_CASES : ALL_CASES.filter((c) => c.name.toLowerCase().includes(grep));
  const executable = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(executable)) {
    console.error(`e2e: no Chromium at ${executable}; install Debian's chromium package (.ci/run does) or set CHROMIUM_PATH`);
    console.log(`e2e: 0 passed, ${cases.length} failed`);
    return 1;
  }
  const root = findRoot();
  const pageDir = join(root, "node_modules", ".cache", "aws-notes-cloze", "e2e-page");
  const shotsDir = join(root, "test-results", "e2e");
  if (grep === null) rmSync(shotsDir, { recursive: true, force: true });
  const notes = await buildHarnessPage(root, pageDir);
  const server = await serveFiles(pageDir, HARNESS_FILES);
  const profile = mkdtempSync(join(tmpdir(), "anc-e2e-"));
  console.log(`e2e: harness over ${notes} demo-vault notes at ${server.baseUrl}, Chromium ${executable}`);
  let passed = 0;
  let failed = 0;
  try {
    const context = await launchChromium(executable, profile);
    try {
      const results = await runCases(context, cases, { server, shotsDir, caseTimeoutMs: 30_000, log: (line) => console.log(line) });
      passed = results.filter((r) => r.ok).length;
      failed = results.length - passed;
    } finally {
      await context.close();
    }
  } catch (error) {
    console.error(`e2e: the browser could not run: ${error instanceof Error ? error.message : String(error)}`);
    failed = Math.max(1, cases.length - passed);
  } finally {
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
  console.log(`e2e: screenshots in ${shotsDir}`);
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  return failed > 0 || cases.length === 0 ? 1 : 0;
}
