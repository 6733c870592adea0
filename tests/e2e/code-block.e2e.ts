/** Terms inside fenced code are code, not prose: they are left unmarked, while the same term around them is marked. */
import assert from "node:assert/strict";
import type { E2ECase } from "./support/case";
import { lineOf, markOf, openHarness, readMarks, typeAtEnd } from "./support/harness-page";

export const codeBlockCases: E2ECase[] = [
  {
    name: "a term inside a fenced code block is not marked, the same term before and after it is",
    async run(ctx) {
      const page = await openHarness(ctx);
      await typeAtEnd(page, "scratch", [
        "SQS를 먼저 살펴본다.",
        "```bash",
        "aws sqs send-message # SQS를 부르는 명령",
        "```",
        "코드 뒤에서도 SQS를 쓴다.",
      ].join("\n"));
      await markOf(page, "scratch", "SQS").waitFor();
      await page.waitForFunction(() => document.querySelectorAll('[data-pane="scratch"] .anc-term').length >= 2);
      const marks = await readMarks(page, "scratch");
      assert.deepEqual(marks, [["SQS", "amazon sqs"], ["SQS", "amazon sqs"]], "only the two prose mentions are marked");
      const codeLine = lineOf(page, "scratch", "SQS를 부르는 명령");
      assert.equal(await codeLine.locator(".anc-term").count(), 0, "the code line has no mark");
      assert.equal(await lineOf(page, "scratch", "코드 뒤에서도").locator(".anc-term").count(), 1, "the line after the fence is marked");
    },
  },
];
