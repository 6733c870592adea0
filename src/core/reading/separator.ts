/** A cheap test run before a line is read as a name: only lines with a separator can be `Term : definition`. */

/** Whether a line could be written `Term : definition` or `Term란? …` (a colon or `란` in its first 400 characters). */
export function maySeparate(text: string): boolean {
  const head = text.length > 400 ? text.slice(0, 400) : text;
  return head.indexOf(":") >= 0 || head.indexOf("\uff1a") >= 0 || head.indexOf("\ub780") >= 0;
}
