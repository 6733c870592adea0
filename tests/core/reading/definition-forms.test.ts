import { note, parse, termNamed, termNames } from "../../fixtures/notes/read-fixture";

describe("the ways a student defines a name", () => {
  it("reads a sentence about a bold or highlighted name as its definition, with or without an article", () => {
    const parsed = parse(note(
      "# Containers on AWS", "The **Amazon Elastic Container Registry (Amazon ECR)** is a managed image registry.",
      "**Pods** are the smallest deployable units.", "<mark>서버리스</mark>란 서버를 관리하지 않는 방식이다.",
    ));
    expect(termNamed(parsed, "Amazon Elastic Container Registry").aliases).toContain("Amazon ECR");
    expect(termNamed(parsed, "Pods").definition[0]).toBe("Pods are the smallest deployable units.");
    expect(termNames(parsed)).toContain("서버리스");
  });

  it("reads a Korean sentence whose subject is a name written in Latin letters", () => {
    const parsed = parse(note(
      "## 캐시", "- Memcached는 단순한 키-값 캐시로 멀티 스레드를 쓴다", "- Redis Cluster Mode는 샤드를 나눈다",
      "- 캐시는 자주 읽는 값을 메모리에 둔다", "- 1년 또는 3년 약정을 고른다", "- AWS에서 제공하는 캐시 서비스다",
    ), "AWS/cache.md");
    expect(termNamed(parsed, "Memcached").definition[0]).toContain("멀티 스레드");
    expect(termNames(parsed)).toEqual(["Memcached", "Redis Cluster Mode"]);
  });

  it("reads `Name -> definition` and an answer after `A:`", () => {
    const parsed = parse(note(
      "## 로드 밸런서", "- Application Load Balancer -> HTTP 요청 내용으로 라우팅 (7계층)", "- Network Load Balancer → TCP/UDP (4계층)",
      "## FAQ", "Q: What is Amazon ECS?", "A: **Amazon ECS** is a container orchestration service.",
    ));
    expect(termNamed(parsed, "Application Load Balancer").definition[0]).toBe("HTTP 요청 내용으로 라우팅 (7계층)");
    expect(termNames(parsed)).toContain("Network Load Balancer");
    expect(termNamed(parsed, "Amazon ECS").definition[0]).toContain("container orchestration");
  });

  it("reads a comma before an acronym or a name in the other script as an alias", () => {
    const parsed = parse(note(
      "## 스토리지", "### 3.2 AWS Elastic Block Store, EBS", "- EC2에 붙이는 블록 스토리지",
      "### Amazon EC2 Spot Instances, 스팟 인스턴스", "- 남는 용량을 경매처럼 싸게 쓴다",
    ));
    expect(termNamed(parsed, "AWS Elastic Block Store").aliases).toContain("EBS");
    expect(termNamed(parsed, "Amazon EC2 Spot Instances").aliases).toContain("스팟 인스턴스");
  });

  it("reads paragraphs written `Name : definition` one after another as a list of terms", () => {
    const parsed = parse(note(
      "### 마이그레이션 전략", "- 가장 흔한 전략들이다", "", "1.리호스팅(Rehosting):그대로 옮긴다", "", "2.리플랫포밍(Replatforming) : 조금 고쳐 옮긴다",
      "", "3.재구매(Repurchasing) : SaaS로 바꾼다",
    ));
    expect(termNamed(parsed, "리호스팅").aliases).toContain("Rehosting");
    expect(termNames(parsed)).toEqual(expect.arrayContaining(["리플랫포밍", "재구매"]));
  });

  it("reads the children as terms when a line above them only describes them", () => {
    const parsed = parse(note(
      "- 실시간 스트리밍 수집", "  - Amazon Kinesis Data Streams", "    - 샤드 단위로 스트림을 저장", "  - Amazon Data Firehose",
      "    - 받은 스트림을 S3나 Redshift로 전달",
    ));
    expect(termNames(parsed)).toEqual(["Amazon Kinesis Data Streams", "Amazon Data Firehose"]);
  });
});

describe("tables", () => {
  it("show their rows as cells, never pipes, and define an emphasised first cell by the others", () => {
    const parsed = parse(note(
      "## 용량 단위", "| 단위 | 뜻 |", "| --- | --- |", "| **RCU** | 초당 읽기 4KB 한 번 |", "| **WCU** | 초당 쓰기 1KB 한 번 |", "| 기타 | 없음 |",
    ));
    expect(termNamed(parsed, "RCU").definition).toEqual(["초당 읽기 4KB 한 번"]);
    expect(termNames(parsed)).toContain("WCU");
    expect(termNames(parsed)).not.toContain("기타");
    expect(parsed.terms.flatMap((t) => t.definition).join(" ")).not.toMatch(/\|/);
  });

  it("define a linked name written before a dash in a cell, but no legend of short codes", () => {
    const parsed = parse(note(
      "| Type | Services |", "| --- | --- |", "| Graph | Amazon [[Neptune]] — graph database for connected data |",
      "| Letters | **g** – graphics<br>**Inf** – inference |",
    ));
    expect(termNamed(parsed, "Amazon Neptune").definition).toEqual(["graph database for connected data"]);
    expect(termNames(parsed)).not.toContain("Inf");
  });
});
