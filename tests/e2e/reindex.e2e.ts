/** The index follows typing: a term added to an indexed note is marked in other editors, and unmarked when removed. */
import assert from "node:assert/strict";
import type { E2ECase } from "./support/case";
import { askHarness, hoverCentre, lineOf, markOf, openHarness, readMarks, typeAtEnd } from "./support/harness-page";

const FOO_DEFINITION = "시험용으로 지어낸 메시징 서비스";

export const reindexCases: E2ECase[] = [
  {
    name: "typing a new term into an indexed note marks it in another editor, and deleting it unmarks it",
    async run(ctx) {
      const page = await openHarness(ctx);
      assert.equal(await askHarness(page, "activePath"), "AWS/Messaging.md");
      await typeAtEnd(page, "scratch", "새로 나온 Amazon Foo를 써 본다. SQS를 대신할까?");
      await markOf(page, "scratch", "SQS").waitFor();
      assert.deepEqual(await readMarks(page, "scratch"), [["SQS", "amazon sqs"]], "Amazon Foo is not a term yet");
      const before = await askHarness(page, "revision");

      await typeAtEnd(page, "note", `\n- Amazon Foo\n    - ${FOO_DEFINITION}`);
      const foo = markOf(page, "scratch", "Amazon Foo");
      await foo.waitFor();
      assert.deepEqual(await readMarks(page, "scratch"), [["Amazon Foo", "amazon foo"], ["SQS", "amazon sqs"]]);
      assert.ok((await askHarness(page, "revision")) > before, "the index moved to a new revision");
      assert.equal(await lineOf(page, "note", "- Amazon Foo").locator(".anc-term").count(), 0, "a term is not marked on its own entry");

      await hoverCentre(page, foo);
      const card = page.locator(".anc-term-tooltip");
      await card.waitFor({ state: "visible" });
      assert.equal(await card.locator(".anc-hover-card-name").textContent(), "Amazon Foo");
      assert.deepEqual(await card.locator(".anc-hover-card-definition li").allTextContents(), [FOO_DEFINITION]);
      await page.mouse.move(5, 5);
      await card.waitFor({ state: "detached" });

      // Select the two typed lines from the end and delete them.
      await page.locator('[data-pane="note"] .cm-content').click();
      await page.keyboard.press("Control+End");
      await page.keyboard.press("Shift+ArrowUp");
      await page.keyboard.press("Shift+ArrowUp");
      await page.keyboard.press("Backspace");
      await foo.waitFor({ state: "detached" });
      assert.deepEqual(await readMarks(page, "scratch"), [["SQS", "amazon sqs"]], "Amazon Foo is no longer marked");
    },
  },
];
