import { addExpansion, readAliases, spelledAcronym, splitSlashNames } from "../../../src/core/reading/aliases";
import { note, parse, termNamed } from "../../fixtures/notes/read-fixture";

describe("readAliases", () => {
  it("splits a parenthesised other name written with a space", () => {
    expect(readAliases("Elastic Load Balancing (ELB)")).toEqual({ name: "Elastic Load Balancing", aliases: ["ELB"] });
  });

  it("splits a parenthesised other name written without a space and adds the bare name", () => {
    expect(readAliases("Amazon RDS(Relational Database Service)")).toEqual({
      name: "Amazon RDS", aliases: ["Relational Database Service", "RDS"],
    });
  });

  it("accepts full-width parentheses", () => {
    expect(readAliases("Amazon SQS（Simple Queue Service）").aliases).toContain("Simple Queue Service");
  });

  it("fixes an acronym's casing from its expansion (`Paas(Platform as a Service)` → `PaaS`)", () => {
    expect(readAliases("Paas(Platform as a Service)")).toEqual({ name: "PaaS", aliases: ["Platform as a Service"] });
    expect(readAliases("Faas (Function as a Service)").name).toBe("FaaS");
  });

  it("leaves a name alone when the parentheses do not spell it", () => {
    expect(readAliases("Saas(Cloud Software)").name).toBe("Saas");
  });

  it("adds the name without `Amazon` or `AWS` as an alias", () => {
    expect(readAliases("AWS X-Ray")).toEqual({ name: "AWS X-Ray", aliases: ["X-Ray"] });
    expect(readAliases("Amazon Redshift").aliases).toEqual(["Redshift"]);
  });

  it("does not read a list in parentheses as another name", () => {
    expect(readAliases("데이터 레이크 (S3, Glue, Athena)")).toEqual({ name: "데이터 레이크 (S3, Glue, Athena)", aliases: [] });
  });

  it("never lists the name itself among its aliases", () => {
    expect(readAliases("VPC (vpc)").aliases).toEqual([]);
  });
});

describe("spelledAcronym", () => {
  it("returns the acronym in the expansion's casing when the initials spell it", () => {
    expect(spelledAcronym("IAAS", "Infrastructure as a Service")).toBe("IaaS");
    expect(spelledAcronym("AMI", "Amazon Machine Image")).toBe("AMI");
  });

  it("reads a digit as a repeat of the letter before it (`EC2` ← Elastic Compute Cloud)", () => {
    expect(spelledAcronym("EC2", "Elastic Compute Cloud")).toBe("EC2");
    expect(spelledAcronym("S3", "Simple Storage Service")).toBe("S3");
  });

  it("returns null for a phrase that does not spell it, a single word, or Korean", () => {
    expect(spelledAcronym("SQS", "Simple Notification Service")).toBeNull();
    expect(spelledAcronym("SQS", "Queue")).toBeNull();
    expect(spelledAcronym("SQS", "심플 큐 서비스")).toBeNull();
  });
});

describe("addExpansion", () => {
  it("adds the first definition line as an alias when its initials spell the acronym", () => {
    expect(addExpansion({ name: "AMI", aliases: [] }, "Amazon Machine Image")).toEqual({ name: "AMI", aliases: ["Amazon Machine Image"] });
  });

  it("uses the bare acronym of a prefixed name (`Amazon ECS` ← Elastic Container Service)", () => {
    expect(addExpansion({ name: "Amazon ECS", aliases: ["ECS"] }, "Elastic Container Service").aliases)
      .toEqual(["ECS", "Elastic Container Service"]);
  });

  it("adds nothing when the first line is an ordinary definition", () => {
    expect(addExpansion({ name: "AMI", aliases: [] }, "인스턴스를 만드는 템플릿")).toEqual({ name: "AMI", aliases: [] });
  });
});

describe("splitSlashNames", () => {
  it("splits `ECS/EKS` into two names and keeps `CI/CD` and `TCP/IP` whole", () => {
    expect(splitSlashNames("ECS/EKS")).toEqual(["ECS", "EKS"]);
    expect(splitSlashNames("CI/CD")).toEqual(["CI/CD"]);
    expect(splitSlashNames("TCP/IP")).toEqual(["TCP/IP"]);
  });
});

describe("aliases in a parsed note", () => {
  it("take the expansion only from the first definition line", () => {
    // Made-up services, so that no catalogue name stands in for the expansion read from the note.
    const parsed = parse(note("- Amazon QBS", "\t- Quick Block Store", "\t- 블록 스토리지", "- Amazon QFS", "\t- 파일 스토리지", "\t- Quick File System"));
    expect(termNamed(parsed, "Amazon QBS").aliases).toEqual(["QBS", "Quick Block Store"]);
    expect(termNamed(parsed, "Amazon QFS").aliases).toEqual(["QFS"]);
  });

  it("gain the catalogue's names for a known service, Korean names included", () => {
    const parsed = parse(note("- Amazon EBS", "\t- 블록 스토리지", "- 스팟 인스턴스", "\t- 남는 용량을 싸게 쓴다", "- AWS Lambda", "\t- 서버 없이 코드 실행"));
    expect(termNamed(parsed, "Amazon EBS").aliases).toEqual(expect.arrayContaining(["EBS", "Amazon Elastic Block Store"]));
    expect(termNamed(parsed, "스팟 인스턴스").aliases).toEqual(expect.arrayContaining(["Spot Instances"]));
    expect(termNamed(parsed, "AWS Lambda").aliases).toEqual(expect.arrayContaining(["Lambda", "람다"]));
  });
});
