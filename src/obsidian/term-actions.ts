/** What the hover card can do in Obsidian: render a definition line, open a source, describe and quiz a term's cards. */
import { Component, MarkdownRenderer, type App } from "obsidian";
import { foldKey } from "../core/markdown/text";
import { formatInterval, type ReviewStore } from "../core/review";
import type { VaultSnapshot } from "../core/vault-snapshot";
import type { HoverCardActions } from "../ui/hover-card";
import { t } from "../ui/strings";

/** The parts the actions need. */
export interface TermActionDeps {
  app: App;
  /** Owns what the markdown renderer attaches (a child component of the plugin). */
  renderOwner: Component;
  snapshot: () => VaultSnapshot | null;
  store: ReviewStore;
  openSource: (path: string, line: number) => void;
  quizNote: (path: string) => void;
  now: () => Date;
}

/** The cards whose entry is one of the term's names. */
function cardsOfTerm(snap: VaultSnapshot, termId: string): VaultSnapshot["cards"] {
  const term = snap.termsById.get(termId);
  if (!term) return [];
  const names = new Set([term.name, ...term.aliases].map(foldKey));
  return snap.cards.filter((c) => names.has(foldKey(c.term)));
}

/** The hover card's actions over the live plugin. */
export function createTermActions(deps: TermActionDeps): HoverCardActions {
  return {
    renderMarkdown: (el, markdown, source) => {
      void MarkdownRenderer.render(deps.app, markdown, el, source?.path ?? "", deps.renderOwner);
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
      if (next === Number.POSITIVE_INFINITY) return t("hoverCardsNew", { count: String(cards.length) });
      const when = next <= now ? t("hoverDueNow") : t("hoverDueIn", { interval: formatInterval(next - now) });
      return t("hoverCardsState", { count: String(cards.length), fresh: String(fresh), when });
    },
    quizTerm: (termId) => {
      const snap = deps.snapshot();
      const first = snap ? cardsOfTerm(snap, termId)[0] : undefined;
      if (first) deps.quizNote(first.path);
    },
  };
}
