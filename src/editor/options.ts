/** The editor extension's options: one facet, defaults merged in one place. */
import { Facet, type EditorState } from "@codemirror/state";
import type { HoverCardActions, HoverCardLabels } from "../ui/hover-card";
import type { GlossarySnapshot } from "./types";

/** What the Obsidian layer tells the editor extension. Every field is optional when passed in. */
export interface AwsTermsOptions {
  /** Mark terms and show hovers at all (the "hover definitions" setting). */
  enabled: boolean;
  /** Vault path of the note an editor shows; in Obsidian `state.field(editorInfoField, false)?.file?.path`. */
  getFilePath: (state: EditorState) => string | null | undefined;
  /** Whether terms are marked in the note at `path` (for "AWS notes only"); called on every rebuild, keep it cheap. */
  shouldMark: (path: string | undefined) => boolean;
  /** The current glossary: what a newly opened editor starts with, and what it reads again when told of a change. */
  getGlossary: () => GlossarySnapshot | null;
  /**
   * Tells every editor, whatever view made it (a note, a canvas card, an embed, another plugin's editor), that
   * `getGlossary` has changed; returns the function that stops listening. Each editor listens while it exists.
   */
  onGlossaryChange: (listener: () => void) => () => void;
  /** Milliseconds the pointer rests on a term before its card shows. */
  hoverDelay: number;
  /** Open the card on a tap or click of a marked term (mobile, where there is no hover). */
  tapToOpen: boolean;
  /** Callbacks of the hover card: markdown rendering, opening a source, card state, quizzing. */
  actions: HoverCardActions;
  /** Texts of the hover card (English by default). */
  labels: Partial<HoverCardLabels>;
}

/** The values used for options nobody set. */
export const DEFAULT_AWS_TERMS_OPTIONS: Readonly<AwsTermsOptions> = Object.freeze({
  enabled: true,
  getFilePath: () => undefined,
  shouldMark: () => true,
  getGlossary: () => null,
  onGlossaryChange: () => () => undefined,
  hoverDelay: 300,
  tapToOpen: false,
  actions: {},
  labels: {},
});

/** Merges option objects over the defaults; later values win. */
export function resolveOptions(values: ReadonlyArray<Partial<AwsTermsOptions>>): AwsTermsOptions {
  let merged: AwsTermsOptions = { ...DEFAULT_AWS_TERMS_OPTIONS };
  for (const value of values) {
    const defined = Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
    merged = { ...merged, ...defined };
  }
  const delay = Number(merged.hoverDelay);
  merged.hoverDelay = Number.isFinite(delay) ? Math.min(5000, Math.max(0, delay)) : DEFAULT_AWS_TERMS_OPTIONS.hoverDelay;
  return merged;
}

/** The facet holding the options of an editor. */
export const awsTermsOptions = Facet.define<Partial<AwsTermsOptions>, AwsTermsOptions>({
  combine: resolveOptions,
});
