/** One merged term built up source by source: the fullest name, every other name once, each definition line once. */
import { foldKey } from "../markdown/text";
import type { SourceRef, Term } from "./types";
import type { NoteTerm } from "../reading/types";

/** One note's term as the merge reads it: where it is written and its folded names (name first, then aliases). */
export interface TermSource {
  path: string;
  term: NoteTerm;
  keys: readonly string[];
}

/** Up to this many names, a name's key is looked for in the list itself: most terms have a few names. */
const SCAN_NAMES = 16;
/** The same for definition lines: a set costs more than a scan of a few (every line is hashed, the set allocated). */
const SCAN_LINES = 64;

/**
 * A merged term built source by source, in note order: {@link addSources} with more sources that come after every
 * source added so far gives the same term as {@link buildMergedTerm} over all of them, at the cost of the new ones.
 * One builder can make many terms one after another ({@link reset}: it keeps its lists' room), and a term can be
 * extended later ({@link TermMerge.resume}).
 */
export class TermMerge {
  private best = "";
  private bestKey = "";
  private bestPref = false;
  /** Words of `best`, worked out when first needed (-1 until then). */
  private bestWords = -1;
  /** Sources added; also how many of `refs` are in use. */
  private count = 0;
  /** Every name once (the first written with its key), in note order, with its key: the first `nameCount`. */
  private names: string[] = [];
  private nameKeys: string[] = [];
  private nameCount = 0;
  /** The keys of the names, once there are too many to scan. */
  private seenKeys: Set<string> | null = null;
  /** The definition: the first `lineCount` lines. */
  private definition: string[] = [];
  private lineCount = 0;
  /** The lines of the definition, once there are too many to scan. */
  private lines: Set<string> | null = null;
  private refs: SourceRef[] = [];

  /**
   * A builder that goes on from `term`, as if its sources had been added: `nameKeys` and `primaryListed` are what
   * {@link nameKeyList} and {@link primaryListed} were when the term was made. Costs the term's size, not its
   * sources'.
   */
  static resume(term: Term, nameKeys: readonly string[], primaryListed: string): TermMerge {
    const merge = new TermMerge();
    merge.best = term.name;
    merge.bestKey = term.id;
    merge.bestPref = isPrefixed(term.name);
    merge.count = term.sources.length;
    merge.refs = term.sources.slice();
    const names = term.aliases.slice();
    names.splice(Math.max(0, nameKeys.indexOf(term.id)), 0, primaryListed);
    merge.names = names;
    merge.nameKeys = nameKeys.slice();
    merge.nameCount = names.length;
    if (merge.nameCount > SCAN_NAMES) merge.seenKeys = new Set(nameKeys);
    merge.definition = term.definition.slice();
    merge.lineCount = term.definition.length;
    if (merge.lineCount > SCAN_LINES) merge.lines = new Set(term.definition);
    return merge;
  }

  /** A builder that goes on from this one's sources, taking over its lists; this one starts afresh (with none). */
  detach(): TermMerge {
    const merge = new TermMerge();
    merge.best = this.best;
    merge.bestKey = this.bestKey;
    merge.bestPref = this.bestPref;
    merge.bestWords = this.bestWords;
    merge.count = this.count;
    merge.names = this.names;
    merge.nameKeys = this.nameKeys;
    merge.nameCount = this.nameCount;
    merge.seenKeys = this.seenKeys;
    merge.definition = this.definition;
    merge.lineCount = this.lineCount;
    merge.lines = this.lines;
    merge.refs = this.refs;
    // Items past the counts are left from earlier terms: they go.
    merge.names.length = merge.nameKeys.length = merge.nameCount;
    merge.definition.length = merge.lineCount;
    merge.refs.length = merge.count;
    this.names = [];
    this.nameKeys = [];
    this.definition = [];
    this.refs = [];
    this.reset();
    return merge;
  }

  /** Forgets every source, to build another term. Its lists keep their room (and, until overwritten, old items). */
  reset(): void {
    this.best = "";
    this.bestKey = "";
    this.bestPref = false;
    this.bestWords = -1;
    this.count = 0;
    this.nameCount = 0;
    this.seenKeys = null;
    this.lineCount = 0;
    this.lines = null;
  }

  /** Adds sources that follow, in note order, every source added before. */
  addSources(sources: readonly TermSource[]): void {
    for (const s of sources) this.add(s);
  }

  /** Adds one source that follows, in note order, every source added before. */
  add(s: TermSource): void {
    const term = s.term;
    const name = term.name;
    const keys = s.keys;
    const key = keys[0] ?? foldKey(name);
    const pref = isPrefixed(name);
    if (this.count === 0 || (pref && !this.bestPref)) this.setBest(name, key, pref, -1);
    else if (pref === this.bestPref && name.length > this.best.length) {
      if (this.bestWords < 0) this.bestWords = wordCount(this.best);
      const words = wordCount(name);
      if (words <= this.bestWords + 1) this.setBest(name, key, pref, words);
    }
    if (!this.hasKey(key)) this.addName(name, key);
    const aliases = term.aliases;
    for (let k = 0; k < aliases.length; k++) {
      // Most names were seen before: the alias itself is read only when it is new.
      const given = keys[k + 1];
      if (given !== undefined && this.hasKey(given)) continue;
      const alias = aliases[k] as string;
      const aliasKey = given ?? foldKey(alias);
      if (!this.hasKey(aliasKey)) this.addName(alias, aliasKey);
    }
    // The first source's lines are kept as written; later sources add only lines not seen yet.
    const definition = term.definition;
    if (this.count === 0) {
      for (const d of definition) this.definition[this.lineCount++] = d;
    } else {
      for (const d of definition) if (!this.hasLine(d)) this.addLine(d);
    }
    this.refs[this.count++] = { path: s.path, line: term.line };
  }

  /** The term of every source added so far (a new object each time, sharing nothing with this builder). */
  term(): Term {
    const id = this.bestKey;
    const { names, nameKeys, nameCount } = this;
    // Lists of exactly their length: lists grown by `push` keep spare room, and terms live as long as the index.
    // Every name but the primary one (the one name with its key) is an alias.
    const aliases = new Array<string>(Math.max(0, nameCount - 1));
    let n = 0;
    for (let i = 0; i < nameCount; i++) if (nameKeys[i] !== id) aliases[n++] = names[i] as string;
    aliases.length = n;
    return { id, name: this.best, aliases, definition: this.definition.slice(0, this.lineCount), sources: this.refs.slice(0, this.count) };
  }

  /** Whether the builder keeps sets of its names or lines: a term that big is cheaper extended by its builder (kept
   * with {@link detach}) than by one {@link TermMerge.resume}d from the term. */
  isLarge(): boolean {
    return this.seenKeys !== null || this.lines !== null;
  }

  /** The keys of every name, in the order names were first written (what {@link TermMerge.resume} needs). */
  nameKeyList(): string[] {
    return this.nameKeys.slice(0, this.nameCount);
  }

  /** The name listed with the primary name's key: the first written with it, which is not always the primary one. */
  primaryListed(): string {
    for (let i = 0; i < this.nameCount; i++) if (this.nameKeys[i] === this.bestKey) return this.names[i] as string;
    return this.best;
  }

  private setBest(name: string, key: string, pref: boolean, words: number): void {
    this.best = name;
    this.bestKey = key;
    this.bestPref = pref;
    this.bestWords = words;
  }

  private hasKey(key: string): boolean {
    if (this.seenKeys) return this.seenKeys.has(key);
    const keys = this.nameKeys;
    for (let i = 0; i < this.nameCount; i++) if (keys[i] === key) return true;
    return false;
  }

  /** Lists a name whose key is not listed yet. */
  private addName(name: string, key: string): void {
    if (this.seenKeys) this.seenKeys.add(key);
    else if (this.nameCount >= SCAN_NAMES) this.seenKeys = new Set(this.nameKeys.slice(0, this.nameCount)).add(key);
    this.names[this.nameCount] = name;
    this.nameKeys[this.nameCount++] = key;
  }

  private hasLine(line: string): boolean {
    if (this.lines) return this.lines.has(line);
    const lines = this.definition;
    for (let i = 0; i < this.lineCount; i++) if (lines[i] === line) return true;
    return false;
  }

  /** Adds a definition line not listed yet. */
  private addLine(line: string): void {
    if (this.lines) this.lines.add(line);
    else if (this.lineCount >= SCAN_LINES) this.lines = new Set(this.definition.slice(0, this.lineCount)).add(line);
    this.definition[this.lineCount++] = line;
  }
}

/**
 * One glossary term from the sources that share its names, given in note order (path order, then the note's own
 * order): the fullest name, every other name once, each definition line once, every source.
 */
export function buildMergedTerm(sources: readonly TermSource[]): Term {
  const merge = new TermMerge();
  merge.addSources(sources);
  return merge.term();
}

const PREFIXED = /^(?:Amazon|AWS)\s/;

/** Whether the name starts with `Amazon ` or `AWS ` (the regex runs only on names that start with `A`). */
function isPrefixed(name: string): boolean {
  return name.charCodeAt(0) === 65 && PREFIXED.test(name);
}

/** `name.split(" ").length`, without the array. */
function wordCount(name: string): number {
  let n = 1;
  for (let at = name.indexOf(" "); at !== -1; at = name.indexOf(" ", at + 1)) n++;
  return n;
}
