import { classifyBlock, classifyHeading, type BlockContext } from "../../../src/core/reading/classify";
import { cleanName, dropDecoration, isAcronym, isComparison, isLabel, isLatinName, isNameShaped, readNamedLine } from "../../../src/core/reading/names";
import { parseOutline, type OutlineNode } from "../../../src/core/markdown/outline";

/** The first block of a small outline. */
function firstBlock(...lines: string[]): OutlineNode {
  const node = parseOutline(lines).children[0];
  if (!node) throw new Error("no block");
  return node;
}

const TOP: BlockContext = { topLevel: true, inComparison: false, parentNames: [], siblingsAllColon: false };
const NESTED: BlockContext = { ...TOP, topLevel: false };
const roleOf = (ctx: BlockContext, ...lines: string[]): string => {
  const node = firstBlock(...lines);
  return classifyBlock(node, readNamedLine(node.text), ctx);
};

describe("readNamedLine", () => {
  it("splits `Term : definition` and `Term: definition` at the colon", () => {
    expect(readNamedLine("Amazon EC2 : 가상 서버")).toMatchObject({ name: "Amazon EC2", definition: "가상 서버", form: "colon" });
    expect(readNamedLine("RDS: 관계형 DB")).toMatchObject({ name: "RDS", definition: "관계형 DB", form: "colon" });
  });

  it("does not split at a colon inside a URL or a time", () => {
    expect(readNamedLine("https://aws.amazon.com 참고").form).toBe("plain");
    expect(readNamedLine("점검 시간 10:30 에 시작").form).toBe("plain");
  });

  it("reads `📌 **X**란? …` as a pinned, emphasised question", () => {
    expect(readNamedLine("📌 **가용 영역**이란? 물리적으로 분리된 데이터센터 묶음")).toMatchObject({
      name: "가용 영역", definition: "물리적으로 분리된 데이터센터 묶음", form: "question", pinned: true, emphasized: true,
    });
  });

  it("reads a bare name and notes a highlight wrapping all of it", () => {
    expect(readNamedLine("==Glacier==")).toMatchObject({ name: "Glacier", definition: null, form: "plain", emphasized: true });
  });
});

describe("dropDecoration and cleanName", () => {
  it("drop 📌 🔴 ✅ → and similar markers from the start of a name and report a pin", () => {
    expect(dropDecoration("📌 NFS")).toEqual({ text: "NFS", pinned: true });
    expect(dropDecoration("🔴 대표 서비스")).toEqual({ text: "대표 서비스", pinned: false });
    expect(cleanName("✅ **Amazon MQ**")).toBe("Amazon MQ");
    expect(cleanName("→ SQS")).toBe("SQS");
  });

  it("fold NBSP and strip markup and trailing colons", () => {
    expect(cleanName("<mark style=\"background: #FFF3A3A6;\">Amazon\u00a0SNS</mark>:")).toBe("Amazon SNS");
  });

  it("drop stars, marks and importance remarks a student puts after a name", () => {
    expect(cleanName("★ 시험 포인트")).toBe("시험 포인트");
    expect(cleanName("S3 ★")).toBe("S3");
    expect(cleanName("AWS Budgets ❗️")).toBe("AWS Budgets");
    expect(cleanName("Amazon Glacier *중요*")).toBe("Amazon Glacier");
    expect(cleanName("Amazon SQS (시험 출제)")).toBe("Amazon SQS");
    expect(cleanName("필수")).toBe("필수");
  });

  it("drop a section number and a stray list marker in front of a name", () => {
    expect(cleanName("2.1 Amazon EC2(Elastic Compute Cloud)")).toBe("Amazon EC2(Elastic Compute Cloud)");
    expect(cleanName("3.Amazon Athena")).toBe("Amazon Athena");
    expect(cleanName("7.4.2 S3 Glacier")).toBe("S3 Glacier");
    expect(cleanName("- Internet Gateway")).toBe("Internet Gateway");
    expect(cleanName("1 RCU")).toBe("1 RCU");
  });
});

describe("name heuristics", () => {
  it("isLabel knows the labels people write inside an entry", () => {
    for (const label of ["기능", "용도", "특징", "장점", "Pricing", "Use cases"]) expect(isLabel(label)).toBe(true);
    expect(isLabel("Amazon MQ")).toBe(false);
  });

  it("isComparison knows `X vs Y`, `X VS Y`, `A와 B 차이` and `비교`", () => {
    for (const title of ["ALB vs NLB", "Paas VS IaaS", "SQS와 SNS 차이", "S3 스토리지 클래스 비교", "EBS versus EFS"]) {
      expect(isComparison(title)).toBe(true);
    }
    expect(isComparison("Amazon VPC")).toBe(false);
    expect(isComparison("Canvas")).toBe(false);
  });

  it("isLatinName and isAcronym tell service names and acronyms from Korean phrases", () => {
    expect(isLatinName("Storage Gateway")).toBe(true);
    expect(isLatinName("전송 가속")).toBe(false);
    expect(isAcronym("SQS")).toBe(true);
    expect(isAcronym("IaaS")).toBe(true);
    expect(isAcronym("Lambda")).toBe(false);
    expect(isAcronym("X-Ray")).toBe(false);
  });

  it("isNameShaped refuses sentences and lists", () => {
    expect(isNameShaped("완전관리형 메시지 큐 서비스이다")).toBe(false);
    expect(isNameShaped("EC2, S3, RDS")).toBe(false);
    expect(isNameShaped("Amazon Route 53")).toBe(true);
  });
});

describe("classifyBlock", () => {
  it("makes a top-level bullet with children a term", () => {
    expect(roleOf(TOP, "- 스팟 인스턴스", "\t- 남는 용량을 싸게 사용")).toBe("term");
  });

  it("leaves a top-level bullet without children plain", () => {
    expect(roleOf(TOP, "- 오늘 공부한 내용")).toBe("plain");
  });

  it("makes a bullet whose children are all `Term : definition` a category", () => {
    expect(roleOf(TOP, "- 네트워크 서비스", "\t- VPC : 가상 네트워크", "\t- Route 53 : DNS")).toBe("category");
  });

  it("makes a comparison of a `vs` bullet with children", () => {
    expect(roleOf(TOP, "- EBS vs EFS", "\t- EBS", "\t\t- 블록")).toBe("comparison");
  });

  it("keeps a nested label plain and a nested Latin `X: …` a term", () => {
    expect(roleOf(NESTED, "- 용도: 로그 수집")).toBe("plain");
    expect(roleOf(NESTED, "- NAT Gateway: 프라이빗 서브넷의 외부 통신")).toBe("term");
  });

  it("keeps a nested Korean `X: …` plain unless pinned or among colon siblings", () => {
    expect(roleOf(NESTED, "- 보존 기간: 최대 14일")).toBe("plain");
    expect(roleOf(NESTED, "- 📌 보존 기간: 최대 14일")).toBe("term");
    expect(roleOf({ ...NESTED, siblingsAllColon: true }, "- 보존 기간: 최대 14일")).toBe("term");
  });

  it("keeps a gloss of the parent's name plain (`Pipeline:` under `AWS CodePipeline`)", () => {
    expect(roleOf({ ...NESTED, parentNames: ["aws codepipeline", "codepipeline"] }, "- Pipeline: 파이프라인")).toBe("plain");
  });

  it("makes each side of a comparison a term", () => {
    expect(roleOf({ ...NESTED, inComparison: true }, "- 보안 그룹", "\t- 상태 저장")).toBe("term");
  });
});

describe("classifyHeading", () => {
  const headingRole = (entriesBelow: number, ...lines: string[]): string => {
    const node = firstBlock(...lines);
    return classifyHeading(node, readNamedLine(node.text), () => entriesBelow);
  };

  it("makes a service heading a term", () => {
    expect(headingRole(0, "## Amazon EC2 (Elastic Compute Cloud)", "가상 서버")).toBe("term");
    expect(headingRole(0, "## CloudTrail", "API 호출 기록")).toBe("term");
  });

  it("makes a heading that gathers two or more entries a section", () => {
    expect(headingRole(2, "## 스토리지 정리", "- S3 : 객체", "- EBS : 블록")).toBe("section");
  });

  it("reads `AWS` or `Amazon` before Korean words as a category's name, not a service's, when it gathers entries", () => {
    expect(headingRole(2, "## AWS 메시징 서비스", "- Amazon SQS", "- Amazon SNS")).toBe("section");
    expect(headingRole(2, "## Amazon 데이터베이스", "- Aurora", "- DynamoDB")).toBe("section");
    // A service is a term whatever is below it, written in Korean or not.
    expect(headingRole(2, "## AWS Lambda", "- 트리거", "- 계층")).toBe("term");
    expect(headingRole(2, "## AWS 람다", "- 트리거", "- 계층")).toBe("term");
  });

  it("makes a label heading a section", () => {
    expect(headingRole(0, "## 요약", "오늘 배운 것")).toBe("section");
  });
});
