/**
 * Every multiple-choice question the demo vault and the project's own notes give: distinct options of the question's
 * one category, the answer among them, and no option that is another name of the answer.
 */
import { join } from "node:path";
import { chooseOptions } from "../../../src/core/exam/choices";
import { buildOptionPool, type OptionPool } from "../../../src/core/exam/option-pool";
import { foldKey } from "../../../src/core/markdown/text";
import type { VaultSnapshot } from "../../../src/core/vault-snapshot";
import { indexFolder } from "../../../scripts/lib/index-folder";
import { DEFAULT_SETTINGS } from "../../../src/settings";

const ROOT = join(__dirname, "..", "..", "..");
const FOLDERS = [join(ROOT, "demo-vault"), join(ROOT, "tests", "fixtures", "notes"), join(ROOT, "tests", "core", "exam", "notes")];

/** Whether the pool files `name` under the category a question names (a note's list or a catalogue category). */
function inCategory(pool: OptionPool, name: string, category: string): boolean {
  const c = pool.byName.get(foldKey(name));
  if (!c) return false;
  if (pool.byGroup.get(foldKey(category))?.includes(c)) return true;
  return [...pool.byCategory].some(([key, members]) => key.endsWith(`:${category}`) && members.includes(c));
}

describe.each(FOLDERS.flatMap((folder) => (["highlighted", "all"] as const).map((reverse) => [folder.slice(ROOT.length + 1), reverse] as const)))(
  "the multiple-choice questions of %s with reverse cards for %s",
  (folder, reverse) => {
    let snap: VaultSnapshot;
    let pool: OptionPool;
    beforeAll(() => {
      snap = indexFolder(join(ROOT, folder), { ...DEFAULT_SETTINGS, reverseCards: reverse });
      pool = buildOptionPool(snap.notes);
    });

    it("offer distinct options with the answer among them, none another name of the answer, all from the question's category", () => {
      let asked = 0;
      for (const card of snap.cards.filter((c) => c.kind !== undefined)) {
        for (const seed of [1, 7, 42]) {
          const choices = chooseOptions(card, pool, { count: 4, seed });
          if (!choices) continue;
          asked++;
          const names = choices.options.map((o) => o.name);
          const where = `${card.id} (${card.answer}) seed ${seed}: ${names.join(", ")}`;
          expect([where, new Set(names.map(foldKey)).size]).toEqual([where, names.length]);
          expect([where, foldKey(names[choices.answerIndex] ?? "")]).toEqual([where, foldKey(card.answer)]);
          const answerNames = new Set([card.answer, ...(pool.byName.get(foldKey(card.answer))?.names ?? [])].map(foldKey));
          names.forEach((name, i) => {
            if (i === choices.answerIndex) return;
            expect([where, name, answerNames.has(foldKey(name))]).toEqual([where, name, false]);
            // A comparison's sides are its category; otherwise the option belongs to the list or catalogue category named.
            const fits = card.sides !== undefined && choices.category === card.sides.join(" vs ")
              ? card.sides.some((side) => foldKey(side) === foldKey(name))
              : inCategory(pool, name, choices.category);
            expect([where, name, fits]).toEqual([where, name, true]);
          });
        }
      }
      // Every folder here has questions with options to check.
      expect(asked).toBeGreaterThan(0);
    });
  },
);
