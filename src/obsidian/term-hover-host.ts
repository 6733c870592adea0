/**
 * Hover definitions in Obsidian: registers the editor extension and the reading-view post-processor, sends each new
 * index snapshot to open editors as a state effect, and shows the same hover card on reading-view marks.
 */
import { MarkdownView, Platform, editorInfoField, type MarkdownPostProcessorContext, type Plugin } from "obsidian";
import type { Extension } from "@codemirror/state";
import type { EditorView } from "@codemirror/view";
import {
  awsTermsExtension, describeMarkStyle, findMarkedTermId, markReadingTerms, sendGlossary, type GlossarySnapshot,
} from "../editor";
import type { VaultSnapshot } from "../core/vault-snapshot";
import type { PluginSettings } from "../settings";
import { renderHoverCard, type HoverCardActions, type HoverCardLabels } from "../ui/hover-card";

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

/** Owns the editor extension and the reading-view hover. */
export class TermHoverHost {
  private readonly extension: Extension[] = [];
  private popover: HTMLElement | null = null;
  private showTimer: number | null = null;
  private hideTimer: number | null = null;

  constructor(private readonly plugin: Plugin, private readonly deps: TermHoverDeps) {}

  /** Registers everything; all listeners are removed with the plugin. */
  register(): void {
    this.extension.push(this.buildExtension());
    this.plugin.registerEditorExtension(this.extension);
    this.applyMarkStyle();
    this.plugin.registerMarkdownPostProcessor((el, ctx) => this.markReading(el, ctx));
    const doc = activeDocument;
    this.plugin.registerDomEvent(doc, "mouseover", (e) => this.onPointer(e, false));
    this.plugin.registerDomEvent(doc, "click", (e) => this.onPointer(e, true));
    this.plugin.registerDomEvent(doc, "keydown", (e) => {
      if (e.key === "Escape") this.hide();
    });
    this.plugin.register(() => {
      this.clearTimers();
      this.hide();
      activeDocument.body.removeClass("anc-marks-off");
    });
  }

  /** Settings changed: rebuild the extension's options in every editor, and the mark style. */
  refreshOptions(): void {
    this.extension.splice(0, this.extension.length, this.buildExtension());
    this.plugin.app.workspace.updateOptions();
    this.applyMarkStyle();
  }

  /** The index moved: hand the new glossary to every open editor (editors already on it are left alone). */
  pushSnapshot(snap: VaultSnapshot): void {
    const views: EditorView[] = [];
    this.plugin.app.workspace.iterateAllLeaves((leaf) => {
      if (leaf.view instanceof MarkdownView) {
        // Obsidian's Editor wraps a CodeMirror 6 EditorView at `editor.cm` (not in the public typings).
        const cm = (leaf.view.editor as unknown as { cm?: EditorView }).cm;
        if (cm) views.push(cm);
      }
    });
    sendGlossary(views, toGlossarySnapshot(snap));
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
      actions: this.deps.actions,
      labels: this.deps.labels(),
    });
  }

  private applyMarkStyle(): void {
    const s = this.deps.settings();
    activeDocument.body.setCssProps(describeMarkStyle(s.markStyle));
    activeDocument.body.toggleClass("anc-marks-off", !s.hoverEnabled);
  }

  private markReading(el: HTMLElement, ctx: MarkdownPostProcessorContext): void {
    const s = this.deps.settings();
    const snap = this.deps.snapshot();
    if (!s.hoverEnabled || !snap) return;
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

  private onPointer(event: MouseEvent, isTap: boolean): void {
    const target = event.target;
    if (this.popover && target instanceof Node && this.popover.contains(target)) {
      this.cancelHide();
      return;
    }
    const termId = findMarkedTermId(target);
    const element = target instanceof Node && target.instanceOf(Element) ? target : null;
    const inReading = element?.closest(".markdown-preview-view, .markdown-rendered") != null;
    if (!termId || !inReading) {
      if (this.popover) this.scheduleHide();
      return;
    }
    if (isTap && !Platform.isMobile) return;
    const anchor = element?.closest(".anc-term");
    if (!anchor?.instanceOf(HTMLElement)) return;
    this.clearTimers();
    const delay = isTap ? 0 : this.deps.settings().hoverDelayMs;
    this.showTimer = window.setTimeout(() => this.show(anchor, termId), delay);
  }

  private show(anchor: HTMLElement, termId: string): void {
    const term = this.deps.snapshot()?.termsById.get(termId);
    if (!term) return;
    this.hide();
    const pop = activeDocument.body.createDiv({ cls: "anc-term-tooltip anc-reading-popover popover" });
    renderHoverCard(pop, term, this.deps.actions, this.deps.labels());
    const rect = anchor.getBoundingClientRect();
    pop.setCssProps({ "--anc-popover-top": `${Math.round(rect.bottom + 6)}px`, "--anc-popover-left": `${Math.round(rect.left)}px` });
    this.popover = pop;
  }

  private scheduleHide(): void {
    if (this.hideTimer !== null) return;
    this.hideTimer = window.setTimeout(() => this.hide(), 300);
  }

  private cancelHide(): void {
    if (this.hideTimer !== null) window.clearTimeout(this.hideTimer);
    this.hideTimer = null;
  }

  private clearTimers(): void {
    if (this.showTimer !== null) window.clearTimeout(this.showTimer);
    this.showTimer = null;
    this.cancelHide();
  }

  private hide(): void {
    this.cancelHide();
    this.popover?.remove();
    this.popover = null;
  }
}
