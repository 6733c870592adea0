import { encodeScope, filterCardsByScope, listScopeChoices, parseScope, type StudyScope } from "../../../src/core/quiz/scope";

const cards = [
  { id: "a", path: "AWS/SAA/컴퓨팅.md", tags: ["aws", "saa/compute"] },
  { id: "b", path: "AWS/메시징.md", tags: ["aws"] },
  { id: "c", path: "Inbox/메모.md", tags: ["SAA"] },
];

describe("study scopes", () => {
  it("keeps the cards of a note, a folder or a tag (nested tags included, any case)", () => {
    const ids = (scope: StudyScope): string[] => filterCardsByScope(cards, scope).map((c) => c.id);
    expect(ids({ kind: "all" })).toEqual(["a", "b", "c"]);
    expect(ids({ kind: "note", path: "AWS/메시징.md" })).toEqual(["b"]);
    expect(ids({ kind: "folder", folder: "AWS" })).toEqual(["a", "b"]);
    expect(ids({ kind: "folder", folder: "AWS/SA" })).toEqual([]);
    expect(ids({ kind: "tag", tag: "#saa" })).toEqual(["a", "c"]);
  });

  it("offers every folder holding cards, parents included, and every tag", () => {
    expect(listScopeChoices(cards)).toEqual({ folders: ["AWS", "AWS/SAA", "Inbox"], tags: ["aws", "saa", "saa/compute"] });
  });

  it("reads back what it wrote, and anything else as all notes", () => {
    const scopes: StudyScope[] = [{ kind: "all" }, { kind: "note", path: "a:b.md" }, { kind: "folder", folder: "AWS" }, { kind: "tag", tag: "aws" }];
    for (const s of scopes) expect(parseScope(encodeScope(s))).toEqual(s);
    expect(parseScope("nonsense")).toEqual({ kind: "all" });
    expect(parseScope("tag:")).toEqual({ kind: "all" });
  });
});
