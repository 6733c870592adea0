/**
 * The browser tests' runner: launches Debian's Chromium through playwright-core (never a downloaded browser), keeps
 * it off the network except the local harness server, runs each case on a fresh page and reports it on one line.
 * A case fails on a thrown check, an uncaught page error, a console error, a dialog or a request off 127.0.0.1.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { DESKTOP, type E2ECase, type E2EContext } from "../tests/e2e/support/case";
import type { StaticServer } from "./e2e-server";

/** Chromium's switches: no sandbox (containers), no GPU, and none of its own network traffic. */
export const CHROMIUM_ARGS = [
  "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync",
];

/** One case's outcome. */
export interface CaseResult {
  name: string;
  ok: boolean;
  ms: number;
  error?: string;
  screenshot?: string;
}

/** How the runner runs. */
export interface RunnerOptions {
  server: StaticServer;
  /** Where screenshots go (`test-results/e2e`). */
  shotsDir: string;
  /** Longest a case may take before it fails. */
  caseTimeoutMs: number;
  log: (line: string) => void;
}

/** Starts Chromium headless with a fresh profile in `userDataDir`, in UTC and English. */
export async function launchChromium(executablePath: string, userDataDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: DESKTOP,
    timezoneId: "UTC",
    locale: "en-US",
    serviceWorkers: "block",
    acceptDownloads: false,
  });
}

function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60);
}

/** The error's message without Playwright's terminal colours. */
function describeError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  // eslint-disable-next-line no-control-regex -- the escape sequences of terminal colours are what is removed
  return text.replace(/\u001b\[[0-9;]*m/g, "").trim();
}

async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`took longer than ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, limit]);
  } finally {
    clearTimeout(timer);
  }
}

/** The smallest rectangle (in page pixels) around the first element of each selector. */
async function unionOfBoxes(page: Page, selectors: readonly string[]): Promise<{ x: number; y: number; width: number; height: number }> {
  await page.locator(selectors[0] ?? "body").first().scrollIntoViewIfNeeded();
  const boxes = [];
  for (const selector of selectors) {
    const box = await page.locator(selector).first().boundingBox();
    if (!box) throw new Error(`nothing to photograph: ${selector} is not on screen`);
    boxes.push(box);
  }
  const x = Math.max(0, Math.floor(Math.min(...boxes.map((b) => b.x))));
  const y = Math.max(0, Math.floor(Math.min(...boxes.map((b) => b.y))));
  const right = Math.ceil(Math.max(...boxes.map((b) => b.x + b.width)));
  const bottom = Math.ceil(Math.max(...boxes.map((b) => b.y + b.height)));
  return { x, y, width: right - x, height: bottom - y };
}

/** Watches a page for what must never happen, and hands the case its context. */
function watchPage(page: Page, options: RunnerOptions, blocked: string[]): { ctx: E2EContext; problems: () => string[] } {
  const consoleLines: string[] = [];
  const pageErrors: string[] = [];
  const dialogs: string[] = [];
  const firstRequest = options.server.requests.length;
  const firstBlocked = blocked.length;
  page.on("console", (m) => consoleLines.push(`${m.type()}: ${m.text()}`));
  page.on("pageerror", (e) => pageErrors.push(e.message));
  page.on("dialog", (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss().catch(() => undefined);
  });
  const ctx: E2EContext = {
    page,
    harnessUrl: (query = {}) => {
      const url = new URL(options.server.baseUrl);
      for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
      return url.toString();
    },
    async screenshot(name, selectors = []) {
      const path = join(options.shotsDir, `${name}.png`);
      const list = typeof selectors === "string" ? [selectors] : selectors;
      const clip = list.length > 0 ? await unionOfBoxes(page, list) : undefined;
      await page.screenshot({ path, animations: "disabled", ...(clip ? { clip } : {}) });
      return path;
    },
    serverRequests: () => options.server.requests.slice(firstRequest),
    consoleMessages: () => [...consoleLines],
    dialogs: () => [...dialogs],
  };
  const problems = (): string[] => [
    ...pageErrors.map((e) => `the page threw: ${e}`),
    ...consoleLines.filter((l) => l.startsWith("error: ")).map((l) => `console ${l}`),
    ...dialogs.map((d) => `the page opened a dialog (${d})`),
    ...blocked.slice(firstBlocked).map((u) => `the page asked the network for ${u}`),
  ];
  return { ctx, problems };
}

/** Runs `cases` one after another, each on its own page; logs one line per case. */
export async function runCases(context: BrowserContext, cases: readonly E2ECase[], options: RunnerOptions): Promise<CaseResult[]> {
  mkdirSync(options.shotsDir, { recursive: true });
  const blocked: string[] = [];
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(options.server.baseUrl)) await route.continue();
    else {
      blocked.push(url);
      await route.abort("blockedbyclient");
    }
  });
  const results: CaseResult[] = [];
  for (const c of cases) {
    const page = await context.newPage();
    page.setDefaultTimeout(5_000);
    await page.setViewportSize(c.viewport ?? DESKTOP);
    const { ctx, problems } = watchPage(page, options, blocked);
    const started = performance.now();
    const result: CaseResult = { name: c.name, ok: true, ms: 0 };
    try {
      await withTimeout(c.run(ctx), options.caseTimeoutMs);
      const found = problems();
      if (found.length > 0) throw new Error(found.join("\n"));
    } catch (error) {
      result.ok = false;
      result.error = describeError(error);
      result.screenshot = await ctx.screenshot(`failed-${slug(c.name)}`).catch(() => undefined);
    } finally {
      result.ms = Math.round(performance.now() - started);
      await page.close().catch(() => undefined);
    }
    results.push(result);
    options.log(`${result.ok ? "  ok  " : "  FAIL"} ${c.name} (${result.ms} ms)`);
    if (!result.ok) {
      for (const line of (result.error ?? "").split("\n")) options.log(`         ${line}`);
      if (result.screenshot) options.log(`         screenshot: ${result.screenshot}`);
    }
  }
  return results;
}
