/** What the harness page exposes as `window.ancHarness`, for the browser tests (type only on the Node side). */

/** The page's handles: reads of its state and the few setup steps a test cannot do through the UI. */
export interface HarnessApi {
  /** The index revision the editors and the panel are on. */
  revision(): number;
  /** How many terms the index holds. */
  termCount(): number;
  /** The paths of the indexed notes. */
  notePaths(): string[];
  /** Switches the Obsidian-like theme (the body's `theme-light` / `theme-dark`). */
  setTheme(theme: "light" | "dark"): void;
  /** Shows the note at `path` in the note editor, as a click in the file explorer would (a new note when unknown). */
  openNote(path: string): void;
  /** The path the note editor shows. */
  activePath(): string;
  /** Reviews recorded in the in-memory review store (answers taken back do not count). */
  reviewCount(): number;
  /** The ratings of those reviews, oldest first ("again", "hard", "good", "easy"). */
  ratings(): string[];
  /** Sources and quizzes the hover card asked the plugin to open. */
  actions(): string[];
  /** With `?reading=`: shows these lines (or the note at this path) in the reading view. */
  showReading(text: string): void;
  /** Reads the page's notes in the plugin's parse workers and compares them with reading them on the page. */
  readInWorkers(): Promise<{ inWorkers: boolean; notes: number; same: number }>;
}

/** The query parameters the page reads. */
export interface HarnessQuery {
  theme?: "light" | "dark";
  lang?: "en" | "ko";
  /** The note the note editor opens first. */
  note?: string;
  /** `1`: a reading view of the open note under the editors; `only`: a full-page reading view. */
  reading?: "1" | "only";
  /** `1`: a touch screen (a tap opens a card in the reading view). */
  touch?: "1";
  /** The learn-ahead limit in minutes (the settings' default otherwise). */
  learnAhead?: string;
  /** `exam`: the exam practice notes are indexed beside the demo vault's (see exam-notes.ts). */
  notes?: "exam";
  /** The exam practised for, as the settings name it ("SAA-C03"). */
  exam?: string;
  /** The exam's date, `YYYY-MM-DD`. */
  examDate?: string;
  /** Which terms get reverse cards (the settings' `reverseCards`). */
  reverse?: "all" | "highlighted" | "none";
}

declare global {
  interface Window {
    ancHarness?: HarnessApi;
  }
}
