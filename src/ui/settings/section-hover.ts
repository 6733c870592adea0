/** Settings section: hover definitions in the editor. */
import { addChoice, addHeading, addNumber, addToggle, type SectionContext } from "./controls";
import { ts } from "./settings-strings";

/** On or off, where, how soon, and how terms are underlined. */
export function renderHoverSection(ctx: SectionContext): void {
  addHeading(ctx, ts("hoverHeading"));
  addToggle(ctx, "hoverEnabled", ts("hoverEnabled"), ts("hoverEnabledDesc"));
  addChoice(ctx, "hoverScope", ts("hoverScope"), ts("hoverScopeDesc"), { all: ts("hoverScopeAll"), aws: ts("hoverScopeAws") });
  addNumber(ctx, "hoverDelayMs", ts("hoverDelay"), ts("hoverDelayDesc"));
  addChoice(ctx, "markStyle", ts("markStyle"), ts("markStyleDesc"), {
    dotted: ts("markDotted"), dashed: ts("markDashed"), solid: ts("markSolid"), none: ts("markNone"),
  });
}
