/** The shape of a browser test case and what the runner hands it (Node side). */
import type { Page } from "playwright-core";

/** A browser viewport. */
export interface Viewport {
  width: number;
  height: number;
}

/** What a case gets: a fresh page and the runner's services. */
export interface E2EContext {
  page: Page;
  /** The harness page's address with the given query parameters. */
  harnessUrl(query?: Record<string, string>): string;
  /**
   * Saves a screenshot as `test-results/e2e/<name>.png` and returns the file's path: of the whole viewport, or of the
   * smallest area holding the first element of each selector (so a card overlapping a pane's edge is kept whole).
   */
  screenshot(name: string, selectors?: string | readonly string[]): Promise<string>;
  /** Paths the local server was asked for since this case started. */
  serverRequests(): string[];
  /** Console messages of the page, as `type: text`. */
  consoleMessages(): string[];
  /** Dialogs (alert, confirm, prompt) the page opened; each was dismissed. */
  dialogs(): string[];
}

/** One test: a sentence naming what a user would notice, and the steps that show it. */
export interface E2ECase {
  name: string;
  viewport?: Viewport;
  run(ctx: E2EContext): Promise<void>;
}

/** The desktop window most cases use. */
export const DESKTOP: Viewport = { width: 1180, height: 760 };
/** A phone's width (the panel's narrow layout starts at 360 CSS pixels). */
export const PHONE: Viewport = { width: 360, height: 780 };
