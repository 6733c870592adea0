/**
 * A scan reads notes in Web Workers started from the script bundled into the plugin (a blob URL): in a real browser
 * they start, read every demo note, and give back exactly what reading the note on the page gives.
 */
import assert from "node:assert/strict";
import type { E2ECase } from "./support/case";
import { askHarness, openHarness } from "./support/harness-page";

export const workerCases: E2ECase[] = [
  {
    name: "the parse workers start from the bundled script and read every note exactly as the page does",
    async run(ctx) {
      const page = await openHarness(ctx);
      const check = await askHarness(page, "readInWorkers");
      assert.ok(check.notes > 5, `the demo vault's notes are read (${check.notes})`);
      assert.deepEqual(check, { inWorkers: true, notes: check.notes, same: check.notes });
    },
  },
];
