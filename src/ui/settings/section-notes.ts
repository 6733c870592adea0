/** Settings section: which notes are AWS notes. */
import { addHeading, addList, addToggle, type SectionContext } from "./controls";
import { ts } from "./settings-strings";

/** Folders, tags and automatic detection. */
export function renderNotesSection(ctx: SectionContext): void {
  addHeading(ctx, ts("notesHeading"));
  addList(ctx, "folders", ts("folders"), ts("foldersDesc"), "AWS/SAA");
  addList(ctx, "tags", ts("tags"), ts("tagsDesc"), "aws");
  addToggle(ctx, "autoDetect", ts("autoDetect"), ts("autoDetectDesc"));
}
