/** The index, the cards and the matcher of a vault at one revision: what the plugin's views and the inspector read. */
import { buildNoteCards } from "./exam/question-cards";
import type { Card } from "./cards/types";
import type { GlossaryIndex } from "./glossary/glossary-index";
import { buildMatcher, buildMatcherInSlices, type MatchableTerm, type TermMatcher } from "./matcher/matcher";
import { updateMatcher, type LayeredMatcher } from "./matcher/layers";
import { hoverTerms } from "./hover-terms";
import type { SliceOptions } from "./slices";
import type { Term } from "./glossary/types";
import type { ParsedNote } from "./reading/types";
import type { PluginSettings } from "../settings";
import { VaultCards } from "./snapshot-cards";

/**
 * New or changed terms a snapshot compiles into its matcher in one step (some 15 ms); a larger change (a synced
 * folder, a huge paste) leaves the rest to the next build in slices, and they are marked once it is done.
 */
export const OVERLAY_AT_MOST = 500;

/** Everything derived from the index at one revision. */
export interface VaultSnapshot {
  revision: number;
  notes: ParsedNote[];
  terms: Term[];
  termsById: Map<string, Term>;
  cards: Card[];
  cardsByNote: Map<string, Card[]>;
  matcher: TermMatcher;
  /** 1-based line spans where a term is defined in a note (the editor does not mark a term there). */
  definingLines: (termId: string, path: string) => ReadonlyArray<LineSpan>;
  /** Every term a note defines, with the line span of its entry. */
  definedIn: (path: string) => ReadonlyArray<DefinedTerm>;
}

/** A 1-based, inclusive line span. */
export interface LineSpan {
  from: number;
  to: number;
}

/** A term defined by a note, at a span of its lines. */
export interface DefinedTerm extends LineSpan {
  termId: string;
}

/** The card settings the snapshot needs (cloze sources and which terms get exam questions). */
export type SnapshotSettings = Pick<PluginSettings, "clozeEquals" | "clozeMark" | "markColors" | "clozeBold" | "reverseCards">;

/**
 * The version of the card rules. Raise it with every change to what `buildNoteCards` returns for some note (the
 * cloze, reverse and fits builders, `exam/*`, the catalogue they read): cards kept between sessions (the note cache
 * keeps each note's cards beside it) by older rules are then built again. A new plugin version rebuilds them anyway.
 */
export const CARDS_VERSION = 1;

/** What decides a note's cards besides the note: the card rules' version and the card settings. */
export function cardSettingsKey(settings: SnapshotSettings): string {
  return JSON.stringify([CARDS_VERSION, settings.clozeEquals, settings.clozeMark, settings.markColors, settings.clozeBold, settings.reverseCards]);
}

/**
 * What a snapshot can reuse from the one before: per-note cards, the merged cards, and the matcher (as it is when no
 * name changed; layered on its compiled base when names changed, see `matcher-layers.ts`).
 */
export interface SnapshotCache {
  cards: WeakMap<ParsedNote, Card[]>;
  /** Cards kept for a note from an earlier session, under a settings key ({@link cardSettingsKey}); taken instead of building them. */
  known?: (note: ParsedNote, settingsKey: string) => readonly Card[] | undefined;
  matcher: { terms: readonly Term[]; matcher: LayeredMatcher } | null;
  settings: string;
  /** The vault's cards, merged note by note. */
  merged: VaultCards;
}

/** An empty cache; pass the same one to every `takeSnapshot` of an index. */
export function createSnapshotCache(): SnapshotCache {
  return { cards: new WeakMap(), matcher: null, settings: "", merged: new VaultCards() };
}

/** Forgets every card the cache built: the next snapshot builds them all again (kept cards are still taken). */
export function clearBuiltCards(cache: SnapshotCache): void {
  cache.cards = new WeakMap();
  cache.merged = new VaultCards();
}

/** A note's cards as the cache holds them now, with the settings key they were built under; undefined when not built. */
export function builtCards(cache: SnapshotCache, note: ParsedNote): { key: string; cards: Card[] } | undefined {
  const cards = cache.cards.get(note);
  return cards ? { key: cache.settings, cards } : undefined;
}

/** Derives cards and the matcher from the index's current revision, redoing only what changed. */
export function takeSnapshot(index: GlossaryIndex, settings: SnapshotSettings, cache: SnapshotCache = createSnapshotCache()): VaultSnapshot {
  const notes = index.allNotes();
  const terms = index.terms();
  const settingsKey = cardSettingsKey(settings);
  if (cache.settings !== settingsKey) {
    clearBuiltCards(cache);
    cache.settings = settingsKey;
  }
  const built = cache.cards;
  const cardsOf = (note: ParsedNote): Card[] => {
    let cards = built.get(note);
    if (!cards) {
      cards = (cache.known?.(note, settingsKey) as Card[] | undefined) ?? buildNoteCards(note, settings);
      built.set(note, cards);
    }
    return cards;
  };
  const cards = cache.merged.update(notes, cardsOf);
  // The matcher is built on first use: a snapshot taken only to keep the per-note work current (during a scan)
  // never pays for it.
  const matcherOf = (): TermMatcher => {
    if (!cache.matcher) cache.matcher = { terms, matcher: buildMatcher(hoverTerms(terms)) };
    else if (sameNames(cache.matcher.terms, terms)) cache.matcher.terms = terms;
    else cache.matcher = { terms, matcher: updateMatcher(cache.matcher.matcher, hoverTerms(terms), OVERLAY_AT_MOST) };
    return cache.matcher.matcher;
  };
  let matcher: TermMatcher | null = null;
  const termSpans = index.termSpans();
  let termsById: Map<string, Term> | null = null;
  let cardsByNote: Map<string, Card[]> | null = null;
  return {
    revision: index.revision,
    notes,
    terms,
    // The two maps are built on first use: most snapshots are replaced before anything reads them.
    get termsById(): Map<string, Term> {
      termsById ??= new Map(terms.map((t) => [t.id, t]));
      return termsById;
    },
    cards,
    get cardsByNote(): Map<string, Card[]> {
      cardsByNote ??= new Map(notes.map((n) => [n.path, cardsOf(n)]));
      return cardsByNote;
    },
    get matcher(): TermMatcher {
      matcher ??= matcherOf();
      return matcher;
    },
    definingLines: (termId, path) => (termSpans.get(path) ?? []).filter((d) => d.termId === termId),
    definedIn: (path) => termSpans.get(path) ?? [],
  };
}

/**
 * Builds the matcher of the index's current terms in slices and keeps it in `cache`, so the next snapshot's `matcher`
 * costs nothing (unless the names change meanwhile: that snapshot then layers its own on this one). A matcher kept
 * in layers is compiled again into one base here, so the next changes start from an empty overlay.
 */
export async function prepareMatcher(
  index: GlossaryIndex, cache: SnapshotCache, options: Pick<SliceOptions, "budgetMs" | "now" | "pause">,
): Promise<void> {
  const terms = index.terms();
  const current = cache.matcher;
  if (current && current.matcher.overlayTerms + current.matcher.hiddenTerms + current.matcher.pendingTerms === 0 && sameNames(current.terms, terms)) return;
  // Which names mark text is worked out a few hundred terms at a time too (a glossary's worth takes 20 ms).
  const forms: MatchableTerm[] = [];
  let sliceStart = options.now();
  for (let k = 0; k < terms.length; k += HOVER_FORMS_STEP) {
    for (const form of hoverTerms(terms.slice(k, k + HOVER_FORMS_STEP))) forms.push(form);
    if (options.now() - sliceStart >= options.budgetMs) {
      await options.pause();
      sliceStart = options.now();
    }
  }
  const matcher = await buildMatcherInSlices(forms, options);
  cache.matcher = { terms, matcher };
}

/** Terms whose hover forms are worked out between two looks at the clock. */
const HOVER_FORMS_STEP = 500;

/** True when two glossaries have the same ids and names in the same order (the matcher depends on nothing else). */
function sameNames(a: readonly Term[], b: readonly Term[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as Term;
    const y = b[i] as Term;
    if (x === y) continue;
    if (x.id !== y.id || x.name !== y.name || x.aliases.length !== y.aliases.length) return false;
    for (let k = 0; k < x.aliases.length; k++) if (x.aliases[k] !== y.aliases[k]) return false;
  }
  return true;
}
