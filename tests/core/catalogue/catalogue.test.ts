import { CATALOGUE, foldServiceName, lookupCatalogue, lookupKeysOf, namesOf } from "../../../src/core/catalogue/catalogue";
import type { CatalogueEntry, ServiceCategory } from "../../../src/core/catalogue/types";

const CATEGORIES: readonly ServiceCategory[] = [
  "Analytics", "Application Integration", "Blockchain", "Business Applications", "Cloud Financial Management", "Compute",
  "Containers", "Customer Enablement", "Database", "Developer Tools", "End User Computing", "Front-End Web & Mobile",
  "Game Tech", "Internet of Things", "Machine Learning", "Management & Governance", "Media Services", "Migration & Transfer",
  "Networking & Content Delivery", "Quantum Technologies", "Satellite", "Security, Identity & Compliance", "Storage",
];

/**
 * Pairs of entries allowed to share a folded name, because AWS itself uses the same name for both.
 * Empty: every shared name was resolved by giving it to one entry only.
 */
const SHARED_NAME_ALLOWED: readonly (readonly [string, string])[] = [];

const HANGUL = /[\uac00-\ud7a3]/u;
/** A Korean particle at the end of a name (`람다를`, `보안 그룹은`, `서브넷이`). */
const TRAILING_PARTICLE = /[을를은는이가의에와과도]$/u;
/** Loanwords that end in a particle's syllable without being one: gateway, Amplify, X-Ray, Deploy, standby. */
const PARTICLE_LOOKALIKES = ["게이트웨이", "앰플리파이", "엑스레이", "디플로이", "스탠바이"];

const services = CATALOGUE.filter((e) => e.kind === "service");
const concepts = CATALOGUE.filter((e) => e.kind === "concept");
const allStrings = (e: CatalogueEntry): string[] => [e.id, e.name, ...e.names, ...e.abbreviations, ...e.korean];

describe("the AWS catalogue", () => {
  it("gives every entry a kebab-case id, a name and a known category", () => {
    const bad = CATALOGUE.filter((e) => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(e.id) || e.name === "" || !CATEGORIES.includes(e.category)
      || (e.kind !== "service" && e.kind !== "concept"));
    expect(bad.map((e) => e.id)).toEqual([]);
  });

  it("never uses the same id twice", () => {
    const ids = CATALOGUE.map((e) => e.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it("has no empty names and no white space around or doubled inside a name", () => {
    const bad = CATALOGUE.flatMap(allStrings).filter((s) => s === "" || s !== s.trim() || /\s{2}/.test(s) || s !== s.normalize("NFC"));
    expect(bad).toEqual([]);
  });

  it("never repeats a name within one entry", () => {
    const bad = CATALOGUE.filter((e) => {
      const names = [e.name, ...e.names, ...e.abbreviations, ...e.korean];
      return new Set(names).size !== names.length;
    });
    expect(bad.map((e) => e.id)).toEqual([]);
  });

  it("keeps Korean names in Korean and English names out of the Korean list", () => {
    const bad = CATALOGUE.flatMap((e) => [
      ...e.korean.filter((k) => !HANGUL.test(k)),
      ...[e.name, ...e.names, ...e.abbreviations].filter((n) => HANGUL.test(n)),
    ]);
    expect(bad).toEqual([]);
  });

  it("writes Korean names without a particle at the end", () => {
    const bad = CATALOGUE.flatMap((e) => e.korean)
      .filter((k) => TRAILING_PARTICLE.test(k) && !PARTICLE_LOOKALIKES.some((word) => k.endsWith(word)));
    expect(bad).toEqual([]);
  });

  it("uses each allowed particle lookalike somewhere, so the allow-list stays honest", () => {
    const korean = CATALOGUE.flatMap((e) => e.korean);
    expect(PARTICLE_LOOKALIKES.filter((word) => !korean.some((k) => k.endsWith(word)))).toEqual([]);
  });

  it("never gives two entries the same folded name, abbreviation or prefix variant", () => {
    const owners = new Map<string, Set<string>>();
    for (const entry of CATALOGUE) {
      const { exact, derived } = lookupKeysOf(entry);
      for (const key of [...exact, ...derived]) owners.set(key, (owners.get(key) ?? new Set()).add(entry.id));
    }
    const allowed = new Set(SHARED_NAME_ALLOWED.map(([a, b]) => [a, b].sort().join("|")));
    const clashes = [...owners].filter(([, ids]) => ids.size > 1 && !allowed.has([...ids].sort().join("|")))
      .map(([key, ids]) => `${key}: ${[...ids].join(", ")}`);
    expect(clashes).toEqual([]);
  });

  it("holds at least 230 services and 80 concepts", () => {
    expect(services.length).toBeGreaterThanOrEqual(230);
    expect(concepts.length).toBeGreaterThanOrEqual(80);
  });

  it("has at least one service in every category", () => {
    expect(CATEGORIES.filter((c) => !services.some((e) => e.category === c))).toEqual([]);
  });
});

describe("foldServiceName", () => {
  it("lower-cases and drops white space, hyphens, underscores and dots", () => {
    expect(foldServiceName(" AWS  X-Ray_v2.0 ")).toBe("awsxrayv20");
    expect(foldServiceName("클라우드 프론트")).toBe(foldServiceName("클라우드프론트"));
  });

  it("composes decomposed Hangul before comparing", () => {
    expect(foldServiceName("람다".normalize("NFD"))).toBe("람다");
  });
});

describe("lookupCatalogue", () => {
  const idOf = (name: string): string | undefined => lookupCatalogue(name)?.id;

  it.each([
    ["AWS EC2", "ec2"], ["ec2", "ec2"], ["Amazon Lambda", "lambda"], ["람다", "lambda"], ["클라우드 프론트", "cloudfront"],
    ["다이나모DB", "dynamodb"], ["Kinesis Data Firehose", "data-firehose"], ["보안 그룹", "security-group"],
    ["NACL", "network-acl"], ["Spot Instances", "spot-instances"], ["스팟 인스턴스", "spot-instances"],
  ])("finds %s", (name, id) => {
    expect(idOf(name)).toBe(id);
  });

  it("finds old names students still write", () => {
    expect(idOf("Amazon Elasticsearch Service")).toBe("opensearch-service");
    expect(idOf("AWS SSO")).toBe("iam-identity-center");
    expect(idOf("AWS Server Migration Service")).toBe("server-migration-service");
    expect(idOf("Amazon CodeWhisperer")).toBe("q-developer");
  });

  it("accepts a name with the Amazon/AWS prefix added, dropped or swapped, in any spacing or case", () => {
    expect(idOf("Lambda")).toBe("lambda");
    expect(idOf("aws lambda")).toBe("lambda");
    expect(idOf("AWS S3")).toBe("s3");
    expect(idOf("Amazon Security Group")).toBe("security-group");
    expect(idOf("AWS  Route53")).toBe("route-53");
    expect(idOf("AWS 람다")).toBe("lambda");
  });

  it("finds every entry by each of its own names", () => {
    const misses = CATALOGUE.flatMap((e) => namesOf(e).filter((n) => lookupCatalogue(n) !== e).map((n) => `${e.id}: ${n}`));
    expect(misses).toEqual([]);
  });

  it.each(["서비스", "data", "Private", "네트워크", "", "AWS", "Amazon "])("finds nothing for %p", (name) => {
    expect(lookupCatalogue(name)).toBeUndefined();
  });
});

describe("namesOf", () => {
  it("lists the name, other names, abbreviations and Korean names once each", () => {
    const ec2 = lookupCatalogue("EC2");
    expect(ec2 && namesOf(ec2)).toEqual(["Amazon Elastic Compute Cloud", "Amazon EC2", "Elastic Compute Cloud", "EC2"]);
    const lambda = lookupCatalogue("Lambda");
    expect(lambda && namesOf(lambda)).toEqual(["AWS Lambda", "Lambda", "람다"]);
  });
});
