/**
 * What a card asks besides a cloze: `reverse` shows a term's definition (its names hidden) and asks which term it is;
 * `fits` shows one line of one side of a comparison (`EKS vs ECS`) and asks which side it belongs to.
 */
export type QuestionKind = "reverse" | "fits";

/**
 * A card: one highlighted phrase of an AWS note (a cloze card), or an exam question built from the note's glossary
 * (`kind` set). Every kind is scheduled, stored and merged the same way; the answer is always `answer`.
 */
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
  /** Absent for a cloze card; what the question asks otherwise (see {@link QuestionKind}). */
  kind?: QuestionKind;
  /**
   * Question cards: the list the asked term is one item of in its note (`대표적인 AWS Compute 서비스`), where
   * multiple choice draws wrong options first after the comparison.
   */
  group?: string;
  /**
   * Question cards about a side of a comparison (`EKS vs ECS`): every side's name in note order, the answer's included.
   * A `fits` card always has it: its options are the sides.
   */
  sides?: string[];
}
