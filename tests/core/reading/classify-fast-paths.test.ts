import fc from "fast-check";
import { addExpansion, readAliases, spelledAcronym, type NameWithAliases } from "../../../src/core/reading/aliases";
import { isAwsServiceName } from "../../../src/core/reading/aws-services";
import { childrenAllColon, classifyBlock, createBlockReader, type BlockContext } from "../../../src/core/reading/classify";
import {
  cleanName, countWords, dropDecoration, isAcronym, LABELS, isComparison, isLabel, isLatinName, isNameShaped, isProperName, readNamedLine, trimNameEnds,
  type NamedLine,
} from "../../../src/core/reading/names";
import { stripMarkup } from "../../../src/core/markdown/inline";
import { parseOutline, type OutlineNode } from "../../../src/core/markdown/outline";
import { foldKey, foldSpaces, hasHangul, hasLatin, normalizeNfc } from "../../../src/core/markdown/text";

/** Pieces of names and lines where the shortcuts could go wrong: prefixes, brackets, blanks, combining marks, endings. */
const PIECES = [
  "Amazon", "AWS", "Amazon ", "AWS ", " ", "  ", "\u00a0", "\t", "\n", "\u2028", "\u2000", "\u200b", "\ufeff", "(", ")", "（", "）",
  "S3", "EC2", "IaaS", "Iaas", "SQS", "X-Ray", "Infrastructure", "as", "a", "Service", "Simple", "Queue", "of", "the", "&", "/",
  "-", "->", "=>", "→", "⇒", ",", ";", ".", "!", "?", "。", "다", "니다", "요", "해요", "차이", "vs", "가", "서비스", "e\u0301",
  "\u1100\u1161", "\u11a8", "İ", "Σ", "x", "1", "2", "란", "이란", ":", "：", "**", "==", "<mark>", "</mark>", "`", "📌", "🔴", "→ ",
  "[x] ", "[ ] ", "é", "中", "Ω", "기능", "Pricing", "Note", "Config", "Route 53", "Transit Gateway", "a".repeat(30), "가".repeat(30),
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }).map((parts) => parts.join(""));

/** The rules as first written, before their shortcuts. */
const ref = {
  countWords: (name: string): number => name.split(" ").length,
  isNameShaped(name: string): boolean {
    if (name === "" || name.length > 60) return false;
    if (name.split(" ").length > 8) return false;
    if (/[,;]|[.!?。]$|→|->|=>|⇒/.test(name)) return false;
    if (/(?:니다|습니다|한다|된다|이다|있다|없다|해요|어요|아요)$/.test(name)) return false;
    return /[\p{L}\p{N}]/u.test(name);
  },
  isLatinName: (name: string): boolean => hasLatin(name) && !hasHangul(name) && /^[A-Za-z0-9]/.test(name) && name.split(" ").length <= 6,
  isProperName(name: string): boolean {
    const connectors = new Set(["of", "and", "for", "as", "a", "an", "the", "to", "on", "in", "with", "by", "&"]);
    if (!ref.isLatinName(name)) return false;
    return name.split(/[\s/]+/).every((w, i) => /^[A-Z0-9]/.test(w) || (i > 0 && connectors.has(w)));
  },
  isAcronym: (name: string): boolean => /^[A-Za-z][A-Za-z0-9]{1,7}$/.test(name) && (name.match(/[A-Z]/g)?.length ?? 0) >= 2,
  dedupe(name: string, aliases: string[]): string[] {
    const seen = new Set([foldKey(name)]);
    const out: string[] = [];
    for (const a of aliases) {
      const k = foldKey(a);
      if (k === "" || seen.has(k)) continue;
      seen.add(k);
      out.push(a);
    }
    return out;
  },
  readAliases(full: string): NameWithAliases {
    let name = full;
    const aliases: string[] = [];
    const paren = /^(.+?)\s*[(\uff08]([^()\uff08\uff09]+)[)\uff09]\s*$/.exec(full);
    if (paren) {
      const outside = (paren[1] as string).trim();
      const inside = (paren[2] as string).trim();
      if (outside !== "" && inside !== "" && inside.split(/\s+/).length <= 6 && !/[,.;]/.test(inside)) {
        name = outside;
        const acronymLike = ref.isAcronym(outside) || (/^[A-Z][a-z]{1,3}[A-Z]?[a-z]?$/.test(outside) && outside.length <= 5);
        const fixed = acronymLike ? spelledAcronym(outside, inside) : null;
        if (fixed && fixed !== outside && foldKey(fixed) === foldKey(outside)) name = fixed;
        aliases.push(inside);
      }
    }
    const bare = /^(?:Amazon|AWS)\s+(.+)$/.exec(name);
    if (bare && (bare[1] as string).trim().length >= 2 && /^[A-Za-z0-9]/.test((bare[1] as string).trim())) {
      aliases.push((bare[1] as string).trim());
    }
    return { name, aliases: ref.dedupe(name, aliases) };
  },
  addExpansion(term: NameWithAliases, firstLine: string | undefined): NameWithAliases {
    if (!firstLine) return term;
    for (const acronym of [term.name, ...term.aliases].filter(ref.isAcronym)) {
      if (spelledAcronym(acronym, firstLine)) return { name: term.name, aliases: ref.dedupe(term.name, [...term.aliases, firstLine.trim()]) };
    }
    return term;
  },
};

/** `readNamedLine` as first written: every pattern run, no shortcut. */
function refReadNamedLine(line: string): NamedLine {
  const unwrap = (raw: string): { inner: string; wrapped: boolean } => {
    let s = raw.trim();
    let wrapped = false;
    for (;;) {
      // A name wrapped in bold, a highlight or a `<mark>`, or one identifier written as code (`PutItem`).
      const m = /^(\*\*|==)([\s\S]+)\1$/.exec(s) ?? /^<mark(?:\s[^>]*)?>([\s\S]+)<\/mark>$/i.exec(s) ?? /^`([A-Za-z][\w.:-]{1,60})`$/.exec(s);
      if (!m) break;
      s = (m.length === 3 ? m[2] : m[1])?.trim() ?? "";
      wrapped = true;
    }
    return { inner: s, wrapped };
  };
  const clip = (raw: string): string => {
    const t = stripMarkup(raw.length > 2000 ? raw.slice(0, 2000) : raw);
    return t.length > 1000 ? `${t.slice(0, 1000)}…` : t;
  };
  const clean = (raw: string): string => {
    const plain = trimNameEnds(dropDecoration(stripMarkup(raw.replace(/[\u200b\u2060\ufeff]/g, ""))).text).replace(/[:\uff1a]+$/, "");
    return normalizeNfc(foldSpaces(plain));
  };
  const { text: rest, pinned } = dropDecoration(line.replace(/^\[[ xX/-]\]\s+/, ""));
  const sep = separatorOf(rest);
  if (sep > 0) {
    const nameRaw = rest.slice(0, sep);
    const { inner, wrapped } = unwrap(nameRaw);
    const name = clean(inner);
    if (ref.isNameShaped(name)) return { name, nameRaw, definition: clip(rest.slice(sep + 1)), form: "colon", pinned, emphasized: wrapped };
  }
  const q = /^(.{1,80}?)(?:이란|란)\s?\?[\s\u00a0]*/.exec(rest);
  if (q) {
    const { inner, wrapped } = unwrap(q[1] as string);
    const name = clean(inner);
    if (ref.isNameShaped(name)) {
      return { name, nameRaw: q[1] as string, definition: clip(rest.slice(q[0].length)), form: "question", pinned, emphasized: wrapped };
    }
  }
  if (rest.length > 400) return { name: "", nameRaw: rest, definition: null, form: "plain", pinned, emphasized: false };
  const { inner, wrapped } = unwrap(rest);
  return { name: clean(inner), nameRaw: rest, definition: null, form: "plain", pinned, emphasized: wrapped };
}

/** The separating colon as first written: a walk over the line, outside tags and code. */
function separatorOf(line: string): number {
  let inTag = false;
  let inCode = false;
  for (let i = 0; i < Math.min(line.length, 400); i++) {
    const c = line[i];
    if (c === "`") inCode = !inCode;
    else if (inCode) continue;
    else if (c === "<") inTag = true;
    else if (c === ">") inTag = false;
    else if (!inTag && (c === ":" || c === "\uff1a") && i > 0 && /^(?:[ \t\u00a0]|$)/.test(line.slice(i + 1, i + 2))) return i;
    else if (!inTag && (c === ":" || c === "\uff1a") && line[i - 1] === ")" && !/^[/0-9]/.test(line.slice(i + 1, i + 2))) return i;
  }
  return -1;
}

describe("name rule shortcuts", () => {
  it("countWords, isNameShaped, isLatinName, isProperName and isAcronym answer as their full rules do", () => {
    fc.assert(fc.property(text, (name) => {
      expect(countWords(name)).toBe(ref.countWords(name));
      expect(isNameShaped(name)).toBe(ref.isNameShaped(name));
      expect(isLatinName(name)).toBe(ref.isLatinName(name));
      expect(isProperName(name)).toBe(ref.isProperName(name));
      expect(isAcronym(name)).toBe(ref.isAcronym(name));
    }), { numRuns: 5000 });
    for (const name of ["S3", "EC2", "IaaS", "Ec2", "X-Ray", "SQS/SNS", "Transit Gateway", "Transit of Gateway", "Transit ", "of S3", "S3 /"]) {
      expect([isProperName(name), isAcronym(name)]).toEqual([ref.isProperName(name), ref.isAcronym(name)]);
    }
  });

  it("isLabel answers as folding the name and looking it up does", () => {
    const labels = ["기능", "용도", "예", "뜻", "사용 사례", "Pricing", "e.g.", "Use Case", "USE  CASE", "key points", "Limits", "note"];
    const folded = new Set(labels.map(foldKey));
    const longest = Math.max(...[...LABELS].map((l) => l.length)) + 2;
    const short = fc.oneof(
      fc.tuple(fc.constantFrom(...labels, ...PIECES), fc.constantFrom("", " ", "e\u0301", "\u0301", "\u11a8", "s", "가", "\u00a0")).map(([a, b]) => a + b),
      fc.string({ maxLength: 6 }),
      text,
    );
    fc.assert(fc.property(short, (name) => {
      const full = name.length <= longest && LABELS.has(foldKey(name));
      expect(isLabel(name)).toBe(full);
      if (folded.has(foldKey(name)) && name.length <= longest) expect(isLabel(name)).toBe(true);
    }), { numRuns: 5000 });
    expect(isLabel("기능")).toBe(true);
    expect(isLabel("기\u11a8능")).toBe(false);
    expect(isLabel("Amazon")).toBe(false);
    // `요` and a final `ᆼ` compose to `용`: `사용 사례`, though the name starts `사요`.
    expect(isLabel("사요\u11bc 사례")).toBe(true);
  });

  it("readNamedLine reads every line as the full rules do", () => {
    fc.assert(fc.property(text, (line) => {
      expect(readNamedLine(line)).toEqual(refReadNamedLine(line));
    }), { numRuns: 5000 });
    const long = `${"가".repeat(81)}란? 설명`;
    expect(readNamedLine(long)).toEqual(refReadNamedLine(long));
    expect(readNamedLine(`${"가".repeat(79)}이란? 설명`)).toEqual(refReadNamedLine(`${"가".repeat(79)}이란? 설명`));
    expect(cleanName("📌 **Amazon SQS**:")).toBe("Amazon SQS");
    // A zero-width space pasted into a name joins, it does not split.
    expect(cleanName("Cloud\u200bFront")).toBe("CloudFront");
  });

  it("readAliases and addExpansion give the names and aliases the full rules give", () => {
    const named = fc.oneof(text, fc.tuple(
      fc.constantFrom("Amazon ", "AWS ", "AWS\u00a0", "Amazon\n", "Amazon", ""), text, fc.constantFrom("(", "（", " ("), text, fc.constantFrom(")", "）", ") ", ""),
    ).map((parts) => parts.join("")));
    fc.assert(fc.property(named, text, (full, line) => {
      const read = readAliases(full);
      expect(read).toEqual(ref.readAliases(full));
      expect(addExpansion(read, line)).toEqual(ref.addExpansion(read, line));
    }), { numRuns: 5000 });
    expect(readAliases("Amazon S3 (S3)")).toEqual({ name: "Amazon S3", aliases: ["S3"] });
    expect(readAliases("Amazon Simple Queue Service (SQS)")).toEqual({ name: "Amazon Simple Queue Service", aliases: ["SQS", "Simple Queue Service"] });
    expect(readAliases("AWS  e\u0301x")).toEqual(ref.readAliases("AWS  e\u0301x"));
    expect(addExpansion({ name: "AMI", aliases: [] }, "Amazon Machine Image")).toEqual({ name: "AMI", aliases: ["Amazon Machine Image"] });
  });

  it("classifyBlock reads children only when it must, and decides as the eager rule does", () => {
    const eager = (node: OutlineNode, line: NamedLine, ctx: BlockContext): string => {
      const name = line.name;
      // Code in a name is literal text, unless the whole name is one identifier written as code (`PutItem`).
      const literalCode = line.nameRaw.includes("`") && !/^`[A-Za-z][\w.:-]{1,60}`$/.test(line.nameRaw.trim());
      if (name === "" || !ref.isNameShaped(name) || literalCode) return "plain";
      const marked = line.pinned || line.emphasized;
      if (isLabel(name) && !marked) return "plain";
      const hasChildren = node.children.length > 0;
      const groups = hasChildren && childrenAllColon(node) && !ref.isLatinName(name);
      if (line.form !== "plain") {
        if (isComparison(name)) return hasChildren ? "comparison" : "plain";
        const key = foldKey(name);
        if (ctx.parentNames.some((p) => p.includes(key))) return "plain";
        if (groups) return "category";
        return marked || ref.isProperName(name) || isAwsServiceName(name) || ctx.siblingsAllColon ? "term" : "plain";
      }
      if (!hasChildren) return "plain";
      if (isComparison(name)) return "comparison";
      if (groups) return "category";
      if (ctx.topLevel || node.kind === "paragraph") return "term";
      return marked || ctx.inComparison || (ref.isProperName(name) && name.split(" ").length <= 4) ? "term" : "plain";
    };
    const child = fc.oneof(text, text.map((t) => `${t}: 설명`));
    fc.assert(fc.property(text, fc.array(child, { maxLength: 3 }), fc.boolean(), fc.boolean(), fc.boolean(), fc.constantFrom([], ["amazon s3", "s3"], ["x"]),
      (head, kids, topLevel, inComparison, siblingsAllColon, parentNames) => {
        const lines = [`- ${head.replace(/\s+/g, " ")}`, ...kids.map((k) => `  - ${k.replace(/\s+/g, " ")}`)];
        const node = parseOutline(lines).children[0];
        if (!node) return;
        const reader = createBlockReader();
        const ctx: BlockContext = { topLevel, inComparison, siblingsAllColon, parentNames, reader };
        const line = reader.line(node);
        expect(classifyBlock(node, line, ctx)).toBe(eager(node, line, ctx));
        expect(classifyBlock(node, line, { ...ctx, reader: undefined })).toBe(eager(node, line, ctx));
      }), { numRuns: 3000 });
  });

  it("the block reader gives each node its own line, read once, even when nodes share a line number", () => {
    const block = (line: number, text: string): OutlineNode => ({ kind: "item", line, endLine: line, indent: 0, level: 0, text, children: [] });
    const nodes = [block(-1, "root"), block(0, "S3: 저장"), block(0, "EC2: 서버"), block(5, "기능: x"), block(5, "SQS"), block(2, "AWS Lambda")];
    const reader = createBlockReader();
    const first = nodes.map((n) => reader.line(n));
    nodes.forEach((n, k) => {
      expect(first[k]).toEqual(readNamedLine(n.text));
      expect(reader.line(n)).toBe(first[k]);
    });
  });
});
