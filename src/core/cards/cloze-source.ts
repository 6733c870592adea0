/** Which highlights the settings count: the cloze sources (`==…==`, `<mark>` of the chosen colours, bold). */
import type { PluginSettings } from "../../settings";
import type { NoteHighlight } from "../reading/types";

/** The settings that say which highlights count, by the names of {@link PluginSettings}. */
export type ClozeSources = Pick<PluginSettings, "clozeEquals" | "clozeMark" | "markColors" | "clozeBold">;

/** A Highlightr colour as the settings compare it: no white space, lower case. */
const foldColor = (c: string): string => c.replace(/\s+/g, "").toLowerCase();

/** The chosen colours, folded once per note. */
export function chosenColors(options: Pick<ClozeSources, "markColors">): ReadonlySet<string> {
  return new Set(options.markColors.map(foldColor));
}

/** Whether the settings turn this highlight into a card; `colors` is {@link chosenColors} of the same settings. */
export function isClozeSource(h: Pick<NoteHighlight, "kind" | "color">, options: ClozeSources, colors: ReadonlySet<string>): boolean {
  switch (h.kind) {
    case "equals":
      return options.clozeEquals;
    case "bold":
      return options.clozeBold;
    case "mark":
      // With a colour list, a `<mark>` without a colour is not one of the chosen colours.
      return options.clozeMark && (colors.size === 0 || (h.color !== undefined && colors.has(foldColor(h.color))));
    default:
      return false;
  }
}
