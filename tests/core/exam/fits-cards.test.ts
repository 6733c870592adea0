import { buildNoteCards } from "../../../src/core/exam/question-cards";
import { cardFace } from "../../../src/core/cards/card-face";
import { renderPrompt } from "../../../src/core/cards/render-prompt";
import type { Card } from "../../../src/core/cards/types";
import { buildFitsCards } from "../../../src/core/exam/fits-cards";
import { awsNote, optionsWith, readNote, term } from "./exam-fixtures";

/** Each fits card as `answer: line`. */
const asked = (cards: Card[]): string[] => cards.map((c) => `${c.answer}: ${renderPrompt(c)}`);

describe("which side fits", () => {
  it("asks each own line of each side of an English `X vs Y` comparison", () => {
    const cards = buildFitsCards(readNote("Monitoring.md"));
    expect(asked(cards)).toEqual([
      "CloudWatch: Watches how resources perform over time",
      "CloudTrail: Records who did what and when",
    ]);
    expect(cards.every((c) => c.kind === "fits" && c.sides?.join() === "CloudWatch,CloudTrail")).toBe(true);
  });

  it("asks a Korean `A와 B 차이`, leaving out lines both sides have and lines that name a side", () => {
    const cards = buildFitsCards(readNote("서버리스 정리.md"));
    expect(asked(cards)).toEqual([
      "ECS: AWS 고유의 컨테이너 오케스트레이션 도구",
      "ECS: 작업 정의(Task Definition)로 컨테이너 실행 방법을 적음",
      "EKS: 관리형 쿠버네티스 컨트롤 플레인",
      "EKS: 기존 쿠버네티스 도구와 플러그인을 그대로 사용",
    ]);
  });

  it("shows the sides in place of the answer, never the answer alone", () => {
    const [card] = buildFitsCards(readNote("서버리스 정리.md"));
    const face = card && cardFace(card);
    expect(face?.term).toBe("[ECS / EKS]");
    expect(face?.prompt).toBe("AWS 고유의 컨테이너 오케스트레이션 도구");
  });

  describe("identity", () => {
    const vpc = (line: number, definition: string[]) => term("VPC", definition, { line, compared: ["VPN"] });
    const vpn = (line: number, definition: string[]) => term("VPN", definition, { line, compared: ["VPC"] });
    const idsOf = (cards: Card[]): Map<string, string> => new Map(cards.map((c) => [`${c.answer}: ${renderPrompt(c)}`, c.id]));

    it("keeps its id when the comparison moves within the note or to another note", () => {
      const before = idsOf(buildFitsCards(awsNote("AWS/net.md", [vpc(2, ["가상 네트워크 공간"]), vpn(5, ["암호화된 터널 연결"])])));
      const after = idsOf(buildFitsCards(awsNote("AWS/other.md", [vpc(30, ["가상 네트워크 공간"]), vpn(33, ["암호화된 터널 연결"])])));
      expect(after).toEqual(before);
      expect(before.size).toBe(2);
    });

    it("asks anew when a line moves to the other side", () => {
      const before = idsOf(buildFitsCards(awsNote("AWS/net.md", [vpc(2, ["가상 네트워크 공간"]), vpn(5, ["암호화된 터널 연결"])])));
      const swapped = buildFitsCards(awsNote("AWS/net.md", [vpc(2, ["가상 네트워크 공간", "암호화된 터널 연결"]), vpn(5, ["인터넷을 거치는 연결"])]));
      const moved = swapped.find((c) => renderPrompt(c) === "암호화된 터널 연결");
      expect(moved?.answer).toBe("VPC");
      expect(moved?.id).not.toBe(before.get("VPN: 암호화된 터널 연결"));
    });
  });

  it("is made unless the setting turns exam questions off", () => {
    const note = readNote("Monitoring.md");
    const fits = (reverse: "highlighted" | "all" | "none"): number =>
      buildNoteCards(note, optionsWith(reverse)).filter((c) => c.kind === "fits").length;
    expect(fits("highlighted")).toBe(2);
    expect(fits("all")).toBe(2);
    expect(fits("none")).toBe(0);
  });
});
