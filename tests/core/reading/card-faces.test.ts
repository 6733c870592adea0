import { buildCards } from "../../../src/core/cards/build-cards";
import { cardFace, type CardFace } from "../../../src/core/cards/card-face";
import { answerForms, splitAtForms } from "../../../src/core/reading/highlight-forms";
import { isCardLabel, namesAThing } from "../../../src/core/reading/highlight-term";
import { isWholeLine } from "../../../src/core/reading/highlight-question";
import { ALL_SOURCES } from "../cards/fixtures";
import { note, parse } from "../../fixtures/notes/read-fixture";

/** The face of the one card with this answer in a note written as `lines`, saved at `path`. */
function faceOf(answer: string, lines: string[], path = "AWS/study.md"): CardFace {
  const cards = buildCards(parse(note(...lines), path), ALL_SOURCES).filter((c) => c.answer === answer);
  if (cards.length !== 1) throw new Error(`expected one card ${answer}, found ${cards.length}`);
  return cardFace(cards[0] as (typeof cards)[number]);
}

/** Everything a face shows, on one line. */
const shown = (f: CardFace): string => [f.term, f.prompt, ...f.context].join(" | ");

describe("a card whose highlight is its whole line", () => {
  it("asks with the heading above it and shows the lines next to it", () => {
    const f = faceOf("bills add up quickly", [
      "# AWS Config",
      "## Cost",
      "- no free tier",
      "- a fee per recorded item",
      "- ==bills add up quickly==",
      "## Rules",
      "- managed and custom rules",
    ]);
    expect(f.prompt).toBe("Cost: [...]");
    expect(f.context).toEqual(["no free tier", "a fee per recorded item"]);
  });

  it("asks with the list line it sits under, not with the first lines of the section", () => {
    const f = faceOf("S3에 설정 파일을 두고 SDK로 읽는다", [
      "## S3",
      "- 정적 웹 호스팅 가능",
      "- 버전 관리로 실수 삭제 복구",
      "- 설정 파일을 한 곳에서 관리하는 가장 저렴한 방법은?",
      "  - ==S3에 설정 파일을 두고 SDK로 읽는다==",
    ]);
    expect(f.prompt).toBe("설정 파일을 한 곳에서 관리하는 가장 저렴한 방법은? [...]");
    expect(f.context).not.toContain("정적 웹 호스팅 가능");
  });

  it("asks with the question just before an answer line (`Q: …` then `A: ==…==`)", () => {
    const f = faceOf("a managed service that runs Kubernetes for you", [
      "# Amazon EKS",
      "Q: What is Amazon EKS?",
      "A: ==a managed service that runs Kubernetes for you==",
    ]);
    expect(f.prompt).toBe("Q: What is Amazon EKS? A: [...]");
  });

  it("is not mistaken for one when a particle follows the blank (`[...] 와`)", () => {
    expect(isWholeLine(["", " 와"])).toBe(false);
    expect(isWholeLine(["A: ", ""])).toBe(true);
    expect(isWholeLine(["", "."])).toBe(true);
  });
});

describe("a highlighted name", () => {
  it("shows its child lines and asks for the name under the heading above it (`## ==Mock==`)", () => {
    const f = faceOf("Mock", [
      "# Integration types",
      "## ==Mock==",
      "- returns a response without calling the backend",
      "## ==AWS_PROXY==",
      "- the request goes to Lambda as it is",
    ]);
    expect(f.prompt).toBe("Integration types: [...]");
    expect(f.context).toEqual(["returns a response without calling the backend"]);
  });

  it("that is a list line shows its children (`- ==HTTP_PROXY==` under a group)", () => {
    const f = faceOf("HTTP_PROXY", [
      "- API Gateway 통합 타입",
      "\t- ==MOCK==",
      "\t\t- 백엔드 없이 응답을 반환",
      "\t- ==HTTP_PROXY==",
      "\t\t- 요청을 그대로 백엔드 HTTP로 넘기는 간단한 방식",
    ]);
    expect(f.context).toEqual(["요청을 그대로 백엔드 HTTP로 넘기는 간단한 방식"]);
    expect(f.prompt).toBe("API Gateway 통합 타입: [...]");
  });

  it("with nothing below it still has something to answer from", () => {
    const f = faceOf("Canary", ["# Stage", "- one per environment", "# Deployment", "## ==Canary=="]);
    expect(f.prompt).toBe("Deployment: [...]");
  });
});

describe("a card's term", () => {
  it("skips a template heading to the note's subject (`## 내용`)", () => {
    const f = faceOf("기본적으로 VPC 밖에서 실행", ["## 내용", "- 람다는 ==기본적으로 VPC 밖에서 실행==된다"], "AWS/Lambda VPC.md");
    expect(f.term).toBe("Lambda VPC");
  });

  it("skips a label to the nearest term above it (`Use:` under `## FSx for Lustre`)", () => {
    const f = faceOf("HPC", ["## FSx for Lustre", "- 병렬 파일 시스템", "- Use: 머신 러닝, ==HPC=="]);
    expect(f.term).toBe("FSx for Lustre");
    expect(f.prompt).toBe("Use: 머신 러닝, [...]");
  });

  it("skips headings that join two topics or read as a sentence", () => {
    const joined = faceOf("소결합", [
      "# Amazon SQS",
      "## 모놀리식 및 마이크로서비스",
      "마이크로서비스에서는 구성요소가 ==소결합==되어 있다.",
    ]);
    expect(joined.term).toBe("Amazon SQS");
    const sentence = faceOf("NAT 게이트웨이", [
      "# AWS Lambda",
      "- 퍼블릭 서브넷에 두어도 인터넷에 나갈 수 없다",
      "  - ==NAT 게이트웨이==를 써야 한다",
    ]);
    expect(sentence.term).toBe("AWS Lambda");
  });

  it("is the section a highlight inside a line's name belongs to (`Using ==SSM documents==`)", () => {
    const f = faceOf("SSM documents", ["## Remediations", "- fix resources that are not compliant", "- Using ==SSM documents==", "  - AWS managed or custom"]);
    expect(shown(f)).toContain("Remediations");
    expect(f.term).not.toContain("[...]");
  });

  it("is the service above an overview's groups (`## Overview` / `- バッチ処理: …`)", () => {
    const f = faceOf("EC2", ["# AWS Batch", "## Overview", "- バッチ処理: ==フルマネージド==", "  - 実行環境: ==EC2== または Fargate"]);
    expect(f.term).toBe("AWS Batch");
    expect(f.prompt).toBe("実行環境: [...] または Fargate");
  });

  it("keeps a group the student named (`- 컴퓨트 서비스 모음`)", () => {
    const f = faceOf("Lightsail", ["- 컴퓨트 서비스 모음 : 연산 서비스", "\t- ==Lightsail== : 간단한 가상 서버", "\t- Batch : 일괄 작업"]);
    expect(f.term).toBe("컴퓨트 서비스 모음");
  });

  it("knows labels and things apart", () => {
    for (const label of ["FAQ", "내용", "Use", "Overview", "構成要素"]) expect(isCardLabel(label)).toBe(true);
    expect(namesAThing("section", "Integration types")).toBe(false);
    expect(namesAThing("section", "AWS Batch")).toBe(true);
    expect(namesAThing("term", "Provides fault tolerance for applications")).toBe(false);
    expect(namesAThing("term", "Usage plan and API keys")).toBe(false);
    expect(namesAThing("term", "Global Secondary Index")).toBe(true);
  });
});

describe("a card hides its answer in every form", () => {
  it("hides other copies of the answer in its own line, particles left standing", () => {
    const f = faceOf("쿠버네티스", [
      "### Amazon EKS",
      "- ==쿠버네티스==는 컨테이너 오케스트레이션 도구다. 커뮤니티가 쿠버네티스를 관리한다.",
    ]);
    expect(f.prompt).toBe("[...]는 컨테이너 오케스트레이션 도구다. 커뮤니티가 [...]를 관리한다.");
  });

  it("hides the name and the acronym of `Name (ACRONYM)`", () => {
    const f = faceOf("Amazon Simple Queue Service (SQS)", [
      "## 메시징",
      "- ==Amazon Simple Queue Service (SQS)==는 메시지 대기열 서비스다. SQS에서는 소비자가 메시지를 가져간다.",
      "- Amazon Simple Queue Service는 완전관리형",
    ]);
    expect(f.prompt).toBe("[...]는 메시지 대기열 서비스다. [...]에서는 소비자가 메시지를 가져간다.");
    expect(f.context.join(" ")).not.toMatch(/SQS|Simple Queue/);
  });

  it("hides a Korean answer without the particle it was highlighted with (`==서버리스란==`)", () => {
    const f = faceOf("서버리스란", ["## 컴퓨팅", "- ==서버리스란== 서버를 관리하지 않는 것. 서버리스 앱은 자동 확장된다."]);
    expect(f.prompt).toBe("[...] 서버를 관리하지 않는 것. [...] 앱은 자동 확장된다.");
  });

  it("leaves an answer with a plain parenthesis or a short noun alone", () => {
    expect(answerForms("Eventually (default)")).toEqual(["Eventually (default)"]);
    expect(answerForms("결과")).toEqual(["결과"]);
    expect(answerForms("High Performance Computing (HPC)")).toEqual(["High Performance Computing (HPC)", "High Performance Computing", "HPC"]);
  });

  it("splits as the plain answer split does when the answer has no other form", () => {
    expect(splitAtForms("Amazon S3 and s3", "S3")).toEqual(["Amazon ", " and ", ""]);
    expect(splitAtForms("HPC or high performance  computing", "High Performance Computing (HPC)")).toEqual(["", " or ", ""]);
  });
});

describe("no card face", () => {
  it("is a bare blank with nothing to answer from", () => {
    const f = faceOf("Orphan", ["==Orphan=="], "AWS/Amazon Kinesis.md");
    expect(/\p{L}/u.test(f.prompt.replace(/\[\.\.\.\]/g, "")) || f.context.length > 0).toBe(true);
  });
});
