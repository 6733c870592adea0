/** Settings section: which highlights make cloze cards. */
import { addHeading, addList, addToggle, type SectionContext } from "./controls";
import { ts } from "./settings-strings";

/** `==…==`, `<mark>` and its colours, bold. */
export function renderClozeSection(ctx: SectionContext): void {
  addHeading(ctx, ts("clozeHeading"));
  addToggle(ctx, "clozeEquals", ts("clozeEquals"), ts("clozeEqualsDesc"));
  addToggle(ctx, "clozeMark", ts("clozeMark"), ts("clozeMarkDesc"));
  addList(ctx, "markColors", ts("markColors"), ts("markColorsDesc"), "#fff3a3a6");
  addToggle(ctx, "clozeBold", ts("clozeBold"), ts("clozeBoldDesc"));
}
