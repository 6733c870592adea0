/**
 * The hover card over marked terms in rendered markdown (reading view, embeds): opened by resting the pointer on a
 * term, or by a tap on a touch screen; placed inside the screen (or as a sheet at the bottom of a phone's); closed
 * by Escape, by leaving it, by a tap elsewhere, or when the page scrolls under it. One card at a time, one per tap.
 */
// Brings in Obsidian's DOM helpers (`createDiv`, `instanceOf`, `doc`, `win`) as types only.
import type {} from "obsidian";
import { findMarkedTermId } from "../editor/reading-marks";
import { targetElement } from "./event-target";
import { HOVER_CARD_CLASS, closeHoverCard } from "./hover-card";
import { placePopover } from "./popover-place";

/** What the popover needs from its host. */
export interface ReadingPopoverOptions {
  /** Whether terms open cards at all (the hover setting). */
  enabled(): boolean;
  /** Milliseconds the pointer rests on a term before its card opens. */
  delayMs(): number;
  /** A touch screen: a tap opens the card. */
  tapToOpen(): boolean;
  /** A phone: the card is a sheet at the bottom of the screen. */
  asSheet(): boolean;
  /** Draws the card of `termId` into `parent`; false when there is no such term (nothing opens). */
  renderCard(parent: HTMLElement, termId: string, dismiss: () => void): boolean;
}

/** Class of the popover element (the card's frame). */
export const READING_POPOVER_CLASS = "anc-reading-popover";
/** How long after a touch the mouse events a browser makes up for it are ignored. */
const TOUCH_ECHO_MS = 800;
/** How long the card stays after the pointer left the term, so it can be reached. */
const LEAVE_DELAY_MS = 300;

/** The open card and its timers, for one or more windows. */
export class ReadingPopover {
  private popover: HTMLElement | null = null;
  private openFor: Element | null = null;
  /** Timers run in the window of the term they are for (a pop-out has timers of its own). */
  private showTimer: { win: Window; id: number } | null = null;
  private hideTimer: { win: Window; id: number } | null = null;
  private lastTouch = Number.NEGATIVE_INFINITY;

  constructor(private readonly options: ReadingPopoverOptions) {}

  /** The open card's frame, if any. */
  get element(): HTMLElement | null {
    return this.popover;
  }

  /** A finger or pen touched the screen: the mouse events that follow it are its echo. */
  onPointerDown(event: PointerEvent): void {
    if (event.pointerType === "touch" || event.pointerType === "pen") this.lastTouch = event.timeStamp;
  }

  /** The pointer moved over something: open the card of a term after the delay, or let an open one go. */
  onPointerOver(event: MouseEvent): void {
    if (event.timeStamp - this.lastTouch < TOUCH_ECHO_MS) return;
    const element = targetElement(event.target);
    if (this.popover && element && this.popover.contains(element)) {
      this.cancelHide();
      return;
    }
    const anchor = this.termAt(element);
    if (!anchor) {
      this.clearShow();
      if (this.popover) this.scheduleHide();
      return;
    }
    if (anchor === this.openFor) {
      this.cancelHide();
      return;
    }
    this.clearShow();
    this.showTimer = { win: anchor.win, id: anchor.win.setTimeout(() => this.open(anchor), this.options.delayMs()) };
  }

  /** A click or tap: on a touch screen a term opens its card at once; a tap elsewhere closes it. */
  onClick(event: MouseEvent): void {
    const element = targetElement(event.target);
    if (this.popover && element && this.popover.contains(element)) return;
    const anchor = this.options.tapToOpen() ? this.termAt(element) : null;
    if (!anchor) {
      if (this.popover && this.options.tapToOpen()) this.hide();
      return;
    }
    this.clearShow();
    if (anchor !== this.openFor) this.open(anchor);
  }

  /** Escape closes the card. */
  onKeyDown(event: KeyboardEvent): void {
    if (event.key === "Escape" && this.popover) this.hide();
  }

  /** The page scrolled under the card (not the card's own content): it would be left behind, so it closes. */
  onScroll(event: Event): void {
    const element = targetElement(event.target);
    if (this.popover && !(element && this.popover.contains(element))) this.hide();
  }

  /** Closes the card and forgets every timer. */
  hide(): void {
    this.clearShow();
    this.cancelHide();
    if (this.popover) {
      closeHoverCard(this.popover);
      this.popover.remove();
    }
    this.popover = null;
    this.openFor = null;
  }

  /** The marked term under `element` in rendered markdown (never one inside a card), or null. */
  private termAt(element: Element | null): HTMLElement | null {
    if (!element || !this.options.enabled() || element.closest(`.${HOVER_CARD_CLASS}`)) return null;
    if (element.closest(".markdown-preview-view, .markdown-rendered") === null) return null;
    const anchor = element.closest(".anc-term");
    return anchor?.instanceOf(HTMLElement) && findMarkedTermId(anchor) !== null ? anchor : null;
  }

  private open(anchor: HTMLElement): void {
    const termId = findMarkedTermId(anchor);
    this.hide();
    if (termId === null) return;
    const sheet = this.options.asSheet();
    const pop = anchor.doc.body.createDiv({ cls: ["anc-term-tooltip", READING_POPOVER_CLASS, "popover", ...(sheet ? ["is-sheet"] : [])] });
    if (!this.options.renderCard(pop, termId, () => this.hide())) {
      pop.remove();
      return;
    }
    this.popover = pop;
    this.openFor = anchor;
    if (sheet) return;
    // Measured where it will show, then placed inside the screen (its height capped to the room it has).
    const rect = anchor.getBoundingClientRect();
    const view = anchor.win;
    const place = placePopover(rect, pop.offsetWidth, pop.offsetHeight, { width: view.innerWidth, height: view.innerHeight });
    pop.setCssProps({
      "--anc-popover-top": `${place.top}px`, "--anc-popover-left": `${place.left}px`, "--anc-popover-max-height": `${place.maxHeight}px`,
    });
    pop.toggleClass("is-above", place.above);
  }

  private scheduleHide(): void {
    if (this.hideTimer !== null || !this.popover) return;
    const win = this.popover.win;
    this.hideTimer = { win, id: win.setTimeout(() => this.hide(), LEAVE_DELAY_MS) };
  }

  private cancelHide(): void {
    if (this.hideTimer !== null) this.hideTimer.win.clearTimeout(this.hideTimer.id);
    this.hideTimer = null;
  }

  private clearShow(): void {
    if (this.showTimer !== null) this.showTimer.win.clearTimeout(this.showTimer.id);
    this.showTimer = null;
  }
}
