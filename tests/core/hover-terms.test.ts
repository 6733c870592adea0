import { hoverTerms } from "../../src/core/hover-terms";
import { buildMatcher } from "../../src/core/matcher/matcher";

const found = (names: string[], text: string): string[] => {
  const terms = names.map((name, i) => ({ id: `t${i}`, name, aliases: [], definition: [], sources: [] }));
  return buildMatcher(hoverTerms(terms)).findTerms(text).map((m) => text.slice(m.from, m.to));
};

describe("terms in running text", () => {
  it("never mark one ordinary word, even when a note made it a term", () => {
    expect(found(["보안", "서비스", "Private", "Basic", "운영"], "이 서비스는 보안과 운영에 필요하고 Private 망의 Basic 설정을 쓴다.")).toEqual([]);
  });

  it("still mark acronyms, services, product spellings and names of more than one word", () => {
    const text = "보안 그룹과 NACL, DynamoDB, 람다, On-Demand 요금을 비교한다.";
    expect(found(["보안 그룹", "NACL", "DynamoDB", "람다", "On-Demand"], text)).toEqual(["보안 그룹", "NACL", "DynamoDB", "람다", "On-Demand"]);
  });

  it("mark a term by its strong alias when its own name is one ordinary word", () => {
    const terms = [{ id: "router", name: "Router", aliases: ["VPC Router"], definition: [], sources: [] }];
    const text = "The VPC Router sends every router packet on.";
    expect(buildMatcher(hoverTerms(terms)).findTerms(text).map((m) => text.slice(m.from, m.to))).toEqual(["VPC Router"]);
  });
});
