/**
 * The term card in the editor: a `hoverTooltip` whose source is a plain lookup (position -> mark -> term), a tap
 * variant for touch screens (no hover there), and Escape to close either. Tooltips are never focused, so typing goes
 * on in the editor while a card is open.
 */
import { StateEffect, StateField, type Extension } from "@codemirror/state";
// Brings in Obsidian's DOM helpers (`createDiv`) as types only.
import type {} from "obsidian";
import {
  EditorView, closeHoverTooltips, hasHoverTooltips, hoverTooltip, showTooltip, type Tooltip,
} from "@codemirror/view";
import { closeHoverCard, renderHoverCard } from "../ui/hover-card";
import { getGlossary } from "./glossary-state";
import { awsTermsOptions } from "./options";
import { TERM_CLASS, findMarkAt } from "./term-marks";

/** Class of the tooltip element that holds a term card. */
export const TERM_TOOLTIP_CLASS = "anc-term-tooltip";

/** The tooltip for the marked term at `pos`, or null when no term is marked there. */
export function findTermTooltip(view: EditorView, pos: number, side: -1 | 1 = 1): Tooltip | null {
  const mark = findMarkAt(view, pos, side);
  if (!mark) return null;
  const glossary = getGlossary(view.state);
  const term = glossary?.lookup(mark.termId);
  if (!term) return null;
  return {
    pos: mark.from,
    end: mark.to,
    above: true,
    create(tooltipView) {
      const options = tooltipView.state.facet(awsTermsOptions);
      const dom = tooltipView.dom.createDiv({ cls: TERM_TOOLTIP_CLASS });
      dom.remove();
      const dismiss = (): void => tooltipView.dispatch({ effects: [closeHoverTooltips, setTappedTerm.of(null)] });
      renderHoverCard(dom, term, options.actions, options.labels, dismiss);
      return { dom, destroy: () => closeHoverCard(dom) };
    },
  };
}

/** Opens the given card (a tapped term's) or closes it (null). */
const setTappedTerm = StateEffect.define<Tooltip | null>();

const tappedTermField = StateField.define<Tooltip | null>({
  create: () => null,
  update(value, tr) {
    let next = value;
    if (next && (tr.docChanged || tr.effects.includes(closeHoverTooltips))) next = null;
    if (next && tr.selection) {
      const head = tr.selection.main.head;
      if (head < next.pos || head > (next.end ?? next.pos)) next = null;
    }
    for (const effect of tr.effects) if (effect.is(setTappedTerm)) next = effect.value;
    return next;
  },
  provide: (field) => showTooltip.from(field),
});

function closestTerm(target: EventTarget | null): Element | null {
  if (!target || typeof (target as Partial<Element>).closest !== "function") return null;
  return (target as Element).closest(`.${TERM_CLASS}`);
}

function openTappedTerm(view: EditorView, target: EventTarget | null): boolean {
  if (!view.state.facet(awsTermsOptions).tapToOpen) return false;
  const el = closestTerm(target);
  if (!el || !view.contentDOM.contains(el)) return false;
  const tooltip = findTermTooltip(view, view.posAtDOM(el, 0), 1);
  if (tooltip) view.dispatch({ effects: setTappedTerm.of(tooltip) });
  return false;
}

function closeCards(view: EditorView): boolean {
  const tapped = view.state.field(tappedTermField, false);
  if (!hasHoverTooltips(view.state) && !tapped) return false;
  view.dispatch({ effects: [closeHoverTooltips, setTappedTerm.of(null)] });
  return true;
}

/** The hover, tap and Escape handling, with the pointer resting `hoverDelay` ms before a card shows. */
export function termHover(hoverDelay: number): Extension {
  return [
    hoverTooltip((view, pos, side) => findTermTooltip(view, pos, side), { hoverTime: hoverDelay, hideOnChange: true }),
    tappedTermField,
    EditorView.domEventHandlers({
      keydown(event, view) {
        if (event.key !== "Escape") return false;
        return closeCards(view);
      },
      click(event, view) {
        return openTappedTerm(view, event.target);
      },
    }),
  ];
}
