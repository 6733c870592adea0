import { findNames, prepareNames, splitAtNames } from "../../../src/core/exam/blank-names";

const hide = (text: string, names: string[]): string => splitAtNames(text, prepareNames(names)).join("[_]");

describe("hiding a term's names in a line", () => {
  it("hides every name whole, whatever its case, the longest first", () => {
    expect(hide("Amazon SQS는 sqs 큐, Simple  Queue Service 라고도 함", ["SQS", "Amazon SQS", "Simple Queue Service"]))
      .toBe("[_]는 [_] 큐, [_] 라고도 함");
  });

  it("leaves a Korean particle outside the hidden name", () => {
    expect(hide("SQS를 쓰면 람다는 따로 필요 없음", ["SQS", "람다"])).toBe("[_]를 쓰면 [_]는 따로 필요 없음");
  });

  it("never hides part of a longer word", () => {
    expect(hide("EC2x and AEC2 are not EC2", ["EC2"])).toBe("EC2x and AEC2 are not [_]");
    expect(hide("람다식과 람다", ["람다"])).toBe("람다식과 [_]");
  });

  it("treats punctuation next to a name as its edge", () => {
    expect(hide("(ECS/EKS) 비교: ECS-based", ["ECS"])).toBe("([_]/EKS) 비교: [_]-based");
  });

  it("ignores one-letter names, which would blank letters everywhere", () => {
    expect(findNames("a b c", prepareNames(["a", "S"]))).toEqual([]);
  });
});
