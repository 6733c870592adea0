/** Notes for term-quiz tests: `Amazon SQS` is defined in two notes, once by its short name. */
import { COMPUTE_NOTE, MESSAGING_NOTE } from "./study-harness";

/** `AWS/SAA/큐.md`: two highlights under `SQS`, one under `Amazon SNS`, and `Amazon Kinesis` with none. */
export const QUEUE_NOTE = [
  "- SQS",
  "\t- 메시지 보존 기간은 최대 ==14일==",
  "    - 가시성 제한 시간 동안 다른 소비자는 ==메시지를 볼 수 없음==",
  "- Amazon SNS",
  "\t- ==pub/sub== 방식의 알림 서비스",
  "- Amazon Kinesis",
  "\t- 실시간 스트리밍 데이터를 처리하는 서비스",
  "",
].join("\n");

/** Three notes: SQS's cards sit in two of them, among cards of other terms. */
export const TERM_NOTES: Record<string, string> = {
  "AWS/SAA/큐.md": QUEUE_NOTE,
  "AWS/메시징.md": MESSAGING_NOTE,
  "AWS/SAA/컴퓨팅.md": COMPUTE_NOTE,
};

/** The answers of every card of `Amazon SQS` across the notes. */
export const SQS_ANSWERS = ["14일", "메시지 큐", "메시지를 볼 수 없음"];
