import {
  buildTermScope, encodeScope, filterCardsByScope, listScopeChoices, parseScope, type StudyScope,
} from "../../../src/core/quiz/scope";

const cards = [
  { id: "a", path: "AWS/SAA/컴퓨팅.md", tags: ["aws", "saa/compute"], term: "AWS Lambda" },
  { id: "b", path: "AWS/메시징.md", tags: ["aws"], term: "Amazon SQS" },
  { id: "c", path: "Inbox/메모.md", tags: ["SAA"], term: "SQS  " },
  { id: "d", path: "AWS/메시징.md", tags: ["aws"], term: "Amazon SNS" },
];

describe("study scopes", () => {
  it("keeps the cards of a note, a folder or a tag (nested tags included, any case)", () => {
    const ids = (scope: StudyScope): string[] => filterCardsByScope(cards, scope).map((c) => c.id);
    expect(ids({ kind: "all" })).toEqual(["a", "b", "c", "d"]);
    expect(ids({ kind: "note", path: "AWS/메시징.md" })).toEqual(["b", "d"]);
    expect(ids({ kind: "folder", folder: "AWS" })).toEqual(["a", "b", "d"]);
    expect(ids({ kind: "folder", folder: "AWS/SA" })).toEqual([]);
    expect(ids({ kind: "tag", tag: "#saa" })).toEqual(["a", "c"]);
  });

  it("keeps a term's cards from every note, under its name or any alias, whatever the case or spacing", () => {
    const sqs = buildTermScope("amazon sqs", { name: "Amazon  SQS", aliases: ["sqs", "Simple Queue Service"] });
    expect(sqs).toEqual({ kind: "term", termId: "amazon sqs", names: ["amazon sqs", "sqs", "simple queue service"] });
    expect(filterCardsByScope(cards, sqs).map((c) => c.id)).toEqual(["b", "c"]);
  });

  it("falls back on the term's id, its folded name, when the term is no longer in the glossary", () => {
    expect(filterCardsByScope(cards, buildTermScope("amazon sqs")).map((c) => c.id)).toEqual(["b"]);
  });

  it("offers every folder holding cards, parents included, and every tag", () => {
    expect(listScopeChoices(cards)).toEqual({ folders: ["AWS", "AWS/SAA", "Inbox"], tags: ["aws", "saa", "saa/compute"] });
  });

  it("reads back what it wrote, and anything else as all notes", () => {
    const scopes: StudyScope[] = [{ kind: "all" }, { kind: "note", path: "a:b.md" }, { kind: "folder", folder: "AWS" }, { kind: "tag", tag: "aws" }, buildTermScope("amazon sqs")];
    for (const s of scopes) expect(parseScope(encodeScope(s))).toEqual(s);
    expect(parseScope("nonsense")).toEqual({ kind: "all" });
    expect(parseScope("tag:")).toEqual({ kind: "all" });
  });
});
