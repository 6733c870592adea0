import fc from "fast-check";
import { GlossaryIndex } from "../../../src/core/glossary/glossary-index";
import { DEFAULT_OPTIONS, note } from "../../fixtures/notes/read-fixture";

const EC2 = note("- Amazon EC2", "\t- 가상 서버 ==인스턴스==");
const EC2_EDITED = note("- Amazon EC2", "\t- 크기를 고르는 가상 서버 ==인스턴스==");
const S3 = note("- Amazon S3", "\t- 객체 스토리지");

function indexWithLog(): { index: GlossaryIndex; calls: [number, string[]][] } {
  const index = new GlossaryIndex(DEFAULT_OPTIONS);
  const calls: [number, string[]][] = [];
  index.onChange((revision, changed) => calls.push([revision, [...changed]]));
  return { index, calls };
}

describe("GlossaryIndex", () => {
  it("stores a note under its path and tells listeners once", () => {
    const { index, calls } = indexWithLog();
    expect(index.setNote("AWS/EC2.md", EC2)).toBe(true);
    expect(index.getNote("AWS/EC2.md")?.terms.map((t) => t.name)).toEqual(["Amazon EC2"]);
    expect(calls).toEqual([[1, ["AWS/EC2.md"]]]);
  });

  it("replaces a note by its path rather than adding a second copy", () => {
    const { index } = indexWithLog();
    index.setNote("AWS/EC2.md", EC2);
    index.setNote("AWS/EC2.md", EC2_EDITED);
    expect(index.paths()).toEqual(["AWS/EC2.md"]);
    expect(index.terms()[0]?.definition).toEqual(["크기를 고르는 가상 서버 인스턴스"]);
  });

  it("leaves the revision alone and tells no one when a save changes nothing it keeps", () => {
    const { index, calls } = indexWithLog();
    index.setNote("AWS/EC2.md", EC2);
    expect(index.setNote("AWS/EC2.md", EC2)).toBe(false);
    expect(index.setNote("AWS/EC2.md", `${EC2}\n\n`)).toBe(false);
    expect(index.revision).toBe(1);
    expect(calls).toHaveLength(1);
  });

  it("bumps the revision when a definition changes", () => {
    const { index, calls } = indexWithLog();
    index.setNote("AWS/EC2.md", EC2);
    expect(index.setNote("AWS/EC2.md", EC2_EDITED)).toBe(true);
    expect(index.revision).toBe(2);
    expect(calls).toEqual([[1, ["AWS/EC2.md"]], [2, ["AWS/EC2.md"]]]);
  });

  it("forgets a deleted note and tells listeners; deleting an unknown note changes nothing", () => {
    const { index, calls } = indexWithLog();
    index.setNote("AWS/EC2.md", EC2);
    expect(index.removeNote("AWS/EC2.md")).toBe(true);
    expect(index.getNote("AWS/EC2.md")).toBeUndefined();
    expect(index.terms()).toEqual([]);
    expect(index.removeNote("AWS/EC2.md")).toBe(false);
    expect(calls.map((c) => c[1])).toEqual([["AWS/EC2.md"], ["AWS/EC2.md"]]);
  });

  it("moves a renamed note to its new path and tells listeners about both paths", () => {
    const { index, calls } = indexWithLog();
    index.setNote("AWS/EC2.md", EC2);
    expect(index.renameNote("AWS/EC2.md", "AWS/Compute/EC2.md")).toBe(true);
    expect(index.paths()).toEqual(["AWS/Compute/EC2.md"]);
    expect(index.getNote("AWS/Compute/EC2.md")?.path).toBe("AWS/Compute/EC2.md");
    expect(index.terms()[0]?.sources).toEqual([{ path: "AWS/Compute/EC2.md", line: 1 }]);
    expect(calls[1]).toEqual([2, ["AWS/EC2.md", "AWS/Compute/EC2.md"]]);
  });

  it("re-reads a renamed note whose new path decides whether it is an AWS note", () => {
    const { index } = indexWithLog();
    const text = note("- 스팟 인스턴스", "\t- 남는 용량을 싸게 쓰는 ==EC2== 옵션");
    index.setNote("Study/절약.md", text);
    expect(index.getNote("Study/절약.md")?.aws).toBe(false);
    index.renameNote("Study/절약.md", "AWS/절약.md", text);
    expect(index.getNote("AWS/절약.md")?.aws).toBe(true);
    expect(index.getNote("Study/절약.md")).toBeUndefined();
  });

  it("tells listeners about the old path too when a rename also changes what the note holds", () => {
    const { index, calls } = indexWithLog();
    index.setNote("Study/EC2.md", EC2);
    index.renameNote("Study/EC2.md", "AWS/EC2.md", EC2_EDITED);
    expect(calls[calls.length - 1]?.[1]).toEqual(expect.arrayContaining(["Study/EC2.md", "AWS/EC2.md"]));
  });

  it("does nothing when renaming a note it never had, without text", () => {
    const { index, calls } = indexWithLog();
    expect(index.renameNote("AWS/none.md", "AWS/other.md")).toBe(false);
    expect(calls).toEqual([]);
  });

  it("tells listeners once for a batch, about every path it changed", () => {
    const { index, calls } = indexWithLog();
    index.batch(() => {
      index.setNote("AWS/EC2.md", EC2);
      index.setNote("AWS/S3.md", S3);
    });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.[1]).toEqual(["AWS/EC2.md", "AWS/S3.md"]);
    expect(calls[0]?.[0]).toBe(index.revision);
  });

  it("tells no one about a batch that changed nothing", () => {
    const { index, calls } = indexWithLog();
    index.setNote("AWS/EC2.md", EC2);
    index.batch(() => index.setNote("AWS/EC2.md", EC2));
    expect(calls).toHaveLength(1);
  });

  it("merges terms across notes and recomputes them only when the revision moved", () => {
    const { index } = indexWithLog();
    index.setNote("AWS/a.md", note("- 스토리지", "\t- EBS : 블록", "\t- S3 : 객체"));
    index.setNote("AWS/b.md", note("- Amazon EBS", "\t- Elastic Block Store"));
    const first = index.terms();
    expect(first.find((t) => t.name === "Amazon EBS")?.sources.map((s) => s.path)).toEqual(["AWS/a.md", "AWS/b.md"]);
    index.setNote("AWS/b.md", note("- Amazon EBS", "\t- Elastic Block Store"));
    expect(index.terms()).toBe(first);
    index.removeNote("AWS/b.md");
    expect(index.terms()).not.toBe(first);
    expect(index.terms().map((t) => t.name)).toEqual(["EBS", "S3"]);
  });

  it("stops telling a listener once it unsubscribes", () => {
    const { index, calls } = indexWithLog();
    const extra: number[] = [];
    const stop = index.onChange((rev) => extra.push(rev));
    index.setNote("AWS/EC2.md", EC2);
    stop();
    index.setNote("AWS/S3.md", S3);
    expect(extra).toEqual([1]);
    expect(calls).toHaveLength(2);
  });

  it("lists notes in path order", () => {
    const { index } = indexWithLog();
    index.setNote("AWS/S3.md", S3);
    index.setNote("AWS/EC2.md", EC2);
    expect(index.allNotes().map((n) => n.path)).toEqual(["AWS/EC2.md", "AWS/S3.md"]);
  });
  it("lists every note in path order after any mix of few and many adds, edits, renames and removals", () => {
    const path = fc.constantFrom(...Array.from({ length: 60 }, (_, k) => `AWS/${String.fromCharCode(65 + (k % 26))}${k}.md`), "AWS/가.md", "Z.md", "a/b.md");
    const op = fc.record({ kind: fc.constantFrom("set", "set", "remove", "rename"), path, to: path, n: fc.nat(3) });
    fc.assert(fc.property(fc.array(fc.array(op, { maxLength: 50 }), { maxLength: 6 }), (batches) => {
      const index = new GlossaryIndex(DEFAULT_OPTIONS);
      const texts = new Map<string, string>();
      for (const batch of batches) {
        for (const o of batch) {
          if (o.kind === "set") {
            const text = note(`- Amazon S${o.n}`, `\t- 객체 스토리지 ${o.path}`);
            index.setNote(o.path, text);
            texts.set(o.path, text);
          } else if (o.kind === "remove") {
            index.removeNote(o.path);
            texts.delete(o.path);
          } else if (texts.has(o.path) && o.path !== o.to) {
            index.renameNote(o.path, o.to);
            texts.set(o.to, texts.get(o.path) as string);
            texts.delete(o.path);
          }
        }
        const expected = [...texts.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        expect(index.allNotes().map((n) => n.path)).toEqual(expected);
      }
    }), { numRuns: 200 });
  });
});
