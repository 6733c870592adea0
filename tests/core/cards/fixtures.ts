/**
 * Parsed notes in our users' style (Korean AWS study notes, tab and 4-space indents, NBSP, `==…==`, Highlightr
 * `<mark>`, bold), written as the parser hands them over. The markdown each fixture stands for is in its comment.
 */
import type { NoteHighlight, ParsedNote } from "../../../src/core/reading/types";
import type { CardOptions } from "../../../src/core/cards/build-cards";

/** Every kind of highlight makes cards, every colour counts. */
export const ALL_SOURCES: CardOptions = { clozeEquals: true, clozeMark: true, markColors: [], clozeBold: true };

/** The plugin's defaults: `==…==` and `<mark>` of any colour, no bold. */
export const DEFAULT_SOURCES: CardOptions = { clozeEquals: true, clozeMark: true, markColors: [], clozeBold: false };

export const YELLOW = "#fff3a3a6";
export const GREEN = "#bbfabba6";

/**
 * `AWS/SAA/보안 서비스.md`, tags `aws`, `saa/security`:
 * ```
 * - AWS 보안 서비스 모음 : 계정과 워크로드를 보호하는 서비스
 * 	- ==GuardDuty== : 로그를 분석해 위협을 탐지하는 서비스
 * 	- ==AWS Shield== : DDoS 공격 방어 (Standard 는 무료)
 * 	- AWS WAF : 웹 애플리케이션 방화벽
 * - Amazon CloudWatch
 * 	- AWS 리소스와 애플리케이션을 <mark style="background: #FFF3A3A6;"> 모니터링 </mark>하는 서비스
 * 	- 지표, 로그, <mark style="background: #BBFABBA6;">경보(Alarm)</mark> 설정 가능
 * 	- **CloudWatch Logs** 로 로그 수집
 * - Amazon Route 53
 * 	- 관리형 ==DNS::도메인== 서비스, 가용성 100% SLA
 * 	- 트래픽을 나누는 ==라우팅 정책== : 단순, 가중치, 지연 시간
 * 	- 장애 조치 ==라우팅 정책== 으로 DR 구성
 * ```
 */
export function securityNote(): ParsedNote {
  const group = "AWS 보안 서비스 모음";
  const groupContext = ["계정과 워크로드를 보호하는 서비스", "AWS WAF : 웹 애플리케이션 방화벽"];
  const cw = [
    "AWS 리소스와 애플리케이션을 모니터링하는 서비스",
    "지표, 로그, 경보(Alarm) 설정 가능",
    "CloudWatch Logs 로 로그 수집",
  ];
  const r53 = [
    "관리형 DNS 서비스, 가용성 100% SLA",
    "트래픽을 나누는 라우팅 정책 : 단순, 가중치, 지연 시간",
    "장애 조치 라우팅 정책 으로 DR 구성",
  ];
  const others = (lines: string[], own: number): string[] => lines.filter((_, i) => i !== own);
  const highlights: NoteHighlight[] = [
    { line: 2, answer: "GuardDuty", kind: "equals", promptParts: ["", " : 로그를 분석해 위협을 탐지하는 서비스"],
      term: group, selfNamed: true, context: [...groupContext, "AWS Shield : DDoS 공격 방어 (Standard 는 무료)"] },
    { line: 3, answer: "AWS Shield", kind: "equals", promptParts: ["", " : DDoS 공격 방어 (Standard 는 무료)"],
      term: group, selfNamed: true, context: [...groupContext, "GuardDuty : 로그를 분석해 위협을 탐지하는 서비스"] },
    { line: 6, answer: "모니터링", kind: "mark", color: YELLOW, promptParts: ["AWS 리소스와 애플리케이션을 ", "하는 서비스"],
      term: "Amazon CloudWatch", selfNamed: false, context: others(cw, 0) },
    { line: 7, answer: "경보(Alarm)", kind: "mark", color: GREEN, promptParts: ["지표, 로그, ", " 설정 가능"],
      term: "Amazon CloudWatch", selfNamed: false, context: others(cw, 1) },
    { line: 8, answer: "CloudWatch Logs", kind: "bold", promptParts: ["", " 로 로그 수집"],
      term: "Amazon CloudWatch", selfNamed: false, context: others(cw, 2) },
    { line: 10, answer: "DNS", hint: "도메인", kind: "equals", promptParts: ["관리형 ", " 서비스, 가용성 100% SLA"],
      term: "Amazon Route 53", selfNamed: false, context: others(r53, 0) },
    { line: 11, answer: "라우팅 정책", kind: "equals", promptParts: ["트래픽을 나누는 ", " : 단순, 가중치, 지연 시간"],
      term: "Amazon Route 53", selfNamed: false, context: others(r53, 1) },
    { line: 12, answer: "라우팅 정책", kind: "equals", promptParts: ["장애 조치 ", " 으로 DR 구성"],
      term: "Amazon Route 53", selfNamed: false, context: others(r53, 2) },
  ];
  return { path: "AWS/SAA/보안 서비스.md", aws: true, tags: ["aws", "saa/security"], terms: [], highlights };
}

/** A copy of a note with its highlights changed by `edit` (the note itself is left alone). */
export function editNote(note: ParsedNote, edit: (hs: NoteHighlight[]) => NoteHighlight[]): ParsedNote {
  return { ...note, highlights: edit(note.highlights.map((h) => ({ ...h, promptParts: [...h.promptParts] }))) };
}

/** The highlight of `note` whose answer is `answer` (the first one). */
export function highlightOf(note: ParsedNote, answer: string): NoteHighlight {
  const h = note.highlights.find((x) => x.answer === answer);
  if (!h) throw new Error(`fixture has no highlight "${answer}"`);
  return h;
}
