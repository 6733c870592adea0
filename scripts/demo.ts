/**
 * `npm run demo`: installs the freshly built plugin into demo-vault/ (enabled) and prints what it sees there.
 * Open demo-vault in Obsidian afterwards to try it.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { maskedTerm, renderPrompt } from "../src/core/cards/render-prompt";
import { chooseOptions } from "../src/core/exam/choices";
import { buildOptionPool } from "../src/core/exam/option-pool";
import { DEFAULT_SETTINGS } from "../src/settings";
import { indexFolder } from "./lib/index-folder";

const VAULT = "demo-vault";
const ID = "aws-notes-cloze";

function install(): string {
  const configDir = join(VAULT, ".obsidian");
  const pluginDir = join(configDir, "plugins", ID);
  mkdirSync(pluginDir, { recursive: true });
  for (const file of ["main.js", "manifest.json", "styles.css"]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
    copyFileSync(file, join(pluginDir, file));
  }
  const listFile = join(configDir, "community-plugins.json");
  const enabled: unknown = existsSync(listFile) ? JSON.parse(readFileSync(listFile, "utf8")) : [];
  const list = Array.isArray(enabled) ? enabled.filter((x): x is string => typeof x === "string") : [];
  if (!list.includes(ID)) writeFileSync(listFile, `${JSON.stringify([...list, ID], null, 2)}\n`);
  return pluginDir;
}

/** Entry point used by scripts/run.mjs. */
export function main(): number {
  const pluginDir = install();
  const started = process.hrtime.bigint();
  const snap = indexFolder(VAULT);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const aws = snap.notes.filter((n) => n.aws);
  const cloze = snap.cards.filter((c) => c.kind === undefined);
  const questions = snap.cards.filter((c) => c.kind !== undefined);
  console.log(`Installed the plugin into ${pluginDir} (enabled in community-plugins.json).\n`);
  console.log(`The plugin sees ${snap.notes.length} notes in ${VAULT}/ (${aws.length} AWS notes), ` +
    `${snap.terms.length} terms, ${cloze.length} cloze cards and ${questions.length} exam questions; indexing took ${ms.toFixed(1)} ms.\n`);
  for (const n of snap.notes) {
    const cards = snap.cardsByNote.get(n.path)?.length ?? 0;
    console.log(`  ${n.aws ? "AWS note " : "not AWS  "} ${n.path.padEnd(34)} ${String(n.terms.length).padStart(3)} terms ${String(cards).padStart(3)} cards`);
  }
  console.log("\nSome terms and what your notes say they are:");
  for (const t of snap.terms.slice(0, 8)) {
    const aka = t.aliases.length > 0 ? ` (${t.aliases.join(", ")})` : "";
    console.log(`  ${t.name}${aka}: ${t.definition[0] ?? ""}`);
  }
  console.log("\nSample cloze prompts:");
  const step = Math.max(1, Math.floor(cloze.length / 6));
  for (let i = 0; i < cloze.length && i < step * 6; i += step) {
    const c = cloze[i];
    if (c) console.log(`  [${maskedTerm(c)}] ${renderPrompt(c)}\n      answer: ${c.answer}`);
  }
  const pool = buildOptionPool(snap.notes);
  const asked = questions.map((c) => ({ c, choices: chooseOptions(c, pool, { count: DEFAULT_SETTINGS.choiceCount, seed: 1 }) })).filter((q) => q.choices !== null);
  if (asked.length > 0) console.log("\nSample multiple-choice questions:");
  for (const q of new Set([asked[0], asked[asked.length - 1]])) {
    if (!q?.choices) continue;
    const { c, choices } = q;
    console.log(`  ${renderPrompt(c)}\n      ${choices.options.map((o, i) => `${"ABCDE"[i] ?? ""}) ${o.name}`).join("  ")}\n      answer: ${c.answer} (options from ${choices.category})`);
  }
  console.log(`\nOpen the ${VAULT} folder as a vault in Obsidian, trust its plugins, and try: hover a term, ` +
    "open the review panel, or run \"Start cloze quiz\" from the command palette.");
  return 0;
}
