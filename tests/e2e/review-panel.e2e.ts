/** The review panel in a real browser: reveal, grade and the next card, once by keyboard and once by clicks. */
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import type { E2ECase } from "./support/case";
import { askHarness, lineOf, openHarness, typeAtEnd } from "./support/harness-page";

/** The card on screen as a user reads it. */
export interface CardOnScreen {
  term: string;
  prompt: string;
  /** Anki's counts as shown: new, learning, review. */
  counts: [number, number, number];
}

/** The three counts on screen. */
export async function readCounts(page: Page): Promise<[number, number, number]> {
  const value = async (kind: string): Promise<number> =>
    Number(await page.locator(`.anc-panel .anc-run-count-${kind} .anc-run-count-value`).textContent());
  return [await value("new"), await value("learning"), await value("review")];
}

/** Reads the shown card. */
export async function readCard(page: Page): Promise<CardOnScreen> {
  const panel = page.locator(".anc-panel");
  return {
    term: (await panel.locator(".anc-card-term").textContent()) ?? "",
    prompt: (await panel.locator(".anc-prompt").textContent()) ?? "",
    counts: await readCounts(page),
  };
}

/** Opens the harness and starts a review from the panel's overview; returns the first card. */
export async function startReview(page: Page): Promise<CardOnScreen> {
  await page.getByRole("button", { name: "Start review" }).click();
  await page.locator(".anc-card.is-question").waitFor();
  return readCard(page);
}

async function checkQuestion(page: Page): Promise<void> {
  assert.equal(await page.locator(".anc-card .anc-blank").count() > 0, true, "the question shows a blank");
  assert.equal(await page.locator(".anc-card .anc-answer").count(), 0, "the answer is hidden");
}

async function checkRevealed(page: Page): Promise<string> {
  await page.locator(".anc-card.is-revealed").waitFor();
  const answer = (await page.locator(".anc-card .anc-answer").first().textContent()) ?? "";
  assert.ok(answer.length > 0, "the answer is shown in place of the blank");
  assert.equal(await page.locator(".anc-grades button.anc-grade").count(), 4, "four rating buttons appear");
  return answer;
}

async function checkNextCard(page: Page, first: CardOnScreen): Promise<void> {
  await page.locator(".anc-card.is-question").waitFor();
  await checkQuestion(page);
  const next = await readCard(page);
  assert.notDeepEqual([next.term, next.prompt], [first.term, first.prompt], "a different card follows");
  // Good on a new card moves it into its learning steps (one learning card more) and buries its siblings: at least
  // one new card fewer.
  assert.equal(next.counts[1], first.counts[1] + 1, "the answered card is counted in learning");
  assert.ok(next.counts[0] <= first.counts[0] - 1, `the new count goes down (${first.counts[0]} → ${next.counts[0]})`);
  assert.equal(await askHarness(page, "reviewCount"), 1, "the answer was recorded in the review store");
}

export const reviewPanelCases: E2ECase[] = [
  {
    name: "the review panel reveals with Space, grades Good with 3 and shows the next card",
    async run(ctx) {
      const page = await openHarness(ctx);
      const first = await startReview(page);
      assert.ok(first.counts[0] > 0, "new cards are counted");
      await checkQuestion(page);
      await page.keyboard.press("Space");
      await checkRevealed(page);
      await page.keyboard.press("3");
      await checkNextCard(page, first);
    },
  },
  {
    name: "the review panel reveals with the Show answer button, grades with the Good button and shows the next card",
    async run(ctx) {
      const page = await openHarness(ctx);
      const first = await startReview(page);
      await checkQuestion(page);
      await page.getByRole("button", { name: /Show answer/ }).click();
      await checkRevealed(page);
      await page.locator("button.anc-grade-good").click();
      await checkNextCard(page, first);
    },
  },
  {
    name: "deleting the highlight of the card on screen skips it with a notice and shows the note's other card",
    async run(ctx) {
      const page = await openHarness(ctx, { note: "AWS/Quick.md" });
      await typeAtEnd(page, "note", "- Amazon Foo\n    - 가나 줄에서 ==알파== 를 외운다\n    - 다라 줄에서 ==베타== 를 외운다");
      await page.waitForFunction(() => window.ancHarness?.notePaths().includes("AWS/Quick.md") && (window.ancHarness.termCount() ?? 0) > 0);
      await page.locator(".anc-scope-select").selectOption("active");
      await page.locator(".anc-count-new .anc-count-value", { hasText: /^2$/ }).waitFor();
      const first = await startReview(page);
      const [shown, other] = first.prompt.includes("가나") ? ["가나", "다라"] : ["다라", "가나"];

      await lineOf(page, "note", shown).click();
      await page.keyboard.press("End");
      await page.keyboard.press("Shift+Home");
      await page.keyboard.press("Backspace");
      const notice = page.locator(".anc-panel .anc-message[role=status]");
      await notice.waitFor();
      assert.equal(await notice.textContent(), "A card's highlight was deleted, so it was skipped.");
      await page.locator(".anc-card.is-question .anc-prompt", { hasText: other }).waitFor();
      assert.equal(await askHarness(page, "reviewCount"), 0, "nothing was recorded for the skipped card");
      await ctx.screenshot("panel-notice-light", ".e2e-sidebar");
    },
  },
  {
    name: "the panel keeps Statistics open, and its figures current, while the note being typed in is saved",
    async run(ctx) {
      const page = await openHarness(ctx);
      await page.locator(".anc-stats-details > summary").click();
      await page.locator(".anc-stats-details .anc-stats").waitFor();
      const before = await page.locator(".anc-legend-new").textContent();
      const revision = await askHarness(page, "revision");
      await typeAtEnd(page, "note", "\n- Amazon Foo\n    - 시험용 메시징 서비스의 ==새 하이라이트==");
      await page.waitForFunction((r) => (window.ancHarness?.revision() ?? 0) > r, revision);
      // The cards-by-state figure counts the new highlight's card.
      await page.locator(".anc-legend-new", { hasNotText: before ?? "" }).waitFor();
      assert.equal(await page.locator(".anc-stats-details").evaluate((el) => (el as HTMLDetailsElement).open), true, "Statistics is still open");
      assert.equal(await page.locator(".anc-stats-details .anc-stats").count(), 1, "and drawn once");
    },
  },
];
