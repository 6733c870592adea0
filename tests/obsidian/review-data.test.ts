import { createReviewDataPort } from "../../src/obsidian/review-data";

/** The three DataAdapter methods the port uses, over a map. */
function fakeAdapter(files: Map<string, string>) {
  return {
    exists: async (p: string) => files.has(p),
    read: async (p: string) => { const t = files.get(p); if (t === undefined) throw new Error("ENOENT"); return t; },
    write: async (p: string, t: string) => { files.set(p, t); },
  };
}

describe("review data port over the vault adapter", () => {
  it("reads and writes files inside the plugin folder, and reports a missing file as null", async () => {
    const files = new Map([["vault-config/plugins/aws-notes-cloze/data.json", "{}"]]);
    const port = createReviewDataPort(fakeAdapter(files), "vault-config/plugins/aws-notes-cloze/");
    expect(await port.read("data.json")).toBe("{}");
    expect(await port.read("data.backup.json")).toBeNull();
    await port.write("data.backup.json", "x");
    expect(files.get("vault-config/plugins/aws-notes-cloze/data.backup.json")).toBe("x");
  });
});
