/** The glossary as an editor sees it: a snapshot in a state field, replaced by a state effect. */
import { StateEffect, StateField, type EditorState } from "@codemirror/state";
import { ViewPlugin, type EditorView, type ViewUpdate } from "@codemirror/view";
import { awsTermsOptions, type AwsTermsOptions } from "./options";
import type { GlossarySnapshot, LineSpan } from "./types";

export type { GlossarySnapshot, LineSpan };

/**
 * Whether `next` differs from what an editor has: another index revision, or the same revision with another matcher
 * (the glossary compiled again, marking terms a large change had left for later).
 */
function isNewer(next: GlossarySnapshot, current: GlossarySnapshot): boolean {
  return next.revision !== current.revision || next.matcher !== current.matcher;
}

/** The effect that hands an editor a new glossary snapshot. */
export const setGlossary = StateEffect.define<GlossarySnapshot>();

/** The glossary snapshot an editor marks terms with (null until the index is ready). */
export const glossaryField = StateField.define<GlossarySnapshot | null>({
  create: (state) => state.facet(awsTermsOptions).getGlossary(),
  update(value, tr) {
    let next = value;
    for (const effect of tr.effects) {
      if (effect.is(setGlossary) && (next === null || isNewer(effect.value, next))) next = effect.value;
    }
    return next;
  },
});

/** The effect carrying `snapshot`, for `view.dispatch({ effects: glossaryEffect(snapshot) })`. */
export function glossaryEffect(snapshot: GlossarySnapshot): StateEffect<GlossarySnapshot> {
  return setGlossary.of(snapshot);
}

/** Sends `snapshot` to each view that has the extension and an older revision; returns how many were updated. */
export function sendGlossary(views: Iterable<EditorView>, snapshot: GlossarySnapshot): number {
  let sent = 0;
  for (const view of views) {
    const current = view.state.field(glossaryField, false);
    if (current === undefined || (current !== null && !isNewer(snapshot, current))) continue;
    view.dispatch({ effects: glossaryEffect(snapshot) });
    sent++;
  }
  return sent;
}

/** The line spans of `path` where `termId` is defined, from the snapshot or else from the term's sources. */
export function findDefiningLines(snapshot: GlossarySnapshot, termId: string, path: string): ReadonlyArray<LineSpan> {
  if (snapshot.definingLines) return snapshot.definingLines(termId, path);
  const term = snapshot.lookup(termId);
  return (term?.sources ?? []).filter((s) => s.path === path).map((s) => ({ from: s.line, to: s.line }));
}

/**
 * Keeps an editor's glossary current by itself: it listens to the options' `onGlossaryChange` for as long as the
 * editor exists, and reads `getGlossary` when told, so no host has to find the editors (Canvas cards, embeds and
 * other plugins' editors included) or reach into their views.
 */
export const glossarySync = ViewPlugin.fromClass(class {
  private listening: AwsTermsOptions | null = null;
  private stop: () => void = () => undefined;
  private destroyed = false;

  constructor(private readonly view: EditorView) {
    this.listen(view.state.facet(awsTermsOptions));
    // A glossary that changed between the state's creation and now: read it once the view is set up (no dispatch
    // may happen while the view is being built).
    queueMicrotask(() => this.pull());
  }

  update(update: ViewUpdate): void {
    const options = update.state.facet(awsTermsOptions);
    if (options.onGlossaryChange !== this.listening?.onGlossaryChange) {
      this.listen(options);
      queueMicrotask(() => this.pull());
    } else this.listening = options;
  }

  destroy(): void {
    this.destroyed = true;
    this.stop();
  }

  private listen(options: AwsTermsOptions): void {
    this.stop();
    this.listening = options;
    this.stop = options.onGlossaryChange(() => this.pull());
  }

  private pull(): void {
    if (this.destroyed) return;
    const snapshot = this.listening?.getGlossary() ?? null;
    if (snapshot) sendGlossary([this.view], snapshot);
  }
});

/** The snapshot of a state, or null when the extension is absent or the glossary not loaded yet. */
export function getGlossary(state: EditorState): GlossarySnapshot | null {
  return state.field(glossaryField, false) ?? null;
}
