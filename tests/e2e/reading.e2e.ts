/**
 * Reading view: marks follow the glossary (drawn again when a term is added), and on a phone's screen a tap on a term
 * near any edge opens exactly one card, wholly on the screen.
 */
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import type { E2ECase, Viewport } from "./support/case";
import { askHarness, openHarness, tap, typeAtEnd } from "./support/harness-page";

/** A phone's screen in CSS pixels. */
const PHONE_SCREEN: Viewport = { width: 390, height: 844 };

/** The reading view's marks: [text, term id] in order. */
async function readingMarks(page: Page): Promise<Array<[string, string]>> {
  return page.locator(".e2e-reading .anc-term").evaluateAll((els) =>
    els.map((el): [string, string] => [el.textContent ?? "", el.getAttribute("data-term-id") ?? ""]),
  );
}


/** Lines whose terms sit at the four corners of the screen once laid out (the middle is filled with prose). */
const EDGE_NOTE = [
  "SQS 큐를 먼저 만든다",
  "                                              오른쪽 끝에는 SNS",
  ...Array.from({ length: 40 }, (_, i) => `설명 문단 ${i + 1}: 메시지를 나누어 처리한다`),
  "SQS로 끝나는 줄",
  "                                              마지막 줄의 SNS",
].join("\n");

export const readingCases: E2ECase[] = [
  {
    name: "reading view marks a term typed into a note's glossary as soon as the glossary has it",
    async run(ctx) {
      const page = await openHarness(ctx, { reading: "1" });
      await askHarness(page, "showReading", "새로 나온 Amazon Foo를 SQS 대신 써 본다");
      assert.deepEqual(await readingMarks(page), [["SQS", "amazon sqs"]], "Amazon Foo is no term yet");
      await typeAtEnd(page, "note", "\n- Amazon Foo\n    - 시험용으로 지어낸 메시징 서비스");
      await page.locator(".e2e-reading .anc-term", { hasText: "Amazon Foo" }).waitFor();
      assert.deepEqual(await readingMarks(page), [["Amazon Foo", "amazon foo"], ["SQS", "amazon sqs"]]);
    },
  },
  {
    name: "on a phone, a tap on a term near each edge of the screen opens one card, wholly on the screen",
    viewport: PHONE_SCREEN,
    async run(ctx) {
      const page = await openHarness(ctx, { reading: "only", touch: "1" });
      await askHarness(page, "showReading", EDGE_NOTE);
      await page.addStyleTag({ content: ".e2e-reading p { white-space: pre; margin: 6px 0; }" });
      const marks = page.locator(".e2e-reading .anc-term");
      const count = await marks.count();
      assert.ok(count >= 4, `the note has terms near the edges (${count})`);
      for (const index of [0, 1, count - 2, count - 1]) {
        const mark = marks.nth(index);
        await mark.scrollIntoViewIfNeeded();
        // The last lines sit at the bottom of the screen: scroll as far as the page goes.
        if (index >= count - 2) await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        const box = await mark.boundingBox();
        assert.ok(box, "the term is on the screen");
        await tap(page, box.x + box.width / 2, box.y + box.height / 2);
        const card = page.locator(".anc-reading-popover");
        await card.waitFor({ state: "visible" });
        await page.waitForTimeout(400);
        assert.equal(await card.count(), 1, `one card after the tap on term ${index}`);
        const rect = await card.evaluate((el) => el.getBoundingClientRect().toJSON() as { left: number; top: number; right: number; bottom: number });
        assert.ok(rect.left >= 0 && rect.top >= 0, `the card starts on the screen (${JSON.stringify(rect)})`);
        assert.ok(rect.right <= PHONE_SCREEN.width && rect.bottom <= PHONE_SCREEN.height, `the card ends on the screen (${JSON.stringify(rect)})`);
        if (index === count - 1) await ctx.screenshot("reading-phone-card");
        await page.keyboard.press("Escape");
        await card.waitFor({ state: "detached" });
      }
    },
  },
];
