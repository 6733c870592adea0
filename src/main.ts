/** AWS Notes Cloze: lifecycle only. Builds the parts, registers them, and starts indexing once the layout is ready. */
import { Component, Notice, Plugin } from "obsidian";
import { openReviewStore } from "./obsidian/review-data";
import { registerStudyUi } from "./obsidian/register-ui";
import { StudyRuntime } from "./obsidian/study-runtime";
import { createTermActions } from "./obsidian/term-actions";
import { TermHoverHost } from "./obsidian/term-hover-host";
import { VaultIndexer } from "./obsidian/vault-indexer";
import { QuizModal } from "./ui/quiz-modal";
import { describeDataNotice } from "./ui/data-notice-text";
import { t } from "./ui/strings";
import { DEFAULT_SETTINGS, normalizeSettings } from "./settings";
import { NoteCache, readingKey } from "./core/note-cache";
import { createDeferredStore, type DeferredReviewStore } from "./core/review";
import { openNoteCacheStore } from "./obsidian/note-cache-idb";
import { createParsePool } from "./obsidian/parse-workers";

/** The vault-local key under which the note cache's database name is kept. */
const CACHE_ID_KEY = "aws-notes-cloze-note-cache";

/** The plugin. */
export default class AwsNotesClozePlugin extends Plugin {
  private store: DeferredReviewStore | null = null;
  private runtime: StudyRuntime | null = null;
  /** False once the plugin is disabled (work that was waiting for the history then stops). */
  private alive = true;

  override onload(): void {
    // The review history loads in the background: everything is registered now, and views show "loading" until it
    // is in. Nothing is indexed before it is (the settings that say which notes to read are stored with it).
    // Logs are replayed with the stored settings until the plugin has taken them in.
    let adopted = false;
    const loading = openReviewStore(this, () => new Notice(t("saveFailed")), () => (adopted ? this.runtime?.settings ?? null : null));
    const store = createDeferredStore(loading.then((opened) => opened.store));
    this.store = store;
    const standIn = { ...DEFAULT_SETTINGS, learningStepsMinutes: [...DEFAULT_SETTINGS.learningStepsMinutes] };
    const runtime = new StudyRuntime(this, store, standIn, { storedSettingsPending: true });
    this.runtime = runtime;
    // What each note yielded is kept between sessions (IndexedDB, one database per vault): unchanged notes are
    // neither read nor parsed at the next start.
    // Each note's cards are kept with it too: an unchanged note's cards are not built again either.
    const notes = new NoteCache(openNoteCacheStore(`aws-notes-cloze-notes-${this.cacheId()}`), (e: unknown) => {
      console.warn("AWS Notes Cloze: the note cache is not available; every note is read at start-up", e);
    }, (note) => runtime.builtCards(note));
    runtime.useKnownCards((note, key) => notes.cardsFor(note, key));
    // A scan reads the notes the cache does not hold in workers, off the main thread (in place where none can run).
    const indexer = new VaultIndexer(this, runtime.index, () => runtime.keepUp(), {
      notes, key: () => readingKey(runtime.index.parseOptions, this.manifest.version),
    }, createParsePool);
    const loaded = loading.then(({ store: opened, loaded: data }) => {
      // Disabled while it loaded: nothing more is started, and the store it opened is closed.
      if (!this.alive) {
        opened.dispose();
        throw new Error("unloaded");
      }
      if (data.notice) new Notice(describeDataNotice(data.notice), 0);
      runtime.adoptStoredSettings(normalizeSettings(data.settings).settings);
      adopted = true;
    });
    loaded.catch((e: unknown) => {
      if (!this.alive) return;
      console.error("AWS Notes Cloze: the review history could not be loaded", e);
      new Notice(t("historyLoadFailed", { error: e instanceof Error ? e.message : String(e) }), 0);
    });
    /** Opens a quiz once the history is in (an answer must build on the stored schedule, never on an empty one). */
    const whenLoaded = (open: () => void): void => void store.whenLoaded().then(open, () => undefined);

    const services = registerStudyUi(this, {
      getSnapshot: () => runtime.snapshot(),
      onIndexChange: (listener) => runtime.onChange(listener),
      reviewStore: store,
      getSettings: () => runtime.settings,
      saveSettings: (next) => {
        runtime.updateSettings(next);
        return Promise.resolve();
      },
      // Notes are read by the stored settings: a rebuild asked for while they load waits for them.
      // Rebuilding reads every note from the disk and builds every card again (none taken from the cache).
      rebuildIndex: () => loaded.then(() => {
        notes.dropCards();
        runtime.forgetBuiltCards();
        return runtime.holdRefresh(indexer.rescan({ fresh: true }));
      }),
      resetReviewData: () => store.reset(new Date()).catch((e: unknown) => {
        console.error("AWS Notes Cloze: the reset failed", e);
        new Notice(t("saveFailed"));
      }),
      syncReviews: () => this.syncReviews(),
      isLoading: () => !store.loaded,
      whenLoaded: () => store.whenLoaded(),
    });

    const renderOwner = this.addChild(new Component());
    const hover = new TermHoverHost(this, {
      settings: () => runtime.settings,
      snapshot: () => (runtime.ready ? runtime.snapshot() : null),
      isAwsNote: (path) => runtime.index.getNote(path)?.aws ?? false,
      actions: createTermActions({
        app: this.app, renderOwner, store, snapshot: () => (runtime.ready ? runtime.snapshot() : null),
        openSource: (path, line) => services.openSource(path, line),
        quizTerm: (termId, name) => whenLoaded(() => new QuizModal(this.app, services, { kind: "term", termId, name }).open()),
        now: () => new Date(),
      }),
      labels: () => ({
        aliases: t("hoverAliases"), sources: t("hoverSources"), quiz: t("hoverQuiz"),
        line: (n: number) => t("hoverLine", { line: String(n) }),
        more: (n: number) => t("hoverMore", { count: String(n) }),
      }),
    });
    hover.register();
    this.register(runtime.onChange(() => hover.pushSnapshot(runtime.snapshot())));
    this.register(runtime.onSettingsChange((_settings, reparse) => {
      hover.refreshOptions();
      if (reparse) void runtime.holdRefresh(indexer.rescan());
    }));

    this.app.workspace.onLayoutReady(() => {
      loaded.then(() => runtime.holdRefresh(indexer.start())).then(() => runtime.markScanned()).catch((e: unknown) => {
        if (this.alive) console.error("AWS Notes Cloze: indexing the vault failed", e);
      });
    });
  }

  /**
   * Another device synced data.json: merge its reviews card by card (the newer review wins). Desktop reports the
   * plugin's own saves here too: an unchanged data.json is left alone.
   */
  override async onExternalSettingsChange(): Promise<void> {
    if (this.store && (await this.store.dataFileChanged())) await this.syncReviews();
  }

  /** Merges what sync brought in (also when the panel opens: on mobile the hook above may never fire). */
  private async syncReviews(): Promise<void> {
    if (this.store && (await this.store.syncFromDisk())) this.runtime?.refreshNow();
  }

  /** This vault's note-cache name: made once and kept in the vault's own local storage (never synced). */
  private cacheId(): string {
    const kept: unknown = this.app.loadLocalStorage(CACHE_ID_KEY);
    if (typeof kept === "string" && /^[\w-]{8,64}$/.test(kept)) return kept;
    const made = Array.from({ length: 4 }, () => Math.floor(Math.random() * 0x100000000).toString(36)).join("-");
    this.app.saveLocalStorage(CACHE_ID_KEY, made);
    return made;
  }

  override onunload(): void {
    this.alive = false;
    void this.store?.flush();
  }
}
