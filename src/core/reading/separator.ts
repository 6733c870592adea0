/** A cheap test run before a line is read as a name: only lines with a separator can be `Term : definition`. */

/**
 * Whether a line could name a term: a colon or `란` (`Term : definition`, `Term란? …`), an arrow (`Term -> …`), or
 * bold or a highlight near its start that a sentence could define (`**Term** is …`), or a Latin-lettered start and a
 * Korean topic particle (`Redis는 …`) in its first 400 characters.
 */
export function maySeparate(text: string): boolean {
  const end = Math.min(text.length, 400);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    // `:` `：` `란` `→`; `->` and `=>`; `**` and `==`; `<mark`.
    if (c === 0x3a || c === 0xff1a || c === 0xb780 || c === 0x2192) return true;
    if ((c === 0x2d || c === 0x3d) && text.charCodeAt(i + 1) === 0x3e) return true;
    // Bold or a highlight defines a name only at the start of a line (`**X** is …`, `The **X** is …`, `A: **X** …`).
    if (i <= 8 && (c === 0x2a || c === 0x3d) && text.charCodeAt(i + 1) === c) return true;
    if (i <= 8 && c === 0x3c && text.startsWith("<mark", i)) return true;
    // `Redis는 …`: a topic particle and a space, in a line that starts with a Latin letter or digit.
    if ((c === 0xb294 || c === 0xc740) && text.charCodeAt(i + 1) === 0x20 && startsLatin(text)) return true;
  }
  return false;
}

/** True when a line starts with an ASCII letter or digit: only then can `Name는 …` define a Latin-lettered name. */
function startsLatin(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}
