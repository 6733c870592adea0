import { buildCards, mergeCards } from "../../../src/core/cards/build-cards";
import { ELLIPSIS } from "../../../src/core/cards/clip-prompt";
import { maskedContext, maskedTerm, renderPrompt } from "../../../src/core/cards/render-prompt";
import type { Card } from "../../../src/core/cards/types";
import type { NoteHighlight, ParsedNote } from "../../../src/core/reading/types";
import { DEFAULT_SETTINGS } from "../../../src/settings";
import { ALL_SOURCES, DEFAULT_SOURCES, GREEN, YELLOW, editNote, securityNote } from "./fixtures";

const answers = (cards: Card[]): string[] => cards.map((c) => c.answer);

describe("buildCards", () => {
  it("makes one card per highlight, in note order, with its source, term, context and the note's tags", () => {
    const cards = buildCards(securityNote(), ALL_SOURCES);
    expect(answers(cards)).toEqual(["GuardDuty", "AWS Shield", "모니터링", "경보(Alarm)", "CloudWatch Logs", "DNS",
      "라우팅 정책", "라우팅 정책"]);
    const alarm = cards[3];
    expect(alarm).toMatchObject({
      path: "AWS/SAA/보안 서비스.md", line: 7, term: "Amazon CloudWatch", color: GREEN, selfNamed: false,
      context: ["AWS 리소스와 애플리케이션을 모니터링하는 서비스", "CloudWatch Logs 로 로그 수집"],
      tags: ["aws", "saa/security"],
    });
    expect(alarm && renderPrompt(alarm)).toBe("지표, 로그, [...] 설정 가능");
  });

  it("accepts the plugin's settings object as its options", () => {
    const cards = buildCards(securityNote(), DEFAULT_SETTINGS);
    expect(answers(cards)).not.toContain("CloudWatch Logs");
    expect(cards).toHaveLength(7);
  });

  it("makes no cards for a note that is not an AWS note", () => {
    expect(buildCards({ ...securityNote(), aws: false }, ALL_SOURCES)).toEqual([]);
  });

  describe("which highlights count", () => {
    it("leaves out bold unless bold is turned on", () => {
      expect(answers(buildCards(securityNote(), DEFAULT_SOURCES))).not.toContain("CloudWatch Logs");
      expect(answers(buildCards(securityNote(), ALL_SOURCES))).toContain("CloudWatch Logs");
    });

    it("leaves out ==…== when equals highlights are turned off", () => {
      const cards = buildCards(securityNote(), { ...DEFAULT_SOURCES, clozeEquals: false });
      expect(answers(cards)).toEqual(["모니터링", "경보(Alarm)"]);
    });

    it("leaves out <mark> when Highlightr marks are turned off", () => {
      const cards = buildCards(securityNote(), { ...DEFAULT_SOURCES, clozeMark: false });
      expect(answers(cards)).not.toContain("모니터링");
      expect(answers(cards)).not.toContain("경보(Alarm)");
      expect(answers(cards)).toContain("DNS");
    });

    it("keeps only the chosen Highlightr colours, whatever their case", () => {
      const cards = buildCards(securityNote(), { ...DEFAULT_SOURCES, markColors: ["#FFF3A3A6"] });
      expect(answers(cards)).toContain("모니터링");
      expect(answers(cards)).not.toContain("경보(Alarm)");
      expect(answers(cards)).toContain("GuardDuty");
    });

    it("counts a <mark> without a colour only when no colour is chosen", () => {
      const plain = editNote(securityNote(), (hs) => hs.map((h) => {
        if (h.answer !== "경보(Alarm)") return h;
        const copy = { ...h };
        delete copy.color;
        return copy;
      }));
      expect(answers(buildCards(plain, DEFAULT_SOURCES))).toContain("경보(Alarm)");
      expect(answers(buildCards(plain, { ...DEFAULT_SOURCES, markColors: [YELLOW] }))).not.toContain("경보(Alarm)");
    });

    it("keeps the ids of the remaining cards when a filter changes", () => {
      // The second `라우팅 정책` is a yellow <mark>: turning `==…==` off must not make it the first of its kind.
      const mixed = editNote(securityNote(), (hs) => hs.map((h) => (h.line === 12 ? { ...h, kind: "mark", color: YELLOW } : h)));
      const all = buildCards(mixed, ALL_SOURCES);
      const yellowOnly = buildCards(mixed, { ...DEFAULT_SOURCES, clozeEquals: false, markColors: [YELLOW] });
      expect(answers(yellowOnly)).toEqual(["모니터링", "라우팅 정책"]);
      for (const c of yellowOnly) expect(all.find((a) => a.line === c.line)?.id).toBe(c.id);
    });
  });

  describe("prompts", () => {
    it("shows the hint in the blank", () => {
      const dns = buildCards(securityNote(), ALL_SOURCES).find((c) => c.answer === "DNS");
      expect(dns?.hint).toBe("도메인");
      expect(dns && renderPrompt(dns)).toBe("관리형 [도메인] 서비스, 가용성 100% SLA");
      expect(dns && renderPrompt(dns, "DNS")).toBe("관리형 DNS 서비스, 가용성 100% SLA");
    });

    it("hides a self-named answer in the term and context shown with the card", () => {
      const note: ParsedNote = {
        path: "AWS/analytics.md", aws: true, tags: [], terms: [],
        highlights: [{
          line: 4, answer: "Athena", kind: "equals", selfNamed: true, term: "Amazon Athena 와 Glue",
          promptParts: ["", " : S3 데이터를 SQL 로 바로 조회, ", " 는 서버리스"],
          context: ["Glue Data Catalog 를 athena 가 테이블 정보로 사용"],
        }],
      };
      const [card] = buildCards(note, ALL_SOURCES);
      expect(card && renderPrompt(card)).toBe("[...] : S3 데이터를 SQL 로 바로 조회, [...] 는 서버리스");
      expect(card && maskedTerm(card)).toBe("Amazon [...] 와 Glue");
      expect(card && maskedContext(card)).toEqual(["Glue Data Catalog 를 [...] 가 테이블 정보로 사용"]);
    });

    it("leaves a term that does not contain the answer as it is", () => {
      const cards = buildCards(securityNote(), ALL_SOURCES);
      const guard = cards.find((c) => c.answer === "GuardDuty");
      expect(guard && maskedTerm(guard)).toBe("AWS 보안 서비스 모음");
    });

    it("clips a long prompt around the blank with an ellipsis and keeps it answerable", () => {
      const longBefore = "Amazon Kinesis Data Streams 는 실시간 스트리밍 데이터를 수집하고 처리하는 서비스로 ".repeat(8);
      const longAfter = " 를 늘려 처리량을 조절하며, 데이터는 기본 24시간 보관되고 최대 365일까지 늘릴 수 있음".repeat(8);
      const note = editNote(securityNote(), (hs) => [{ ...hs[6] as NoteHighlight, promptParts: [longBefore, longAfter],
        answer: "샤드(Shard)", term: "Amazon Kinesis" }]);
      const [card] = buildCards(note, { ...ALL_SOURCES, maxPromptChars: 120 });
      const prompt = card ? renderPrompt(card) : "";
      expect(card?.promptParts).toHaveLength(2);
      expect(prompt).toContain("[...]");
      expect(prompt.startsWith(ELLIPSIS)).toBe(true);
      expect(prompt.endsWith(ELLIPSIS)).toBe(true);
      expect(Array.from(card?.promptParts.join("") ?? "").length).toBeLessThanOrEqual(120);
      // The words right next to the blank are the ones kept.
      expect(prompt).toContain("처리하는 서비스로 [...] 를 늘려 처리량을");
    });

    it("leaves a prompt within the limit untouched and clips at 300 characters by default", () => {
      const cards = buildCards(securityNote(), ALL_SOURCES);
      expect(cards.every((c) => !renderPrompt(c).includes(ELLIPSIS))).toBe(true);
      const long = editNote(securityNote(), (hs) => hs.map((h) => ({ ...h, promptParts: ["가".repeat(400), "나".repeat(10)] })));
      const clipped = buildCards(long, ALL_SOURCES)[0];
      expect(clipped && renderPrompt(clipped)).toBe(`${ELLIPSIS}${"가".repeat(289)}[...]${"나".repeat(10)}`);
    });

    it("still asks through the term when the line has no blank", () => {
      const note = editNote(securityNote(), (hs) => hs.map((h) => ({ ...h, promptParts: ["모니터링"] })));
      const cards = buildCards(note, ALL_SOURCES);
      expect(cards).toHaveLength(8);
      expect(cards.every((c) => renderPrompt(c) === (c.hint ? `[${c.hint}]` : "[...]"))).toBe(true);
    });

    it("skips a highlight whose answer is only white space", () => {
      const note = editNote(securityNote(), (hs) => hs.map((h, i) => (i === 0 ? { ...h, answer: " \u00a0 " } : h)));
      expect(buildCards(note, ALL_SOURCES)).toHaveLength(7);
    });
  });
});

describe("mergeCards", () => {
  const cardsOf = (path: string): Card[] => buildCards({ ...securityNote(), path }, ALL_SOURCES);

  it("keeps one card per id, from the note first in path order", () => {
    const merged = mergeCards([cardsOf("AWS/b.md"), cardsOf("AWS/a.md")]);
    expect(merged).toHaveLength(8);
    expect(new Set(merged.map((c) => c.id)).size).toBe(8);
    expect(merged.every((c) => c.path === "AWS/a.md")).toBe(true);
  });

  it("gives the same result whatever order the notes come in", () => {
    const other: Card[] = buildCards({ path: "AWS/c.md", aws: true, tags: [], terms: [], highlights: [{
      line: 1, answer: "Glue", kind: "equals", promptParts: ["AWS ", " : 서버리스 ETL"], term: "데이터 분석",
      selfNamed: true, context: [] }] }, ALL_SOURCES);
    const one = mergeCards([cardsOf("AWS/b.md"), other, cardsOf("AWS/a.md")]);
    const two = mergeCards(new Set([other, cardsOf("AWS/a.md"), cardsOf("AWS/b.md")]));
    expect(two).toEqual(one);
    expect(one.map((c) => c.path)).toEqual([...Array<string>(8).fill("AWS/a.md"), "AWS/c.md"]);
  });
});
