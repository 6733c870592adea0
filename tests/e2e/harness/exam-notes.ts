/**
 * Notes for exam practice, indexed with `?notes=exam` beside the demo vault's: a Korean list of services with their
 * names highlighted (four reverse cards, each asked with the other three as wrong options) and an English comparison
 * (two "which side fits?" cards). Kept out of the default page so the other cases' card counts stay as they are.
 */
import type { HarnessNote } from "./demo-notes";

/** The Korean note: each highlighted name of the list gets a reverse card ("which service is this?"). */
export const COMPUTE_EXAM_PATH = "AWS/SAA 컴퓨팅 정리.md";

/** The English note: a comparison whose sides are the sub-bullets. */
export const SQS_SNS_PATH = "Study/SQS vs SNS.md";

export const EXAM_NOTES: readonly HarnessNote[] = [
  {
    path: COMPUTE_EXAM_PATH,
    text: [
      "---",
      "tags: [aws, saa]",
      "---",
      "# 컴퓨팅 정리 (SAA 준비)",
      "",
      "- 대표적인 AWS 컴퓨팅 서비스",
      "\t- ==Amazon EC2== : OS와 인스턴스 유형을 직접 고르는 가상 서버, 쓴 만큼 초 단위로 과금",
      "\t- ==AWS Lambda== : 이벤트가 올 때만 함수 코드를 실행, 한 번에 최대 15분까지",
      "\t- ==AWS Fargate== : 클러스터의 서버를 신경 쓰지 않고 ECS나 EKS 컨테이너를 실행",
      "\t- ==Amazon Lightsail== : 서버, 스토리지, 고정 IP를 묶은 월 정액 요금제, 작은 웹사이트용",
      "",
    ].join("\n"),
  },
  {
    path: SQS_SNS_PATH,
    text: [
      "Messaging week, decoupling lecture.",
      "",
      "## SQS vs SNS",
      "- SQS",
      "\t- A queue: consumers poll for messages when they are ready (pull)",
      "\t- Each message is handled by one consumer and then deleted",
      "- SNS",
      "\t- A topic: every message is pushed to all subscribers at once (fan-out)",
      "\t- Subscribers can be SQS queues, Lambda functions, HTTP endpoints or email",
      "",
    ].join("\n"),
  },
];

/**
 * The service each definition of the Korean list belongs to, read from the note itself: what a student who wrote it
 * knows when a reverse card shows one of the definitions.
 */
export function listedServices(): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of (EXAM_NOTES[0]?.text ?? "").split("\n")) {
    const m = /^\t- ==(.+?)== : (.+)$/.exec(line);
    if (m?.[1] && m[2]) out.set(m[2], m[1]);
  }
  return out;
}

/** The side each line of the English comparison stands under ("SQS" or "SNS"), read from the note itself. */
export function comparedSides(): Map<string, string> {
  const out = new Map<string, string>();
  let side = "";
  for (const line of (EXAM_NOTES[1]?.text ?? "").split("\n")) {
    const top = /^- (.+)$/.exec(line);
    const under = /^\t- (.+)$/.exec(line);
    if (top?.[1]) side = top[1];
    else if (under?.[1] && side !== "") out.set(under[1], side);
  }
  return out;
}
