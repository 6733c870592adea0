import { note, parse, readFixture, termNamed, termNames } from "../../fixtures/notes/read-fixture";

describe("parseNote reads the entries of a bullet-style note", () => {
  const parsed = parse(readFixture("storage-and-messaging.md"));

  describe("a top-level bullet with nested bullets", () => {
    it("is a term whose nested lines are its definition, as plain text", () => {
      const term = termNamed(parsed, "Amazon CloudWatch");
      expect(term.definition).toEqual([
        "AWS 리소스와 애플리케이션의 지표와 로그를 모으는 모니터링 서비스",
        "경보를 설정해 임계값을 넘으면 알림",
      ]);
      expect(term.line).toBe(1);
      expect(term.lines).toEqual({ from: 1, to: 3 });
    });

    it("ends where the next entry starts", () => {
      expect(termNamed(parsed, "AWS Step Functions").lines).toEqual({ from: 5, to: 6 });
    });
  });

  describe("`Term : definition` lists", () => {
    it("makes each line its own term, with or without a space before the colon", () => {
      for (const name of ["Amazon S3", "EBS", "Glacier", "Storage Gateway", "Route 53", "IAM"]) {
        expect(termNames(parsed)).toContain(name);
      }
      expect(termNamed(parsed, "Storage Gateway").definition).toEqual(["온프레미스와 AWS 스토리지를 잇는 하이브리드 서비스"]);
      expect(termNamed(parsed, "IAM").definition).toEqual(["권한 관리"]);
    });

    it("does not make the category above the list a term, whether it has its own definition or not", () => {
      expect(termNames(parsed)).not.toContain("주요 스토리지 서비스");
      expect(termNames(parsed)).not.toContain("스토리지가 아닌 예시");
    });

    it("keeps an emoji inside a definition: the ❌ is the point of the line", () => {
      expect(termNamed(parsed, "Route 53").definition).toEqual(["DNS 서비스, 데이터 저장 ❌"]);
    });

    it("drops a highlight's markup from a name written `==Glacier== : …`", () => {
      expect(termNamed(parsed, "Glacier").definition).toEqual(["아카이브용 저가 스토리지"]);
    });
  });

  describe("comparisons", () => {
    it("are not terms, but each side under them is a term with its own definition (`SQS와 SNS 차이`)", () => {
      expect(termNames(parsed)).not.toContain("SQS와 SNS 차이");
      expect(termNamed(parsed, "SQS").definition).toEqual(["메시지를 큐에 쌓아 두고 소비자가 가져감 (pull)"]);
      expect(termNamed(parsed, "SNS").definition).toEqual(["구독자에게 메시지를 밀어줌 (push)"]);
    });

    it("read `X vs Y` the same way", () => {
      expect(termNames(parsed)).not.toContain("ALB vs NLB");
      expect(termNamed(parsed, "ALB").definition).toEqual(["7계층 로드 밸런서"]);
      expect(termNamed(parsed, "NLB").definition).toEqual(["4계층 로드 밸런서"]);
    });

    it("leave a Korean label inside the comparison (`전달 방식: …`) as a plain line", () => {
      expect(termNames(parsed)).not.toContain("전달 방식");
    });

    it("read `Paas VS IaaS` with an upper-case VS as a comparison too", () => {
      const text = note("- Saas VS Paas", "\t- SaaS", "\t\t- 완성품 제공", "\t- PaaS", "\t\t- 런타임 제공");
      expect(termNames(parse(text))).toEqual(["SaaS", "PaaS"]);
    });
  });

  describe("pinned sub-terms inside an entry", () => {
    it("make `📌 **캐시 적중률**이란? …` a term named without the pin, the bold or the question", () => {
      expect(termNamed(parsed, "캐시 적중률").definition).toEqual(["요청 중 캐시에서 바로 응답한 비율"]);
    });

    it("make `📌 TTL:` a term whose children are its definition, with the expansion as an alias", () => {
      const ttl = termNamed(parsed, "TTL");
      expect(ttl.aliases).toEqual(["Time To Live"]);
      expect(ttl.definition).toEqual(["Time To Live", "캐시 항목이 만료되기까지의 시간"]);
      expect(ttl.lines).toEqual({ from: 33, to: 35 });
    });

    it("keep the pinned lines in the enclosing entry's definition as well", () => {
      expect(termNamed(parsed, "Amazon ElastiCache").definition).toContain("캐시 항목이 만료되기까지의 시간");
    });
  });

  describe("labels inside an entry", () => {
    it("are not terms: `기능: …`, `용도: …` and `특징:` with children", () => {
      for (const label of ["기능", "용도", "특징"]) expect(termNames(parsed)).not.toContain(label);
    });

    it("stay in the entry's definition", () => {
      const sns = termNamed(parsed, "Amazon SNS");
      expect(sns.definition).toContain("기능: 이메일, SMS, HTTP 엔드포인트로 알림 발송");
      expect(sns.definition).toContain("메시지를 저장하지 않음");
    });

    it("become terms when the author pins or bolds them", () => {
      const text = note("- Amazon SNS", "\t- 📌 팬아웃: 한 메시지를 여러 구독자에게 복제", "\t- **구독**: 토픽을 받는 대상");
      expect(termNames(parse(text))).toEqual(["Amazon SNS", "팬아웃", "구독"]);
    });
  });

  describe("a nested `X: …` line", () => {
    it("is a term when X is Latin, like an acronym (`FIFO: …` under Amazon SNS)", () => {
      expect(termNamed(parsed, "FIFO").definition).toEqual(["순서를 보장하는 토픽 유형"]);
    });

    it("is not a term when it glosses the entry's own name (`Build: 빌드` under `AWS CodeBuild`)", () => {
      expect(termNames(parsed)).not.toContain("Build");
      expect(termNamed(parsed, "AWS CodeBuild").definition[0]).toBe("Build: 빌드");
    });

    it("is not a term when it is a Korean phrase among ordinary definition lines", () => {
      const text = note("- Amazon Aurora", "\t- 스토리지 구조: 3개 AZ에 6개 사본", "\t- MySQL 호환 관계형 DB");
      expect(termNames(parse(text))).toEqual(["Amazon Aurora"]);
    });
  });

  describe("a paragraph line directly above a list", () => {
    it("is read as that list's entry name (`Amazon EMR(…)` written without a bullet)", () => {
      const text = note("Amazon Athena(Serverless Query)", "- S3 데이터를 SQL로 조회", "\t- 쓴 만큼만 과금");
      const athena = termNamed(parse(text), "Amazon Athena");
      expect(athena.aliases).toEqual(expect.arrayContaining(["Serverless Query", "Athena"]));
      expect(athena.definition).toEqual(["S3 데이터를 SQL로 조회", "쓴 만큼만 과금"]);
    });

    it("does not pull an NBSP-indented entry after blank lines into the entry above it", () => {
      // The seed writes `\u00a0Amazon EMR(…)` one NBSP in, two blank lines after the previous entry.
      const text = note(
        "- Amazon Athena", "\t- 서버리스 쿼리 서비스", "\t- S3 직접 조회", "", "",
        "\u00a0Amazon Redshift(Redshift Cluster)", "\u00a0- 데이터 웨어하우스", "\t\u00a0- 컬럼 기반 저장",
      );
      const parsed2 = parse(text);
      expect(termNamed(parsed2, "Amazon Redshift").definition).toEqual(["데이터 웨어하우스", "컬럼 기반 저장"]);
      expect(termNamed(parsed2, "Amazon Athena").definition).toEqual(["서버리스 쿼리 서비스", "S3 직접 조회"]);
      expect(termNamed(parsed2, "Amazon Athena").lines).toEqual({ from: 1, to: 3 });
    });
  });

  describe("a `Term : definition` entry whose name glosses itself", () => {
    it("is one term, not a second term for the bare name (`Kinesis: 움직임` under `Amazon Kinesis`)", () => {
      const text = note("- Amazon Kinesis", "\t- Kinesis: 움직임", "\t- 실시간 스트리밍 데이터 수집");
      const parsed2 = parse(text);
      expect(termNames(parsed2)).toEqual(["Amazon Kinesis"]);
      expect(termNamed(parsed2, "Amazon Kinesis").definition).toEqual(["Kinesis: 움직임", "실시간 스트리밍 데이터 수집"]);
    });
  });

  describe("slash-separated names", () => {
    it("make two terms of `ECS/EKS : …` and keep `CI/CD` as one name", () => {
      const text = note("- 컨테이너 서비스", "\t- ECS/EKS : 컨테이너 실행", "\t- CI/CD : 지속적 통합과 배포");
      const names = termNames(parse(text));
      expect(names).toEqual(expect.arrayContaining(["ECS", "EKS", "CI/CD"]));
      expect(names).not.toContain("ECS/EKS");
    });
  });
});

describe("names written as code", () => {
  const parsed = parse([
    "# DynamoDB 쓰기 API",
    "",
    "## 쓰기",
    "- `PutItem`: 새 항목을 만들거나 같은 키의 항목을 통째로 바꿈",
    "- `UpdateItem`: 항목의 일부 속성만 고침",
    "- `BatchWriteItem`",
    "\t- 한 번에 최대 25개 쓰기나 삭제",
    "",
    "## `aws dynamodb scan` 사용법",
    "- `aws dynamodb scan --table-name 주문`: 표 전체를 읽음",
    "- `--limit` 와 함께 쓰면 조금씩 읽음",
  ].join("\n"), "AWS/DynamoDB API.md");

  it("takes one identifier written as code, and nothing else, as an API call's name", () => {
    expect(termNames(parsed)).toEqual(expect.arrayContaining(["PutItem", "UpdateItem", "BatchWriteItem"]));
    expect(termNamed(parsed, "BatchWriteItem").definition).toEqual(["한 번에 최대 25개 쓰기나 삭제"]);
  });

  it("never takes a command, or code beside other words, as a name", () => {
    const names = termNames(parsed).join(" | ");
    expect(names).not.toMatch(/aws dynamodb|사용법|--limit/);
  });
});

describe("headings that point at the thing they are about", () => {
  const parsed = parse([
    "# Elastic Load Balancing",
    "",
    "## 설정 ([[Listener]])",
    "- 포트로 들어오는 연결 요청을 확인하는 프로세스",
    "",
    "## Routing configuration ([[Target Group|Target Groups]])",
    "- 요청을 보낼 대상들의 묶음",
    "",
    "## Amazon EC2 ([[EC2 요금]])",
    "- 가상 서버",
    "",
    "- (OLD) Classic Load Balancer",
    "\t- 예전 세대의 로드 밸런서",
    "- [New] Gateway Load Balancer",
    "\t- 방화벽 같은 가상 어플라이언스 앞에 둠",
  ].join("\n"), "AWS/ELB.md");

  it("takes the linked name when the words before the parentheses name a part of the note", () => {
    expect(termNamed(parsed, "Listener").definition).toEqual(["포트로 들어오는 연결 요청을 확인하는 프로세스"]);
    expect(termNamed(parsed, "Target Groups").definition).toEqual(["요청을 보낼 대상들의 묶음"]);
    expect(termNames(parsed)).not.toContain("설정");
    expect(termNames(parsed)).not.toContain("Routing configuration");
  });

  it("keeps a real name before a linked remark", () => {
    expect(termNames(parsed)).toContain("Amazon EC2");
  });

  it("drops a status put before a name", () => {
    expect(termNames(parsed)).toEqual(expect.arrayContaining(["Classic Load Balancer", "Gateway Load Balancer"]));
    expect(termNames(parsed).join(" ")).not.toMatch(/OLD|New\]/);
  });
});
