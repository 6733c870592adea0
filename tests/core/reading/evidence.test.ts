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

describe("parentheses after a name", () => {
  it("hold no alias when they hold a remark: a lower-case qualifier, a default, a count", () => {
    const parsed = parse(note(
      "## Capacity", "- Provisioned mode (default) : you plan the capacity", "- On-demand mode (recommended) : pay per request",
      "- 예약 인스턴스(기본값) : 1년 또는 3년 약정", "- 스토리지 클래스(6가지) : 접근 빈도에 따라 고른다",
    ));
    const aliases = parsed.terms.flatMap((t) => t.aliases);
    expect(aliases).not.toContain("default");
    expect(aliases).not.toContain("recommended");
    expect(aliases).not.toContain("기본값");
    expect(aliases).not.toContain("6가지");
  });

  it("make the rest of a Latin name into the full name, and keep acronyms and expansions as aliases", () => {
    const parsed = parse(note(
      "## File systems", "- FSx for Windows (File Server) : SMB shares", "- Simple Queue Service (SQS) : message queue",
      "- AWS EC2(Elastic Compute Cloud) : virtual servers",
    ));
    expect(termNamed(parsed, "FSx for Windows").aliases).toContain("FSx for Windows File Server");
    expect(termNamed(parsed, "FSx for Windows").aliases).not.toContain("File Server");
    expect(termNamed(parsed, "Simple Queue Service").aliases).toContain("SQS");
    expect(termNamed(parsed, "AWS EC2").aliases).toContain("Elastic Compute Cloud");
  });

  it("never join two unrelated terms that share a qualifier", () => {
    const parsed = parse(note("- Edge-optimized (default) : for global clients", "- Eventually consistent read (default) : may be stale"));
    expect(parsed.terms.every((t) => t.aliases.every((a) => a !== "default"))).toBe(true);
  });
});

describe("the vendor alone", () => {
  it("is never a term", () => {
    const parsed = parse(note("## 책임", "- AWS : 클라우드 인프라 자체", "- 고객 : 클라우드 안의 보안", "- 리전 : 지리적 영역"));
    expect(termNames(parsed)).not.toContain("AWS");
  });
});

describe("a name written in two scripts", () => {
  it("gives the first as the name and the other as an alias, whether joined by a dash or written side by side", () => {
    const parsed = parse(note(
      "## 보안", "### 공동 책임 모델 - Shared Responsibility Model", "- 보안은 AWS와 고객이 나눠 진다",
      "### AWS Cost Explorer - 비용 탐색기", "- 비용을 그래프로 본다", "### AWS Athena 아테나", "- S3 데이터를 SQL로 조회",
    ));
    expect(termNamed(parsed, "공동 책임 모델").aliases).toContain("Shared Responsibility Model");
    expect(termNamed(parsed, "AWS Cost Explorer").aliases).toContain("비용 탐색기");
    expect(termNamed(parsed, "AWS Athena").aliases).toContain("아테나");
  });

  it("keeps a dash inside one name whole", () => {
    const parsed = parse(note("- Egress-only Internet Gateway", "  - IPv6 전용 아웃바운드"));
    expect(termNames(parsed)).toContain("Egress-only Internet Gateway");
  });
});

describe("categories that name a kind of service", () => {
  it("are not terms, even written as headings inside a list", () => {
    const parsed = parse(note("- ##### 배포 관련 서비스", "\t- AWS CodeDeploy", "\t\t- 배포를 자동화", "\t- AWS Elastic Beanstalk", "\t\t- 앱을 올리면 환경을 만든다"));
    expect(termNames(parsed)).toEqual(expect.arrayContaining(["AWS CodeDeploy", "AWS Elastic Beanstalk"]));
    expect(termNames(parsed).join(" ")).not.toContain("서비스");
  });
});

describe("template headings", () => {
  it("that a vault repeats in every note (내용, 연결 문서, 참고 링크, FAQ, TOC) never become terms", () => {
    const parsed = parse(note(
      "## 내용", "- 람다를 VPC 안에서 실행하는 설정", "## 연결 문서", "- [[Lambda 기초]]", "## 참고 링크", "- https://example.com/docs",
      "## FAQ", "- 자주 묻는 질문", "## TOC", "- 목차",
    ), "AWS/lambda-vpc.md");
    expect(termNames(parsed).filter((n) => ["내용", "연결 문서", "참고 링크", "FAQ", "TOC"].includes(n))).toEqual([]);
  });
});
