/**
 * The view plugin that marks glossary terms in the visible part of the document. It rebuilds on document, viewport,
 * syntax-tree, option and glossary changes, never on a selection-only change, and waits while an IME composition
 * is in progress (rewriting marks under a composition breaks Korean input) — then catches up once it ends.
 */
import { syntaxTree } from "@codemirror/language";
import { RangeSetBuilder, type EditorState } from "@codemirror/state";
import { Decoration, ViewPlugin, type DecorationSet, type EditorView, type ViewUpdate } from "@codemirror/view";
import { findDefiningLines, getGlossary, type GlossarySnapshot, type LineSpan } from "./glossary-state";
import { awsTermsOptions } from "./options";
import { collectSkipRanges } from "./skip-ranges";

/** Class of a marked term, in the editor and in reading view. */
export const TERM_CLASS = "anc-term";
/** Attribute holding the marked term's id. */
export const TERM_ID_ATTRIBUTE = "data-term-id";

/** Characters read past a visible range so boundaries (and particles) right after it are seen. */
const LOOKAROUND = 40;

/** Builds the marks of terms in `view`'s visible ranges; `markFor` supplies one shared decoration per term. */
export function buildTermMarks(view: EditorView, markFor: (termId: string) => Decoration): DecorationSet {
  const state = view.state;
  const options = state.facet(awsTermsOptions);
  const glossary = getGlossary(state);
  if (!options.enabled || !glossary) return Decoration.none;
  const path = options.getFilePath(state) ?? undefined;
  if (!options.shouldMark(path)) return Decoration.none;
  const builder = new RangeSetBuilder<Decoration>();
  const definedHere = new Map<string, ReadonlyArray<LineSpan>>();
  const isDefiningLine = (termId: string, pos: number): boolean => {
    if (path === undefined) return false;
    let spans = definedHere.get(termId);
    if (!spans) {
      spans = findDefiningLines(glossary, termId, path);
      definedHere.set(termId, spans);
    }
    if (spans.length === 0) return false;
    const line = state.doc.lineAt(pos).number;
    return spans.some((s) => line >= s.from && line <= s.to);
  };
  for (const range of view.visibleRanges) {
    addRangeMarks(state, glossary, range, builder, markFor, isDefiningLine);
  }
  return builder.finish();
}

function addRangeMarks(
  state: EditorState,
  glossary: GlossarySnapshot,
  range: { from: number; to: number },
  builder: RangeSetBuilder<Decoration>,
  markFor: (termId: string) => Decoration,
  isDefiningLine: (termId: string, pos: number) => boolean,
): void {
  const offset = Math.max(0, range.from - 1);
  const text = state.doc.sliceString(offset, Math.min(state.doc.length, range.to + LOOKAROUND));
  const matches = glossary.matcher.findTerms(text, range.from - offset, range.to - offset);
  if (matches.length === 0) return;
  const skipped = collectSkipRanges(state, range.from, range.to);
  let s = 0;
  for (const m of matches) {
    const from = m.from + offset;
    const to = m.to + offset;
    while (s < skipped.length && (skipped[s]?.to ?? 0) <= from) s++;
    const skip = skipped[s];
    if (skip && skip.from < to) continue;
    if (isDefiningLine(m.termId, from)) continue;
    builder.add(from, to, markFor(m.termId));
  }
}

/** The plugin value: current marks plus the per-term decoration cache. */
export class TermMarks {
  decorations: DecorationSet;
  /** Set when a rebuild was put off during an IME composition. */
  private stale = false;
  private destroyed = false;
  private readonly marks = new Map<string, Decoration>();
  private glossary: GlossarySnapshot | null;

  constructor(private readonly view: EditorView) {
    this.glossary = getGlossary(view.state);
    this.decorations = buildTermMarks(view, this.markFor);
  }

  /** One decoration object per term, reused across rebuilds so unchanged marks keep their DOM. */
  readonly markFor = (termId: string): Decoration => {
    let mark = this.marks.get(termId);
    if (!mark) {
      mark = Decoration.mark({ class: TERM_CLASS, attributes: { [TERM_ID_ATTRIBUTE]: termId }, termId });
      this.marks.set(termId, mark);
    }
    return mark;
  };

  update(update: ViewUpdate): void {
    const glossary = getGlossary(update.state);
    const relevant =
      update.docChanged ||
      update.viewportChanged ||
      glossary !== this.glossary ||
      update.startState.facet(awsTermsOptions) !== update.state.facet(awsTermsOptions) ||
      syntaxTree(update.startState) !== syntaxTree(update.state);
    if (!relevant && !this.stale) return;
    if (update.view.composing) {
      this.decorations = this.decorations.map(update.changes);
      this.stale = true;
      return;
    }
    if (glossary !== this.glossary) {
      this.marks.clear();
      this.glossary = glossary;
    }
    this.stale = false;
    this.decorations = buildTermMarks(update.view, this.markFor);
  }

  /** Composition ended: if a rebuild was put off and no transaction follows, ask for one. */
  catchUp(): void {
    if (!this.stale) return;
    const win = this.view.dom.ownerDocument.defaultView;
    win?.setTimeout(() => {
      if (!this.destroyed && this.stale && !this.view.composing) this.view.dispatch({});
    }, 0);
  }

  destroy(): void {
    this.destroyed = true;
  }
}

/** The view plugin marking terms; its `decorations` are what the hover looks terms up in. */
export const termMarksPlugin = ViewPlugin.fromClass(TermMarks, {
  decorations: (value) => value.decorations,
  eventHandlers: {
    compositionend() {
      this.catchUp();
    },
  },
});

/** The marked term covering `pos` in `view` (`side` -1: just before it, 1: just after), or null. */
export function findMarkAt(view: EditorView, pos: number, side: -1 | 1 = 1): { from: number; to: number; termId: string } | null {
  const plugin = view.plugin(termMarksPlugin);
  if (!plugin) return null;
  let found: { from: number; to: number; termId: string } | null = null;
  plugin.decorations.between(pos, pos, (from, to, deco) => {
    const inside = side < 0 ? from < pos && pos <= to : from <= pos && pos < to;
    const termId = (deco.spec as { termId?: unknown }).termId;
    if (inside && typeof termId === "string") {
      found = { from, to, termId };
      return false;
    }
    return undefined;
  });
  return found;
}
