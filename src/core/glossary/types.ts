/** Where something in the index comes from: a vault-relative path with `/` and a 1-based line. */
export interface SourceRef {
  path: string;
  line: number;
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
