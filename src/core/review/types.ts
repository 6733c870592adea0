/** Plain-data types of the review side: what a card's schedule is and how the user answered. */

/** How the user rated a recall. */
export type Rating = "again" | "hard" | "good" | "easy";

/** The four ratings in the order of the buttons. */
export const RATINGS: readonly Rating[] = ["again", "hard", "good", "easy"];

/** Where a card is in its life. */
export type CardPhase = "new" | "learning" | "review" | "relearning";

/** A card's schedule as plain JSON: times are epoch milliseconds. */
export interface CardState {
  due: number;
  stability: number;
  difficulty: number;
  /** Days between the two latest reviews (ts-fsrs keeps it; we store it unchanged). */
  elapsedDays: number;
  /** Days until the card is due, as scheduled at the latest review (0 while in learning steps). */
  scheduledDays: number;
  reps: number;
  lapses: number;
  /** Index of the current (re)learning step. */
  learningStep: number;
  state: CardPhase;
  /** Time of the latest review, or null for a card never reviewed. */
  lastReview: number | null;
}

/** One stored entry that could not be read and was left out. */
export interface DroppedEntry {
  section: "cards" | "logs" | "orphans" | "file";
  key: string;
  reason: string;
}
