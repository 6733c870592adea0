import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { indexFolder } from "../../scripts/lib/index-folder";
import { main as inspect } from "../../scripts/inspect";
import { buildHostileVault, GOOD_NOTE, hostilePath, type NoteFile } from "./hostile-notes";

interface InspectJson {
  notes: { path: string; aws: boolean; terms: number; cards: number }[];
  terms: { name: string; definition: string[]; sources: { path: string; line: number }[] }[];
  cards: { id: string; path: string; line: number; prompt: string; answer: string }[];
  matches: { text: string; spans: { from: number; to: number; term: string }[] }[];
}

const folders: string[] = [];
/** Each hostile note at its test size but at most 200 kB, so the whole vault is read in a few seconds. */
const CAP = 200_000;

/** Writes the notes into a new folder under the system's temp folder (never into the repository). */
function writeVault(files: readonly NoteFile[]): string {
  const root = mkdtempSync(join(tmpdir(), "anc-hostile-"));
  folders.push(root);
  for (const f of files) {
    const full = join(root, ...f.path.split("/"));
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, f.text, "utf8");
  }
  return root;
}

/** Runs `inspect <folder> --json --match …` in-process and returns what it printed and its exit code. */
function runInspect(folder: string, match: string): { code: number; out: string } {
  const chunks: string[] = [];
  const spy = jest.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
    return true;
  });
  try {
    const code = inspect([folder, "--json", "--match", match]);
    return { code, out: chunks.join("") };
  } finally {
    spy.mockRestore();
  }
}

function checkOutput(out: string, files: readonly NoteFile[]): InspectJson {
  const json = JSON.parse(out) as InspectJson;
  // What was printed is exactly what JSON.stringify gives back: no lone surrogate or control character breaks it.
  expect(`${JSON.stringify(JSON.parse(JSON.stringify(json)), null, 2)}\n`).toBe(out);
  expect(json.notes.map((n) => n.path).sort()).toEqual(files.map((f) => f.path).sort());
  const names = json.terms.map((t) => t.name);
  for (const t of GOOD_NOTE.terms) expect(names).toContain(t);
  const lineCount = new Map(files.map((f) => [f.path, f.text.split(/\r\n|\r|\n/).length]));
  for (const c of json.cards) {
    expect(c.line).toBeGreaterThanOrEqual(1);
    expect(c.line).toBeLessThanOrEqual(lineCount.get(c.path) ?? 0);
  }
  const goodAnswers = json.cards.filter((c) => c.path === GOOD_NOTE.path).map((c) => c.answer);
  expect(goodAnswers).toEqual(GOOD_NOTE.answers);
  expect(json.matches[0]?.spans.map((s) => s.term)).toEqual(["Amazon SQS", "Amazon Kinesis"]);
  return json;
}

afterAll(() => {
  for (const f of folders) rmSync(f, { recursive: true, force: true });
});

describe("inspect --json over a folder of hostile notes", () => {
  it("finishes and prints valid JSON with the good notes' terms and cards", () => {
    const files = buildHostileVault(undefined, CAP);
    const { code, out } = runInspect(writeVault(files), "SQS와 Kinesis");
    expect(code).toBe(0);
    checkOutput(out, files);
  });

  it("prints valid JSON for notes full of binary, lone surrogates and HTML (the vault without the deep `>` run)", () => {
    // The deep `>` run is left out here only so this test checks the JSON itself; the test above covers that note.
    const files = buildHostileVault(undefined, CAP).filter((f) => f.path !== hostilePath("deep-quote-run"));
    const folder = writeVault(files);
    const { code, out } = runInspect(folder, "SQS와 Kinesis");
    expect(code).toBe(0);
    const json = checkOutput(out, files);
    const html = json.cards.filter((c) => c.path === hostilePath("html-in-highlights")).map((c) => c.answer);
    expect(html).toContain("<script>alert(1)</script>");
    // The snapshot behind it holds the same notes.
    expect(indexFolder(folder).notes.map((n) => n.path)).toEqual(json.notes.map((n) => n.path));
  });
});
