import { EDGE_MARGIN, TERM_GAP, placePopover } from "../../src/ui/popover-place";

const phone = { width: 390, height: 844 };
const box = (left: number, top: number, width = 60, height = 20) => ({ left, top, right: left + width, bottom: top + height });

describe("where a card opens by a term", () => {
  it("opens below the term, at its left edge, when it fits there", () => {
    expect(placePopover(box(40, 100), 300, 200, phone)).toEqual({ left: 40, top: 120 + TERM_GAP, maxHeight: 844 - EDGE_MARGIN - 126, above: false });
  });

  it("moves in from the right edge so the whole card is on the screen", () => {
    const p = placePopover(box(360, 100, 25), 300, 200, phone);
    expect(p.left).toBe(390 - EDGE_MARGIN - 300);
    expect(placePopover(box(-20, 100), 300, 200, phone).left).toBe(EDGE_MARGIN);
  });

  it("opens above a term near the bottom, and caps its height to the room there", () => {
    const p = placePopover(box(40, 800), 300, 260, phone);
    expect(p.above).toBe(true);
    expect(p.top).toBe(800 - TERM_GAP - 260);
    const tall = placePopover(box(40, 800), 300, 2000, phone);
    expect(tall.top).toBe(EDGE_MARGIN);
    expect(tall.maxHeight).toBe(800 - TERM_GAP - EDGE_MARGIN);
  });

  it("stays inside the screen for terms anywhere on it", () => {
    for (let x = -10; x <= 400; x += 37) {
      for (let y = 0; y <= 840; y += 41) {
        const p = placePopover(box(x, y), 320, 300, phone);
        const height = Math.min(300, p.maxHeight);
        expect(p.left).toBeGreaterThanOrEqual(EDGE_MARGIN);
        expect(p.left + 320).toBeLessThanOrEqual(390 - EDGE_MARGIN);
        expect(p.top).toBeGreaterThanOrEqual(EDGE_MARGIN);
        expect(p.top + height).toBeLessThanOrEqual(844 - EDGE_MARGIN + 1);
      }
    }
  });
});
