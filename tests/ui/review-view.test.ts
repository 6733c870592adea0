/** @jest-environment jsdom */
import { setLanguage } from "../__mocks__/obsidian";
import { ReviewView } from "../../src/ui/review-view";
import { installObsidianDom } from "../editor/obsidian-dom";
import { MESSAGING_NOTE, createStudyHarness } from "./study-harness";

beforeEach(() => {
  installObsidianDom();
  setLanguage("en");
});

describe("the review panel in the sidebar", () => {
  it("asks for the other device's answers each time it opens (mobile may never report a sync)", async () => {
    const h = await createStudyHarness({ "AWS/메시징.md": MESSAGING_NOTE });
    let syncs = 0;
    const view = new ReviewView({} as never, { ...h.services, syncReviews: () => { syncs++; } });
    await view.onOpen();
    expect(syncs).toBe(1);
    expect(view.contentEl.querySelector(".anc-start")).not.toBeNull();
    await view.onClose();
    await view.onOpen();
    expect(syncs).toBe(2);
  });
});
