/**
 * Table rows as a reader sees them: cells, not pipes. A row whose first cell is a bold, highlighted or linked name
 * defines it by the other cells; a cell written `Amazon [[Aurora]] — 설명` defines the name before the dash.
 */
import { stripMarkup } from "../markdown/inline";
import { isNameShaped } from "./names";

/** A name a row defines, as written (markup intact), with its definition as plain text. */
export interface RowDefinition {
  nameRaw: string;
  definition: string;
}

/** The cells of a table row (`| a | b |`), markup intact; null when the line is no table row. */
export function splitTableRow(text: string): string[] | null {
  const t = text.trim();
  if (t.charCodeAt(0) !== 0x7c || t.length < 3) return null;
  const cells: string[] = [];
  let cell = "";
  let code = false;
  for (let i = 1; i < t.length; i++) {
    const c = t[i] as string;
    if (c === "`") code = !code;
    if (c === "\\" && t[i + 1] === "|") { cell += "|"; i++; continue; }
    if (c === "|" && !code) { cells.push(cell.trim()); cell = ""; continue; }
    cell += c;
  }
  if (cell.trim() !== "") cells.push(cell.trim());
  return cells.length > 0 ? cells : null;
}

/** True for the row under a table's header: `| --- | :---: |`. */
export function isDelimiterRow(cells: readonly string[]): boolean {
  return cells.every((c) => /^:?-{1,}:?$/.test(c.replace(/\s+/g, "")));
}

/** A row as one plain line: its cells joined by ` — `, empty cells left out. */
export function rowText(cells: readonly string[]): string {
  return cells.map((c) => stripMarkup(c)).filter((c) => c !== "").join(" — ");
}

const EMPHASIS = /^(?:\*\*[^*]+\*\*|==[^=]+==|<mark[^>]*>[^<]+<\/mark>|\[\[[^\]]+\]\])$/;
/** `Name — definition` or `Name - definition` inside a cell. */
const DASHED = /^(.{2,80}?)\s+[—–-]\s+(\S.*)$/;

/** A legend's short code (`Im`, `m2`, `flex`, `Trn`): up to four characters that are not all capitals, or no letter first. */
function isShortCode(name: string): boolean {
  return !/^[A-Za-z]/.test(name) || (name.length <= 4 && name !== name.toUpperCase());
}

/** The names a row defines: its emphasised first cell, and every `Name — definition` part of a cell. */
export function rowDefinitions(cells: readonly string[]): RowDefinition[] {
  const out: RowDefinition[] = [];
  const first = cells[0];
  if (first !== undefined && cells.length >= 2 && EMPHASIS.test(first) && isNameShaped(stripMarkup(first))) {
    const definition = cells.slice(1).map((c) => stripMarkup(c)).filter((c) => c !== "").join(" — ");
    if (definition !== "") out.push({ nameRaw: first, definition });
  }
  for (const cell of cells) {
    for (const part of cell.split(/<br\s*\/?>/i)) {
      const m = DASHED.exec(part.trim());
      // Only a linked or bold name is sure to be one: `Amazon [[Neptune]] — …`, `**GSI** - …`.
      if (!m || !/\[\[|\*\*|==|<mark/.test(m[1] as string)) continue;
      const name = stripMarkup(m[1] as string);
      if (isNameShaped(name) && !isShortCode(name)) out.push({ nameRaw: m[1] as string, definition: stripMarkup(m[2] as string) });
    }
  }
  return out;
}
