/** A cheap test run before a line is read as a name: only lines with a separator can be `Term : definition`. */

/**
 * Whether a line could name a term: a colon or `란` (`Term : definition`, `Term란? …`), an arrow (`Term -> …`), or
 * bold or a highlight near its start that a sentence could define (`**Term** is …`), or a Latin-lettered start and a
 * Korean topic particle (`Redis는 …`) in its first 400 characters.
 */
export function maySeparate(text: string): boolean {
  const head = text.length > 400 ? text.slice(0, 400) : text;
  // Native searches: a JavaScript loop over every character of every line costs far more.
  if (SEPARATOR.test(head)) return true;
  const start = head.length > 10 ? head.slice(0, 10) : head;
  // Bold or a highlight defines a name only at the start of a line (`**X** is …`, `The **X** is …`, `A: **X** …`).
  if (start.indexOf("**") >= 0 || start.indexOf("==") >= 0 || start.indexOf("<mark") >= 0) return true;
  // `Redis는 …`: a topic particle and a space, in a line that starts with a Latin letter or digit.
  return startsLatin(head) && (head.indexOf("\ub294 ") >= 0 || head.indexOf("\uc740 ") >= 0);
}

/** `:` `：` `란` `→`, `->` or `=>`. */
const SEPARATOR = /[:\uff1a\ub780\u2192]|[-=]>/;

/** True when a line starts with an ASCII letter or digit: only then can `Name는 …` define a Latin-lettered name. */
function startsLatin(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}
