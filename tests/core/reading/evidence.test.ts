import { isWeakName, readsAsPhrase } from "../../../src/core/reading/evidence";
import { findSubject } from "../../../src/core/reading/subject";
import { note, parse, termNamed, termNames } from "../../fixtures/notes/read-fixture";

describe("names that read as steps, questions or clauses", () => {
  it("are never names: a question word, a verb first, a word left hanging, a Korean clause or two names joined", () => {
    for (const phrase of [
      "When cross-zone balancing is on", "Creating a cluster", "Using Launch Templates", "Metadata includes",
      "User sign-in through", "라우팅 테이블 설정", "재해 복구를 위한 방안", "최대 항목 크기는 400KB", "모놀리식 및 마이크로서비스",
      "Storage Options", "CLI commands", "Option 2", "예산 종류", "Lambda를 VPC에 넣어도 인터넷은 불가하다",
    ]) expect([phrase, readsAsPhrase(phrase)]).toEqual([phrase, true]);
  });

  it("leave real names alone, with `and` only where the catalogue knows the name", () => {
    for (const name of ["Internet Gateway", "Partition key + sort key", "AWS Identity and Access Management", "Write sharding", "Config Rules", "스팟 인스턴스"]) {
      expect([name, readsAsPhrase(name)]).toEqual([name, false]);
    }
  });
});

describe("weak names", () => {
  it("are one ordinary word that is no acronym, no product spelling and no known service", () => {
    expect(["Quotas", "Private", "보안", "노드", "Relational"].map(isWeakName)).toEqual([true, true, true, true, true]);
    expect(["SQS", "DynamoDB", "On-demand", "gp3", "Lambda", "서브넷", "Amazon Redshift"].map(isWeakName)).toEqual([false, false, false, false, false, false, false]);
  });
});

describe("what becomes a term in a note", () => {
  it("keeps labels and one-word headings about the thing out of the glossary", () => {
    const parsed = parse(note(
      "# Amazon Neptune", "Graph database service.", "## Quotas", "- Up to 15 read replicas", "## Pricing", "- Pay per instance hour",
      "## Regional", "- One region per cluster", "## Neptune Streams", "- Change log of the graph",
    ));
    expect(termNames(parsed)).toEqual(["Amazon Neptune", "Neptune Streams"]);
  });

  it("reads what a note lists under a facet label as features of the entry above, not as new terms", () => {
    const parsed = parse(note(
      "# NAT 게이트웨이", "프라이빗 서브넷의 인스턴스가 인터넷으로 나가게 한다.", "## 특징", "### 고가용성", "- 가용 영역 안에서 중복 구현",
      "### 확장성", "- 대역폭이 자동으로 늘어난다", "## Use case", "- **패치 내려받기**", "  - 사설 서버가 업데이트를 받는다",
    ));
    expect(termNames(parsed)).toEqual(["NAT 게이트웨이"]);
    expect(termNamed(parsed, "NAT 게이트웨이").aliases).toEqual(expect.arrayContaining(["NAT Gateway"]));
  });

  it("keeps a one-word name that the note links, bolds or lists as `Term : definition`", () => {
    const parsed = parse(note(
      "## 네트워크 용어", "- 서브넷 : VPC 안의 IP 주소 범위", "- 라우터 : 트래픽 길잡이", "## [[Router]]", "- Directs traffic between subnets",
      "- **Tenancy**", "  - Who shares the hardware",
    ));
    expect(termNames(parsed)).toEqual(expect.arrayContaining(["서브넷", "라우터", "Router", "Tenancy"]));
  });

  it("never makes a term of a `Key: value` property inside another entry", () => {
    const parsed = parse(note("- Amazon EKS", "  - 서비스: 컨테이너 오케스트레이션", "  - 비용: 클러스터당 시간 요금"));
    expect(termNames(parsed)).toEqual(["Amazon EKS"]);
  });

  it("drops section numbers and remarks so the service in a numbered heading is found", () => {
    const parsed = parse(note("## 3. 데이터베이스", "### 3.1 AWS Aurora  *중요*", "- MySQL, PostgreSQL 호환 관계형 DB"));
    const aurora = termNamed(parsed, "AWS Aurora");
    expect(aurora.aliases).toEqual(expect.arrayContaining(["Aurora", "Amazon Aurora", "오로라"]));
  });
});

describe("the note's own subject", () => {
  it("is found in a topic line, a title heading, the aliases or the file name", () => {
    expect(findSubject("untitled", [], ["주제 : AWS KMS", "- 키 관리"])?.entry.id).toBe("kms");
    expect(findSubject("untitled", [], ["# Amazon Cloudfront", "- CDN"])?.name).toBe("Amazon Cloudfront");
    expect(findSubject("untitled", ["NACL"], [])?.entry.id).toBe("network-acl");
    expect(findSubject("my-amazon-fsx-notes", [], [])?.name).toBe("Amazon FSx");
    expect(findSubject("dynamodb", [], [])?.entry.id).toBe("dynamodb");
    expect(findSubject("billing-notes", [], [])).toBeNull();
    expect(findSubject("docker volumes", [], [])).toBeNull();
  });

  it("becomes a term defined by the lines before the first heading, and makes a one-service note an AWS note", () => {
    const parsed = parse(note("- Serverless data warehouse.", "- Columnar storage.", "## Sizing", "- Up to petabytes"), "Notes/Amazon Redshift.md");
    expect(parsed.aws).toBe(true);
    expect(termNamed(parsed, "Amazon Redshift").definition).toEqual(["Serverless data warehouse.", "Columnar storage."]);
  });

  it("is not added twice when the note defines it already", () => {
    const parsed = parse(note("# AWS Lambda", "서버 없이 코드를 실행한다.", "## 제한", "- 최대 15분"), "Notes/aws-lambda.md");
    expect(termNames(parsed)).toEqual(["AWS Lambda"]);
  });
});
