/** Where something in the index comes from: a vault-relative path with `/` and a 1-based line. */
export interface SourceRef {
  path: string;
  line: number;
}

/** A term as one note defines it, before the notes of a vault are merged. All text is plain (no markup). */
export interface NoteTerm {
  name: string;
  aliases: string[];
  definition: string[];
  /** 1-based line of the line that names the term. */
  line: number;
  /** 1-based lines this term's definition spans (its own line included); the editor does not mark terms there. */
  lines: { from: number; to: number };
}

/** How a phrase was highlighted in the note. */
export type HighlightKind = "equals" | "mark" | "bold";

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

/** A glossary term merged over the whole vault. */
export interface Term {
  /** Stable id: the folded primary name. */
  id: string;
  name: string;
  aliases: string[];
  definition: string[];
  sources: SourceRef[];
}
