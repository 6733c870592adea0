import { NameMemo } from "../../../src/core/reading/name-memo";

describe("NameMemo", () => {
  const counting = (atMost: number): { memo: NameMemo<number>; judged: string[] } => {
    const judged: string[] = [];
    const memo = new NameMemo({ judge: (name: string) => (judged.push(name), name.length), atMost });
    return { memo, judged };
  };

  it("judges a name once while it is remembered, and gives the same answer every time", () => {
    const { memo, judged } = counting(8);
    expect([memo.of("Amazon S3"), memo.of("Amazon S3"), memo.of("AWS Lambda")]).toEqual([9, 9, 10]);
    expect(judged).toEqual(["Amazon S3", "AWS Lambda"]);
  });

  it("keeps a name still in use when the newer generation fills up, and forgets one read only long ago", () => {
    const { memo, judged } = counting(2);
    memo.of("EC2");
    memo.of("S3");
    memo.of("EFS"); // the first generation is full: EC2 and S3 become the older one
    memo.of("EC2"); // found in the older generation and carried into the newer one
    memo.of("SQS"); // the newer one is full again: EFS and EC2 stay, S3 goes
    judged.length = 0;
    for (const name of ["EC2", "EFS", "S3"]) memo.of(name);
    expect(judged).toEqual(["S3"]);
  });

  it("remembers a long name cut from a longer text under its own text", () => {
    const { memo, judged } = counting(8);
    const line = "Amazon Simple Queue Service: 완전 관리형 메시지 대기열";
    memo.of(line.slice(0, line.indexOf(":")));
    expect(memo.of("Amazon Simple Queue Service")).toBe(27);
    expect(judged).toHaveLength(1);
  });
});
