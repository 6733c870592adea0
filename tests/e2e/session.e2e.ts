/**
 * A whole review session in a real browser, as a student sitting down for today's cards: keyboard only, mouse only
 * in the dark theme, and touch on a phone-sized screen. Each state is saved as a screenshot in test-results/e2e/.
 */
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import type { E2ECase } from "./support/case";
import { SQS_SENTENCE } from "./hover.e2e";
import { askHarness, hoverCentre, lowContrast, markOf, openHarness, tap, typeAtEnd } from "./support/harness-page";
import { readCard, readCounts, startReview } from "./review-panel.e2e";

/** A phone held upright. */
const PHONE_TALL = { width: 390, height: 844 };


/** The middle of the first element `selector` matches. */
async function middleOf(page: Page, selector: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(selector).first().boundingBox();
  assert.ok(box, `${selector} is on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

const total = (counts: readonly number[]): number => counts.reduce((a, b) => a + b, 0);

export const sessionCases: E2ECase[] = [
  {
    name: "a whole session by keyboard: the counts go down, Ctrl+Z takes an answer back, and the day ends done",
    async run(ctx) {
      const page = await openHarness(ctx, { learnAhead: "0" });
      const first = await startReview(page);
      await ctx.screenshot("session-question", ".e2e-sidebar");
      await page.keyboard.press("Space");
      await page.locator(".anc-card.is-revealed").waitFor();
      await ctx.screenshot("session-answer", ".e2e-sidebar");
      await page.keyboard.press("3");
      await page.locator(".anc-card.is-question").waitFor();
      const after = await readCounts(page);
      assert.ok(after[0] < first.counts[0], "the new count went down");

      await page.keyboard.press("Control+z");
      await page.locator(".anc-message", { hasText: "Answer taken back" }).waitFor();
      const back = await readCard(page);
      assert.deepEqual([back.term, back.prompt, back.counts], [first.term, first.prompt, first.counts], "the same card, the counts as they were");
      assert.equal(await askHarness(page, "reviewCount"), 0, "the answer no longer counts");
      await ctx.screenshot("session-undone", ".e2e-sidebar");

      // Bury the card, then answer everything else Good; learning cards wait beyond the (zero) learn-ahead limit.
      await page.getByRole("button", { name: "Bury" }).click();
      await page.locator(".anc-message", { hasText: "Buried until tomorrow" }).waitFor();
      let answered = 0;
      while (await page.locator(".anc-card.is-question").count() > 0) {
        const before = total(await readCounts(page));
        await page.keyboard.press("Space");
        await page.locator(".anc-card.is-revealed").waitFor();
        await page.keyboard.press("3");
        answered++;
        await page.locator(".anc-card.is-question, .anc-summary").first().waitFor();
        if (await page.locator(".anc-summary").count() > 0) break;
        assert.ok(total(await readCounts(page)) <= before, "the counts never go up");
      }
      assert.ok(answered > 3, `several cards were answered (${answered})`);
      await page.locator(".anc-summary .anc-heading", { hasText: "Done for today" }).waitFor();
      assert.match((await page.locator(".anc-later").textContent()) ?? "", /cards? in learning come/);
      await ctx.screenshot("session-done", ".e2e-sidebar");
      await page.getByRole("button", { name: "Study ahead" }).click();
      await page.locator(".anc-card.is-question").waitFor();
    },
  },
  {
    name: "a session by mouse in the dark theme: reveal and grade by buttons, undo by its button, suspend a card",
    async run(ctx) {
      const page = await openHarness(ctx, { theme: "dark" });
      const first = await startReview(page);
      await page.getByRole("button", { name: /Show answer/ }).click();
      await page.locator("button.anc-grade-good").click();
      await page.locator(".anc-card.is-question").waitFor();
      await ctx.screenshot("session-dark-next", ".e2e-sidebar");
      await page.getByRole("button", { name: "Undo", exact: true }).click();
      assert.deepEqual((await readCard(page)).prompt, first.prompt, "the answered card is asked again");
      await page.getByRole("button", { name: "Suspend" }).click();
      await page.locator(".anc-message", { hasText: "Suspended" }).waitFor();
      assert.notEqual((await readCard(page)).prompt, first.prompt, "the suspended card left the session");
      await page.getByRole("button", { name: "End", exact: true }).click();
      await page.getByRole("button", { name: "Back" }).click();
      await page.locator(".anc-set-aside > summary").click();
      await page.locator(".anc-set-aside-suspended li").first().waitFor();
      await ctx.screenshot("session-dark-set-aside", ".e2e-sidebar");
      await page.getByRole("button", { name: "Bring back" }).click();
      await page.locator(".anc-set-aside").waitFor({ state: "hidden" });
    },
  },
  {
    name: "touch at 390 × 844: a tap reveals, a second tap on the same spot grades Good, and the undo button takes it back",
    viewport: PHONE_TALL,
    async run(ctx) {
      const page = await openHarness(ctx, { touch: "1" });
      const first = await startReview(page);
      const spot = await middleOf(page, ".anc-show-answer");
      await tap(page, spot.x, spot.y);
      await page.locator(".anc-card.is-revealed").waitFor();
      await ctx.screenshot("session-phone-answer");
      const targets = await page.locator(".anc-grades button, .anc-set-aside-row button, .anc-run-foot button").evaluateAll(
        (els) => els.map((el) => Math.round(el.getBoundingClientRect().height)),
      );
      assert.ok(targets.every((h) => h >= 44), `every button is at least 44 px high (${targets.join(", ")})`);
      await tap(page, spot.x, spot.y);
      await page.locator(".anc-card.is-question").waitFor();
      assert.equal(await askHarness(page, "reviewCount"), 1, "the second tap graded the card");
      const undo = await middleOf(page, ".anc-run-foot .anc-undo");
      await tap(page, undo.x, undo.y);
      await page.locator(".anc-message", { hasText: "Answer taken back" }).waitFor();
      assert.equal((await readCard(page)).prompt, first.prompt);
      const widest = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(widest <= PHONE_TALL.width, `nothing is wider than the screen (${widest}px)`);
      await ctx.screenshot("session-phone-undone");
      // The reveal button (and so the grades) is the panel's last block, below the card and its buttons.
      const order = await page.locator(".anc-panel").evaluate((panel) => {
        const bottom = (sel: string): number => panel.querySelector(sel)?.getBoundingClientRect().bottom ?? -1;
        return { controls: bottom(".anc-controls"), foot: bottom(".anc-run-foot"), card: bottom(".anc-card") };
      });
      assert.ok(order.controls > order.foot && order.controls > order.card, `the reveal button is at the bottom (${JSON.stringify(order)})`);
      // The scope menu and the sections of the overview are big enough for a finger too.
      await page.getByRole("button", { name: "End", exact: true }).click();
      await page.getByRole("button", { name: "Back" }).click();
      const heights = await page.locator(".anc-scope-select, .anc-stats-details > summary").evaluateAll(
        (els) => els.map((el) => Math.round(el.getBoundingClientRect().height)),
      );
      assert.ok(heights.every((h) => h >= 44), `44 px or more (${heights.join(", ")})`);
    },
  },
  ...(["light", "dark"] as const).map((theme): E2ECase => ({
    name: `every label of the review panel and the hover card reads at 4.5:1 or more in the ${theme} theme`,
    async run(ctx) {
      const page = await openHarness(ctx, { theme });
      const overview = await lowContrast(page, ".anc-panel");
      await startReview(page);
      const question = await lowContrast(page, ".anc-panel");
      await page.keyboard.press("Space");
      await page.locator(".anc-grades").waitFor();
      const answer = await lowContrast(page, ".anc-panel");
      await typeAtEnd(page, "scratch", SQS_SENTENCE);
      await hoverCentre(page, markOf(page, "scratch", "SQS"));
      await page.locator(".anc-term-tooltip").waitFor({ state: "visible" });
      const hover = await lowContrast(page, ".anc-term-tooltip");
      assert.deepEqual([...overview, ...question, ...answer, ...hover], [], "labels under 4.5:1");
    },
  })),
];
