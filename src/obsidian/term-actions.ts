/** What the hover card can do in Obsidian: render a definition line, open a source, describe and quiz a term's cards. */
import { Component, Keymap, MarkdownRenderer, type App } from "obsidian";
import { escapeHtmlOutsideCode } from "../core/markdown/escape-html";
import { buildTermScope, filterCardsByScope } from "../core/quiz/scope";
import type { ReviewStore } from "../core/review";
import type { VaultSnapshot } from "../core/vault-snapshot";
import { formatInterval } from "../ui/format-time";
import type { HoverCardActions } from "../ui/hover-card";
import { t } from "../ui/strings";

/** The parts the actions need. */
export interface TermActionDeps {
  app: App;
  /** Parent of each open card's component (a child component of the plugin). */
  renderOwner: Component;
  snapshot: () => VaultSnapshot | null;
  store: ReviewStore;
  openSource: (path: string, line: number) => void;
  /** Opens a quiz on every card of the term; `name` is its display name. */
  quizTerm: (termId: string, name: string) => void;
  now: () => Date;
}

/** Elements a hover card renders markdown into: the reading-view post-processor leaves them alone. */
export const cardRenderTargets = new WeakSet<HTMLElement>();

/** The note a clicked internal link in rendered markdown points to, or null when the click was not on one. */
export function clickedLinkTarget(event: MouseEvent): string | null {
  const target = event.target as Partial<Element> | null;
  const link = target && typeof target.closest === "function" ? target.closest("a.internal-link") : null;
  return link?.getAttribute("data-href") ?? link?.getAttribute("href") ?? null;
}

/** The cards whose entry is one of the term's names (the same rule as the term quiz). */
function cardsOfTerm(snap: VaultSnapshot, termId: string): VaultSnapshot["cards"] {
  const term = snap.termsById.get(termId);
  return term ? filterCardsByScope(snap.cards, buildTermScope(termId, term)) : [];
}

/** The hover card's actions over the live plugin. */
export function createTermActions(deps: TermActionDeps): HoverCardActions {
  return {
    beginCard: () => {
      // One component per open card, a child of the plugin's: unloaded when the card closes, or with the plugin.
      const component = deps.renderOwner.addChild(new Component());
      return {
        renderMarkdown: (el, markdown, source) => {
          const sourcePath = source?.path ?? "";
          cardRenderTargets.add(el);
          // Markdown formatting renders; HTML written in a note (`<img onerror>`, `<script>`) shows as text.
          void MarkdownRenderer.render(deps.app, escapeHtmlOutsideCode(markdown), el, sourcePath, component);
          // Rendered markdown outside a note view does not follow its links by itself.
          component.registerDomEvent(el, "click", (event) => {
            const link = clickedLinkTarget(event);
            if (link === null) return;
            event.preventDefault();
            void deps.app.workspace.openLinkText(link, sourcePath, Keymap.isModEvent(event));
          });
        },
        end: () => deps.renderOwner.removeChild(component),
      };
    },
    openSource: (ref) => deps.openSource(ref.path, ref.line),
    describeCards: (termId) => {
      const snap = deps.snapshot();
      if (!snap) return undefined;
      const cards = cardsOfTerm(snap, termId);
      if (cards.length === 0) return undefined;
      const now = deps.now().getTime();
      let next = Number.POSITIVE_INFINITY;
      let fresh = 0;
      for (const c of cards) {
        const s = deps.store.getState(c.id);
        if (!s || s.state === "new") fresh++;
        else next = Math.min(next, s.due);
      }
      const one = cards.length === 1;
      if (next === Number.POSITIVE_INFINITY) return one ? t("hoverCardNew") : t("hoverCardsNew", { count: String(cards.length) });
      const when = next <= now ? t("hoverDueNow") : t("hoverDueIn", { interval: formatInterval(next - now) });
      return one ? t("hoverCardState", { when }) : t("hoverCardsState", { count: String(cards.length), fresh: String(fresh), when });
    },
    quizTerm: (termId) => {
      const snap = deps.snapshot();
      const term = snap?.termsById.get(termId);
      if (snap && term && cardsOfTerm(snap, termId).length > 0) deps.quizTerm(termId, term.name);
    },
  };
}
