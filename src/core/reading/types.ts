/** What reading one note gives: its terms and highlights, before the notes of a vault are merged. */
import type { HighlightKind } from "../markdown/inline";

export type { HighlightKind };

/** A term as one note defines it, before the notes of a vault are merged. All text is plain (no markup). */
export interface NoteTerm {
  name: string;
  aliases: string[];
  definition: string[];
  /** 1-based line of the line that names the term. */
  line: number;
  /** 1-based lines this term's definition spans (its own line included); the editor does not mark terms there. */
  lines: { from: number; to: number };
  /** The other sides when the term is one side of a comparison (`EKS vs ECS` over `EKS` and `ECS`): their names. */
  compared?: string[];
  /**
   * The name of the list the term is one item of: the category line or section heading its entry sits under with
   * other terms (`대표적인 AWS Compute 서비스` over `EC2`, `Lambda`, …). Exam practice draws wrong options from it.
   */
  group?: string;
}

/** A highlighted phrase of an AWS note with the facts a cloze card is built from. */
export interface NoteHighlight {
  /** 1-based line of the highlight. */
  line: number;
  /** The highlighted phrase as plain text, trimmed; never empty. */
  answer: string;
  /** Text after `::` inside the highlight (`==answer::hint==`), if any. */
  hint?: string;
  kind: HighlightKind;
  /** Highlightr's background colour (`<mark style="background: #FFF3A3A6;">`), lower-cased, if any. */
  color?: string;
  /**
   * The highlight's line as plain text, split at the blanks: `promptParts.join("[...]")` is the prompt.
   * Normally two parts (one blank); when the answer is the entry's own name every occurrence is a blank.
   */
  promptParts: string[];
  /** Name of the entry (term, category or heading) the highlight belongs to. */
  term: string;
  /** True when the answer is the term's own name (`==Fargate== : …`); `term` is then the parent entry. */
  selfNamed: boolean;
  /** The entry's other definition lines as plain text, in note order (the highlight's own line left out). */
  context: string[];
}

/** Everything the index keeps of one note. */
export interface ParsedNote {
  path: string;
  /** Whether the note counts as an AWS note; notes that do not have no terms and no highlights. */
  aws: boolean;
  /** Tags from frontmatter and the body, without `#`. */
  tags: string[];
  terms: NoteTerm[];
  highlights: NoteHighlight[];
}
