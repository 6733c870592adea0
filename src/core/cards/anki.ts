/**
 * Cards -> a tab-separated file Anki imports as Cloze notes (Anki 2.1.55+ reads the `#key:value` header lines).
 * File headers: https://docs.ankiweb.net/importing/text-files.html#file-headers
 */
import { splitAtAnswer } from "./render-prompt";
import type { Card } from "./types";

/** The Anki note type the rows are meant for; its first two fields are Text and Back Extra. */
export const ANKI_NOTETYPE = "Cloze";
/** Prefix of the GUID each row carries, so a card's row updates the same Anki note on every re-import. */
export const ANKI_GUID_PREFIX = "aws-notes-cloze-";

const HEADER = [
  "#separator:tab",
  "#html:false",
  `#notetype:${ANKI_NOTETYPE}`,
  "#columns:Text\tBack Extra\tTags\tGUID",
  "#tags column:3",
  "#guid column:4",
];

// Invisible, and enough to keep note text from reading as cloze syntax (`{{c2::`, `}}`, `::`).
const ZWSP = "\u200b";

/** A field on one line: tabs and line breaks (which would end the field or the row) become spaces. */
const oneLine = (s: string): string => s.replace(/[\t\r\n\u2028\u2029]+/g, " ");

/** Plain note text that cannot open or close a cloze: doubled braces are split apart. */
function defuseText(s: string): string {
  return s.replace(/\{(?=\{)/g, `{${ZWSP}`).replace(/\}(?=\})/g, `}${ZWSP}`);
}

/** Text inside `{{c1::…}}`: it must not close the cloze early or start the hint. */
function defuseClozed(s: string): string {
  const out = defuseText(s).replace(/:(?=:)/g, `:${ZWSP}`);
  // `…}` or `…:` right before the closing `}}` or the hint's `::` would be read as part of them.
  return /[:}]$/.test(out) ? out + ZWSP : out;
}

/** A field as Anki's CSV reader wants it: quoted when it holds a quote or would start a `#` comment line. */
function quoteField(s: string): string {
  return s.includes("\"") || s.startsWith("#") ? `"${s.replace(/"/g, '""')}"` : s;
}

/** `{{c1::answer}}` or `{{c1::answer::hint}}`. */
function clozeFor(card: Card): string {
  const answer = defuseClozed(oneLine(card.answer));
  const hint = card.hint ? defuseClozed(oneLine(card.hint.trim())) : "";
  return hint ? `{{c1::${answer}::${hint}}}` : `{{c1::${answer}}}`;
}

/** Anki tag text: no white space (Anki splits tags there), `/` nesting as Anki's `::` hierarchy. */
function toAnkiTag(parts: string[]): string {
  return parts
    .map((p) => p.trim().replace(/\s+/g, "_"))
    .filter((p) => p !== "")
    .join("::");
}

/** The note's folder as one hierarchical tag (`AWS/SAA 정리/x.md` -> `AWS::SAA_정리`), then the note's own tags. */
export function ankiTagsFor(card: Pick<Card, "path" | "tags">): string[] {
  const folders = card.path.split("/").slice(0, -1);
  const tags = [toAnkiTag(folders), ...card.tags.map((t) => toAnkiTag(t.replace(/^#+/, "").split("/")))];
  return [...new Set(tags.filter((t) => t !== ""))];
}

/** The Text field: the (masked) term, then the prompt line, every hidden phrase as cloze 1. */
function textField(card: Card): string {
  const cloze = clozeFor(card);
  const prompt = card.promptParts.map((p) => defuseText(oneLine(p))).join(cloze);
  const term = oneLine(card.term).trim();
  if (term === "") return prompt;
  // The term leads so the front says what is asked about; its own copies of the answer are hidden too.
  const maskedTerm = splitAtAnswer(term, card.answer).map(defuseText).join(cloze);
  return `${maskedTerm} — ${prompt}`;
}

/** The Back Extra field: the term and its context lines. */
function extraField(card: Card): string {
  return [card.term, ...card.context].map((s) => oneLine(s).trim()).filter((s) => s !== "").join(" · ");
}

/**
 * The cards as an Anki import file: header lines, then one row per card (Text, Back Extra, Tags, GUID). A card id
 * seen twice is exported once. Fields are plain text (`#html:false`: Anki escapes `<` and `&` itself). Exam questions
 * fit the same Cloze rows: a reverse card reads `{{c1::Term}} — definition`, a "which side fits?" card
 * `{{c1::EKS::ECS / EKS}} — line` (its hint names the sides), each under its own stable GUID.
 */
export function exportAnki(cards: Iterable<Card>): string {
  const rows: string[] = [];
  const seen = new Set<string>();
  for (const card of cards) {
    if (seen.has(card.id)) continue;
    seen.add(card.id);
    const tags = ankiTagsFor(card).join(" ");
    const fields = [textField(card), defuseText(extraField(card)), tags, ANKI_GUID_PREFIX + card.id];
    rows.push(fields.map(quoteField).join("\t"));
  }
  return [...HEADER, ...rows].join("\n") + "\n";
}
