/** Hover definitions in a real editor: a typed Korean sentence, a real pointer, the card where the pointer is. */
import assert from "node:assert/strict";
import type { E2ECase } from "./support/case";
import { editorContent, hoverCentre, markOf, openHarness, typeAtEnd } from "./support/harness-page";

/** The sentence users type: the service name followed by a Korean particle. */
export const SQS_SENTENCE = "주문 메시지는 SQS를 거쳐 처리한다.";
/** The first definition line of Amazon SQS in demo-vault/AWS/Messaging.md. */
export const SQS_DEFINITION = "완전관리형 메시지 큐, 보내는 쪽과 받는 쪽을 느슨하게 결합";

export const hoverCases: E2ECase[] = [
  {
    name: "hovering SQS를 in a typed Korean sentence shows the Amazon SQS card next to the pointer",
    async run(ctx) {
      const page = await openHarness(ctx);
      await typeAtEnd(page, "scratch", SQS_SENTENCE);
      const mark = markOf(page, "scratch", "SQS");
      await mark.waitFor();
      assert.equal(await mark.textContent(), "SQS", "the mark covers the name, not the particle 를");
      assert.equal(await mark.getAttribute("data-term-id"), "amazon sqs");
      const card = page.locator(".anc-term-tooltip");
      assert.equal(await card.count(), 0, "no card is open before the pointer rests on the term");

      const pointer = await hoverCentre(page, mark);
      await card.waitFor({ state: "visible" });
      assert.equal(await card.locator(".anc-hover-card-name").textContent(), "Amazon SQS");
      const definition = await card.locator(".anc-hover-card-definition li").allTextContents();
      assert.ok(definition.includes(SQS_DEFINITION), `the card shows the definition, got ${JSON.stringify(definition)}`);

      const box = await card.boundingBox();
      const markBox = await mark.boundingBox();
      assert.ok(box && markBox, "the card and the term are on screen");
      assert.ok(pointer.x >= box.x - 24 && pointer.x <= box.x + box.width + 24, `the card spans the pointer's x (${pointer.x} vs ${box.x}…${box.x + box.width})`);
      const gap = box.y >= markBox.y ? box.y - (markBox.y + markBox.height) : markBox.y - (box.y + box.height);
      assert.ok(gap >= -2 && gap <= 24, `the card sits right above or below the term (gap ${gap}px)`);

      await page.mouse.move(pointer.x, pointer.y + 300, { steps: 5 });
      await card.waitFor({ state: "detached" });
    },
  },
  {
    name: "Escape closes an open card and the next keystrokes still go into the note",
    async run(ctx) {
      const page = await openHarness(ctx);
      await typeAtEnd(page, "scratch", SQS_SENTENCE);
      await hoverCentre(page, markOf(page, "scratch", "SQS"));
      const card = page.locator(".anc-term-tooltip");
      await card.waitFor({ state: "visible" });
      await page.keyboard.press("Escape");
      await card.waitFor({ state: "detached" });
      await page.keyboard.type(" 끝");
      const text = await editorContent(page, "scratch").textContent();
      assert.ok(text?.endsWith(`${SQS_SENTENCE} 끝`), `typing went on in the editor, got ${JSON.stringify(text)}`);
    },
  },
];
