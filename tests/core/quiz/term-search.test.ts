import { createTermSearch } from "../../../src/core/quiz/term-search";
import type { Term } from "../../../src/core/glossary/types";

const term = (name: string, aliases: string[], definition: string[]): Term => ({
  id: name.toLowerCase(), name, aliases, definition, sources: [{ path: `AWS/${name}.md`, line: 1 }],
});

const TERMS = [
  term("Amazon SQS", ["SQS", "Simple Queue Service"], ["완전관리형 메시지 큐 서비스"]),
  term("Amazon SNS", ["SNS"], ["구독자에게 메시지를 밀어주는 알림 서비스"]),
  term("AWS Lambda", ["Lambda"], ["서버리스 컴퓨팅 서비스"]),
  term("Amazon Redshift", [], ["완전관리형 데이터 웨어하우스 서비스"]),
];

describe("looking up a term", () => {
  const search = createTermSearch(TERMS);

  it("finds a term by its name with a typo", () => {
    expect(search.search("lamdba")[0]?.term.name).toBe("AWS Lambda");
  });

  it("finds a term by an alias and says which alias matched", () => {
    const hit = search.search("simple queue")[0];
    expect(hit?.term.name).toBe("Amazon SQS");
    expect(hit?.field).toBe("alias");
    expect(hit?.matched).toBe("Simple Queue Service");
  });

  it("finds a term by words of its definition, in Korean", () => {
    const hit = search.search("웨어하우스")[0];
    expect(hit?.term.name).toBe("Amazon Redshift");
    expect(hit?.field).toBe("definition");
  });

  it("lists terms by name for an empty query, up to the limit", () => {
    expect(search.search("  ", 2).map((h) => h.term.name)).toEqual(["Amazon Redshift", "Amazon SNS"]);
  });

  it("returns nothing for a query nothing resembles", () => {
    expect(search.search("zzzzqqqq")).toEqual([]);
  });
});
