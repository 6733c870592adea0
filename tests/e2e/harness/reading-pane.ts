/**
 * A reading view as Obsidian's would be for this plugin: a note's lines rendered as paragraphs, its terms marked by
 * the plugin's post-processor code, and the plugin's reading-view card over them. It is drawn again whenever the
 * names the glossary marks change, as the plugin's hover host re-renders open reading views.
 */
import { markReadingTerms } from "../../../src/editor";
import { renderHoverCard, type HoverCardActions } from "../../../src/ui/hover-card";
import { ReadingPopover } from "../../../src/ui/reading-popover";
import type { HarnessVault } from "./harness-vault";

/** What the reading pane needs. */
export interface ReadingPaneOptions {
  parent: HTMLElement;
  vault: HarnessVault;
  /** The note shown: a path of the vault, or lines given by a test. */
  source(): string;
  actions: HoverCardActions;
  /** A touch screen: a tap opens the card. */
  touch: boolean;
}

/** Mounts the pane; `render()` draws the note again. */
export function mountReadingPane(options: ReadingPaneOptions): { render(): void; root: HTMLElement } {
  const root = options.parent.createDiv({ cls: "markdown-preview-view markdown-rendered e2e-reading" });
  const popover = new ReadingPopover({
    enabled: () => options.vault.settings.hoverEnabled,
    delayMs: () => options.vault.settings.hoverDelayMs,
    tapToOpen: () => options.touch,
    asSheet: () => false,
    renderCard: (parent, termId) => {
      const term = options.vault.snapshot().termsById.get(termId);
      if (term) renderHoverCard(parent, term, options.actions);
      return term !== undefined;
    },
  });
  document.addEventListener("pointerdown", (e) => popover.onPointerDown(e), true);
  document.addEventListener("mouseover", (e) => popover.onPointerOver(e));
  document.addEventListener("click", (e) => popover.onClick(e));
  document.addEventListener("keydown", (e) => popover.onKeyDown(e));
  document.addEventListener("scroll", (e) => popover.onScroll(e), { capture: true, passive: true });
  const render = (): void => {
    popover.hide();
    root.empty();
    const text = options.source();
    for (const line of (options.vault.readNote(text) ?? text).split("\n")) {
      const clean = line.replace(/^\s*(?:[-*]|#{1,6})\s+/, "").replace(/==|\*\*/g, "");
      if (clean.trim() !== "") root.createEl("p", { text: clean });
    }
    markReadingTerms(root, options.vault.snapshot().matcher);
  };
  render();
  return { render, root };
}
