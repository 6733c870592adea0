/** @jest-environment jsdom */
import { GlossaryIndex } from "../../src/core/glossary/glossary-index";
import { takeSnapshot } from "../../src/core/vault-snapshot";
import { DEFAULT_SETTINGS } from "../../src/settings";
import { renderHoverCard } from "../../src/ui/hover-card";
import { renderCardFace } from "../../src/ui/panel-card";
import { installObsidianDom } from "../editor/obsidian-dom";
import { HOSTILE_CASES, hostilePath } from "./hostile-notes";

const ACTIVE = "script, img, iframe, svg, a, mark, b";

beforeEach(() => {
  installObsidianDom();
  document.body.replaceChildren();
});

/** The index of the note with HTML in its highlights and definitions, read as the plugin reads it. */
function snapshotOfHtmlNote() {
  const c = HOSTILE_CASES.find((x) => x.name === "html-in-highlights");
  if (!c) throw new Error("missing case");
  const settings = { ...DEFAULT_SETTINGS };
  const index = new GlossaryIndex(settings);
  index.setNote(hostilePath(c.name), c.make(0));
  return takeSnapshot(index, settings);
}

describe("HTML written in a note, from the parser to the screen", () => {
  it("shows every card's HTML answer, prompt and context as text, before and after the reveal", () => {
    const snap = snapshotOfHtmlNote();
    expect(snap.cards.map((c) => c.answer)).toEqual(["<script>alert(1)</script>", "링크"]);
    for (const card of snap.cards) {
      for (const revealed of [false, true]) {
        const face = renderCardFace(document.body, card, { revealed, practice: false });
        expect(face.querySelector(ACTIVE)).toBeNull();
        if (revealed) expect(face.querySelector(".anc-answer")?.textContent).toBe(card.answer);
        expect(face.textContent).toContain("<iframe src=\"javascript:alert(3)\"></iframe>");
      }
    }
  });

  it("shows a term's HTML definition lines as text in the hover card", () => {
    const snap = snapshotOfHtmlNote();
    const s3 = snap.terms.find((t) => t.name === "Amazon S3");
    if (!s3) throw new Error("no term");
    const card = renderHoverCard(document.body, s3);
    expect(card.querySelector(ACTIVE)).toBeNull();
    const lines = Array.from(card.querySelectorAll(".anc-hover-card-definition li")).map((li) => li.textContent);
    expect(lines).toContain("<script>alert('def')</script> 객체 스토리지");
    expect(lines).toContain("<iframe src=\"javascript:alert(3)\"></iframe> 정의 줄 <svg onload=alert(4)>");
  });
});
