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

describe("the order of hits and the steps of a search", () => {
  const LIST = [
    term("Amazon EMR", ["EMR"], ["하둡 클러스터"]),
    term("EMR Serverless", [], ["서버 없이 EMR 작업 실행"]),
    term("Amazon Kinesis Data Streams", ["KDS"], ["실시간 스트림 수집"]),
    term("Amazon Transcribe", [], ["음성을 텍스트로"]),
  ];
  const search = createTermSearch(LIST);
  const names = (q: string): string[] => search.search(q).map((h) => h.term.name);

  it("puts an exact name or alias first, then names it begins, then words it begins, then definitions", () => {
    expect(names("emr")).toEqual(["Amazon EMR", "EMR Serverless"]);
    expect(names("data")).toEqual(["Amazon Kinesis Data Streams"]);
    expect(names("스트림")[0]).toBe("Amazon Kinesis Data Streams");
  });

  it("does not match one letter in the middle of a word", () => {
    expect(names("r")).toEqual([]);
    expect(names("t")).toEqual(["Amazon Transcribe"]);
  });

  it("allows typos only in queries of four letters or more", () => {
    expect(names("kinsis")).toContain("Amazon Kinesis Data Streams");
    expect(names("emx")).toEqual([]);
  });

  it("gives the same hits in steps as at once, cutting a large glossary into many steps", () => {
    const many = Array.from({ length: 6000 }, (_, k) => term(`Service ${k}`, [`S${k}`], [`정의 ${k}`]));
    const big = createTermSearch([...LIST, ...many]);
    const run = big.start("kinsis");
    let steps = 0;
    let hits = null;
    while (!hits) { hits = run.step(); steps++; }
    expect(steps).toBeGreaterThan(4);
    // The 6,000 other terms change nothing: the hits are those of the four terms alone.
    expect(hits.map((h) => h.term.name)).toEqual(createTermSearch(LIST).search("kinsis").map((h) => h.term.name));
    expect(hits[0]?.term.name).toBe("Amazon Kinesis Data Streams");
  });
});

describe("looking in definitions", () => {
  it("finds a definition's words in any case, and in a note written in decomposed Unicode", () => {
    const search = createTermSearch([
      term("Amazon S3", [], ["Object Storage for any amount of data"]),
      term("Amazon EFS", [], ["리눅스용 파일 스토리지".normalize("NFD")]),
    ]);
    expect(search.search("object storage").map((h) => [h.term.name, h.field])).toEqual([["Amazon S3", "definition"]]);
    expect(search.search("파일 스토리지").map((h) => h.term.name)).toEqual(["Amazon EFS"]);
  });
});

describe("names before definitions", () => {
  const eventBridge = term("Amazon EventBridge", ["이벤트브리지"], ["서버리스 이벤트 버스"]);
  const stepFunctions = term("AWS Step Functions", [], ["event bridge 규칙으로 시작할 수 있는 워크플로"]);

  it("ranks a name found only with a typo above a definition that has the query word for word", () => {
    const search = createTermSearch([stepFunctions, eventBridge]);
    expect(search.search("event bridge").map((h) => [h.term.name, h.field])).toEqual([
      ["Amazon EventBridge", "name"],
      ["AWS Step Functions", "definition"],
    ]);
    expect(search.search("event bridge", 1).map((h) => h.term.name)).toEqual(["Amazon EventBridge"]);
  });

  it("keeps a fuzzy name hit first when more definitions match than the list shows", () => {
    const workflows = Array.from({ length: 80 }, (_, k) =>
      term(`Workflow ${String(k).padStart(2, "0")}`, [], [`event bridge 규칙 ${k}번`]));
    const search = createTermSearch([...workflows, eventBridge]);
    const hits = search.search("event bridge", 50);
    expect(hits).toHaveLength(50);
    expect(hits[0]?.term.name).toBe("Amazon EventBridge");
    expect(hits.slice(1).every((h) => h.field === "definition")).toBe(true);
  });

  it("ranks a term found by an alias's initials above one whose definition has the same consonants", () => {
    const search = createTermSearch([
      term("AWS Glue", [], ["ㅇㅂㅌ 같은 초성 메모"]),
      term("Amazon EventBridge", ["이벤트 브리지"], []),
    ]);
    expect(search.search("ㅇㅂㅌ").map((h) => [h.term.name, h.field])).toEqual([
      ["Amazon EventBridge", "alias"],
      ["AWS Glue", "definition"],
    ]);
  });
});
