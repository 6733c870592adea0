/**
 * `npm run --silent inspect -- <folder> [--json] [--match TEXT]... [--anki]`
 * Reads every note of a folder with exactly the code the plugin runs and prints what the index sees.
 */
import { exportAnki } from "../src/core/cards/anki";
import { cardFace } from "../src/core/cards/card-face";
import { indexNoteLines, otherAnswersFor, type NoteLines } from "../src/core/cards/other-answers";
import { renderPrompt } from "../src/core/cards/render-prompt";
import type { Card } from "../src/core/cards/types";
import { buildOptionPool, chooseOptions } from "../src/core/exam";
import type { VaultSnapshot } from "../src/core/vault-snapshot";
import type { PluginSettings } from "../src/settings";
import { indexFolder, settingsFromJson } from "./lib/index-folder";

/** The seed questions are shown with, so the same vault always prints the same options in the same order. */
const INSPECT_SEED = 1;

interface Args {
  folder: string;
  json: boolean;
  anki: boolean;
  matches: string[];
  settings: string | null;
}

function parseArgs(argv: string[]): Args | string {
  const out: Args = { folder: "", json: false, anki: false, matches: [], settings: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === "--json") out.json = true;
    else if (a === "--anki") out.anki = true;
    else if (a === "--match") {
      const text = argv[++i];
      if (text === undefined) return "--match needs a text";
      out.matches.push(text);
    } else if (a === "--settings") {
      const json = argv[++i];
      if (json === undefined) return "--settings needs a JSON object";
      out.settings = json;
    } else if (a.startsWith("--")) return `unknown option ${a}`;
    else if (out.folder === "") out.folder = a;
    else return `unexpected argument ${a}`;
  }
  return out.folder === "" ? "missing <folder>" : out;
}

const isCloze = (c: Card): boolean => c.kind === undefined;

/** The exam questions as the panel asks them: the face, and the options of one showing (none when asked as recall). */
function questionsJson(snap: VaultSnapshot, settings: PluginSettings): unknown[] {
  const pool = buildOptionPool(snap.notes);
  return snap.cards.filter((c) => !isCloze(c)).map((c) => {
    const choices = settings.multipleChoice ? chooseOptions(c, pool, { count: settings.choiceCount, seed: INSPECT_SEED }) : null;
    return {
      id: c.id, kind: c.kind, path: c.path, line: c.line, term: c.term, face: cardFace(c),
      options: choices?.options.map((o) => o.name) ?? [], answer: c.answer, category: choices?.category ?? "",
    };
  });
}

function toJson(snap: VaultSnapshot, settings: PluginSettings, matches: string[]): unknown {
  const noteLines = new Map<string, NoteLines>();
  const clozeOf = (path: string): Card[] => (snap.cardsByNote.get(path) ?? []).filter(isCloze);
  const linesOf = (path: string): NoteLines => {
    let lines = noteLines.get(path);
    if (!lines) noteLines.set(path, (lines = indexNoteLines(clozeOf(path))));
    return lines;
  };
  return {
    notes: snap.notes.map((n) => ({
      path: n.path, aws: n.aws, terms: n.terms.length, cards: clozeOf(n.path).length,
      questions: (snap.cardsByNote.get(n.path)?.length ?? 0) - clozeOf(n.path).length,
    })),
    terms: snap.terms.map((t) => ({ name: t.name, aliases: t.aliases, definition: t.definition, sources: t.sources })),
    // Cloze cards only: the exam questions are listed under `questions`.
    cards: snap.cards.filter(isCloze).map((c) => ({
      id: c.id, path: c.path, line: c.line, term: c.term, prompt: renderPrompt(c), answer: c.answer,
      // The face as the panel draws it: the other cards' answers of the note hidden too.
      ...(c.hint ? { hint: c.hint } : {}), context: c.context, face: cardFace(c, undefined, otherAnswersFor(c, linesOf(c.path))),
    })),
    matches: matches.map((text) => ({
      text,
      spans: snap.matcher.findTerms(text).map((m) => ({ from: m.from, to: m.to, term: snap.termsById.get(m.termId)?.name ?? m.name })),
    })),
    questions: questionsJson(snap, settings),
  };
}

function printSummary(snap: VaultSnapshot, matches: string[]): void {
  const aws = snap.notes.filter((n) => n.aws);
  const cloze = snap.cards.filter(isCloze);
  console.log(`${snap.notes.length} notes, ${aws.length} AWS notes, ${snap.terms.length} terms, ${cloze.length} cards, ` +
    `${snap.cards.length - cloze.length} questions`);
  console.log("\nNotes");
  for (const n of snap.notes) {
    const own = snap.cardsByNote.get(n.path) ?? [];
    console.log(`  ${n.aws ? "AWS  " : "other"}  ${n.path}  (${n.terms.length} terms, ${own.filter(isCloze).length} cards)`);
  }
  console.log("\nTerms");
  for (const t of snap.terms) {
    const aka = t.aliases.length > 0 ? ` (${t.aliases.join(", ")})` : "";
    console.log(`  ${t.name}${aka} — ${t.definition[0] ?? ""}`);
  }
  console.log("\nCards");
  for (const c of cloze) console.log(`  [${c.term}] ${renderPrompt(c)}  →  ${c.answer}`);
  console.log("\nQuestions");
  for (const c of snap.cards) if (!isCloze(c)) console.log(`  (${c.kind ?? ""}) ${renderPrompt(c)}  →  ${c.answer}`);
  for (const text of matches) {
    const spans = snap.matcher.findTerms(text).map((m) => `${text.slice(m.from, m.to)} → ${snap.termsById.get(m.termId)?.name ?? m.name}`);
    console.log(`\nMatch "${text}": ${spans.length > 0 ? spans.join("; ") : "no terms"}`);
  }
}

/** Entry point used by scripts/run.mjs. */
export function main(argv: string[]): number {
  const args = parseArgs(argv);
  if (typeof args === "string") {
    console.error(`inspect: ${args}\nusage: npm run --silent inspect -- <folder> [--json] [--match TEXT]... [--anki] [--settings JSON]`);
    return 2;
  }
  const settings = settingsFromJson(args.settings);
  const snap = indexFolder(args.folder, settings);
  if (args.anki) process.stdout.write(exportAnki(snap.cards));
  else if (args.json) process.stdout.write(`${JSON.stringify(toJson(snap, settings, args.matches), null, 2)}\n`);
  else printSummary(snap, args.matches);
  return 0;
}
