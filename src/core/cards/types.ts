/** A cloze card: one highlighted phrase of an AWS note. */
export interface Card {
  /** Stable id from what the card asks (term and answer), never from a path or a line. */
  id: string;
  path: string;
  /** 1-based line of the highlight. */
  line: number;
  /** The entry the card belongs to. */
  term: string;
  /** Prompt text split at the blanks; `promptParts.join("[...]")` is what the user reads. */
  promptParts: string[];
  answer: string;
  hint?: string;
  /** The term's other definition lines, shown as context. */
  context: string[];
  /** True when the answer is the term's own name, so the term must be shown masked. */
  selfNamed: boolean;
  color?: string;
  /** Tags of the card's note, for Anki export and scope filters. */
  tags: string[];
}
