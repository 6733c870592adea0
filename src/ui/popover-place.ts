/** Where a card opens next to a term: inside the screen, below the term or, with more room there, above it. */

/** A box in viewport pixels. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Where the card goes and how tall it may be (it scrolls beyond that). */
export interface Placement {
  left: number;
  top: number;
  maxHeight: number;
  /** True when it opens above the term. */
  above: boolean;
}

/** Space kept between the card and the screen's edges, and between the card and the term. */
export const EDGE_MARGIN = 8;
export const TERM_GAP = 6;

/**
 * Places a card of `width` × `height` by the term at `anchor` in a `viewport` of that size: its left edge at the
 * term's, moved in so it never crosses an edge; below the term when it fits there, else on the side with more room,
 * capped to that room (the card then scrolls).
 */
export function placePopover(anchor: Box, width: number, height: number, viewport: { width: number; height: number }): Placement {
  const maxLeft = Math.max(EDGE_MARGIN, viewport.width - EDGE_MARGIN - width);
  const left = Math.round(Math.min(Math.max(anchor.left, EDGE_MARGIN), maxLeft));
  const below = Math.max(0, viewport.height - EDGE_MARGIN - (anchor.bottom + TERM_GAP));
  const aboveRoom = Math.max(0, anchor.top - TERM_GAP - EDGE_MARGIN);
  if (height <= below || below >= aboveRoom) {
    return { left, top: Math.round(anchor.bottom + TERM_GAP), maxHeight: Math.floor(below), above: false };
  }
  const shown = Math.min(height, aboveRoom);
  return { left, top: Math.round(anchor.top - TERM_GAP - shown), maxHeight: Math.floor(aboveRoom), above: true };
}
