/** @jest-environment jsdom */
import { writeWhole } from "../../src/core/review/data-port";
import { createEmptyReviewData, serializeReviewData } from "../../src/core/review/store-schema";
import { createReviewDataPort, openReviewStore } from "../../src/obsidian/review-data";
import { notices, Plugin, setLanguage } from "../__mocks__/obsidian";

/** The DataAdapter methods the port uses, over a map of files and a set of folders (writes need their folder). */
function fakeAdapter(files: Map<string, string>, folders: Set<string>) {
  const parentOf = (p: string): string => p.slice(0, p.lastIndexOf("/"));
  const needFolder = (p: string): void => { if (!folders.has(parentOf(p))) throw new Error(`ENOENT: no folder for ${p}`); };
  return {
    exists: async (p: string) => files.has(p) || folders.has(p),
    read: async (p: string) => { const t = files.get(p); if (t === undefined) throw new Error("ENOENT"); return t; },
    write: async (p: string, t: string) => { needFolder(p); files.set(p, t); },
    append: async (p: string, t: string) => { needFolder(p); files.set(p, (files.get(p) ?? "") + t); },
    mkdir: async (p: string) => { folders.add(p); },
    // Like some platforms' adapters, it will not rename over an existing file.
    rename: async (from: string, to: string) => {
      const t = files.get(from);
      if (t === undefined) throw new Error("ENOENT");
      if (files.has(to)) throw new Error("Destination file already exists!");
      files.delete(from);
      files.set(to, t);
    },
    remove: async (p: string) => { if (!files.delete(p)) throw new Error("ENOENT"); },
    list: async (folder: string) => ({
      files: [...files.keys()].filter((p) => parentOf(p) === folder),
      folders: [...folders].filter((p) => parentOf(p) === folder),
    }),
  };
}

const DIR = "vault-config/plugins/aws-notes-cloze";

describe("review data port over the vault adapter", () => {
  it("reads and writes files inside the plugin folder, and reports a missing file as null", async () => {
    const files = new Map([[`${DIR}/data.json`, "{}"]]);
    const port = createReviewDataPort(fakeAdapter(files, new Set([DIR])), `${DIR}/`);
    expect(await port.read("data.json")).toBe("{}");
    expect(await port.read("data.backup.json")).toBeNull();
    await port.write("data.backup.json", "x");
    expect(files.get(`${DIR}/data.backup.json`)).toBe("x");
  });

  it("creates the month files' folder on the first write and appends lines to a month file", async () => {
    const files = new Map<string, string>();
    const folders = new Set([DIR]);
    const port = createReviewDataPort(fakeAdapter(files, folders), DIR);
    await port.write("reviews/2025-03.jsonl", "header\n");
    await port.append?.("reviews/2025-03.jsonl", "line\n");
    expect(folders.has(`${DIR}/reviews`)).toBe(true);
    expect(await port.read("reviews/2025-03.jsonl")).toBe("header\nline\n");
  });

  it("replaces a file whole through a temporary file, even where rename will not overwrite", async () => {
    const files = new Map([[`${DIR}/data.json`, "old"]]);
    const port = createReviewDataPort(fakeAdapter(files, new Set([DIR])), DIR);
    await writeWhole(port, "data.json", "new");
    expect([...files.entries()]).toEqual([[`${DIR}/data.json`, "new"]]);
    await writeWhole(port, "data.backup.json", "first");
    expect(files.get(`${DIR}/data.backup.json`)).toBe("first");
  });

  it("lists the plugin folder and its week files, and moves a file into a folder it creates", async () => {
    const files = new Map([
      [`${DIR}/data.json`, "{}"], [`${DIR}/data (conflicted copy 2026-12-01).json`, "{}"], [`${DIR}/reviews/2026-11-30.jsonl`, ""],
    ]);
    const folders = new Set([DIR, `${DIR}/reviews`]);
    const port = createReviewDataPort(fakeAdapter(files, folders), DIR);
    expect((await port.list!()).sort()).toEqual(["data (conflicted copy 2026-12-01).json", "data.json", "reviews/2026-11-30.jsonl"]);
    await port.rename!("data (conflicted copy 2026-12-01).json", "merged-copies/data (conflicted copy 2026-12-01).json");
    expect(files.has(`${DIR}/merged-copies/data (conflicted copy 2026-12-01).json`)).toBe(true);
  });
});

describe("notices about the review data", () => {
  afterEach(() => setLanguage("en"));

  it("speak Korean when Obsidian does, naming the folder as it is on disk", async () => {
    setLanguage("ko");
    notices.length = 0;
    const files = new Map([
      [`${DIR}/data.json`, serializeReviewData(createEmptyReviewData())],
      [`${DIR}/data (conflicted copy 2026-12-01).json`, serializeReviewData(createEmptyReviewData())],
    ]);
    const adapter = fakeAdapter(files, new Set([DIR]));
    const plugin = new Plugin({ vault: { adapter, configDir: "vault-config" } }, { id: "aws-notes-cloze", dir: DIR, version: "1.0.0" });
    await openReviewStore(plugin as never, () => undefined, () => null);
    for (let i = 0; i < 20 && notices.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 0));
    expect(notices).toEqual(["AWS Notes Cloze: 동기화 도구가 남긴 복습 데이터 충돌 사본 1개를 합치고 플러그인의 merged-copies 폴더로 옮겼어요."]);
    plugin.unload();
  });
});
