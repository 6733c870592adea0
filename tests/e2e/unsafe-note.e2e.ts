/**
 * Notes are untrusted input: a highlight holding `<svg onload=…>` or `<script>` is shown as its literal text in the
 * review panel and in the hover card, an `<img onerror=…>` is an image (dropped from the text, never created), and
 * nothing in any of them runs (no flag, no dialog, no request for `x`).
 */
import assert from "node:assert/strict";
import type { E2ECase } from "./support/case";
import { askHarness, hoverCentre, markOf, openHarness, typeAtEnd } from "./support/harness-page";

const SVG = `<svg onload="window.__ancPwned=1;alert('svg')">`;
const SCRIPT = `<script>window.__ancPwned=2;alert('script')</script>`;
const IMG = `<img src=x onerror="window.__ancPwned=3;alert('img')">`;
const NOTE = [
  "- Amazon Evil", `    - 벡터 태그 ==${SVG}== 를 외운다`, `    - 스크립트 태그 ==${SCRIPT}== 도 외운다`, `    - 그림 태그 ${IMG} 는 글로 남지 않는다`,
].join("\n");

export const unsafeNoteCases: E2ECase[] = [
  {
    name: "a highlight holding <svg onload> or <script> shows as text in the panel and the hover card, an <img onerror> never appears, and nothing runs",
    async run(ctx) {
      const page = await openHarness(ctx, { note: "AWS/Evil tags.md" });
      await typeAtEnd(page, "note", NOTE);
      const scope = page.locator(".anc-scope-select");
      await page.waitForFunction(() => (window.ancHarness?.termCount() ?? 0) > 0 && window.ancHarness?.notePaths().includes("AWS/Evil tags.md"));
      await scope.selectOption("active");
      await page.locator(".anc-count-new .anc-count-value", { hasText: /^2$/ }).waitFor();

      await page.getByRole("button", { name: "Start review" }).click();
      await page.locator(".anc-card.is-question").waitFor();
      assert.equal(await page.locator(".anc-card-term").textContent(), "Amazon Evil");
      await page.keyboard.press("Space");
      const answers = [(await page.locator(".anc-card .anc-answer").first().textContent()) ?? ""];
      // Skipped, not graded: a graded card would bury its sibling, the note's other card, until tomorrow.
      await page.getByRole("button", { name: "Skip" }).click();
      await page.locator(".anc-card.is-question").waitFor();
      await page.keyboard.press("Space");
      answers.push((await page.locator(".anc-card .anc-answer").first().textContent()) ?? "");
      await page.keyboard.press("3");
      assert.deepEqual(answers.sort(), [SVG, SCRIPT].sort(), "both answers are shown as the literal markup");
      await page.getByText(SCRIPT).or(page.getByText(SVG)).first().waitFor({ state: "visible" });

      await typeAtEnd(page, "scratch", "Amazon Evil를 조심한다.");
      await hoverCentre(page, markOf(page, "scratch", "Amazon Evil"));
      const card = page.locator(".anc-term-tooltip");
      await card.waitFor({ state: "visible" });
      const lines = await card.locator(".anc-hover-card-definition li").allTextContents();
      assert.deepEqual(lines, [`벡터 태그 ${SVG} 를 외운다`, `스크립트 태그 ${SCRIPT} 도 외운다`, "그림 태그 는 글로 남지 않는다"]);
      await card.getByText(SVG, { exact: false }).waitFor({ state: "visible" });

      // Give a broken image time to fire its error handler, were one ever created.
      await page.waitForTimeout(300);
      const found = await page.evaluate(() => ({
        flag: (window as unknown as { __ancPwned?: number }).__ancPwned ?? null,
        images: document.querySelectorAll("img, svg[onload]").length,
        scripts: Array.from(document.scripts).map((s) => s.src.replace(/^.*\//, "") || "inline"),
      }));
      assert.deepEqual(found, { flag: null, images: 0, scripts: ["harness.js"] }, "no element from the note was created");
      assert.deepEqual(ctx.dialogs(), [], "no dialog opened");
      assert.ok(!ctx.serverRequests().includes("/x"), "the image source was never requested");
      assert.equal(await askHarness(page, "reviewCount"), 1);
    },
  },
];
