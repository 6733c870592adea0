import fc from "fast-check";
import { SpanTable, type TermSpan } from "../../../src/core/glossary/span-table";

describe("SpanTable", () => {
  it("reads like a Map after any changes, and every older table stays as it was", () => {
    const path = fc.constantFrom(...Array.from({ length: 300 }, (_, k) => `AWS/${k}.md`), "가.md", "");
    const change = fc.tuple(path, fc.option(fc.nat(50), { nil: undefined }));
    fc.assert(fc.property(fc.array(fc.array(change, { maxLength: 40 }), { maxLength: 8 }), (batches) => {
      let table = SpanTable.empty();
      const model = new Map<string, readonly TermSpan[]>();
      const history: [SpanTable, Map<string, readonly TermSpan[]>][] = [];
      for (const batch of batches) {
        const changes = new Map<string, readonly TermSpan[] | undefined>();
        for (const [p, line] of batch) changes.set(p, line === undefined ? undefined : [{ termId: `t${line}`, from: line, to: line + 1 }]);
        table = table.with(changes);
        for (const [p, spans] of changes) {
          if (spans) model.set(p, spans);
          else model.delete(p);
        }
        history.push([table, new Map(model)]);
      }
      for (const [t, m] of history) {
        expect(t.size).toBe(m.size);
        expect(new Map(t)).toEqual(m);
        for (const p of m.keys()) expect(t.get(p)).toBe(m.get(p));
        expect(t.has("missing.md")).toBe(false);
      }
    }), { numRuns: 200 });
  });
});
