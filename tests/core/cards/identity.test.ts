/** A card keeps its id through every everyday edit listed under "Identity" in issue 3. */
import { buildCards } from "../../../src/core/cards/build-cards";
import type { Card } from "../../../src/core/cards/types";
import type { NoteHighlight } from "../../../src/core/reading/types";
import { ALL_SOURCES, editNote, highlightOf, securityNote } from "./fixtures";

const idsByAnswer = (cards: Card[]): Map<string, string[]> => {
  const out = new Map<string, string[]>();
  for (const c of cards) out.set(c.answer, [...(out.get(c.answer) ?? []), c.id]);
  return out;
};

describe("card identity through everyday edits", () => {
  const before = buildCards(securityNote(), ALL_SOURCES);
  const ids = idsByAnswer(before);

  it("starts from one distinct id per card", () => {
    expect(before).toHaveLength(8);
    expect(new Set(before.map((c) => c.id)).size).toBe(8);
  });

  it("survives moving the note to another folder", () => {
    const moved = { ...securityNote(), path: "Archive/2024/보안 서비스.md" };
    const after = buildCards(moved, ALL_SOURCES);
    expect(idsByAnswer(after)).toEqual(ids);
    expect(after[0]?.path).toBe("Archive/2024/보안 서비스.md");
  });

  it("survives renaming the note", () => {
    const renamed = { ...securityNote(), path: "AWS/SAA/Security services (정리).md" };
    expect(idsByAnswer(buildCards(renamed, ALL_SOURCES))).toEqual(ids);
  });

  it("survives reordering entries (the same highlights on other lines)", () => {
    // Route 53 moved to the top of the note: its three lines come first, everything else moves down.
    const reordered = editNote(securityNote(), (hs) => {
      const r53 = hs.filter((h) => h.term === "Amazon Route 53").map((h, i) => ({ ...h, line: 2 + i }));
      const rest = hs.filter((h) => h.term !== "Amazon Route 53").map((h) => ({ ...h, line: h.line + 4 }));
      return [...r53, ...rest];
    });
    const after = buildCards(reordered, ALL_SOURCES);
    expect(idsByAnswer(after)).toEqual(ids);
    expect(after.find((c) => c.answer === "GuardDuty")?.line).toBe(6);
  });

  it("survives editing the words around the highlight and the other definition lines", () => {
    const edited = editNote(securityNote(), (hs) => hs.map((h): NoteHighlight =>
      h.answer === "모니터링"
        ? { ...h, promptParts: ["AWS 리소스, 온프레미스 서버와 애플리케이션을 실시간으로 ", "하는 관리형 서비스"],
            context: ["지표(Metrics), 로그, 경보(Alarm) 설정 가능", "대시보드로 한눈에 확인"] }
        : h));
    const after = buildCards(edited, ALL_SOURCES);
    expect(idsByAnswer(after)).toEqual(ids);
  });

  it("survives adding another highlight to the same line", () => {
    // `- 관리형 ==DNS::도메인== 서비스, 가용성 ==100% SLA==`
    const added = editNote(securityNote(), (hs) => {
      const dns = highlightOf(securityNote(), "DNS");
      const sla: NoteHighlight = { ...dns, answer: "100% SLA", promptParts: ["관리형 DNS 서비스, 가용성 ", ""] };
      delete sla.hint;
      return hs.flatMap((h) => (h.answer === "DNS" ? [h, sla] : [h]));
    });
    const after = buildCards(added, ALL_SOURCES);
    expect(after).toHaveLength(9);
    for (const [answer, list] of ids) expect(idsByAnswer(after).get(answer)).toEqual(list);
  });

  it("survives re-indenting (tabs to spaces, NBSP, Highlightr's spaces inside <mark>)", () => {
    const reindented = editNote(securityNote(), (hs) => hs.map((h) => ({
      ...h,
      answer: h.answer === "모니터링" ? " 모니터링 " : h.answer.replace(/ /g, "\u00a0"),
      promptParts: h.promptParts.map((p) => p.replace(/ /g, "\u00a0")),
      context: h.context.map((c) => `    ${c}`),
    })));
    expect([...idsByAnswer(buildCards(reindented, ALL_SOURCES)).values()]).toEqual([...ids.values()]);
  });

  it("gives a new id when the answer itself is edited", () => {
    const changed = editNote(securityNote(), (hs) => hs.map((h) => (h.answer === "DNS" ? { ...h, answer: "DNS 웹 서비스" } : h)));
    const after = buildCards(changed, ALL_SOURCES);
    const newId = after.find((c) => c.answer === "DNS 웹 서비스")?.id;
    expect(newId).toBeDefined();
    expect(newId).not.toBe(ids.get("DNS")?.[0]);
    // Every other card is untouched.
    expect(after.filter((c) => c.answer !== "DNS 웹 서비스").map((c) => c.id))
      .toEqual(before.filter((c) => c.answer !== "DNS").map((c) => c.id));
  });

  it("gives the same term and answer twice in a note two distinct ids that stay put", () => {
    const twice = ids.get("라우팅 정책") ?? [];
    expect(twice).toHaveLength(2);
    expect(twice[0]).not.toBe(twice[1]);
    // Adding an unrelated highlight between them, and moving the note, changes neither.
    const edited = editNote({ ...securityNote(), path: "Notes/route53.md" }, (hs) => {
      const extra: NoteHighlight = { ...highlightOf(securityNote(), "DNS"), answer: "Alias 레코드", line: 12,
        promptParts: ["", " 는 AWS 리소스를 가리킴"] };
      delete extra.hint;
      return [...hs.slice(0, 7), extra, ...hs.slice(7).map((h) => ({ ...h, line: h.line + 1 }))];
    });
    expect(idsByAnswer(buildCards(edited, ALL_SOURCES)).get("라우팅 정책")).toEqual(twice);
  });
});
