/** What the review panel needs from the plugin: a small port, so the sidebar, the quiz and a test can all host it. */
import type { ReviewStore } from "../core/review";
import type { VaultSnapshot } from "../core/vault-snapshot";
import type { PluginSettings } from "../settings";

/** The plugin's parts the panel reads and the few actions it takes. */
export interface StudyServices {
  /** The index, cards and matcher at the current revision. */
  getSnapshot(): VaultSnapshot;
  /** Card states and review logs; answers are recorded here. */
  reviewStore: Pick<ReviewStore, "getData" | "getState" | "recordReview" | "undoReview" | "setFlag">;
  getSettings(): PluginSettings;
  /** The clock (the panel passes it on to the scheduler; nothing below reads the clock itself). */
  now(): Date;
  /**
   * Opens a note at a 1-based line. `keepFocus`: the note opens without taking the keyboard (a review goes on, and its
   * next Space or 1–4 must not type into the note).
   */
  openSource(path: string, line: number, keepFocus?: boolean): void;
  /** Reads the review logs of the last `days` days that are not in memory yet (for the year's statistics). */
  loadHistory?(days: number): Promise<void>;
  /** Calls `listener` after the index changed; returns the function that stops listening. */
  onIndexChange(listener: () => void): () => void;
  /** Calls `listener` after an answer was recorded anywhere (the quiz modal too), so an idle overview can redraw. */
  onReviewsChange?(listener: () => void): () => void;
  /** Path of the note in the active editor, for the "active note" scope. */
  getActivePath?(): string | null;
  /** Calls `listener` when another note is opened (Obsidian's `file-open`); returns the function that stops it. */
  onActiveFileChange?(listener: () => void): () => void;
  /** True while the review history is still loading: the panel shows "loading" and offers no review yet. */
  isLoading?(): boolean;
  /** Merges reviews synced in from another device, in the background (the panel asks when it opens). */
  syncReviews?(): void;
}

/** Local time minus UTC in minutes at `now`, as the study-day helpers take it. */
export function localOffsetMinutes(now: Date): number {
  return -now.getTimezoneOffset();
}
