/**
 * The editor's base theme and the CSS variables that set the mark style. Reading view needs the same `.anc-term`
 * rule in styles.css, since a base theme only applies inside editors.
 */
import { EditorView } from "@codemirror/view";

/** The mark styles a user can pick in settings. */
export type TermMarkStyle = "dotted" | "dashed" | "solid" | "none";

/** CSS variables (set on `document.body`) that give marked terms the chosen style. */
export function describeMarkStyle(style: TermMarkStyle): Record<string, string> {
  return {
    "--anc-term-decoration-line": style === "none" ? "none" : "underline",
    "--anc-term-decoration-style": style === "none" ? "solid" : style,
  };
}

/** Default look of marks and cards in the editor; every value can be overridden through the variables. */
export const termsBaseTheme = EditorView.baseTheme({
  ".anc-term": {
    textDecorationLine: "var(--anc-term-decoration-line, underline)",
    textDecorationStyle: "var(--anc-term-decoration-style, dotted)",
    textDecorationColor: "var(--anc-term-decoration-color, currentColor)",
    textDecorationThickness: "var(--anc-term-decoration-thickness, 1px)",
    textUnderlineOffset: "var(--anc-term-underline-offset, 3px)",
  },
  ".anc-term-tooltip": {
    maxWidth: "var(--anc-hover-card-max-width, 360px)",
    maxHeight: "var(--anc-hover-card-max-height, min(60vh, 420px))",
    overflowY: "auto",
    padding: "6px 10px",
  },
  // The tooltip frame CodeMirror puts around the card draws nothing of its own: the card is the frame.
  ".cm-tooltip:has(> .anc-term-tooltip)": {
    border: "none",
    backgroundColor: "transparent",
  },
});
