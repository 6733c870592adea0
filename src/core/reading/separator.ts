/** A cheap test run before a line is read as a name: only lines with a separator can be `Term : definition`. */

/**
 * Whether a line could name a term: a colon or `란` (`Term : definition`, `Term란? …`), an arrow (`Term -> …`), or
 * bold or a highlight that a sentence could define (`**Term** is …`), or a Latin-lettered start and a Korean topic
 * particle (`Redis는 …`) in its first 400 characters.
 */
export function maySeparate(text: string): boolean {
  const head = text.length > 400 ? text.slice(0, 400) : text;
  return head.indexOf(":") >= 0 || head.indexOf("\uff1a") >= 0 || head.indexOf("\ub780") >= 0 || head.indexOf("->") >= 0 ||
    head.indexOf("\u2192") >= 0 || head.indexOf("=>") >= 0 || head.indexOf("**") >= 0 || head.indexOf("==") >= 0 || head.indexOf("<mark") >= 0 ||
    (startsLatin(head) && (head.indexOf("\ub294 ") >= 0 || head.indexOf("\uc740 ") >= 0));
}

/** True when a line starts with an ASCII letter or digit: only then can `Name는 …` define a Latin-lettered name. */
function startsLatin(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}
