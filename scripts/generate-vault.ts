/**
 * Deterministic benchmark data in our users' note styles: a large vault, term names, mixed prose and a review
 * history. Everything is a pure function of its arguments and a seed; callers write files themselves.
 */

/** One generated note: a vault-relative path with `/` and its full text. */
export interface GeneratedFile { path: string; text: string }

/** How large a vault to generate; `targetBytes` is the total UTF-8 size to reach (the vault ends at or just above it). */
export interface VaultOptions { notes: number; seed: number; targetBytes: number }

/** A review grade as a plain string; the review code converts it to its own type. */
export type GeneratedRating = "again" | "hard" | "good" | "easy";

/** One past review of a card; `time` is epoch milliseconds. */
export interface GeneratedReview { cardId: string; time: number; rating: GeneratedRating }

/** Which cards, over how many days from `start` (epoch ms), with which seed. */
export interface ReviewHistoryOptions { cardIds: readonly string[]; days: number; seed: number; start: number }

/** A seeded pseudo-random source; the generators never use `Math.random`. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
}

const DAY_MS = 86_400_000;
const COLORS = ["#FFF3A3A6", "#ADCCFFA6", "#BBFABBA6", "#FF5582A6", "#D2B3FFA6", "#ABF7F7A6"];
const NBSP = "\u00a0";

// Real service names; `=` gives the expansion the acronym stands for.
const REAL: readonly (readonly [string, string])[] = (
  "Amazon EC2=Elastic Compute Cloud|Amazon S3=Simple Storage Service|Amazon EBS=Elastic Block Store|Amazon EFS=Elastic File System|" +
  "Amazon RDS=Relational Database Service|Amazon SQS=Simple Queue Service|Amazon SNS=Simple Notification Service|Amazon SES=Simple Email Service|" +
  "Amazon ECS=Elastic Container Service|Amazon EKS=Elastic Kubernetes Service|Amazon ECR=Elastic Container Registry|Amazon EMR=Elastic MapReduce|" +
  "Amazon VPC=Virtual Private Cloud|AWS KMS=Key Management Service|AWS WAF=Web Application Firewall|AWS SAM=Serverless Application Model|" +
  "AWS DMS=Database Migration Service|AWS CDK=Cloud Development Kit|Amazon MQ|AWS Lambda|AWS Fargate|AWS Batch|Amazon Lightsail|" +
  "AWS Elastic Beanstalk|AWS Outposts|AWS Wavelength|AWS Local Zones|Amazon Aurora|Amazon DynamoDB|Amazon ElastiCache|Amazon Redshift|" +
  "Amazon Neptune|Amazon DocumentDB|Amazon Keyspaces|Amazon Timestream|Amazon Athena|AWS Glue|Amazon QuickSight|Amazon OpenSearch Service|" +
  "Amazon Kinesis|Amazon Data Firehose|AWS Lake Formation|Amazon CloudFront|Amazon Route 53|AWS Direct Connect|AWS Transit Gateway|" +
  "AWS Global Accelerator|Elastic Load Balancing|Amazon API Gateway|AWS PrivateLink|AWS Shield|Amazon GuardDuty|Amazon Inspector|Amazon Macie|" +
  "AWS Security Hub|Amazon Detective|AWS Secrets Manager|AWS Certificate Manager|Amazon Cognito|AWS Organizations|AWS Control Tower|AWS Config|" +
  "AWS CloudTrail|Amazon CloudWatch|AWS Systems Manager|AWS Trusted Advisor|AWS CloudFormation|AWS CodePipeline|AWS CodeBuild|AWS CodeDeploy|" +
  "AWS X-Ray|Amazon EventBridge|AWS Step Functions|AWS AppSync|AWS Amplify|Amazon SageMaker|Amazon Rekognition|Amazon Comprehend|Amazon Polly|" +
  "Amazon Transcribe|Amazon Translate|Amazon Lex|Amazon Textract|Amazon Bedrock|AWS Snowball|AWS Storage Gateway|AWS DataSync|AWS Backup|" +
  "Amazon FSx|Amazon S3 Glacier|AWS Transfer Family|AWS Cost Explorer|AWS Budgets|AWS Compute Optimizer|AWS Auto Scaling|AWS Directory Service|" +
  "AWS IAM Identity Center|AWS Resource Access Manager|Amazon WorkSpaces|AWS Migration Hub|AWS Elastic Disaster Recovery|Amazon Connect|" +
  "AWS IoT Core|AWS Firewall Manager|AWS Network Firewall|Amazon Managed Grafana"
)
  .split("|")
  .map((entry) => {
    const [name = entry, expansion = ""] = entry.split("=");
    return [name, expansion] as const;
  });

const WORDS_A = ("Nimbus|Kestrel|Harbor|Quartz|Beacon|Cobalt|Meridian|Summit|Lattice|Tidal|Granite|Falcon|Cinder|Orbit|Willow|Atlas|" +
  "Saffron|Vertex|Juniper|Ember|Pioneer|Cascade|Zephyr|Sable|Helix|Lumen|Onyx|Prairie|Tundra|Mosaic|Quill|Ridge|Solace|Talon|Umber|Vista|" +
  "Alder|Basalt|Cedar|Delta|Echo|Fjord|Glacier|Heron|Iris|Jasper|Koi|Lagoon|Maple|Nova|Opal|Pebble|Raven|Sierra|Topaz|Valley|Wren|Yarrow|Zenith|Coral").split("|");
const WORDS_B = ("Ledger|Relay|Vault|Stream|Gateway|Catalog|Mesh|Forge|Pulse|Registry|Index|Broker|Scheduler|Insights|Sync|Studio|" +
  "Guard|Pipeline|Cache|Console|Tracker|Router|Archive|Queue|Hub|Monitor|Builder|Lens|Signal|Compass|Depot|Engine|Fabric|Grid|Harvest|" +
  "Keeper|Loom|Matrix|Notary|Outpost|Portal|Radar|Sentinel|Tower|Weaver").split("|");
const KO_A = ("분산|전역|탄력적|관리형|실시간|서버리스|암호화|지역|예약|증분|병렬|비동기|고가용성|다중|임시|영구|계층형|이벤트|스트리밍|자동|" +
  "공유|전용|통합|중앙|정적|동적|보조|기본|외부|내부").split("|");
const KO_B = ("캐시|큐|게이트웨이|저장소|카탈로그|파이프라인|라우터|스냅샷|볼륨|클러스터|토픽|버킷|엔드포인트|복제본|정책|역할|워크플로|대시보드|로그|인덱스|" +
  "리스너|프록시|브로커|세션|터널|테이블|레지스트리|스케줄러|컨테이너|함수").split("|");
const KO_NOUN = ("메시지 큐|데이터 웨어하우스|객체 스토리지|인메모리 캐시|검색 엔진|워크플로 엔진|컨테이너 오케스트레이션|위협 탐지|키 관리|로그 분석|" +
  "DNS 라우팅|파일 스토리지|그래프 데이터베이스|스트리밍 데이터 처리|백업 자동화|가상 네트워크|블록 스토리지|부하 분산|권한 관리|비용 분석").split("|");
const EN_NOUN = ("message queue|data warehouse|object storage|in-memory cache|search engine|workflow engine|container orchestration|threat detection|" +
  "key management|log analytics|DNS routing|file storage|graph database|stream processing|backup automation|virtual network|block storage|" +
  "load balancing|access control|cost reporting").split("|");
const KO_DEF = ("완전관리형 {X} 서비스|여러 가용 영역에 데이터를 복제해서 내구성을 높임|사용한 만큼만 과금되는 서버리스 방식|온프레미스 환경과 AWS를 연결할 때 사용|" +
  "{T}와 같이 쓰면 구성이 간단해짐|트래픽이 몰려도 자동으로 확장|콘솔, CLI, SDK 어디서든 설정 가능|리전 단위 서비스라 다른 리전으로 복제하려면 따로 설정|" +
  "시험에서는 \"운영 오버헤드 최소\"라는 키워드와 같이 나옴|저장 데이터 암호화는 KMS 키로 관리|{T}보다 설정이 간단하지만 세밀한 제어는 어려움|" +
  "기존 애플리케이션을 거의 그대로 옮길 수 있음|대시보드에서 지표와 로그를 한 번에 확인|{X} 역할을 하는 핵심 구성 요소|장애가 나면 다른 가용 영역으로 자동 전환|" +
  "작은 팀도 인프라 관리 부담 없이 쓸 수 있음|{T} 이벤트를 받아서 후속 작업을 실행|요청이 많을수록 단가가 내려가는 요금 구조|" +
  "VPC 엔드포인트로 인터넷을 거치지 않고 접근|태그로 비용과 리소스를 구분해서 관리").split("|");
const EN_DEF = ("Fully managed {X} service|Scales automatically with traffic, no capacity planning|Pay only for what you use|" +
  "Often paired with {T} in exam answers|Replicates data across Availability Zones for durability|Configured from the console, the CLI or an SDK|" +
  "Regional service, so cross-Region copies need extra setup|Encryption at rest uses keys from KMS|Simpler than {T}, with less fine-grained control|" +
  "Lets existing applications move over with few changes|Acts as the {X} layer of the architecture|Fails over to another Availability Zone on its own|" +
  "Reacts to events from {T} and starts the next step|Private access through VPC endpoints, no internet path|Tags separate costs per team and project").split("|");
const KO_HL = "{H}{을} 제공하는 서비스|핵심은 {H}|한 줄 요약하면 {H}|{H} 기능이 시험에 자주 나옴|{T} 대신 {H}{을} 고르는 경우가 많음".split("|");
const EN_HL = "Provides {H} out of the box|The point to remember is {H}|In one line, {H}|Exam answers pick it for {H}".split("|");
const KO_LABEL = "기능|용도|특징|요금|주의".split("|");
const EN_LABEL = "Use case|Pricing|Limits|Note".split("|");
const KO_CATEGORY = "대표적인 컴퓨팅 서비스|스토리지 서비스 정리|데이터베이스 종류|보안 관련 서비스|네트워킹 서비스|분석 서비스 묶음|모니터링 도구|마이그레이션 도구".split("|");
const EN_CATEGORY = "Core compute services|Storage options|Database families|Security services|Networking building blocks|Analytics services".split("|");
const FOLDERS = "AWS/Compute|AWS/Storage|AWS/Database|AWS/Networking|AWS/Security|AWS/Analytics|AWS/SAA 기출|AWS/Study notes".split("|");
const DIARY = ("아침에 ==30분 걷기== 성공|점심은 ==김치볶음밥==, 계란 하나 추가|읽던 소설 ==3장까지== 읽음|" +
  "저녁에 <mark style=\"background: #FFF3A3A6;\">스트레칭 10분</mark>|주말에 ==화분 분갈이== 하기|장보기: 두부, 애호박, 대파").split("|");

/** Creates the seeded source every generator here draws from (a Weyl sequence through a 32-bit finaliser). */
export function createRandom(seed: number): Random {
  let state = (Math.trunc(Number.isFinite(seed) ? seed : 0) ^ 0x2545f491) >>> 0;
  const next = (): number => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return ((z ^ (z >>> 16)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * Math.max(0, n));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => items[int(items.length)] as T,
  };
}

/** Counts the UTF-8 bytes of a string without allocating. */
function countUtf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function hasFinalConsonant(word: string): boolean {
  const code = word.charCodeAt(word.length - 1);
  if (code >= 0xac00 && code <= 0xd7a3) return (code - 0xac00) % 28 !== 0;
  return /[bcdfgklmnpqrstx0-9]$/i.test(word);
}

function wordAt(words: readonly string[], index: number): string {
  return words[index % words.length] ?? "";
}

/** The synthetic name at `index`: distinct for every index, Korean for one in five. */
function nameSynthetic(index: number): string {
  const group = Math.floor(index / 5);
  if (index % 5 === 4) {
    const round = Math.floor(group / (KO_A.length * KO_B.length));
    const base = `${wordAt(KO_A, group)} ${wordAt(KO_B, Math.floor(group / KO_A.length))}`;
    return round > 0 ? `${base} ${round + 1}` : base;
  }
  // The prefix follows from the words but is not part of the identity: the index treats the bare name as an alias.
  const k = group * 4 + (index % 5);
  const a = k % WORDS_A.length;
  const b = Math.floor(k / WORDS_A.length) % WORDS_B.length;
  const round = Math.floor(k / (WORDS_A.length * WORDS_B.length));
  const base = `${(a + b + round) % 3 === 0 ? "AWS" : "Amazon"} ${wordAt(WORDS_A, a)} ${wordAt(WORDS_B, b)}`;
  return round > 0 ? `${base} ${round + 1}` : base;
}

/** Returns `count` distinct plausible term names (real services first in the mix, then synthetic English and Korean). */
export function generateTermNames(count: number, seed: number): string[] {
  const wanted = Math.max(0, Math.floor(Number.isFinite(count) ? count : 0));
  const rng = createRandom(seed);
  const names = new Set<string>();
  const real = REAL.map(([name]) => name);
  for (let i = real.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [real[i], real[j]] = [real[j] as string, real[i] as string];
  }
  for (const name of real.slice(0, Math.round(wanted * 0.3))) names.add(name);
  const space = Math.max(wanted * 4, 20_000);
  for (let tries = 0; names.size < wanted && tries < wanted * 20; tries++) names.add(nameSynthetic(rng.int(space)));
  for (let index = space; names.size < wanted; index++) names.add(nameSynthetic(index));
  return [...names];
}

/** What one note draws its terms from; shared by every note of a vault. */
interface NoteContext { rng: Random; korean: boolean; indent: string; marker: string; poolSize: number }

function drawTerm(ctx: NoteContext): { name: string; expansion: string } {
  if (ctx.rng.chance(0.25)) {
    const [name, expansion] = ctx.rng.pick(REAL);
    return { name, expansion };
  }
  const index = ctx.rng.int(ctx.poolSize);
  // English notes name English things: skip the Korean slot (every fifth index).
  return { name: nameSynthetic(!ctx.korean && index % 5 === 4 ? index + 1 : index), expansion: "" };
}

function fillTemplate(ctx: NoteContext, template: string): string {
  const nouns = ctx.korean ? KO_NOUN : EN_NOUN;
  return template.replace("{X}", ctx.rng.pick(nouns)).replace("{T}", drawTerm(ctx).name);
}

function writeHighlight(ctx: NoteContext, phrase: string, hint = true): string {
  const { rng } = ctx;
  if (rng.chance(0.45)) return `<mark style="background: ${rng.pick(COLORS)};">${phrase}</mark>`;
  return hint && rng.chance(0.05) ? `==${phrase}::${phrase.split(" ")[0] ?? ""}==` : `==${phrase}==`;
}

function writeDefinition(ctx: NoteContext, highlight: boolean): string {
  if (!highlight) {
    const templates = ctx.korean ? KO_DEF : EN_DEF;
    const first = ctx.rng.int(templates.length);
    const line = fillTemplate(ctx, templates[first] ?? "");
    if (!ctx.rng.chance(0.4)) return line;
    const second = fillTemplate(ctx, templates[(first + 1 + ctx.rng.int(templates.length - 1)) % templates.length] ?? "");
    return ctx.korean ? `${line}, ${second}` : `${line}; ${second.charAt(0).toLowerCase()}${second.slice(1)}`;
  }
  const phrase = ctx.rng.pick(ctx.korean ? KO_NOUN : EN_NOUN);
  const object = hasFinalConsonant(phrase) ? "을" : "를";
  return fillTemplate(ctx, ctx.rng.pick(ctx.korean ? KO_HL : EN_HL))
    .replace("{H}", writeHighlight(ctx, phrase))
    .replace("{을}", object);
}

function writeAliasName(ctx: NoteContext, name: string, expansion: string): string {
  if (expansion !== "" && ctx.rng.chance(0.5)) return ctx.rng.chance(0.7) ? `${name} (${expansion})` : `${name}(${expansion})`;
  return name;
}

function writeChildren(ctx: NoteContext, depth: number, lines: number, highlights: number): string[] {
  const pad = ctx.indent.repeat(depth);
  const out: string[] = [];
  for (let i = 0; i < lines; i++) out.push(`${pad}${ctx.marker} ${writeDefinition(ctx, i < highlights)}`);
  return out;
}

function writeBulletEntry(ctx: NoteContext): string[] {
  const { rng, indent, marker } = ctx;
  const term = drawTerm(ctx);
  const head = writeAliasName(ctx, term.name, term.expansion);
  const out = [`${marker} ${rng.chance(0.05) ? NBSP : ""}${head}`];
  if (term.expansion !== "" && head === term.name) out.push(`${indent}${marker} ${term.expansion}`);
  out.push(...writeChildren(ctx, 1, 2 + rng.int(4), rng.chance(0.3) ? 1 : 0));
  if (rng.chance(0.25)) {
    const labels = ctx.korean ? KO_LABEL : EN_LABEL;
    out.push(`${indent}${marker} ${rng.pick(labels)}: ${fillTemplate(ctx, rng.pick(ctx.korean ? KO_DEF : EN_DEF))}`);
  }
  if (rng.chance(0.2)) {
    const sub = drawTerm(ctx).name;
    const pinned = ctx.korean
      ? `📌 **${sub}**${hasFinalConsonant(sub) ? "이란" : "란"}? ${writeDefinition(ctx, rng.chance(0.2))}`
      : `📌 **${sub}**: ${writeDefinition(ctx, rng.chance(0.2))}`;
    // Four spaces under tab-indented siblings, as in the seed: the same depth at Obsidian's default tab width.
    out.push(`${indent === "\t" && rng.chance(0.3) ? "    " : indent}${marker} ${pinned}`);
  }
  return out;
}

function writeCategoryEntry(ctx: NoteContext): string[] {
  const { rng, marker } = ctx;
  const category = rng.pick(ctx.korean ? KO_CATEGORY : EN_CATEGORY);
  const out = [`${marker} ${rng.pick(["🔴 ", "🟢 ", ""])}${category} : ${fillTemplate(ctx, rng.pick(ctx.korean ? KO_DEF : EN_DEF))}`];
  const pad = rng.chance(0.5) ? "    " : ctx.indent;
  const count = 3 + rng.int(3);
  for (let i = 0; i < count; i++) {
    const name = drawTerm(ctx).name;
    const shown = rng.chance(0.08) ? `${writeHighlight(ctx, name, false)}${NBSP}:` : rng.chance(0.2) ? `${name}:` : `${name} :`;
    out.push(`${pad}${marker} ${shown} ${fillTemplate(ctx, rng.pick(ctx.korean ? KO_DEF : EN_DEF))}`);
  }
  return out;
}

function writeComparisonEntry(ctx: NoteContext): string[] {
  const { rng, indent, marker } = ctx;
  const a = drawTerm(ctx).name;
  const b = drawTerm(ctx).name;
  const title = ctx.korean && rng.chance(0.6) ? `${a}${hasFinalConsonant(a) ? "과" : "와"} ${b} 차이` : `${a} ${rng.pick(["vs", "VS"])} ${b}`;
  const out = [`${marker} ${title}`];
  for (const side of [a, b]) {
    out.push(`${indent}${marker} ${side}`);
    out.push(...writeChildren(ctx, 2, 2 + rng.int(2), rng.chance(0.2) ? 1 : 0));
  }
  return out;
}

function writeHeadingEntry(ctx: NoteContext): string[] {
  const { rng } = ctx;
  const term = drawTerm(ctx);
  const sentences = [writeDefinition(ctx, rng.chance(0.35))];
  for (let i = 0, n = 1 + rng.int(3); i < n; i++) sentences.push(writeDefinition(ctx, false));
  const prose = sentences.join(". ") + ".";
  const out = [`## ${writeAliasName(ctx, term.name, term.expansion)}`, prose, ""];
  for (let i = 0, n = rng.int(3); i < n; i++) out.push(`${ctx.marker} ${writeDefinition(ctx, false)}`);
  if (rng.chance(0.35)) out.push("", `> [!${rng.pick(["note", "tip", "warning"])}]`, `> ${writeDefinition(ctx, rng.chance(0.4))}`);
  return out;
}

function writeNbspEntry(ctx: NoteContext): string[] {
  const term = drawTerm(ctx);
  const head = term.expansion === "" ? term.name : `${term.name}(${term.expansion})`;
  return [`${NBSP}${head}`, `${NBSP}- ${writeDefinition(ctx, ctx.rng.chance(0.3))}`, `\t${NBSP}- ${writeDefinition(ctx, false)}`];
}

function writeExtras(ctx: NoteContext): string[] {
  const { rng } = ctx;
  const kind = rng.int(4);
  if (kind === 0) return ["```bash", `aws s3 ls s3://bucket-${rng.int(1000)} # ==not a highlight==`, "```"];
  if (kind === 1) return [`<!-- ==숨긴 메모 ${rng.int(100)}== -->`];
  if (kind === 2) return [`%% ==${ctx.korean ? "나중에 다시 보기" : "revisit later"}== %%`];
  return [`${ctx.korean ? "확인할 때는" : "Check it with"} \`aws ec2 describe-instances --query "==x=="\``];
}

/** Options for one note; `poolSize` is how many synthetic names the vault draws from. */
export interface NoteOptions { seed: number; index: number; bytes: number; poolSize?: number }

function mixSeed(seed: number, index: number): number {
  return (Math.imul(Math.trunc(seed) ^ 0x5bd1e995, 0x9e3779b1) + Math.imul(index + 1, 0x85ebca77)) >>> 0;
}

/** Generates one note of about `bytes` UTF-8 bytes (never empty); the same options give the same note. */
export function generateNote(options: NoteOptions): GeneratedFile {
  const rng = createRandom(mixSeed(options.seed, options.index));
  const budget = Number.isFinite(options.bytes) ? options.bytes : 0;
  const number = String(options.index).padStart(5, "0");
  if (rng.chance(0.02)) {
    // A diary note full of highlights that is not about AWS: the index must leave it out.
    const lines = ["## 오늘 메모"];
    for (let bytes = 0; bytes < budget || lines.length < 3; bytes += countUtf8Bytes(lines[lines.length - 1] ?? "") + 1) {
      lines.push(`- ${rng.pick(DIARY)}`);
    }
    return { path: `Personal/일기 ${number}.md`, text: lines.join("\n") + "\n" };
  }
  const korean = rng.chance(0.7);
  const ctx: NoteContext = {
    rng,
    korean,
    indent: rng.pick(korean ? ["\t", "\t", "\t", "    "] : ["\t", "    ", "  "]),
    marker: korean ? "-" : rng.pick(["-", "-", "*", "+"]),
    poolSize: Math.max(1, Math.floor(options.poolSize ?? 14_000)),
  };
  const headings = rng.chance(0.2);
  const parts: string[] = [];
  if (rng.chance(0.3)) parts.push("---", `tags: [aws, ${rng.pick(["saa", "dva", "clf", "study"])}]`, "---", "");
  if (rng.chance(0.2)) parts.push(`# ${rng.pick(ctx.korean ? KO_CATEGORY : EN_CATEGORY)} ${number}`, "");
  let bytes = countUtf8Bytes(parts.join("\n"));
  do {
    const roll = rng.next();
    const entry = headings
      ? roll < 0.8 ? writeHeadingEntry(ctx) : writeBulletEntry(ctx)
      : roll < 0.66 ? writeBulletEntry(ctx) : roll < 0.76 ? writeCategoryEntry(ctx) : roll < 0.86 ? writeComparisonEntry(ctx)
        : roll < 0.92 ? writeNbspEntry(ctx) : writeExtras(ctx);
    if (rng.chance(0.04)) entry.push("", "---");
    entry.push("");
    parts.push(...entry);
    bytes += countUtf8Bytes(entry.join("\n")) + 1;
  } while (bytes < budget);
  let text = parts.join("\n") + "\n";
  if (rng.chance(0.05)) text = text.replace(/\n/g, "\r\n");
  if (rng.chance(0.02)) text = "\ufeff" + text;
  const folder = rng.pick(FOLDERS);
  return { path: `${folder}/${ctx.korean ? "정리" : "Notes"} ${number}.md`, text };
}

/** Generates a whole vault: `notes` notes whose total UTF-8 size reaches `targetBytes`, sizes varying by note. */
export function generateVault(options: VaultOptions): GeneratedFile[] {
  const notes = Math.max(0, Math.floor(Number.isFinite(options.notes) ? options.notes : 0));
  const target = Math.max(0, Number.isFinite(options.targetBytes) ? options.targetBytes : 0);
  const sizes = createRandom(mixSeed(options.seed, -1));
  const poolSize = Math.max(500, Math.round(notes * 2.8));
  const files: GeneratedFile[] = [];
  let written = 0;
  for (let index = 0; index < notes; index++) {
    const left = notes - index;
    const share = Math.max(0, target - written) / left;
    const bytes = left === 1 ? share : share * (0.4 + sizes.next() * 1.2);
    const file = generateNote({ seed: options.seed, index, bytes, poolSize });
    written += countUtf8Bytes(file.text);
    files.push(file);
  }
  return files;
}

const KO_SENTENCE = ("오늘은 {N}{을} 다시 정리했다|{N}{은} 생각보다 설정이 간단했다|운영 환경에서는 {N}{와} {M}{을} 같이 쓴다|" +
  "비용을 줄이려고 {N} 대신 다른 방법을 찾아봤다|{N}에서 로그를 모아 대시보드로 확인한다|시험 문제에 {N}{이} 정답으로 자주 나온다|" +
  "팀 회의에서 아키텍처 리뷰를 했다|마이그레이션 계획을 다시 세웠다|{N} 관련 문서를 읽고 요약했다").split("|");
const EN_SENTENCE = ("We moved the nightly jobs to {N} last week|{N} sits in front of {M} in the reference design|" +
  "The team reviewed the architecture again|Costs dropped after tuning {N}|Logs from {N} end up in one dashboard|" +
  "Nobody remembered why the old cron box still existed|The exam question asked when to prefer {N} over {M}").split("|");

function attachParticle(rng: Random, name: string, withFinal: string, without: string): string {
  const code = name.charCodeAt(name.length - 1);
  const hangul = code >= 0xac00 && code <= 0xd7a3;
  return name + (hangul ? (hasFinalConsonant(name) ? withFinal : without) : rng.chance(0.5) ? withFinal : without);
}

/** Generates at least `bytes` UTF-8 bytes of mixed Korean/English prose mentioning some of `names` (with particles). */
export function generateMixedText(bytes: number, names: readonly string[], seed: number): string {
  const rng = createRandom(seed);
  const target = Math.max(0, Number.isFinite(bytes) ? bytes : 0);
  const pieces: string[] = [];
  let size = 0;
  const nameOr = (fallback: string): string => (names.length === 0 ? fallback : rng.pick(names));
  while (size < target) {
    const korean = rng.chance(0.6);
    let sentence = rng.pick(korean ? KO_SENTENCE : EN_SENTENCE);
    sentence = sentence.replace(/\{([NM])\}(?:\{(을|은|와|이)\})?/g, (_match, _slot: string, particle?: string) => {
      const name = nameOr(korean ? "서버" : "the service");
      if (particle === "을") return attachParticle(rng, name, "을", "를");
      if (particle === "은") return attachParticle(rng, name, "은", "는");
      if (particle === "와") return attachParticle(rng, name, "과", "와");
      if (particle === "이") return attachParticle(rng, name, "이", "가");
      return name;
    });
    const piece = sentence + (rng.chance(0.1) ? ".\n\n" : ". ");
    pieces.push(piece);
    size += countUtf8Bytes(piece);
  }
  return pieces.join("");
}

const RATINGS: readonly GeneratedRating[] = ["again", "hard", "good", "easy"];

/** Generates a plausible year of reviews per card (growing intervals, lapses), in time order. */
export function generateReviewHistory(options: ReviewHistoryOptions): GeneratedReview[] {
  const rng = createRandom(options.seed);
  const days = Math.max(0, Math.floor(Number.isFinite(options.days) ? options.days : 0));
  const start = Number.isFinite(options.start) ? options.start : 0;
  const byDay: GeneratedReview[][] = Array.from({ length: days }, () => []);
  for (const cardId of options.cardIds) {
    let day = rng.int(Math.max(1, Math.floor(days * 0.8)));
    let interval = 1;
    while (day < days) {
      const roll = rng.next();
      const rating = RATINGS[roll < 0.1 ? 0 : roll < 0.25 ? 1 : roll < 0.85 ? 2 : 3] as GeneratedRating;
      const time = start + day * DAY_MS + (8 + rng.int(14)) * 3_600_000 + rng.int(3_600_000);
      byDay[day]?.push({ cardId, time, rating });
      interval = rating === "again" ? 1 : Math.ceil(interval * (rating === "hard" ? 1.2 : rating === "good" ? 2.5 : 3.5));
      day += interval;
    }
  }
  // Sorting day by day keeps the whole history in time order at a fraction of one global sort.
  return byDay.flatMap((reviews) => reviews.sort((a, b) => a.time - b.time));
}
