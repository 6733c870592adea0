import {
  createRandom,
  generateMixedText,
  generateNote,
  generateReviewHistory,
  generateTermNames,
  generateVault,
  type GeneratedFile,
} from "../../scripts/generate-vault";

const bytesOf = (text: string): number => Buffer.byteLength(text, "utf8");
const totalBytes = (files: GeneratedFile[]): number => files.reduce((sum, file) => sum + bytesOf(file.text), 0);
const HANGUL = /[\uac00-\ud7a3]/;

const TERM_SHAPE = /^(?:(?:Amazon|AWS) [A-Za-z0-9 .-]+|Elastic Load Balancing|[가-힣]+ [가-힣]+(?: \d+)?)$/;

/** Names the notes give their entries (bullet or heading names, `Name : …` children, pinned names), by shape. */
function collectEntryNames(files: GeneratedFile[]): Set<string> {
  const names = new Set<string>();
  for (const file of files) {
    for (const line of file.text.split(/\r?\n/)) {
      const pinned = /📌 \*\*([^*]+)\*\*/.exec(line)?.[1];
      const start = line
        .replace(/^[\ufeff\s\u00a0]*(?:[-*+]|##)? ?\u00a0?(?:==|<mark[^>]*>)?/, "")
        .replace(/(?:==|<\/mark>)?(?: ?\(.*| ?\u00a0?:.*)$/, "");
      for (const name of [pinned, start]) if (name !== undefined && TERM_SHAPE.test(name)) names.add(name);
    }
  }
  return names;
}

describe("generateVault at the benchmark's size", () => {
  let vault: GeneratedFile[];
  beforeAll(() => {
    vault = generateVault({ notes: 5000, seed: 1, targetBytes: 21_000_000 });
  });

  it("writes exactly the requested number of notes, each at its own path", () => {
    expect(vault).toHaveLength(5000);
    expect(new Set(vault.map((file) => file.path)).size).toBe(5000);
    expect(vault.every((file) => file.path.endsWith(".md") && !file.path.startsWith("/"))).toBe(true);
  });

  it("reaches the byte target without overshooting it by more than a note", () => {
    const bytes = totalBytes(vault);
    expect(bytes).toBeGreaterThanOrEqual(21_000_000);
    expect(bytes).toBeLessThan(21_000_000 + 20_000);
  });

  it("never writes an empty note", () => {
    expect(vault.filter((file) => file.text.trim() === "")).toEqual([]);
  });

  it("defines enough distinct terms for a 10,000-term glossary", () => {
    expect(collectEntryNames(vault).size).toBeGreaterThanOrEqual(10_000);
  });

  it("keeps the non-AWS diary notes free of AWS names while giving them highlights", () => {
    const diary = vault.filter((file) => file.path.startsWith("Personal/"));
    expect(diary.length).toBeGreaterThan(0);
    for (const file of diary) {
      expect(file.text).not.toMatch(/AWS|Amazon/);
      expect(file.text).toMatch(/==[^=]+==|<mark/);
    }
    const studyNotes = vault.filter((file) => !file.path.startsWith("Personal/"));
    expect(studyNotes.every((file) => file.path.startsWith("AWS/"))).toBe(true);
  });
});

describe("generateVault output styles", () => {
  const vault = generateVault({ notes: 400, seed: 3, targetBytes: 1_600_000 });
  const all = vault.map((file) => file.text).join("\n");

  it("is the same for the same seed and different for another seed", () => {
    expect(generateVault({ notes: 400, seed: 3, targetBytes: 1_600_000 })).toEqual(vault);
    expect(generateVault({ notes: 400, seed: 4, targetBytes: 1_600_000 })).not.toEqual(vault);
  });

  it("mixes Korean and English-only notes", () => {
    expect(vault.some((file) => HANGUL.test(file.text))).toBe(true);
    expect(vault.some((file) => !HANGUL.test(file.text))).toBe(true);
  });

  it("indents with tabs, four spaces and non-breaking spaces", () => {
    expect(all).toMatch(/^\t[-*+] /m);
    expect(all).toMatch(/^ {4}[-*+] /m);
    expect(all).toMatch(/^\u00a0\S/m);
  });

  it("uses both highlight kinds, with Highlightr colours and a hint", () => {
    expect(all).toMatch(/==[^=\n:]+==/);
    expect(all).toMatch(/<mark style="background: #[0-9A-F]{8};">[^<]+<\/mark>/);
    expect(all).toMatch(/==[^=\n]+::[^=\n]+==/);
  });

  it("writes headings, callouts, comparisons, pinned sub-terms, aliases and categories", () => {
    expect(all).toMatch(/^## \S/m);
    expect(all).toMatch(/^> \[!(note|tip|warning)\]/m);
    expect(all).toMatch(/^[-*+] .+ (vs|VS) .+$/m);
    expect(all).toMatch(/^- .+[와과] .+ 차이$/m);
    expect(all).toMatch(/📌 \*\*[^*]+\*\*(이란|란)\? /);
    expect(all).toMatch(/^[-*+] (Amazon|AWS) [^(\n]+ ?\([A-Z][^)]+\)$/m);
    expect(all).toMatch(/^[-*+] (🔴 |🟢 )?.+ : .+\n(\t| {4})[-*+] .+ ?: /m);
  });

  it("includes CRLF notes, a BOM, frontmatter and markup that must not count", () => {
    expect(vault.some((file) => file.text.includes("\r\n"))).toBe(true);
    expect(vault.some((file) => file.text.startsWith("\ufeff"))).toBe(true);
    expect(all).toMatch(/^---\r?\ntags: \[aws, \w+\]\r?\n---/m);
    expect(all).toMatch(/```bash\r?\n.*==not a highlight==.*\r?\n```/);
    expect(all).toMatch(/%% ==.+== %%/);
  });

  it("still writes a non-empty note for every slot when the byte target is tiny or missing", () => {
    for (const targetBytes of [0, 100, Number.NaN]) {
      const files = generateVault({ notes: 20, seed: 9, targetBytes });
      expect(files).toHaveLength(20);
      expect(files.every((file) => file.text.trim().length > 0)).toBe(true);
    }
  });

  it("returns no notes for a zero, negative or missing note count", () => {
    expect(generateVault({ notes: 0, seed: 1, targetBytes: 1000 })).toEqual([]);
    expect(generateVault({ notes: -5, seed: 1, targetBytes: 1000 })).toEqual([]);
    expect(generateVault({ notes: Number.NaN, seed: 1, targetBytes: 1000 })).toEqual([]);
  });
});

describe("generateNote", () => {
  it("writes a note of about the asked size, the same each time", () => {
    const note = generateNote({ seed: 5, index: 42, bytes: 10_000 });
    expect(bytesOf(note.text)).toBeGreaterThanOrEqual(10_000);
    expect(bytesOf(note.text)).toBeLessThan(14_000);
    expect(generateNote({ seed: 5, index: 42, bytes: 10_000 })).toEqual(note);
  });

  it("does not hang on an infinite size", () => {
    expect(generateNote({ seed: 5, index: 1, bytes: Number.POSITIVE_INFINITY }).text.length).toBeGreaterThan(0);
  });
});

describe("generateTermNames", () => {
  it.each([100, 10_000])("returns %i distinct names", (count) => {
    const names = generateTermNames(count, 11);
    expect(names).toHaveLength(count);
    expect(new Set(names).size).toBe(count);
    expect(names.every((name) => name.trim() === name && name.length > 0)).toBe(true);
  });

  it("mixes real service names, synthetic English names and Korean names", () => {
    const names = generateTermNames(10_000, 11);
    expect(names).toContain("Amazon SQS");
    expect(names.some((name) => /^(Amazon|AWS) [A-Z][a-z]+ [A-Z][a-z]+/.test(name))).toBe(true);
    expect(names.some((name) => HANGUL.test(name))).toBe(true);
  });

  it("is the same for the same seed and empty for a count of zero", () => {
    expect(generateTermNames(500, 2)).toEqual(generateTermNames(500, 2));
    expect(generateTermNames(500, 2)).not.toEqual(generateTermNames(500, 3));
    expect(generateTermNames(0, 2)).toEqual([]);
  });
});

describe("generateMixedText", () => {
  const names = generateTermNames(100, 1);
  const text = generateMixedText(1_000_000, names, 7);

  it("reaches the asked size in UTF-8 bytes, give or take one sentence", () => {
    expect(bytesOf(text)).toBeGreaterThanOrEqual(1_000_000);
    expect(bytesOf(text)).toBeLessThan(1_000_500);
  });

  it("mentions many of the names, in Korean sentences with particles and in English ones", () => {
    expect(names.filter((name) => text.includes(name)).length).toBeGreaterThan(50);
    expect(text).toMatch(/[A-Za-z0-9가-힣](을|를|은|는|이|가) /);
    expect(text).toMatch(/[가-힣]+다\. /);
    expect(text).toMatch(/ the /);
  });

  it("is the same for the same seed and still prose when there are no names", () => {
    expect(generateMixedText(1_000_000, names, 7)).toBe(text);
    expect(generateMixedText(1_000_000, names, 8)).not.toBe(text);
    const plain = generateMixedText(2000, [], 7);
    expect(bytesOf(plain)).toBeGreaterThanOrEqual(2000);
  });
});

describe("generateReviewHistory", () => {
  const start = Date.UTC(2025, 0, 1);
  const cardIds = Array.from({ length: 300 }, (_, i) => `card-${i}`);
  const history = generateReviewHistory({ cardIds, days: 365, seed: 4, start });

  it("gives every card at least one review inside the year, in time order", () => {
    expect(new Set(history.map((review) => review.cardId))).toEqual(new Set(cardIds));
    for (let i = 1; i < history.length; i++) {
      expect(history[i]!.time).toBeGreaterThanOrEqual(history[i - 1]!.time);
    }
    expect(history[0]!.time).toBeGreaterThanOrEqual(start);
    expect(history[history.length - 1]!.time).toBeLessThan(start + 365 * 86_400_000);
  });

  it("uses only the four ratings, mostly good, with some lapses", () => {
    const counts = new Map<string, number>();
    for (const review of history) counts.set(review.rating, (counts.get(review.rating) ?? 0) + 1);
    expect([...counts.keys()].sort()).toEqual(["again", "easy", "good", "hard"]);
    expect(counts.get("good")!).toBeGreaterThan(history.length / 2);
  });

  it("brings a card back the next day after a lapse and spaces it further apart after good or easy", () => {
    const dayOf = (time: number): number => Math.floor((time - start) / 86_400_000);
    let checked = 0;
    for (const cardId of cardIds) {
      const reviews = history.filter((review) => review.cardId === cardId);
      let previousGap = 1;
      for (let i = 0; i + 1 < reviews.length; i++) {
        const gap = dayOf(reviews[i + 1]!.time) - dayOf(reviews[i]!.time);
        const rating = reviews[i]!.rating;
        if (rating === "again") expect(gap).toBe(1);
        if (rating === "good" || rating === "easy") expect(gap).toBeGreaterThan(previousGap);
        previousGap = gap;
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(300);
  });

  it("is the same for the same seed and empty without cards or days", () => {
    expect(generateReviewHistory({ cardIds, days: 365, seed: 4, start })).toEqual(history);
    expect(generateReviewHistory({ cardIds: [], days: 365, seed: 4, start })).toEqual([]);
    expect(generateReviewHistory({ cardIds, days: 0, seed: 4, start })).toEqual([]);
  });
});

describe("createRandom", () => {
  it("repeats its sequence for a seed and stays in range", () => {
    const a = createRandom(123);
    const b = createRandom(123);
    const values = Array.from({ length: 1000 }, () => a.next());
    expect(Array.from({ length: 1000 }, () => b.next())).toEqual(values);
    expect(values.every((value) => value >= 0 && value < 1)).toBe(true);
    expect(new Set(values).size).toBeGreaterThan(990);
  });
});
