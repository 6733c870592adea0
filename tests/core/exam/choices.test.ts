import type { Card } from "../../../src/core/cards/types";
import { chooseOptions, type ChoiceCard, type Choices } from "../../../src/core/exam/choices";
import { buildFitsCards } from "../../../src/core/exam/fits-cards";
import { buildOptionPool, type OptionCandidate, type OptionPool } from "../../../src/core/exam/option-pool";
import { buildQuestionCards } from "../../../src/core/exam/question-cards";
import { foldKey } from "../../../src/core/markdown/text";
import { seededRandom, shuffleInPlace } from "../../../src/core/random";
import type { ParsedNote } from "../../../src/core/reading/types";
import { awsNote, optionsWith, readNote, term } from "./exam-fixtures";

const GROUP = "대표적인 AWS Compute 서비스";
const inGroup = { group: GROUP };

/** A note listing compute services under one category line, one listing more compute services, one on networking. */
const NOTES: ParsedNote[] = [
  awsNote("AWS/compute.md", [
    term("Amazon EC2", ["가상 서버 인스턴스를 골라 씀"], { ...inGroup, aliases: ["EC2"], line: 2 }),
    term("AWS Lambda", ["이벤트가 오면 함수 코드를 실행"], { ...inGroup, aliases: ["Lambda"], line: 3 }),
    term("Fargate", ["서버 없이 컨테이너를 띄우는 엔진"], { ...inGroup, line: 4 }),
    term("Batch", ["대규모 일괄 작업을 큐에 넣어 처리"], { ...inGroup, line: 5 }),
    term("Lightsail", ["고정 월 요금의 간단한 호스팅 묶음"], { ...inGroup, line: 6 }),
  ]),
  awsNote("AWS/more compute.md", [
    term("AWS Elastic Beanstalk", ["코드만 올리면 배포와 확장을 맡아 주는 플랫폼"], { line: 2 }),
    term("AWS Outposts", ["고객 데이터센터에 들여놓는 AWS 랙"], { line: 5 }),
  ]),
  awsNote("AWS/network.md", [
    term("VPC", ["클라우드 안에 만드는 나만의 네트워크 공간"], { line: 2, compared: ["VPN"] }),
    term("VPN", ["인터넷 위에 암호화된 터널을 놓는 연결"], { line: 4, compared: ["VPC"] }),
    term("AWS Direct Connect", ["온프레미스와 AWS를 잇는 전용 회선"], { line: 8 }),
    term("AWS Transit Gateway", ["여러 네트워크를 한 허브로 묶는 라우터"], { line: 10 }),
    term("Amazon CloudFront", ["엣지 로케이션에서 콘텐츠를 캐시하는 CDN"], { line: 12 }),
  ]),
];

const POOL = buildOptionPool(NOTES);
const CARDS = NOTES.flatMap((n) => buildQuestionCards(n, optionsWith("all")));
const SEEDS = Array.from({ length: 30 }, (_, i) => i + 1);

function reverseCard(answer: string, cards: readonly Card[] = CARDS): Card {
  const card = cards.find((c) => c.kind === "reverse" && c.answer === answer);
  if (!card) throw new Error(`no reverse card for ${answer}`);
  return card;
}

function choose(card: ChoiceCard, seed = 1, count = 4, pool: OptionPool = POOL, confusions?: Map<string, number>): Choices {
  const choices = chooseOptions(card, pool, { count, seed, ...(confusions ? { confusions } : {}) });
  if (!choices) throw new Error(`no choices for ${card.answer}`);
  return choices;
}

const names = (c: Choices): string[] => c.options.map((o) => o.name);
const wrong = (c: Choices): string[] => names(c).filter((_, i) => i !== c.answerIndex);

describe("multiple-choice options", () => {
  describe("the category", () => {
    it("takes every wrong option from the note's own list when it has enough, over the catalogue category", () => {
      const group = ["Amazon EC2", "Fargate", "Batch", "Lightsail"];
      for (const seed of SEEDS) {
        const choices = choose(reverseCard("AWS Lambda"), seed);
        expect(choices.category).toBe(GROUP);
        expect(names(choices)[choices.answerIndex]).toBe("AWS Lambda");
        expect(wrong(choices)).toHaveLength(3);
        for (const name of wrong(choices)) expect(group).toContain(name);
      }
    });

    it("uses the catalogue's category for a term no list holds", () => {
      const choices = choose(reverseCard("AWS Elastic Beanstalk"));
      expect(choices.category).toBe("Compute");
      expect(wrong(choices)).toHaveLength(3);
    });

    it("takes a comparison's other side only with enough company; else every wrong option comes from the next category, never a mix", () => {
      for (const seed of SEEDS.slice(0, 10)) {
        // `VPC vs VPN` has one other side: too few, so the catalogue's networking services make the options.
        const choices = choose(reverseCard("VPC"), seed);
        expect(choices.category).toBe("Networking & Content Delivery");
        expect(wrong(choices)).toHaveLength(3);
        for (const name of wrong(choices)) expect([name, POOL.byName.get(foldKey(name))?.catalogue?.category]).toEqual([name, "Networking & Content Delivery"]);
      }
    });
  });

  it("puts terms the student confused with the answer before first, the most confused first", () => {
    const confusions = new Map([[foldKey("Batch"), 5], [foldKey("Fargate"), 2], [foldKey("Lightsail"), 1]]);
    for (const seed of SEEDS.slice(0, 10)) {
      expect(wrong(choose(reverseCard("AWS Lambda"), seed, 3, POOL, confusions)).sort()).toEqual(["Batch", "Fargate"]);
    }
    const oneConfused = new Map([[foldKey("Batch"), 1]]);
    for (const seed of SEEDS.slice(0, 10)) expect(wrong(choose(reverseCard("AWS Lambda"), seed, 3, POOL, oneConfused))).toContain("Batch");
  });

  describe("what is never an option", () => {
    const answer = (name: string, names: string[], entry?: string): OptionCandidate => ({
      name, names, definition: ["컨테이너를 실행하고 관리하는 오케스트레이션"],
      ...(entry ? { catalogue: { id: entry, category: "Containers", kind: "service" as const } } : {}),
    });
    const other = (name: string, definition: string[], entry?: string): OptionCandidate => ({
      ...answer(name, [name], entry), definition,
    });
    const poolOf = (candidates: OptionCandidate[]): OptionPool => ({
      byName: new Map(candidates.flatMap((c) => c.names.map((n) => [foldKey(n), c] as const))),
      byGroup: new Map([[foldKey(GROUP), candidates]]),
      byCategory: new Map(),
    });
    const card: ChoiceCard = { kind: "reverse", answer: "ECS", promptParts: ["컨테이너를 실행하고 관리하는 오케스트레이션"], context: [], group: GROUP };
    const decoys = [other("Fargate", ["서버 없이 컨테이너를 띄우는 엔진"]), other("Batch", ["대규모 일괄 작업 처리"])];

    it("another name of the answer, or the same service under another name", () => {
      const pool = poolOf([
        answer("ECS", ["ECS", "Elastic Container Service"], "ecs"),
        other("Elastic Container Service", ["AWS 고유의 컨테이너 실행 도구"]),
        other("Amazon ECS", ["AWS 고유의 컨테이너 실행 도구"], "ecs"),
        ...decoys,
      ]);
      for (const seed of SEEDS.slice(0, 10)) expect(wrong(choose(card, seed, 4, pool)).sort()).toEqual(["Batch", "Fargate"]);
    });

    it("a term whose definition would fit the face too, or that has no definition", () => {
      const pool = poolOf([
        answer("ECS", ["ECS"]),
        other("EKS", ["컨테이너를 실행하고 관리하는 오케스트레이션", "쿠버네티스 기반"]),
        other("AWS App Runner", []),
        ...decoys,
      ]);
      for (const seed of SEEDS.slice(0, 10)) expect(wrong(choose(card, seed, 4, pool)).sort()).toEqual(["Batch", "Fargate"]);
    });

    it("and with fewer than two wrong options left the card is asked as recall", () => {
      const pool = poolOf([answer("ECS", ["ECS"]), decoys[0] as OptionCandidate, other("EKS", ["컨테이너를 실행하고 관리하는 오케스트레이션"])]);
      expect(chooseOptions(card, pool, { count: 4, seed: 1 })).toBeNull();
      const lonely = term("Penetration Testing", ["해커처럼 시스템의 약점을 찾아보는 보안 평가"]);
      const cards = buildQuestionCards(awsNote("AWS/sec.md", [lonely]), optionsWith("all"));
      expect(chooseOptions(reverseCard("Penetration Testing", cards), POOL, { count: 4, seed: 1 })).toBeNull();
    });
  });

  describe("the order", () => {
    it("is the same for the same seed and differs for some other seed", () => {
      const card = reverseCard("AWS Lambda");
      expect(choose(card, 42)).toEqual(choose(card, 42));
      const first = names(choose(card, 42)).join();
      expect(SEEDS.some((seed) => names(choose(card, seed)).join() !== first)).toBe(true);
    });

    it("puts the answer in more than one place across showings", () => {
      const places = new Set(SEEDS.map((seed) => choose(reverseCard("Batch"), seed).answerIndex));
      expect(places.size).toBeGreaterThan(1);
    });
  });

  it("gives each option its definition, to show beside the answer's once picked", () => {
    const choices = choose(reverseCard("AWS Lambda"));
    expect(choices.options.every((o) => o.definition.length > 0)).toBe(true);
    expect(choices.options[choices.answerIndex]?.definition).toEqual(["이벤트가 오면 함수 코드를 실행"]);
  });

  it("offers a fits card's sides, and nothing for a cloze card", () => {
    const fits = buildFitsCards(readNote("Monitoring.md"));
    const pool = buildOptionPool([readNote("Monitoring.md")]);
    for (const card of fits) {
      const choices = choose(card, 3, 4, pool);
      expect(names(choices).sort()).toEqual(["CloudTrail", "CloudWatch"]);
      expect(names(choices)[choices.answerIndex]).toBe(card.answer);
      expect(choices.category).toBe("CloudWatch vs CloudTrail");
    }
    expect(chooseOptions({ ...reverseCard("AWS Lambda"), kind: undefined }, POOL, { count: 4, seed: 1 })).toBeNull();
  });

  describe("a fits card of a comparison with many sides", () => {
    const sides = ["Amazon EC2", "AWS Lambda", "AWS Fargate", "AWS Batch", "Amazon Lightsail", "AWS Elastic Beanstalk"];
    const lines: Record<string, string> = {
      "Amazon EC2": "가상 서버 인스턴스를 직접 골라 운영체제까지 관리함",
      "AWS Lambda": "이벤트가 오면 함수 코드를 짧게 실행하고 끝냄",
      "AWS Fargate": "서버 없이 컨테이너 작업을 띄우는 실행 엔진",
      "AWS Batch": "대규모 일괄 작업을 큐에 넣어 차례로 처리함",
      "Amazon Lightsail": "고정 월 요금으로 간단한 웹 호스팅 묶음을 제공",
      "AWS Elastic Beanstalk": "코드만 올리면 배포와 확장을 알아서 맡아 주는 플랫폼",
    };
    const note = awsNote("AWS/compute compared.md", sides.map((name, i) =>
      term(name, [lines[name]!], { line: 2 * i + 1, compared: sides.filter((s) => s !== name) })));
    const fits = buildFitsCards(note);
    const pool = buildOptionPool([note]);

    it("shows at most the options asked for, never more than the keys A–E reach, the answer always among them", () => {
      expect(fits).toHaveLength(6);
      for (const card of fits) {
        for (const [count, shown] of [[3, 3], [4, 4], [5, 5], [8, 5]] as const) {
          for (const seed of SEEDS.slice(0, 5)) {
            const choices = choose(card, seed, count, pool);
            expect(choices.options).toHaveLength(shown);
            expect(names(choices)[choices.answerIndex]).toBe(card.answer);
            expect(new Set(names(choices)).size).toBe(shown);
            for (const name of names(choices)) expect(sides).toContain(name);
            expect(choices.category).toBe(sides.join(" vs "));
          }
        }
      }
    });

    it("shows the same options for the same seed, and the sides confused with the answer first", () => {
      const card = fits.find((c) => c.answer === "AWS Fargate")!;
      expect(names(choose(card, 7, 3, pool))).toEqual(names(choose(card, 7, 3, pool)));
      const confusions = new Map([["batch", 2], ["aws batch", 2]]);
      for (const seed of SEEDS.slice(0, 10)) expect(wrong(choose(card, seed, 3, pool, confusions))).toContain("AWS Batch");
    });
  });

  it("shuffles with a seeded generator: the same seed, the same order of the same items", () => {
    const order = [1, 2, 3, 4, 5, 6];
    shuffleInPlace(order, seededRandom(42));
    expect([...order].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    const again = [1, 2, 3, 4, 5, 6];
    shuffleInPlace(again, seededRandom(42));
    expect(again).toEqual(order);
    // It does shuffle: the order moves, and another seed gives another order.
    expect(order).not.toEqual([1, 2, 3, 4, 5, 6]);
    const other = [1, 2, 3, 4, 5, 6];
    shuffleInPlace(other, seededRandom(7));
    expect(other).not.toEqual(order);
  });
});
