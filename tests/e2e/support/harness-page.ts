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

/**
 * The panel's text below 4.5:1 against what is behind it (the nearest opaque background), as "text (ratio)".
 * Disabled controls are left out, as WCAG leaves them out, unless `readDisabled`: controls disabled only to show a
 * result (the options of a multiple-choice question after the pick) are still read.
 */
export async function lowContrast(page: Page, selector: string, readDisabled = false): Promise<string[]> {
  return page.locator(selector).first().evaluate((panel, withDisabled) => {
    // `rgb(r, g, b[, a])` with 0–255, or `color(srgb r g b[ / a])` with 0–1 (what a computed color-mix() gives).
    const rgb = (css: string): number[] => {
      const n = (css.match(/[\d.]+/g) ?? []).map(Number);
      return css.startsWith("color(srgb") ? n.map((v, i) => (i < 3 ? v * 255 : v)) : n;
    };
    const linear = (v: number): number => { const c = v / 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
    const luminance = ([r = 0, g = 0, b = 0]: number[]): number => 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    const behind = (el: Element | null): number[] => {
      for (let at = el; at; at = at.parentElement) {
        const bg = rgb(getComputedStyle(at).backgroundColor);
        if (bg.length >= 3 && (bg[3] ?? 1) > 0.5) return bg;
      }
      return [255, 255, 255];
    };
    const out: string[] = [];
    for (const el of Array.from(panel.querySelectorAll("*"))) {
      const own = Array.from(el.childNodes).some((n) => n.nodeType === 3 && (n.textContent ?? "").trim() !== "");
      if (!own || el.closest(withDisabled ? ".is-hidden" : "button:disabled, .is-hidden") || (el as HTMLElement).offsetParent === null) continue;
      const [a, b] = [luminance(rgb(getComputedStyle(el).color)), luminance(behind(el))];
      const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      if (ratio < 4.5) out.push(`${(el.textContent ?? "").trim().slice(0, 30)} (${ratio.toFixed(2)})`);
    }
    return out;
  }, readDisabled);
}
