/** @jest-environment jsdom */
import { setLanguage } from "../__mocks__/obsidian";
import { ReviewView } from "../../src/ui/review-view";
import { installObsidianDom } from "../editor/obsidian-dom";
import { COMPUTE_NOTE, MESSAGING_NOTE, createStudyHarness } from "./study-harness";

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

  it("redraws its overview only while the sidebar shows it, and once when it shows again", async () => {
    const h = await createStudyHarness({ "AWS/메시징.md": MESSAGING_NOTE });
    const view = new ReviewView({} as never, h.services);
    document.body.append(view.containerEl);
    await view.onOpen();
    const count = (): string => view.contentEl.querySelector(".anc-count-new .anc-count-value")?.textContent ?? "";
    expect(count()).toBe("1");
    // The sidebar is collapsed: saves change nothing on screen.
    view.containerEl.hidden = true;
    view.app.workspace.trigger("layout-change");
    h.index.setNote("AWS/메시징.md", `${MESSAGING_NOTE}\t- ==데드 레터 큐==로 보냄\n`);
    expect(count()).toBe("1");
    view.containerEl.hidden = false;
    view.onResize();
    expect(count()).toBe("2");
    await view.onClose();
    view.containerEl.remove();
  });

  it("follows the active note when its scope is the active note", async () => {
    let active = "AWS/메시징.md";
    const listeners = new Set<() => void>();
    const h = await createStudyHarness({ "AWS/메시징.md": MESSAGING_NOTE, "AWS/SAA/컴퓨팅.md": COMPUTE_NOTE });
    const view = new ReviewView({} as never, {
      ...h.services, getActivePath: () => active,
      onActiveFileChange: (l) => { listeners.add(l); return () => listeners.delete(l); },
    });
    document.body.append(view.containerEl);
    await view.onOpen();
    const select = view.contentEl.querySelector<HTMLSelectElement>(".anc-scope-select")!;
    select.value = "active";
    select.dispatchEvent(new Event("change"));
    const count = (): string => view.contentEl.querySelector(".anc-count-new .anc-count-value")?.textContent ?? "";
    expect(count()).toBe("1");
    active = "AWS/SAA/컴퓨팅.md";
    const computeCards = h.snapshot().cardsByNote.get(active)?.length ?? 0;
    expect(computeCards).toBeGreaterThan(1);
    for (const l of listeners) l();
    expect(count()).toBe(String(computeCards));
    await view.onClose();
    expect(listeners.size).toBe(0);
    view.containerEl.remove();
  });
});
