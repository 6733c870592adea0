/**
 * Hover definitions in Obsidian: registers the editor extension and the reading-view post-processor, sends each new
 * index snapshot to open editors as a state effect, and shows the same hover card on reading-view marks.
 */
import { Component, MarkdownView, Platform, editorInfoField, type MarkdownPostProcessorContext, type Plugin } from "obsidian";
import type { Extension } from "@codemirror/state";
import {
  GlossarySource, awsTermsExtension, describeMarkStyle, markReadingTerms, type GlossarySnapshot,
} from "../editor";
import type { VaultSnapshot } from "../core/vault-snapshot";
import type { PluginSettings } from "../settings";
import { cardRenderTargets } from "./term-actions";
import { ReadingPopover } from "../ui/reading-popover";
import { HOVER_CARD_CLASS, renderHoverCard, type HoverCardActions, type HoverCardLabels } from "../ui/hover-card";

/** What the hover host needs from the plugin. */
export interface TermHoverDeps {
  settings: () => PluginSettings;
  snapshot: () => VaultSnapshot | null;
  isAwsNote: (path: string) => boolean;
  actions: HoverCardActions;
  labels: () => Partial<HoverCardLabels>;
}

/** The editor-facing view of a vault snapshot. */
export function toGlossarySnapshot(snap: VaultSnapshot): GlossarySnapshot {
  return { revision: snap.revision, matcher: snap.matcher, lookup: (id) => snap.termsById.get(id), definingLines: snap.definingLines };
}

/** Whether rendered markdown belongs to a hover card (the card's definition lines). */
function isInsideCard(el: HTMLElement): boolean {
  return el.closest(`.${HOVER_CARD_CLASS}`) !== null || cardRenderTargets.has(el) || (el.parentElement !== null && cardRenderTargets.has(el.parentElement));
}

/** The same CSS properties, each set to nothing (which removes it). */
function clearedProps(props: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.keys(props).map((k) => [k, ""]));
}

/** Owns the editor extension and the reading-view hover. */
export class TermHoverHost {
  private readonly extension: Extension[] = [];
  /** The card over terms in rendered markdown, in every window. */
  private readonly popover: ReadingPopover;
  /** Every editor's extension listens here while the editor exists (see `glossarySync`). */
  private readonly source = new GlossarySource();
  /** The documents of the windows listened in (the main window and every pop-out). */
  private readonly documents = new Map<Document, Component>();

  constructor(private readonly plugin: Plugin, private readonly deps: TermHoverDeps) {
    this.popover = new ReadingPopover({
      enabled: () => deps.settings().hoverEnabled,
      delayMs: () => deps.settings().hoverDelayMs,
      tapToOpen: () => Platform.isMobile,
      asSheet: () => Platform.isPhone,
      renderCard: (parent, termId, dismiss) => {
        const term = deps.snapshot()?.termsById.get(termId);
        if (term) renderHoverCard(parent, term, deps.actions, deps.labels(), dismiss);
        return term !== undefined;
      },
    });
  }

  /** Registers everything; all listeners are removed with the plugin. */
  register(): void {
    this.extension.push(this.buildExtension());
    this.plugin.registerEditorExtension(this.extension);
    this.plugin.registerMarkdownPostProcessor((el, ctx) => this.markReading(el, ctx));
    // Every window: the main one, pop-outs open now, and pop-outs opened later (each has its own document and body).
    this.watchDocument(activeDocument);
    this.plugin.app.workspace.iterateAllLeaves((leaf) => this.watchDocument(leaf.view.containerEl.doc));
    this.plugin.registerEvent(this.plugin.app.workspace.on("window-open", (win) => this.watchDocument(win.doc)));
    this.plugin.registerEvent(this.plugin.app.workspace.on("window-close", (win) => this.releaseDocument(win.doc)));
    this.plugin.register(() => {
      this.hide();
      // Nothing of the plugin's styling stays on any window's body.
      for (const doc of this.documents.keys()) {
        doc.body.removeClass("anc-marks-off");
        doc.body.setCssProps(clearedProps(describeMarkStyle(this.deps.settings().markStyle)));
      }
      this.documents.clear();
    });
  }

  /** Listens in one window's document and styles its body (once per document), for as long as the window is open. */
  private watchDocument(doc: Document): void {
    if (this.documents.has(doc)) return;
    // One component per window: its listeners go when the window closes, or with the plugin.
    const listening = this.plugin.addChild(new Component());
    this.documents.set(doc, listening);
    const pop = this.popover;
    listening.registerDomEvent(doc, "pointerdown", (e) => pop.onPointerDown(e), { capture: true });
    listening.registerDomEvent(doc, "mouseover", (e) => pop.onPointerOver(e));
    listening.registerDomEvent(doc, "click", (e) => pop.onClick(e));
    listening.registerDomEvent(doc, "keydown", (e) => pop.onKeyDown(e));
    listening.registerDomEvent(doc, "scroll", (e) => pop.onScroll(e), { capture: true, passive: true });
    this.styleBody(doc);
  }

  /** A pop-out window closed: its listeners go, and a card open in it. */
  private releaseDocument(doc: Document): void {
    const listening = this.documents.get(doc);
    if (!listening) return;
    if (this.popover.element?.doc === doc) this.popover.hide();
    this.documents.delete(doc);
    this.plugin.removeChild(listening);
  }

  /** Settings changed: rebuild the extension's options in every editor, and the mark style. */
  refreshOptions(): void {
    this.extension.splice(0, this.extension.length, this.buildExtension());
    this.plugin.app.workspace.updateOptions();
    this.applyMarkStyle();
    this.hide();
    this.rerenderReadingViews();
  }

  /**
   * The index moved: every editor reads the new glossary (editors already on it are left alone), and reading views
   * are drawn again when the names it marks changed (the first glossary after the scan, a new or renamed term).
   */
  pushSnapshot(snap: VaultSnapshot): void {
    if (this.source.publish(snap.matcher)) this.rerenderReadingViews();
  }

  /** Draws every open reading view again, in every window, so its marks follow the glossary and the settings. */
  private rerenderReadingViews(): void {
    this.plugin.app.workspace.iterateAllLeaves((leaf) => {
      if (leaf.view instanceof MarkdownView && leaf.view.getMode() === "preview") leaf.view.previewMode.rerender(true);
    });
  }

  private buildExtension(): Extension {
    const s = this.deps.settings();
    return awsTermsExtension({
      enabled: s.hoverEnabled,
      hoverDelay: s.hoverDelayMs,
      tapToOpen: Platform.isMobile,
      getFilePath: (state) => state.field(editorInfoField, false)?.file?.path,
      shouldMark: (path) => this.deps.settings().hoverScope === "all" || (path !== undefined && this.deps.isAwsNote(path)),
      getGlossary: () => {
        const snap = this.deps.snapshot();
        return snap ? toGlossarySnapshot(snap) : null;
      },
      onGlossaryChange: this.source.subscribe,
      actions: this.deps.actions,
      labels: this.deps.labels(),
    });
  }

  private applyMarkStyle(): void {
    for (const doc of this.documents.keys()) this.styleBody(doc);
  }

  private styleBody(doc: Document): void {
    const s = this.deps.settings();
    doc.body.setCssProps(describeMarkStyle(s.markStyle));
    doc.body.toggleClass("anc-marks-off", !s.hoverEnabled);
  }

  private markReading(el: HTMLElement, ctx: MarkdownPostProcessorContext): void {
    const s = this.deps.settings();
    const snap = this.deps.snapshot();
    // A hover card's own lines are rendered markdown too: never marked (a card inside a card).
    if (!s.hoverEnabled || !snap || isInsideCard(el)) return;
    if (s.hoverScope === "aws" && !this.deps.isAwsNote(ctx.sourcePath)) return;
    // Terms are not marked inside their own definition.
    const section = ctx.getSectionInfo(el);
    const skip = new Set<string>();
    if (section) {
      for (const d of snap.definedIn(ctx.sourcePath)) {
        if (d.from - 1 <= section.lineEnd && d.to - 1 >= section.lineStart) skip.add(d.termId);
      }
    }
    markReadingTerms(el, snap.matcher, skip);
  }

  private hide(): void {
    this.popover.hide();
  }
}
