/**
 * A small reader for the export, following what Anki's import documentation says of text files: lines starting with
 * `#` are headers or comments, fields are tab-separated, a field in double quotes may hold `""` for a quote.
 * Our rows never span lines, so it reads line by line.
 */
export interface AnkiFile {
  headers: Map<string, string>;
  rows: string[][];
}

function readFields(line: string): string[] {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    let field = "";
    if (line[i] === '"') {
      i++;
      for (; i < line.length; i++) {
        if (line[i] === '"') {
          if (line[i + 1] === '"') { field += '"'; i++; continue; }
          i++;
          break;
        }
        field += line[i];
      }
    }
    const tab = line.indexOf("\t", i);
    field += line.slice(i, tab === -1 ? line.length : tab);
    fields.push(field);
    if (tab === -1) return fields;
    i = tab + 1;
  }
}

export function readAnkiFile(text: string): AnkiFile {
  const headers = new Map<string, string>();
  const rows: string[][] = [];
  for (const line of text.split("\n")) {
    if (line === "") continue;
    if (line.startsWith("#")) {
      const colon = line.indexOf(":");
      if (colon > 0) headers.set(line.slice(1, colon), line.slice(colon + 1));
      continue;
    }
    rows.push(readFields(line));
  }
  return { headers, rows };
}

/** The clozes Anki would find in a field: `{{cN::text}}` or `{{cN::text::hint}}`, first `::` and `}}` winning. */
export function findClozes(field: string): { ord: string; text: string; hint?: string }[] {
  const out: { ord: string; text: string; hint?: string }[] = [];
  for (const m of field.matchAll(/\{\{c(\d+)::([\s\S]*?)(?:::([\s\S]*?))?\}\}/g)) {
    const found: { ord: string; text: string; hint?: string } = { ord: m[1] ?? "", text: m[2] ?? "" };
    if (m[3] !== undefined) found.hint = m[3];
    out.push(found);
  }
  return out;
}
