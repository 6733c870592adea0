import { isAwsNote, mayBeAwsNote, type AwsNoteRules, type NoteFacts } from "../../../src/core/reading/aws-note";
import { countAwsServices, isAwsServiceName } from "../../../src/core/reading/aws-services";
import { note, parse, readFixture } from "../../fixtures/notes/read-fixture";

const AUTO: AwsNoteRules = { folders: [], tags: [], autoDetect: true };
const facts = (over: Partial<NoteFacts>): NoteFacts => ({ path: "Study/notes.md", tags: [], aliases: [], text: "", ...over });

describe("isAwsNote with folders or tags set", () => {
  const rules: AwsNoteRules = { folders: ["Cloud/AWS"], tags: ["saa"], autoDetect: true };

  it("takes notes in the folder and its subfolders", () => {
    expect(isAwsNote(facts({ path: "Cloud/AWS/EC2.md" }), rules)).toBe(true);
    expect(isAwsNote(facts({ path: "Cloud/AWS/SAA/VPC.md" }), rules)).toBe(true);
  });

  it("does not take a folder that only starts with the same letters", () => {
    expect(isAwsNote(facts({ path: "Cloud/AWS-old/EC2.md" }), rules)).toBe(false);
  });

  it("takes notes with the tag or a tag nested below it", () => {
    expect(isAwsNote(facts({ tags: ["saa"] }), rules)).toBe(true);
    expect(isAwsNote(facts({ tags: ["saa/network"] }), rules)).toBe(true);
    expect(isAwsNote(facts({ tags: ["saarland"] }), rules)).toBe(false);
  });

  it("matches folders and tags typed in one Unicode form against paths and tags synced in another", () => {
    const nfc = { folders: ["공부/클라우드"], tags: ["자격증"], autoDetect: false };
    expect(isAwsNote(facts({ path: "공부/클라우드/EC2.md".normalize("NFD") }), nfc)).toBe(true);
    expect(isAwsNote(facts({ tags: ["자격증/saa".normalize("NFD")] }), nfc)).toBe(true);
    expect(isAwsNote(facts({ path: "공부/클라우드/EC2.md" }), { ...nfc, folders: ["공부/클라우드".normalize("NFD")] })).toBe(true);
  });

  it("compares tags in any case, as Obsidian does", () => {
    expect(isAwsNote(facts({ tags: ["SAA/Network"] }), rules)).toBe(true);
  });

  it("lets only the folders and tags decide, even for a note that names AWS everywhere", () => {
    expect(isAwsNote(facts({ path: "AWS/EC2.md", tags: ["aws"], text: "EC2 S3 Lambda RDS" }), rules)).toBe(false);
  });
});

describe("isAwsNote detecting by itself", () => {
  it("takes a note whose path or title mentions AWS as a word", () => {
    expect(isAwsNote(facts({ path: "AWS/notes.md" }), AUTO)).toBe(true);
    expect(isAwsNote(facts({ path: "Study/aws-saa 정리.md" }), AUTO)).toBe(true);
    expect(isAwsNote(facts({ path: "Study/laws of physics.md" }), AUTO)).toBe(false);
  });

  it("takes a note whose tags or aliases mention AWS", () => {
    expect(isAwsNote(facts({ tags: ["cert/aws"] }), AUTO)).toBe(true);
    expect(isAwsNote(facts({ aliases: ["AWS 공부"] }), AUTO)).toBe(true);
  });

  it("takes a note that names three distinct AWS services, not two", () => {
    expect(isAwsNote(facts({ text: "EC2 인스턴스에서 S3로 백업하고 Lambda로 정리" }), AUTO)).toBe(true);
    expect(isAwsNote(facts({ text: "EC2 인스턴스에서 S3로 백업, EC2 재시작" }), AUTO)).toBe(false);
  });

  it("does not count common words that are also service names (Config, Connect, Batch, Backup)", () => {
    expect(isAwsNote(facts({ text: "Config Connect Batch Backup" }), AUTO)).toBe(false);
  });

  it("takes nothing when detection is off and no folder or tag is set", () => {
    expect(isAwsNote(facts({ path: "AWS/EC2.md", text: "EC2 S3 Lambda" }), { ...AUTO, autoDetect: false })).toBe(false);
  });
});

describe("aws-services", () => {
  it("recognises service names with and without their prefix", () => {
    expect(isAwsServiceName("Amazon CloudFront")).toBe(true);
    expect(isAwsServiceName("Step Functions")).toBe(true);
    expect(isAwsServiceName("Kubernetes")).toBe(false);
  });

  it("counts multi-word services once and stops at the number asked for", () => {
    expect(countAwsServices("Direct Connect 와 Transit Gateway 그리고 Route 53", 10)).toBe(3);
    expect(countAwsServices("EC2 EC2 EC2", 10)).toBe(1);
    // One service under two of its names is still one service.
    expect(countAwsServices("Virtual Private Cloud (VPC), Route 53 and Route53", 10)).toBe(2);
    // An ordinary word alone (`Config`, `Batch`) names no service.
    expect(countAwsServices("Batch jobs read the Config file", 10)).toBe(0);
    expect(countAwsServices("EC2 S3 RDS SQS SNS", 3)).toBe(3);
  });
});

describe("parseNote and AWS notes", () => {
  it("does not index a recipes note, however many highlights it has", () => {
    const parsed = parse(readFixture("recipes.md"), "Personal/김치찌개.md");
    expect(parsed.aws).toBe(false);
    expect(parsed.terms).toEqual([]);
    expect(parsed.highlights).toEqual([]);
    expect(parsed.tags).toEqual(["cooking"]);
  });

  it("indexes the same recipes note when the user puts its folder in the settings", () => {
    const parsed = parse(readFixture("recipes.md"), "Personal/김치찌개.md", { folders: ["Personal"] });
    expect(parsed.aws).toBe(true);
    expect(parsed.highlights.length).toBeGreaterThan(0);
  });

  it("detects a note by three services in its prose but not in its code blocks", () => {
    expect(parse(note("- Amazon EC2", "\t- S3에 저장하고 Lambda로 처리"), "Study/compute.md").aws).toBe(true);
    expect(parse(note("```", "EC2 S3 Lambda", "```", "- 메모", "\t- 내용"), "Study/compute.md").aws).toBe(false);
  });

  it("detects a note by a frontmatter tag or alias, or a body tag", () => {
    expect(parse(note("---", "tags: [cloud/aws]", "---", "- 메모"), "Study/x.md").aws).toBe(true);
    expect(parse(note("---", "aliases:", "  - AWS 요약", "---", "- 메모"), "Study/x.md").aws).toBe(true);
    expect(parse(note("#aws 공부", "- 메모"), "Study/x.md").aws).toBe(true);
  });

  it("does not read a Highlightr colour as a tag", () => {
    const parsed = parse(note("- Amazon S3", "\t- 객체 <mark style=\"background: #FFF3A3A6;\">스토리지</mark> #aws/storage"));
    expect(parsed.tags).toEqual(["aws/storage"]);
  });
});

describe("isAwsNote on full-width letters", () => {
  it("reads `ＡＷＳ` and full-width service names as their ASCII forms", () => {
    expect(isAwsNote(facts({ path: "Study/ＡＷＳ 정리.md" }), AUTO)).toBe(true);
    expect(isAwsNote(facts({ text: "Ｌａｍｂｄａ 와 ＥＣ２ 그리고 Ｓ３ 비교" }), AUTO)).toBe(true);
    expect(isAwsNote(facts({ text: "ｃａｆｅ 메뉴 정리" }), AUTO)).toBe(false);
  });
});

describe("mayBeAwsNote: which notes need not be read at all", () => {
  const rules = (folders: string[], tags: string[]): AwsNoteRules => ({ folders, tags, autoDetect: true });
  const paths = ["AWS/SAA/EC2.md", "AWS.md", "Inbox/메모.md", "aws/소문자.md", "AWS/SAA.md"];
  const tagSets: (string[] | null)[] = [null, [], ["#aws"], ["#aws/ec2"], ["#AWS"], ["#food"]];
  const ruleSets = [rules([], []), rules(["AWS"], []), rules([], ["aws"]), rules(["AWS/SAA"], ["aws"])];

  it("never skips a note that the folder and tag rules would take", () => {
    for (const r of ruleSets) {
      for (const path of paths) {
        for (const tags of tagSets) {
          if (mayBeAwsNote(path, tags, r)) continue;
          const facts: NoteFacts = { path, tags: (tags ?? []).map((t) => t.slice(1)), aliases: [], text: "EC2 S3 SQS Lambda" };
          expect([r, path, tags, isAwsNote(facts, r)]).toEqual([r, path, tags, false]);
        }
      }
    }
  });

  it("skips notes outside the folders whose known tags match none, and reads everything without folders or tags", () => {
    expect(mayBeAwsNote("Inbox/메모.md", ["#food"], rules(["AWS"], ["aws"]))).toBe(false);
    expect(mayBeAwsNote("Inbox/메모.md", [], rules(["AWS"], []))).toBe(false);
    expect(mayBeAwsNote("Inbox/메모.md", null, rules(["AWS"], ["aws"]))).toBe(true);
    expect(mayBeAwsNote("Inbox/메모.md", ["#AWS/ec2"], rules([], ["aws"]))).toBe(true);
    expect(mayBeAwsNote("Diary/일기.md", [], rules([], []))).toBe(true);
  });
});
