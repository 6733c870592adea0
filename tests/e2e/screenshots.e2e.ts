/**
 * Screenshots of the hover card and the review panel in Obsidian-like light and dark themes and at a phone's width,
 * saved to test-results/e2e/. Each also checks what the picture should show.
 */
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { PHONE, type E2ECase, type E2EContext } from "./support/case";
import { hoverCentre, markOf, openHarness, typeAtEnd } from "./support/harness-page";
import { SQS_SENTENCE } from "./hover.e2e";
import { startReview } from "./review-panel.e2e";

/** The computed background colour of the first element matching `selector`. */
async function backgroundOf(page: Page, selector: string): Promise<string> {
  return page.locator(selector).first().evaluate((el) => getComputedStyle(el).backgroundColor);
}

async function shootHover(ctx: E2EContext, theme: "light" | "dark"): Promise<void> {
  const page = await openHarness(ctx, { theme });
  await typeAtEnd(page, "scratch", `${SQS_SENTENCE}\n실패한 메시지는 데드 레터 큐로 보낸다.`);
  await hoverCentre(page, markOf(page, "scratch", "SQS"));
  await page.locator(".anc-term-tooltip").waitFor({ state: "visible" });
  const expected = theme === "dark" ? "rgb(30, 30, 30)" : "rgb(255, 255, 255)";
  assert.equal(await backgroundOf(page, ".anc-term-tooltip"), expected, `the card takes the ${theme} theme's background`);
  await ctx.screenshot(`hover-${theme}`, ['[data-pane="scratch"]', ".anc-term-tooltip"]);
  await ctx.screenshot(`workspace-${theme}`);
}

async function shootPanel(ctx: E2EContext, theme: "light" | "dark", name: string): Promise<void> {
  const page = await openHarness(ctx, { theme });
  await page.locator(".anc-overview").waitFor();
  if (theme === "light") await ctx.screenshot("panel-overview-light", ".e2e-sidebar");
  await startReview(page);
  await ctx.screenshot(`${name}-question`, ".e2e-sidebar");
  await page.keyboard.press("Space");
  await page.locator(".anc-grades").waitFor();
  await ctx.screenshot(name, ".e2e-sidebar");
}

export const screenshotCases: E2ECase[] = [
  { name: "screenshot: the hover card in the light theme", run: (ctx) => shootHover(ctx, "light") },
  { name: "screenshot: the hover card in the dark theme", run: (ctx) => shootHover(ctx, "dark") },
  { name: "screenshot: the review panel in the light theme", run: (ctx) => shootPanel(ctx, "light", "panel-light") },
  { name: "screenshot: the review panel in the dark theme", run: (ctx) => shootPanel(ctx, "dark", "panel-dark") },
  {
    name: "screenshot: at a phone's width the panel fits the screen and Good sits under the middle of the reveal button",
    viewport: PHONE,
    async run(ctx) {
      const page = await openHarness(ctx);
      await startReview(page);
      const reveal = await page.locator(".anc-show-answer").boundingBox();
      await page.keyboard.press("Space");
      const grades = page.locator("button.anc-grade");
      await grades.first().waitFor();
      const tops = await grades.evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top)));
      assert.equal(new Set(tops).size, 1, `the four buttons sit in one row (tops ${tops.join(", ")})`);
      const good = await page.locator("button.anc-grade-good").boundingBox();
      assert.ok(reveal && good, "both buttons are on screen");
      const middle = { x: reveal.x + reveal.width / 2, y: reveal.y + reveal.height / 2 };
      assert.ok(middle.x >= good.x && middle.x <= good.x + good.width && middle.y >= good.y && middle.y <= good.y + good.height,
        "a second tap where Show answer was lands on Good");
      const widest = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(widest <= PHONE.width, `nothing is wider than the screen (${widest}px)`);
      await ctx.screenshot("panel-phone", ".e2e-sidebar");
    },
  },
];
