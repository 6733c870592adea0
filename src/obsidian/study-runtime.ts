/**
 * The plugin's live state: settings, the glossary index and its snapshot, and the review store. It turns index
 * changes into snapshot refreshes for editors and views, and keeps orphaned review states in step with the cards.
 */
import type { Plugin } from "obsidian";
import { GlossaryIndex } from "../core/glossary/glossary-index";
import { readingRules } from "../core/reading/parse-request";
import { findRenamedCards, type CardPlace, type ReviewStore } from "../core/review";
import { builtCards, clearBuiltCards, createSnapshotCache, prepareMatcher, takeSnapshot, type VaultSnapshot } from "../core/vault-snapshot";
import type { Card } from "../core/cards/types";
import type { ParsedNote } from "../core/reading/types";
import { normalizeSettings, type PluginSettings, type SettingCorrection } from "../settings";

/** How long index changes are gathered before views and editors are told (one burst of saves, one refresh). */
const REFRESH_DELAY_MS = 150;
/** Longest stretch of matcher building between two frames when a scan ends. */
const SLICE_MS = 12;
/**
 * Renamed or new terms are matched through a small overlay on the compiled glossary, and removed ones skipped (cheap
 * to make, a little slower to match with); once this many changed terms gather, the whole glossary is compiled again
 * in the background, in slices.
 */
const OVERLAY_RECOMPILE = 64;

const parseKeys: readonly (keyof PluginSettings)[] = ["folders", "tags", "autoDetect", "clozeEquals", "clozeMark", "clozeBold"];

/** Settings, index, snapshot and review store, with change notifications. */
export class StudyRuntime {
  readonly index: GlossaryIndex;
  private current: PluginSettings;
  private readonly cache = createSnapshotCache();
  private snap: VaultSnapshot | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly settingsListeners = new Set<(s: PluginSettings, reparse: boolean) => void>();
  private timer: number | null = null;
  private scanned = false;
  /** Where each card was at the last refresh, to tell a renamed card from a new one (see `findRenamedCards`). */
  private lastPlaces: CardPlace[] | null = null;
  /** Scans under way; views and editors are refreshed once when the last one ends, not after every note. */
  private holds = 0;
  /** A background compile of the matcher is under way. */
  private recompiling = false;

  /** Whether the stored settings are in; `pendingPatch` holds changes made before they were. */
  private adopted: boolean;
  private pendingPatch: Partial<PluginSettings> = {};

  /** `storedSettingsPending`: `settings` are stand-ins until {@link adoptStoredSettings} gives the stored ones. */
  constructor(private readonly plugin: Plugin, readonly store: ReviewStore, settings: PluginSettings, options: { storedSettingsPending?: boolean } = {}) {
    this.adopted = options.storedSettingsPending !== true;
    this.current = settings;
    this.index = new GlossaryIndex(readingRules(settings));
    plugin.register(this.index.onChange(() => this.scheduleRefresh()));
    plugin.register(() => {
      if (this.timer !== null) window.clearTimeout(this.timer);
    });
  }

  /** The settings in force. */
  get settings(): PluginSettings {
    return this.current;
  }

  /** The snapshot at the index's current revision (derived lazily, reusing per-note work). */
  snapshot(): VaultSnapshot {
    if (!this.snap || this.snap.revision !== this.index.revision) this.snap = takeSnapshot(this.index, this.current, this.cache);
    return this.snap;
  }

  /** Where cards kept from an earlier session come from (the note cache): taken instead of building them. */
  useKnownCards(known: (note: ParsedNote, settingsKey: string) => readonly Card[] | undefined): void {
    this.cache.known = known;
  }

  /** Forgets every card built so far: the next snapshot builds them all again ("Rebuild index"). */
  forgetBuiltCards(): void {
    clearBuiltCards(this.cache);
    this.snap = null;
  }

  /** A note's cards as built this session, with the settings key they were built under. */
  builtCards(note: ParsedNote): { key: string; cards: Card[] } | undefined {
    return builtCards(this.cache, note);
  }

  /** Brings the snapshot's per-note work and terms up to date, telling no one: run between slices of a scan. */
  keepUp(): void {
    this.snapshot();
  }

  /** Listens for index changes (after the short gathering delay); returns the function that stops listening. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Listens for settings changes; `reparse` tells whether notes must be read again. */
  onSettingsChange(listener: (s: PluginSettings, reparse: boolean) => void): () => void {
    this.settingsListeners.add(listener);
    return () => this.settingsListeners.delete(listener);
  }

  /**
   * Validates and stores new settings; returns the corrections made to out-of-range values. Before the stored
   * settings are in (see {@link adoptStoredSettings}), the change is kept and laid over them when they come: it never
   * replaces them with defaults, and nothing is re-read meanwhile.
   */
  updateSettings(patch: Partial<PluginSettings>): SettingCorrection[] {
    if (!this.adopted) {
      this.pendingPatch = { ...this.pendingPatch, ...patch };
      const early = normalizeSettings({ ...this.current, ...patch });
      this.current = early.settings;
      this.snap = null;
      for (const l of [...this.settingsListeners]) l(early.settings, false);
      return early.corrections;
    }
    const { settings, corrections } = normalizeSettings({ ...this.current, ...patch });
    const reparse = parseKeys.some((k) => JSON.stringify(settings[k]) !== JSON.stringify(this.current[k]));
    this.current = settings;
    this.store.setSettings(settings);
    if (reparse) this.index.setOptions(readingRules(settings));
    this.snap = null;
    for (const l of [...this.settingsListeners]) l(settings, reparse);
    return corrections;
  }

  /**
   * The settings stored with the review history, once it has loaded. Taken as they are, with no rescan: nothing is
   * indexed before the history is in. Editors and views are told, as after any settings change.
   */
  adoptStoredSettings(stored: PluginSettings): void {
    this.adopted = true;
    const changed = Object.keys(this.pendingPatch).length > 0;
    const settings = changed ? normalizeSettings({ ...stored, ...this.pendingPatch }).settings : stored;
    this.pendingPatch = {};
    this.current = settings;
    // A change made while they loaded is stored now, over the stored settings.
    if (changed) this.store.setSettings(settings);
    this.index.setOptions(readingRules(settings));
    this.snap = null;
    for (const l of [...this.settingsListeners]) l(settings, false);
  }

  /** Whether the first full scan has finished (before it, missing cards are not yet missing). */
  get ready(): boolean {
    return this.scanned;
  }

  /** The first scan is done: from now on a card that disappears is kept as an orphan. Resolves once views are told. */
  async markScanned(): Promise<void> {
    // The matcher of a whole vault is built in slices first, so the refresh itself is short.
    await this.prepareMatcher();
    this.scanned = true;
    this.refreshNow();
  }

  /** Runs a whole-vault scan with refreshes held back until it ends, then refreshes once. */
  async holdRefresh<T>(scan: Promise<T>): Promise<T> {
    this.holds++;
    try {
      return await scan;
    } finally {
      this.holds--;
      if (this.holds === 0 && this.scanned) {
        await this.prepareMatcher();
        if (this.holds === 0) this.refreshNow();
      }
    }
  }

  /** Tells everyone now (after the first scan, or a rebuild), without waiting for the gathering delay. */
  refreshNow(): void {
    if (this.timer !== null) window.clearTimeout(this.timer);
    this.timer = null;
    const snap = this.snapshot();
    if (this.scanned) {
      const places = snap.cards.map((c): CardPlace => ({ id: c.id, path: c.path, answer: c.answer }));
      const before = this.lastPlaces;
      const renamed = before ? findRenamedCards(before, places) : undefined;
      this.lastPlaces = places;
      // Where a vanished card was: its orphan is kept while that note exists (a narrower "Which notes" left it out).
      let where: Map<string, string> | undefined;
      const pathOf = (id: string): string | undefined => (where ??= new Map(before?.map((c) => [c.id, c.path]))).get(id);
      const exists = (path: string): boolean => this.plugin.app.vault.getAbstractFileByPath(path) !== null;
      this.store.reconcile(new Set(places.map((c) => c.id)), new Date(), renamed, { pathOf, exists });
    }
    for (const l of [...this.listeners]) l();
    this.recompileMatcher().catch((e: unknown) => {
      // The matcher in use stays right (only slower); the next refresh tries again.
      console.error("AWS Notes Cloze: compiling the term matcher failed", e);
    });
  }

  /**
   * Terms the matcher in use handles beside its compiled glossary: new or renamed ones in its overlay, and removed or
   * renamed ones it skips (see {@link OVERLAY_RECOMPILE}).
   */
  get matcherChangedTerms(): number {
    const m = this.cache.matcher?.matcher;
    return m ? m.overlayTerms + m.hiddenTerms + m.pendingTerms : 0;
  }

  /**
   * Compiles the glossary again in slices when many terms changed since it was compiled; the next snapshot uses the
   * fresh one. It finds the same terms, so nothing needs redrawing, unless the change was too large to compile at
   * once (`OVERLAY_AT_MOST`): then views and editors are told, to mark the terms that were left out.
   */
  private async recompileMatcher(): Promise<void> {
    // Nothing to do before the first scan, during a scan, or while no editor has asked for a matcher yet.
    if (this.recompiling || this.holds > 0 || !this.scanned || !this.cache.matcher) return;
    // Editors read the matcher on refresh: bring it up to date (usually a millisecond) to count what changed.
    void this.snapshot().matcher;
    if (this.matcherChangedTerms < OVERLAY_RECOMPILE) return;
    // Terms too many to compile in one step match nothing yet: once the build is done, editors must mark them.
    const pending = this.cache.matcher.matcher.pendingTerms > 0;
    this.recompiling = true;
    try {
      await this.prepareMatcher();
    } finally {
      this.recompiling = false;
    }
    if (pending) {
      // A new snapshot picks the fresh matcher up (the one in hand keeps the matcher it gave out).
      this.snap = null;
      for (const l of [...this.listeners]) l();
    }
  }

  private prepareMatcher(): Promise<void> {
    return prepareMatcher(this.index, this.cache, {
      budgetMs: SLICE_MS,
      now: () => performance.now(),
      pause: () => new Promise((resolve) => window.setTimeout(resolve, 0)),
    });
  }

  private scheduleRefresh(): void {
    if (this.timer !== null || this.holds > 0 || !this.scanned) return;
    this.timer = window.setTimeout(() => this.refreshNow(), REFRESH_DELAY_MS);
  }
}
