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

/**
 * Clicks into the editor, moves to the end of its note and types `text` key by key (Enter for a newline). The editor
 * must have the focus and the cursor at the end before the first key, and each Enter must have made its line before
 * the next line is typed: on a loaded machine keys otherwise run ahead of the editor (a re-index and a redraw can
 * land between them), which is how a newline went missing.
 */
export async function typeAtEnd(page: Page, pane: PaneName, text: string): Promise<void> {
  const content = editorContent(page, pane);
  await content.click();
  await page.waitForFunction((el) => el !== null && el.contains(document.activeElement), await content.elementHandle());
  await page.keyboard.press("Control+End");
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (i > 0) {
      const before = await content.locator(".cm-line").count();
      await page.keyboard.press("Enter");
      const handle = await content.elementHandle();
      await page.waitForFunction(({ el, n }) => el !== null && el.querySelectorAll(".cm-line").length > n, { el: handle, n: before });
    }
    const line = lines[i] ?? "";
    if (line !== "") await page.keyboard.type(line);
  }
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

/** A tap the way a touch screen sends it: touch start and end, from which the browser makes its own mouse events. */
export async function tap(page: Page, x: number, y: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setTouchEmulationEnabled", { enabled: true, maxTouchPoints: 1 });
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [{ x, y }] });
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  await cdp.detach();
}
