import { buildMatcher, type MatchableTerm } from "../../../src/core/matcher/matcher";

const glossary: MatchableTerm[] = [
  { id: "amazon sqs", name: "Amazon SQS", aliases: ["SQS"] },
  { id: "amazon emr", name: "Amazon EMR", aliases: ["EMR", "Elastic MapReduce"] },
  { id: "amazon ec2", name: "Amazon EC2", aliases: ["EC2"] },
  { id: "aws lambda", name: "AWS Lambda", aliases: ["Lambda"] },
  { id: "nfs", name: "NFS", aliases: [] },
  { id: "amazon efs", name: "Amazon EFS", aliases: ["EFS"] },
  { id: "ami", name: "AMI", aliases: ["Amazon Machine Image"] },
  { id: "데이터", name: "데이터", aliases: [] },
  { id: "데이터 웨어하우스", name: "데이터 웨어하우스", aliases: [] },
  { id: "iaas", name: "IaaS", aliases: [] },
  { id: "amazon redshift", name: "Amazon Redshift", aliases: [] },
  { id: "aws config", name: "AWS Config", aliases: [] },
  { id: "s3", name: "S3", aliases: ["Amazon S3"] },
];

const matcher = buildMatcher(glossary);

/** What a reader sees marked: [written text, term name]. */
function spans(text: string, from?: number, to?: number): Array<[string, string]> {
  return matcher.findTerms(text, from, to).map((m) => [text.slice(m.from, m.to), m.name]);
}

describe("the term matcher finds the acceptance sentences", () => {
  it("finds an acronym right before a Korean particle", () => {
    expect(spans("SQS를 사용하면 컴포넌트를 분리할 수 있다")).toEqual([["SQS", "Amazon SQS"]]);
  });

  it("prefers the longer name when a shorter one sits inside it", () => {
    expect(spans("Amazon EMR에서 Spark 작업을 실행")).toEqual([["Amazon EMR", "Amazon EMR"]]);
  });

  it("finds several terms left to right", () => {
    expect(spans("EC2 인스턴스와 Lambda 함수")).toEqual([["EC2", "Amazon EC2"], ["Lambda", "AWS Lambda"]]);
    expect(spans("NFS 기반 EFS 마운트")).toEqual([["NFS", "NFS"], ["EFS", "Amazon EFS"]]);
  });

  it("does not find terms inside longer Latin words", () => {
    expect(spans("SQSX and XEC2 and AMIGO are not terms")).toEqual([]);
    expect(spans("EC22 and 2EC2 are not EC2")).toEqual([["EC2", "Amazon EC2"]]);
  });

  it("finds a term by its alias and reports the term's name", () => {
    expect(spans("Amazon Machine Image로 복제")).toEqual([["Amazon Machine Image", "AMI"]]);
  });
});

describe("boundaries in Korean writing", () => {
  it("treats Hangul right after a Latin term as a boundary", () => {
    expect(spans("Amazon Redshift는 데이터 웨어하우스")).toEqual([
      ["Amazon Redshift", "Amazon Redshift"],
      ["데이터 웨어하우스", "데이터 웨어하우스"],
    ]);
    expect(spans("AWS Config를 켜고")).toEqual([["AWS Config", "AWS Config"]]);
  });

  it("treats Hangul right before a Latin term as a boundary", () => {
    expect(spans("버킷은S3에 있다")).toEqual([["S3", "S3"]]);
  });

  it("never finds a Hangul term inside a longer Hangul word", () => {
    expect(spans("빅데이터 처리")).toEqual([]);
    expect(spans("데이터베이스 서비스")).toEqual([]);
    expect(spans("데이터가공")).toEqual([]);
  });

  it("finds a Hangul term followed by particles, stacked ones included", () => {
    expect(spans("데이터를 저장")).toEqual([["데이터", "데이터"]]);
    expect(spans("데이터에서는 중요")).toEqual([["데이터", "데이터"]]);
    expect(spans("데이터로도 쓴다")).toEqual([["데이터", "데이터"]]);
    expect(spans("(데이터)")).toEqual([["데이터", "데이터"]]);
  });

  it("matches a name's space against a tab or a no-break space", () => {
    expect(spans("Amazon\u00a0EMR 클러스터")).toEqual([["Amazon\u00a0EMR", "Amazon EMR"]]);
    expect(spans("데이터\t웨어하우스")).toEqual([["데이터\t웨어하우스", "데이터 웨어하우스"]]);
  });
});

describe("case rules", () => {
  it("matches acronyms only with their exact case", () => {
    expect(spans("sqs and Sqs and ec2 are not terms, iaas neither")).toEqual([]);
    expect(spans("IaaS와 SQS")).toEqual([["IaaS", "IaaS"], ["SQS", "Amazon SQS"]]);
  });

  it("matches longer names in any case", () => {
    expect(spans("amazon emr and LAMBDA and elastic mapreduce")).toEqual([
      ["amazon emr", "Amazon EMR"],
      ["LAMBDA", "AWS Lambda"],
      ["elastic mapreduce", "Amazon EMR"],
    ]);
  });

  it("prefers the term whose acronym matches the case exactly", () => {
    const m = buildMatcher([
      { id: "ami-word", name: "Ami", aliases: [] },
      { id: "ami", name: "AMI", aliases: [] },
    ]);
    expect(m.findTerms("AMI").map((x) => x.termId)).toEqual(["ami"]);
    expect(m.findTerms("ami").map((x) => x.termId)).toEqual(["ami-word"]);
  });
});

describe("longest match and ranges", () => {
  it("keeps the leftmost match and then the longest one starting there", () => {
    const m = buildMatcher([
      { id: "a", name: "Elastic", aliases: [] },
      { id: "b", name: "Elastic Load Balancing", aliases: [] },
      { id: "c", name: "Load Balancing", aliases: [] },
    ]);
    expect(m.findTerms("Elastic Load Balancing 사용").map((x) => x.termId)).toEqual(["b"]);
    expect(m.findTerms("Elastic Load Balancer").map((x) => x.termId)).toEqual(["a"]);
  });

  it("returns offsets into the caller's text and only matches inside the range", () => {
    const text = "EC2 그리고 SQS를 쓴다";
    const found = matcher.findTerms(text, 4);
    expect(found).toEqual([{ from: 8, to: 11, termId: "amazon sqs", name: "Amazon SQS" }]);
    expect(matcher.findTerms(text, 0, 9)).toEqual([{ from: 0, to: 3, termId: "amazon ec2", name: "Amazon EC2" }]);
  });

  it("reads characters outside the range for boundaries", () => {
    // "EC2" at 1..4 is preceded by "X" even though the range starts at 1.
    expect(matcher.findTerms("XEC2 ", 1)).toEqual([]);
    // "데이터" followed by "베이스" outside the range is still part of a longer word.
    expect(matcher.findTerms("데이터베이스", 0, 3)).toEqual([]);
  });
});

describe("bad input", () => {
  it("ignores names shorter than two characters and empty glossaries", () => {
    const m = buildMatcher([{ id: "x", name: "X", aliases: ["", " ", "Y"] }]);
    expect(m.termCount).toBe(0);
    expect(m.findTerms("X Y")).toEqual([]);
    expect(buildMatcher([]).findTerms("anything")).toEqual([]);
  });

  it("clamps odd ranges instead of throwing", () => {
    expect(matcher.findTerms("SQS", -5, 99)).toHaveLength(1);
    expect(matcher.findTerms("SQS", 2, 1)).toEqual([]);
    expect(matcher.findTerms("SQS", Number.NaN)).toHaveLength(1);
  });

  it("finds a name written decomposed (NFD) with offsets into that text", () => {
    const text = "데이터를".normalize("NFD");
    const found = matcher.findTerms(text);
    expect(found).toHaveLength(1);
    expect(found[0]?.termId).toBe("데이터");
  });
});
