/**
 * Hostile notes (issue 7): the shapes a vault of pasted, exported and half-synced notes holds, each a pure function of
 * a size, plus one good note written in our users' style. Nothing here touches the disk; callers write files.
 */
import { seededRandom } from "../../src/core/random";

/** One hostile shape: `make(size)` returns a note of about `size` UTF-16 units. */
export interface HostileCase {
  name: string;
  /** What is hostile about it, for reports. */
  about: string;
  make: (size: number) => string;
  /** The size the unit tests use: large where the shape parses quickly, smaller where it is known to be slow. */
  testSize: number;
  /** True when an unclosed block legitimately hides everything after its opener. */
  hides?: boolean;
}

/** A note as a file: a vault-relative path with `/` and its text. */
export interface NoteFile {
  path: string;
  text: string;
}

/** The good note that must keep its terms and cards beside any hostile note. */
export const GOOD_NOTE: Readonly<{ path: string; text: string; terms: readonly string[]; answers: readonly string[] }> = {
  path: "AWS/good/Messaging.md",
  text: [
    "# 메시징 서비스 정리",
    "",
    "- Amazon SQS(Simple Queue Service)",
    "\t- 완전관리형 ==메시지 큐== 서비스",
    "\t- 메시지를 최대 <mark style=\"background: #FFF3A3A6;\">14일</mark> 동안 보관",
    "- Amazon SNS",
    "    - ==발행/구독== 방식의 알림 서비스",
    "- Amazon Kinesis : ==실시간 스트리밍== 데이터 처리",
    "",
  ].join("\n"),
  terms: ["Amazon SQS", "Amazon SNS", "Amazon Kinesis"],
  answers: ["메시지 큐", "14일", "발행/구독", "실시간 스트리밍"],
};

/** `count` random bytes decoded as UTF-8 (invalid sequences become U+FFFD), with lone surrogates mixed in. */
export function randomBinaryText(count: number, seed: number): string {
  const random = seededRandom(seed);
  const bytes = new Uint8Array(count);
  for (let i = 0; i < count; i++) bytes[i] = Math.floor(random() * 256);
  const decoded = new TextDecoder("utf-8").decode(bytes);
  let out = "";
  for (let i = 0; i < decoded.length; i += 64) {
    out += decoded.slice(i, i + 64);
    // A lone high or low surrogate, as a broken sync or a bad paste leaves behind.
    out += String.fromCharCode(random() < 0.5 ? 0xd800 + Math.floor(random() * 0x400) : 0xdc00 + Math.floor(random() * 0x400));
  }
  return out;
}

/** Repeats `unit` until the result reaches `size` units (at least once). */
const fill = (unit: string, size: number): string => unit.repeat(Math.max(1, Math.ceil(size / unit.length)));

/** Lines produced by `line(i)` until their total length reaches `size`. */
function linesUpTo(size: number, line: (i: number) => string): string[] {
  const out: string[] = [];
  let total = 0;
  for (let i = 0; total < size; i++) {
    const l = line(i);
    out.push(l);
    total += l.length + 1;
  }
  return out;
}

const WORDS = "데이터를 여러 가용 영역에 복제 S3 bucket 정책 ";
const ENTRY = "- Amazon S3\n\t- 객체 ==스토리지== 서비스\n";
/** Content an unclosed block hides: an entry and a highlight that must not be read. */
const HIDDEN = (size: number): string => linesUpTo(size, (i) => (i % 2 === 0 ? `- Amazon Hidden${i}` : `\t- ==숨은 강조 ${i}==`)).join("\n");

/** Every hostile shape of issue 7. */
export const HOSTILE_CASES: readonly HostileCase[] = [
  { name: "empty", about: "an empty file", make: () => "", testSize: 0 },
  { name: "bom-crlf", about: "a BOM and CRLF line endings", make: () => `\ufeff${GOOD_NOTE.text.replace(/\n/g, "\r\n")}`, testSize: 0 },
  { name: "lone-cr", about: "old Mac line endings (lone CR)", make: () => GOOD_NOTE.text.replace(/\n/g, "\r"), testSize: 0 },
  {
    name: "long-line", about: "a multi-megabyte single line of prose under an entry",
    make: (n) => `${ENTRY}\t- ${fill(WORDS, n)}\n`, testSize: 3_000_000,
  },
  {
    name: "long-definition", about: "a multi-megabyte `Term : definition` line with inline markup",
    make: (n) => `- Amazon S3 : ${fill("**객체** <b>저장</b> ~~취소~~ `code` ", n)}\n`, testSize: 2_000_000,
  },
  {
    name: "deep-tabs", about: "thousands of nesting levels indented with tabs",
    make: (n) => ["- Amazon S3", ...linesUpTo(n, (i) => `${"\t".repeat(i + 1)}- 단계 ==${i}==`)].join("\n"), testSize: 8_000_000,
  },
  {
    name: "deep-spaces", about: "thousands of nesting levels indented with spaces",
    make: (n) => ["- Amazon S3", ...linesUpTo(n, (i) => `${"  ".repeat(i + 1)}* 단계 ${i}`)].join("\n"), testSize: 8_000_000,
  },
  {
    name: "deep-quote-lines", about: "blockquotes nested one level deeper on every line",
    make: (n) => [ENTRY, ...linesUpTo(n, (i) => `${">".repeat(i + 1)} 인용 ${i}`)].join("\n"), testSize: 400_000,
  },
  {
    name: "deep-quote-run", about: "one line of thousands of `>` (a blockquote nested thousands deep)",
    make: (n) => `${ENTRY}${fill(">", n)} 인용\n`, testSize: 20_000,
  },
  {
    name: "highlights-lines", about: "tens of thousands of highlights, one per line, under many entries",
    make: (n) => linesUpTo(n, (i) => (i % 50 === 0 ? `- Amazon Service${i / 50}` : `\t- ==답 ${i}== 설명 ${i}`)).join("\n"),
    testSize: 1_100_000,
  },
  {
    name: "highlights-one-line", about: "thousands of highlights on one line",
    make: (n) => `- Amazon S3\n\t- ${linesUpTo(n, (i) => `==답${i}==`).join(" ")}\n`, testSize: 110_000,
  },
  {
    name: "unclosed-mark", about: "`<mark>` tags that never close",
    make: (n) => `${ENTRY}${linesUpTo(n, (i) => `\t- <mark style="background: #FFF3A3A6;">닫히지 않은 ${i} <mark>`).join("\n")}\n`,
    testSize: 1_000_000,
  },
  {
    name: "unclosed-equals", about: "`==` openers that never close, on many lines and one long line",
    make: (n) => `${ENTRY}${linesUpTo(n / 2, (i) => `\t- ==미완성 ${i}`).join("\n")}\n\t- ${fill("==word ", n / 2)}\n`,
    testSize: 1_000_000,
  },
  { name: "equals-run", about: "one long run of `=`", make: (n) => `${ENTRY}\t- ${fill("=", n)}\n`, testSize: 2_000_000 },
  {
    name: "mark-run", about: "runs of `<mark`, `<mark <mark …` without `>`, and `<mark>` without `</mark>`",
    make: (n) => `${ENTRY}\t- ${fill("<mark", n / 3)}\n\t- ${fill("<mark ", n / 3)}\n\t- ${fill("<mark>x", n / 3)}\n`,
    testSize: 2_000_000,
  },
  { name: "wiki-run", about: "a definition of `[[[[…`", make: (n) => `- Amazon S3: ${fill("[[", n)}\n`, testSize: 8_000 },
  { name: "bracket-run", about: "a definition of `[[[[…` read as link labels", make: (n) => `- Amazon S3: ${fill("[", n)} x\n`, testSize: 8_000 },
  { name: "link-run", about: "a definition of `](` and `[a](` runs", make: (n) => `- Amazon S3: ${fill("[a](", n / 2)}${fill("](", n / 2)}\n`, testSize: 8_000 },
  {
    name: "heading-blanks", about: "a heading with a long run of blanks inside it",
    make: (n) => `# Amazon S3${fill(" \t", n)}x\n${ENTRY}`, testSize: 8_000,
  },
  { name: "blank-run", about: "a line indented by a huge run of spaces and NBSP", make: (n) => `${ENTRY}${fill(" \u00a0", n)}- 들여쓰기\n`, testSize: 2_000_000 },
  { name: "hash-run", about: "a line of `#` and a tag run", make: (n) => `${ENTRY}${fill("#", n / 2)}\n\t- ${fill(" #태그", n / 2)}\n`, testSize: 2_000_000 },
  {
    name: "backtick-runs", about: "backtick runs of growing length that never close",
    make: (n) => `${ENTRY}\t- ${linesUpTo(n, (i) => `${"`".repeat((i % 40) + 1)}==a${i}==`).join(" ")}\n`, testSize: 1_000_000,
  },
  { name: "binary", about: "random bytes decoded as UTF-8, with lone surrogates", make: (n) => randomBinaryText(n, 7), testSize: 2_000_000 },
  {
    name: "unclosed-frontmatter", about: "frontmatter that never closes",
    make: (n) => `---\ntags: [aws]\naliases: ${fill("x, ", n)}\n${ENTRY}`, testSize: 1_000_000,
  },
  { name: "unclosed-fence", about: "a code fence that never closes", make: (n) => `${ENTRY}\`\`\`js\n${HIDDEN(n)}`, testSize: 1_000_000, hides: true },
  { name: "unclosed-math", about: "a `$$` block that never closes", make: (n) => `${ENTRY}$$\n${HIDDEN(n)}`, testSize: 1_000_000, hides: true },
  { name: "unclosed-html-comment", about: "an HTML comment that never closes", make: (n) => `${ENTRY}<!--\n${HIDDEN(n)}`, testSize: 1_000_000, hides: true },
  { name: "unclosed-percent", about: "a `%%` comment that never closes", make: (n) => `${ENTRY}%%\n${HIDDEN(n)}`, testSize: 1_000_000, hides: true },
  {
    name: "html-in-highlights", about: "`<script>`, `<img onerror>` and other HTML in highlights and definitions",
    make: () => [
      "- Amazon S3 : <script>alert('def')</script> 객체 스토리지",
      "\t- ==<script>alert(1)</script>== 와 <mark><img src=x onerror=alert(2)></mark>",
      "\t- <iframe src=\"javascript:alert(3)\"></iframe> 정의 줄 <svg onload=alert(4)>",
      "\t- ==<a href=\"javascript:alert(5)\">링크</a>==",
    ].join("\n"),
    testSize: 0,
  },
];

/** The path of a hostile case's note. */
export const hostilePath = (name: string): string => `AWS/hostile/${name}.md`;

/** Every hostile note at `size` (or each case's test size) but no larger than `cap`, the good note and a second one. */
export function buildHostileVault(size?: number, cap = Number.POSITIVE_INFINITY): NoteFile[] {
  const files = HOSTILE_CASES.map((c) => ({ path: hostilePath(c.name), text: c.make(Math.min(size ?? c.testSize, cap)) }));
  files.push({ path: GOOD_NOTE.path, text: GOOD_NOTE.text });
  files.push({
    path: "AWS/good/Compute.md",
    text: "## AWS Lambda\n\n- Runs code ==without servers== for up to 15 minutes\n- Amazon EC2 (Elastic Compute Cloud)\n\t- Resizable ==virtual servers==\n",
  });
  return files;
}
