/**
 * Korean initial-consonant (choseong) search: `ㅅㅋㄹ` finds `스케일링`. A Hangul syllable's initial comes from its
 * code point (U+AC00 + (initial × 21 + vowel) × 28 + final); a lone initial in the query stands for any syllable that
 * starts with it, a full syllable only for itself. Spaces are left out on both sides: people type `ㅇㅌㅅㅋㅇㄹ` for
 * `오토 스케일링`.
 */
import { isTrimmedChar } from "../markdown/text";


const SYLLABLE_FIRST = 0xac00;
const SYLLABLE_LAST = 0xd7a3;
/** Syllables sharing one initial: 21 vowels × 28 finals. */
const SYLLABLES_PER_INITIAL = 21 * 28;
/** The 19 initials as compatibility jamo (what a keyboard types alone), in Unicode's order of initials. */
const INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";
/** The same 19 initials as conjoining jamo (U+1100–U+1112), which some input methods give for a lone consonant. */
const CONJOINING_FIRST = 0x1100;

/** A name or alias prepared for initials search: folded text without spaces, and the same with each syllable's initial. */
export interface InitialsForm {
  /** The text without whitespace. */
  text: string;
  /** `text` with each Hangul syllable replaced by its initial jamo; every other character as it was (same length). */
  initials: string;
  /** Where words begin in `text` (after a space, a hyphen, a slash or a parenthesis), ascending. */
  starts: readonly number[];
}

/** A query prepared for initials search. */
export interface InitialsQuery {
  /** The query without whitespace, lone initials as compatibility jamo. */
  text: string;
  /** `text` with each syllable replaced by its initial. */
  initials: string;
}

/** Where an initials query matched a form. */
export interface InitialsMatch {
  /** Where the match begins in the form's `text` (spaces left out). */
  at: number;
  /** The match covers the whole form. */
  whole: boolean;
  /** The match begins a word (or the form). */
  wordStart: boolean;
}

/** The initial jamo of a Hangul syllable; any other character as it is. */
export function initialOf(ch: string): string {
  const code = ch.charCodeAt(0);
  if (ch.length !== 1 || code < SYLLABLE_FIRST || code > SYLLABLE_LAST) return ch;
  return INITIALS[Math.floor((code - SYLLABLE_FIRST) / SYLLABLES_PER_INITIAL)] ?? ch;
}

/** True for a lone initial consonant (compatibility jamo), e.g. `ㅅ`; false for `ㄳ`, which begins no syllable. */
export function isInitialJamo(ch: string): boolean {
  return ch.length === 1 && INITIALS.includes(ch);
}


/**
 * The query as an initials query, or null when it has no lone initial consonant (then it is searched as text).
 * `query` is folded already (NFC, lower case).
 */
export function prepareInitialsQuery(query: string): InitialsQuery | null {
  let text = "";
  let initials = "";
  let lone = false;
  for (let k = 0; k < query.length; k++) {
    const code = query.charCodeAt(k);
    if (isTrimmedChar(code)) continue;
    const ch = code >= CONJOINING_FIRST && code < CONJOINING_FIRST + INITIALS.length
      ? INITIALS.charAt(code - CONJOINING_FIRST)
      : query.charAt(k);
    if (isInitialJamo(ch)) lone = true;
    text += ch;
    initials += initialOf(ch);
  }
  return lone ? { text, initials } : null;
}

/** Hangul syllables and lone initials: a name without any is never matched by initials. */
const KOREAN = /[\uac00-\ud7a3\u3131-\u314e]/;

/** The form of a folded name or alias, or null when it has neither a Hangul syllable nor a lone initial to match. */
export function buildInitialsForm(folded: string): InitialsForm | null {
  // Most names are English: the regular expression turns them away without a walk over their characters.
  if (!KOREAN.test(folded)) return null;
  let text = "";
  let initials = "";
  const starts: number[] = [];
  let korean = false;
  let boundary = true;
  for (let k = 0; k < folded.length; k++) {
    const code = folded.charCodeAt(k);
    if (isTrimmedChar(code)) {
      boundary = true;
      continue;
    }
    if (boundary) starts.push(text.length);
    const ch = folded.charAt(k);
    const initial = initialOf(ch);
    if (initial !== ch || isInitialJamo(ch)) korean = true;
    text += ch;
    initials += initial;
    boundary = code === 0x2d || code === 0x2f || code === 0x28;
  }
  return korean ? { text, initials, starts } : null;
}

/**
 * Where `query` matches `form`, best place first: the start of the form, else the start of a word, else anywhere.
 * A lone initial in the query matches any syllable it begins; every other character matches only itself.
 */
export function matchInitials(form: InitialsForm, query: InitialsQuery): InitialsMatch | null {
  const length = query.text.length;
  if (length === 0) return null;
  let first: number | null = null;
  for (let at = form.initials.indexOf(query.initials); at >= 0; at = form.initials.indexOf(query.initials, at + 1)) {
    if (!sameSyllables(form.text, at, query)) continue;
    const wordStart = at === 0 || form.starts.includes(at);
    if (wordStart) return { at, whole: at === 0 && length === form.text.length, wordStart };
    first ??= at;
  }
  return first === null ? null : { at: first, whole: false, wordStart: false };
}

/** True when every full syllable of the query is the same syllable in `text` at `at` (initials agree already). */
function sameSyllables(text: string, at: number, query: InitialsQuery): boolean {
  for (let k = 0; k < query.text.length; k++) {
    const ch = query.text.charCodeAt(k);
    if (ch !== query.initials.charCodeAt(k) && text.charCodeAt(at + k) !== ch) return false;
  }
  return true;
}
