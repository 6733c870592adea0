/** Steps on the harness page that several cases share: opening it, typing into an editor, reading the marks. */
import type { Locator, Page } from "playwright-core";
import type { HarnessApi } from "../harness/api";
import type { E2EContext } from "./case";

/** The harness's two editors. */
export type PaneName = "scratch" | "note";

/** Opens the harness page and waits until its index and panel are ready. */
export async function openHarness(ctx: E2EContext, query: Record<string, string> = {}): Promise<Page> {
  const { page } = ctx;
  await page.goto(ctx.harnessUrl(query));
  await page.locator("body[data-harness=ready]").waitFor({ state: "attached", timeout: 10_000 });
  return page;
}

/** The editable content of an editor pane. */
export function editorContent(page: Page, pane: PaneName): Locator {
  return page.locator(`[data-pane="${pane}"] .cm-content`);
}

/** Clicks into the editor, moves to the end of its note and types `text` key by key (Enter for a newline). */
export async function typeAtEnd(page: Page, pane: PaneName, text: string): Promise<void> {
  await editorContent(page, pane).click();
  await page.keyboard.press("Control+End");
  await page.keyboard.type(text);
}

/** The marked terms of an editor as a reader sees them: [text, term id], in document order. */
export async function readMarks(page: Page, pane: PaneName): Promise<Array<[string, string]>> {
  return editorContent(page, pane).locator(".anc-term").evaluateAll((els) =>
    els.map((el): [string, string] => [el.textContent ?? "", el.getAttribute("data-term-id") ?? ""]),
  );
}

/** The marked span of `text` in an editor (the first one). */
export function markOf(page: Page, pane: PaneName, text: string): Locator {
  return editorContent(page, pane).locator(".anc-term", { hasText: text }).first();
}

/** The editor line holding `text`. */
export function lineOf(page: Page, pane: PaneName, text: string): Locator {
  return editorContent(page, pane).locator(".cm-line", { hasText: text }).first();
}

/** Calls one of the harness's read-outs in the page. */
export async function askHarness<K extends keyof HarnessApi>(page: Page, name: K, ...args: Parameters<HarnessApi[K]>): Promise<Awaited<ReturnType<HarnessApi[K]>>> {
  return page.evaluate(
    ([n, a]) => {
      const api = window.ancHarness as unknown as Record<string, (...xs: unknown[]) => unknown> | undefined;
      if (!api) throw new Error("the harness is not ready");
      const fn = api[n];
      if (!fn) throw new Error(`the harness has no ${n}`);
      return fn(...a);
    },
    [name, args] as [string, unknown[]],
  ) as Promise<Awaited<ReturnType<HarnessApi[K]>>>;
}

/** Moves the real pointer to the middle of `target` and returns where it rests. */
export async function hoverCentre(page: Page, target: Locator): Promise<{ x: number; y: number }> {
  const box = await target.boundingBox();
  if (!box) throw new Error("the element to hover is not on screen");
  const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.mouse.move(point.x - 40, point.y + 30);
  await page.mouse.move(point.x, point.y, { steps: 5 });
  return point;
}
