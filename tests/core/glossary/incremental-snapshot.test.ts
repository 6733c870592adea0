import fc from "fast-check";
import { buildCards, mergeCards } from "../../../src/core/cards/build-cards";
import { GlossaryIndex } from "../../../src/core/glossary/glossary-index";
import { buildMatcher } from "../../../src/core/matcher/matcher";
import { mergeTerms } from "../../../src/core/glossary/merge-terms";
import { parseNote } from "../../../src/core/reading/parse-note";
import type { ParsedNote } from "../../../src/core/reading/types";
import { foldKey } from "../../../src/core/markdown/text";
import { builtCards, cardSettingsKey, createSnapshotCache, prepareMatcher, takeSnapshot, type VaultSnapshot } from "../../../src/core/vault-snapshot";
import { DEFAULT_SETTINGS } from "../../../src/settings";
import { DEFAULT_OPTIONS } from "../../fixtures/notes/read-fixture";

const settings = { ...DEFAULT_SETTINGS, markColors: [] };

/** Entries the way our users write them, sharing names across notes so terms and cards merge. */
const ENTRIES = [
  "- Amazon EC2\n\t- 가상 ==서버==\n\t- 크기를 고르는 ==인스턴스==",
  "- EC2 : 가상 서버\n- S3 : 객체 ==스토리지==",
  "- Amazon S3\n\t- 객체 ==스토리지==",
  "## AWS Lambda\n- ==서버리스== 함수\n- 최대 15분",
  "- SaaS(Software as a Service)\n\t- 완제품 ==구독==",
  "- Software as a Service\n\t- <mark style=\"background: #FFF3A3A6;\">구독형</mark> 소프트웨어",
  "- Amazon SQS\n\t- 메시지 ==큐==\n\t- SQS를 쓰면 ==디커플링==",
  "- 일기\n\t- 오늘은 ==맑음==",
];
const PATHS = ["AWS/a.md", "AWS/b.md", "AWS/Compute/c.md", "Study/d.md", "AWS/e.md"];

const noteText = fc.array(fc.constantFrom(...ENTRIES), { minLength: 0, maxLength: 3 }).map((parts) => parts.join("\n\n"));

type Step =
  | { kind: "set"; path: string; text: string }
  | { kind: "type"; path: string; words: string }
  | { kind: "remove"; path: string }
  | { kind: "rename"; from: string; to: string; reread: boolean };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant("set" as const), path: fc.constantFrom(...PATHS), text: noteText }),
  fc.record({ kind: fc.constant("type" as const), path: fc.constantFrom(...PATHS), words: fc.constantFrom(" 추가", " 메모", " ==새 답==") }),
  fc.record({ kind: fc.constant("remove" as const), path: fc.constantFrom(...PATHS) }),
  fc.record({ kind: fc.constant("rename" as const), from: fc.constantFrom(...PATHS), to: fc.constantFrom(...PATHS), reread: fc.boolean() }),
);

/** Text naming every term of the entries, in several forms. */
const SAMPLE = "Amazon EC2와 EC2, ec2, S3에서는 Amazon S3를 AWS Lambda로. SaaS(Software as a Service), saas, Amazon SQS를 SQS에서 일기";

const byPath = (a: ParsedNote, b: ParsedNote): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** A note's text and the path it was read at (a rename without the text moves the note as it was read). */
interface Stored {
  text: string;
  readAt: string;
}

/** Everything a snapshot shows, computed from scratch from the notes' texts. */
function expectedView(texts: ReadonlyMap<string, Stored>): unknown {
  const notes = [...texts].map(([path, s]) => ({ ...parseNote(s.readAt, s.text, DEFAULT_OPTIONS), path })).sort(byPath);
  const terms = mergeTerms(notes);
  const idByName = new Map<string, string>();
  for (const t of terms) for (const n of [t.name, ...t.aliases]) idByName.set(foldKey(n), t.id);
  const cardsByNote = notes.map((n) => [n.path, buildCards(n, settings)] as const);
  return {
    notes, terms, cards: mergeCards(cardsByNote.map(([, c]) => c)), cardsByNote,
    termsById: terms.map((t) => [t.id, t]),
    definedIn: notes.map((n) => [n.path, n.terms.map((nt) => ({ termId: idByName.get(foldKey(nt.name)), from: nt.lines.from, to: nt.lines.to }))]),
  };
}

/** The same view, read from a snapshot. */
function viewOf(snap: VaultSnapshot): unknown {
  return {
    notes: snap.notes, terms: snap.terms, cards: snap.cards,
    cardsByNote: snap.notes.map((n) => [n.path, snap.cardsByNote.get(n.path)] as const),
    termsById: snap.terms.map((t) => [t.id, snap.termsById.get(t.id)]),
    definedIn: snap.notes.map((n) => [n.path, [...snap.definedIn(n.path)]]),
  };
}

/** A deep copy, so a later change to shared arrays cannot change what was recorded. */
const copyOf = (x: unknown): unknown => JSON.parse(JSON.stringify(x)) as unknown;

describe("incremental index and snapshot", () => {
  it("show after any sequence of edits what indexing the vault from scratch shows, and old snapshots stay as they were", () => {
    fc.assert(fc.property(fc.array(step, { maxLength: 14 }), (steps) => {
      const index = new GlossaryIndex(DEFAULT_OPTIONS);
      const cache = createSnapshotCache();
      const texts = new Map<string, Stored>();
      let held: { snap: VaultSnapshot; view: unknown } | null = null;
      for (const s of steps) {
        if (s.kind === "set") {
          texts.set(s.path, { text: s.text, readAt: s.path });
          index.setNote(s.path, s.text);
        } else if (s.kind === "type") {
          const text = texts.get(s.path)?.text;
          if (text === undefined) continue;
          // Typing at the end of the first line: the names stay, a definition or an answer grows.
          const at = text.indexOf("\n");
          const next = at < 0 ? `${text}${s.words}` : `${text.slice(0, at)}${s.words}${text.slice(at)}`;
          texts.set(s.path, { text: next, readAt: s.path });
          index.setNote(s.path, next);
        } else if (s.kind === "remove") {
          texts.delete(s.path);
          index.removeNote(s.path);
        } else {
          const stored = texts.get(s.from);
          if (stored === undefined) continue;
          texts.delete(s.from);
          texts.set(s.to, s.reread ? { text: stored.text, readAt: s.to } : stored);
          index.renameNote(s.from, s.to, s.reread ? stored.text : undefined);
        }
        const snap = takeSnapshot(index, settings, cache);
        expect(viewOf(snap)).toEqual(expectedView(texts));
        // The matcher (layered on an earlier one when names changed) finds what a fresh one finds.
        if (s.kind !== "type") expect(snap.matcher.findTerms(SAMPLE)).toEqual(buildMatcher(snap.terms).findTerms(SAMPLE));
        if (held) expect(copyOf(viewOf(held.snap))).toEqual(held.view);
        held = { snap, view: copyOf(viewOf(snap)) };
      }
    }), { numRuns: 60 });
  });
});

describe("the snapshot's matcher after a change of names", () => {
  const A1 = "- Amazon SQS\n\t- 메시지 ==큐==\n- Amazon SNS\n\t- 알림 ==토픽==";
  const A2 = "- Amazon SQS\n\t- 메시지 ==큐==\n- Amazon Kinesis\n\t- ==스트림==";
  const TEXT = "Kinesis를 보고 Amazon Kinesis와 Amazon SNS, Amazon SQS에서는 AWS Lambda";

  it("is layered on the compiled base it had, not built again, and finds the new name", async () => {
    const index = new GlossaryIndex(DEFAULT_OPTIONS);
    const cache = createSnapshotCache();
    index.setNote("AWS/a.md", A1);
    index.setNote("AWS/b.md", "- AWS Lambda\n\t- ==서버리스== 함수");
    const before = takeSnapshot(index, settings, cache);
    const beforeFound = before.matcher.findTerms(TEXT);
    const base = cache.matcher?.matcher.base;
    expect(base).toBeDefined();

    index.setNote("AWS/a.md", A2);
    const after = takeSnapshot(index, settings, cache);
    const found = after.matcher.findTerms(TEXT);
    expect(cache.matcher?.matcher.base).toBe(base);
    expect(cache.matcher?.matcher.overlayTerms).toBe(1);
    expect(found).toEqual(buildMatcher(after.terms).findTerms(TEXT));
    expect(found.map((m) => TEXT.slice(m.from, m.to))).toEqual(["Kinesis", "Amazon Kinesis", "Amazon SQS", "AWS Lambda"]);
    expect(found[0]?.name).toBe("Amazon Kinesis");
    // The earlier snapshot's matcher is left as it was.
    expect(before.matcher.findTerms(TEXT)).toEqual(beforeFound);
    expect(beforeFound.map((m) => m.name)).toEqual(["Amazon SNS", "Amazon SQS", "AWS Lambda"]);

    // Renaming back hides nothing and compiles nothing.
    index.setNote("AWS/a.md", A1);
    expect(takeSnapshot(index, settings, cache).matcher.findTerms(TEXT)).toEqual(beforeFound);
    expect(cache.matcher?.matcher.base).toBe(base);
    expect(cache.matcher?.matcher.overlayTerms).toBe(0);

    // prepareMatcher compiles a layered matcher into a new base (the plugin runs it after scans).
    index.setNote("AWS/a.md", A2);
    void takeSnapshot(index, settings, cache).matcher;
    await prepareMatcher(index, cache, { budgetMs: 1, now: () => 0, pause: () => Promise.resolve() });
    expect(cache.matcher?.matcher.base).not.toBe(base);
    expect(cache.matcher?.matcher.overlayTerms).toBe(0);
    expect(takeSnapshot(index, settings, cache).matcher.findTerms(TEXT)).toEqual(found);
  });
});

describe("cards kept from an earlier session", () => {
  const NOTE = "- Amazon SQS\n\t- 메시지 ==큐==\n\t- SQS를 쓰면 ==디커플링==";

  it("are taken for a note under the same card settings instead of being built, and are what building gives", () => {
    const index = new GlossaryIndex(DEFAULT_OPTIONS);
    index.setNote("AWS/a.md", NOTE);
    const earlier = createSnapshotCache();
    const built = takeSnapshot(index, settings, earlier).cards;
    const kept = builtCards(earlier, index.getNote("AWS/a.md") as ParsedNote);
    expect(kept?.key).toBe(cardSettingsKey(settings));
    expect(kept?.cards).toEqual(built);

    // The next session: the same note, its cards given back by the cache for the same key, and only for it.
    const asked: string[] = [];
    const next = { ...createSnapshotCache(), known: (note: ParsedNote, key: string) => {
      asked.push(key);
      return key === kept?.key ? kept.cards : undefined;
    } };
    const snapshot = takeSnapshot(index, settings, next);
    expect(snapshot.cards).toEqual(built);
    expect(snapshot.cardsByNote.get("AWS/a.md")).toBe(kept?.cards);
    // Other card settings build them again.
    const other = { ...settings, clozeBold: !settings.clozeBold };
    expect(takeSnapshot(index, other, next).cardsByNote.get("AWS/a.md")).not.toBe(kept?.cards);
    expect(asked).toEqual([cardSettingsKey(settings), cardSettingsKey(other)]);
  });
});

