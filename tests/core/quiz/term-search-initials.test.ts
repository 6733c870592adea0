import { createTermSearch } from "../../../src/core/quiz/term-search";
import type { Term } from "../../../src/core/glossary/types";

const term = (name: string, aliases: string[], definition: string[]): Term => ({
  id: name.toLowerCase(), name, aliases, definition, sources: [{ path: `AWS/${name}.md`, line: 1 }],
});

const TERMS = [
  term("Amazon EC2 Auto Scaling", ["오토 스케일링", "ASG"], ["수요에 맞춰 인스턴스 수를 조정"]),
  term("스케일링 정책", [], ["대상 추적, 단계, 예약 조정"]),
  term("Security Group", ["보안 그룹", "시큐리티 그룹"], ["인스턴스 단위의 상태 저장 방화벽"]),
  term("AWS Lambda", ["람다"], ["서버리스 컴퓨팅 서비스"]),
  term("Amazon S3", ["심플 스토리지 서비스"], ["객체 스토리지"]),
];

describe("looking up a term by its Korean initial consonants", () => {
  const search = createTermSearch(TERMS);
  const names = (q: string): string[] => search.search(q).map((h) => h.term.name);

  it("lists every name or alias whose syllables begin with the typed consonants, names they begin first", () => {
    // 스케일링 정책 begins with them; 오토 스케일링, an alias of Auto Scaling, has them at its second word.
    expect(names("ㅅㅋㅇㄹ")).toEqual(["스케일링 정책", "Amazon EC2 Auto Scaling"]);
  });

  it("finds a term by an alias's initials and says which alias matched", () => {
    expect(search.search("ㅅㅋㄹ")).toEqual([expect.objectContaining({ field: "alias", matched: "시큐리티 그룹" })]);
    expect(names("ㅅㅋㄹ")).toEqual(["Security Group"]);
  });

  it("takes a typed syllable as itself and a lone consonant as any syllable it begins", () => {
    expect(names("스ㅋㅇㄹ")).toEqual(["스케일링 정책", "Amazon EC2 Auto Scaling"]);
    expect(names("시ㅋㄹ")).toEqual(["Security Group"]);
    expect(names("스ㅋㄹ")).toEqual([]);
  });

  it("ignores spaces, and puts a whole-name match first", () => {
    expect(names("ㅇㅌㅅㅋㅇㄹ")).toEqual(["Amazon EC2 Auto Scaling"]);
    expect(names("ㄹㄷ")[0]).toBe("AWS Lambda");
    expect(search.search("ㄹㄷ")[0]).toMatchObject({ field: "alias", matched: "람다" });
  });

  it("matches one consonant only at the start of a name or a word", () => {
    expect(names("ㅇ")).toEqual(["Amazon EC2 Auto Scaling"]);
    expect(names("ㄱ")).toEqual(["Security Group"]);
  });

  it("searches as before when the query has no lone consonant", () => {
    expect(names("스케일")).toEqual(["스케일링 정책", "Amazon EC2 Auto Scaling"]);
    expect(names("asg")).toEqual(["Amazon EC2 Auto Scaling"]);
  });

  it("finds nothing for consonants no name has", () => {
    expect(names("ㅋㅋㅋ")).toEqual([]);
  });

  it("gives the same hits in steps as at once over a large glossary", () => {
    const many = Array.from({ length: 6000 }, (_, k) => term(`서비스 ${k}`, [`별칭 ${k}`], [`정의 ${k}`]));
    const big = createTermSearch([...many, ...TERMS]);
    const run = big.start("ㅅㅋㅇㄹ");
    let steps = 0;
    let hits = null;
    while (!hits) { hits = run.step(); steps++; }
    expect(steps).toBeGreaterThan(4);
    expect(hits.map((h) => h.term.name)).toEqual(["스케일링 정책", "Amazon EC2 Auto Scaling"]);
    // Prepared once: the next search over the same glossary finds the same.
    expect(big.search("ㅅㅋㅇㄹ").map((h) => h.term.name)).toEqual(["스케일링 정책", "Amazon EC2 Auto Scaling"]);
  });
});
