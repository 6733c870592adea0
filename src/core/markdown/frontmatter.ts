/** The few frontmatter fields the index reads (tags and aliases), and `#tags` in the body. */

/** Tags and aliases from YAML frontmatter lines; tolerant of the shapes people write, never throws. */
export function readFrontmatter(lines: readonly string[]): { tags: string[]; aliases: string[] } {
  const fields: Record<string, string[]> = { tags: [], aliases: [] };
  let current: string | null = null;
  for (const line of lines) {
    const key = /^([A-Za-z_-]+)\s*:\s*(.*)$/.exec(line);
    if (key) {
      const name = (key[1] as string).toLowerCase();
      current = name === "tags" || name === "tag" ? "tags" : name === "aliases" || name === "alias" ? "aliases" : null;
      if (current) for (const v of splitInline(key[2] ?? "", current === "tags")) fields[current]?.push(v);
      continue;
    }
    const item = /^\s+-\s*(.*)$/.exec(line) ?? /^-\s+(.*)$/.exec(line);
    if (item && current) for (const v of splitInline(item[1] ?? "", current === "tags")) fields[current]?.push(v);
    else if (!/^\s/.test(line)) current = null;
  }
  return { tags: unique((fields.tags ?? []).map(cleanTagValue)), aliases: unique(fields.aliases ?? []) };
}

function unquote(s: string): string {
  const t = s.trim();
  return t.length >= 2 && (t[0] === '"' || t[0] === "'") && t[t.length - 1] === t[0] ? t.slice(1, -1).trim() : t;
}

function splitInline(value: string, spaceSeparated: boolean): string[] {
  let v = value.trim();
  if (v === "") return [];
  if (v.startsWith("[") && v.endsWith("]")) v = v.slice(1, -1);
  const parts = v.split(",").map(unquote);
  return (spaceSeparated ? parts.flatMap((p) => p.split(/\s+/)) : parts).filter((p) => p !== "");
}

function cleanTagValue(t: string): string {
  return t.replace(/^#+/, "").toLowerCase();
}

function unique(items: string[]): string[] {
  return [...new Set(items.filter((x) => x !== ""))];
}

const BODY_TAG = /(^|[\s(,])#([\p{L}\p{N}_/-]*[\p{L}_/-][\p{L}\p{N}_/-]*)/gu;

/**
 * Whether a line has a `#` that could open a tag: at the start or after a blank, `(` or `,`, and followed by something
 * other than a blank or another `#` (heading markers and `##` are skipped without running the pattern).
 */
function mayHoldTag(line: string): boolean {
  for (let at = line.indexOf("#"); at >= 0; at = line.indexOf("#", at + 1)) {
    const next = line.charCodeAt(at + 1);
    if (Number.isNaN(next) || next === 0x23 || next === 0x20 || next === 0x09) continue;
    return true;
  }
  return false;
}

/** `#tags` written in the note's body (already blanked of code and comments). */
export function findBodyTags(lines: readonly string[]): string[] {
  const tags = new Set<string>();
  for (const line of lines) {
    if (!mayHoldTag(line)) continue;
    // `#FFF3A3A6` inside `<mark style="background: …">` is a colour, not a tag.
    const text = line.indexOf("<") >= 0 ? line.replace(/<[^<>]*>/g, " ") : line;
    BODY_TAG.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = BODY_TAG.exec(text)) !== null) tags.add((m[2] as string).toLowerCase());
  }
  return [...tags];
}
