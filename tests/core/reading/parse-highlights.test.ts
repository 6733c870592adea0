import { highlightOf, note, parse, promptOf, readFixture, termNamed, termNames } from "../../fixtures/notes/read-fixture";

describe("parseNote never reads terms or highlights out of code, frontmatter, math or comments", () => {
  const parsed = parse(readFixture("hidden-blocks.md"), "Study/blocks.md");
  const hiddenTerms = ["Code Term", "Tilde Term", "Math Term", "Comment Term", "Percent Term", "Frontmatter Term"];

  it("keeps the terms written in prose", () => {
    expect(termNames(parsed)).toEqual(["Amazon Athena", "AWS Glue"]);
  });

  it("finds no term inside fenced code (``` and ~~~), `$$` math, HTML comments, `%%` comments or frontmatter", () => {
    for (const name of hiddenTerms) expect(termNames(parsed)).not.toContain(name);
  });

  it("finds only the one highlight written in prose", () => {
    expect(parsed.highlights.map((h) => h.answer)).toEqual(["서버리스 쿼리"]);
  });

  it("does not read a highlight inside inline code", () => {
    const text = note("- Amazon EFS", "\t- 마운트는 `==not a card==` 로 하고 <mark>공유 파일 시스템</mark>", "\t- `<mark>x</mark>` 도 무시");
    expect(parse(text).highlights.map((h) => h.answer)).toEqual(["공유 파일 시스템"]);
  });

  it("drops inline comments from a definition", () => {
    expect(termNamed(parsed, "AWS Glue").definition).toEqual(["서버리스 ETL 서비스 로 데이터 카탈로그 관리"]);
  });

  it("still reads the frontmatter's tags", () => {
    expect(parsed.tags).toEqual(expect.arrayContaining(["aws", "saa"]));
  });

  it("reads nothing from a note whose frontmatter never closes as frontmatter, but parses the rest as prose", () => {
    const parsed2 = parse(note("---", "tags: [aws]", "", "- Amazon SQS", "\t- 메시지 큐"));
    expect(parsed2.tags).toEqual([]);
    expect(termNames(parsed2)).toContain("Amazon SQS");
  });
});

describe("parseNote finds highlights", () => {
  it("of both kinds, with the Highlightr colour kept in lower case", () => {
    const parsed = parse(readFixture("storage-and-messaging.md"));
    expect(highlightOf(parsed, "모니터링 서비스")).toMatchObject({ kind: "mark", color: "#fff3a3a6", line: 2, term: "Amazon CloudWatch" });
    expect(highlightOf(parsed, "만료되기까지의 시간")).toMatchObject({ kind: "mark", color: "#bbfabba6", term: "TTL" });
    expect(highlightOf(parsed, "상태 머신")).toMatchObject({ kind: "equals", line: 6, term: "AWS Step Functions" });
    expect(highlightOf(parsed, "상태 머신").color).toBeUndefined();
  });

  it("in `<mark>` tags with no attributes, other attributes, `background-color` and upper-case names", () => {
    const text = note("- Amazon EBS",
      "\t- <mark>블록 스토리지</mark> 와 <MARK class=\"hl\">볼륨</MARK> 그리고 <mark style=\"background-color: #BBFABBA6\">스냅샷</mark>");
    const found = parse(text).highlights.map((h) => [h.answer, h.color]);
    expect(found).toEqual([["블록 스토리지", undefined], ["볼륨", undefined], ["스냅샷", "#bbfabba6"]]);
  });

  it("but not in an unclosed `<mark>` or `==`, or a tag that only starts with `mark`", () => {
    const text = note("- Amazon EBS", "\t- <mark>열린 채로", "\t- ==닫히지 않음", "\t- <marker>아님</marker>");
    expect(parse(text).highlights).toEqual([]);
  });

  it("but not in an empty highlight", () => {
    const text = note("- Amazon EBS", "\t- 빈 ==  == 하이라이트", "\t- 빈 <mark> </mark> 마크");
    expect(parse(text).highlights).toEqual([]);
  });

  it("in `**bold**` only when the bold option is on", () => {
    const text = note("- AWS Shield", "\t- **DDoS** 방어와 ==자동 완화==");
    expect(parse(text).highlights.map((h) => h.answer)).toEqual(["자동 완화"]);
    const withBold = parse(text, "AWS/note.md", { clozeBold: true });
    expect(withBold.highlights.map((h) => [h.answer, h.kind])).toEqual([["DDoS", "bold"], ["자동 완화", "equals"]]);
  });

  it("only of the kinds turned on", () => {
    const text = note("- Amazon VPC", "\t- ==서브넷== 과 <mark>라우팅 테이블</mark>");
    expect(parse(text, "AWS/n.md", { clozeEquals: false }).highlights.map((h) => h.answer)).toEqual(["라우팅 테이블"]);
    expect(parse(text, "AWS/n.md", { clozeMark: false }).highlights.map((h) => h.answer)).toEqual(["서브넷"]);
  });

  it("with the hint after `::` kept apart from the answer", () => {
    const h = parse(note("- Amazon Route 53", "\t- 관리형 ==DNS::도메인== 서비스")).highlights[0];
    expect(h).toMatchObject({ answer: "DNS", hint: "도메인" });
    expect(h && promptOf(h)).toBe("관리형 [...] 서비스");
  });

  it("and keep a hint out of the definition the hover shows", () => {
    const parsed = parse(note("- Amazon Route 53", "\t- 관리형 ==DNS::도메인== 서비스"));
    expect(termNamed(parsed, "Amazon Route 53").definition).toEqual(["관리형 DNS 서비스"]);
  });

  it("that belong to the term whose definition holds them, or to the note when no entry does", () => {
    const parsed = parse(note("복습할 것: ==가용 영역== 두 개 이상", "", "- Amazon RDS", "\t- ==다중 AZ== 배포"), "AWS/RDS 정리.md");
    expect(highlightOf(parsed, "다중 AZ").term).toBe("Amazon RDS");
    expect(highlightOf(parsed, "가용 영역").term).toBe("RDS 정리");
  });
});

describe("parseNote's cloze prompts", () => {
  it("blank the highlighted phrase and keep the rest of the line as plain text", () => {
    const parsed = parse(readFixture("storage-and-messaging.md"));
    const h = highlightOf(parsed, "모니터링 서비스");
    expect(h.promptParts).toEqual(["AWS 리소스와 애플리케이션의 지표와 로그를 모으는 ", ""]);
    expect(h.context).toEqual(["경보를 설정해 임계값을 넘으면 알림"]);
  });

  it("leave other highlights on the same line as plain text", () => {
    const parsed = parse(note("- Amazon VPC", "\t- ==서브넷==과 <mark style=\"background: #FFF3A3A6;\">라우팅 테이블</mark>로 구성"));
    expect(promptOf(highlightOf(parsed, "서브넷"))).toBe("[...]과 라우팅 테이블로 구성");
    expect(promptOf(highlightOf(parsed, "라우팅 테이블"))).toBe("서브넷과 [...]로 구성");
  });

  it("keep the space Highlightr leaves inside `<mark>` outside the blank", () => {
    const parsed = parse(note("- Amazon MQ", "\t- 관리형<mark style=\"background: #FFF3A3A6;\"> 메시지 브로커</mark>"));
    expect(highlightOf(parsed, "메시지 브로커").promptParts).toEqual(["관리형 ", ""]);
  });

  it("give a self-named highlight (`==Fargate== : …`) to the parent entry and blank every occurrence of it", () => {
    const text = note(
      "- 컴퓨트 서비스 모음 : 연산을 맡는 서비스",
      "\t- ==Fargate==\u00a0: 서버 없이 컨테이너 실행, Fargate는 ECS와 함께 사용",
      "\t- Batch : 일괄 작업",
    );
    const h = highlightOf(parse(text), "Fargate");
    expect(h.selfNamed).toBe(true);
    expect(h.term).toBe("컴퓨트 서비스 모음");
    expect(promptOf(h)).toBe("[...] : 서버 없이 컨테이너 실행, [...]는 ECS와 함께 사용");
    expect(h.context).toEqual(["연산을 맡는 서비스", "Batch : 일괄 작업"]);
  });

  it("give a self-named highlight under a top-level term to that term (`**<mark>Comprehend</mark>** : …`)", () => {
    const text = note("- Amazon Translate", "\t- **<mark style=\"background: #ADCCFFA6;\">Translate</mark>** : 번역하다", "\t- 신경망 기계 번역 서비스");
    const h = highlightOf(parse(text), "Translate");
    expect(h).toMatchObject({ selfNamed: true, term: "Amazon Translate", color: "#adccffa6" });
    expect(promptOf(h)).toBe("[...] : 번역하다");
  });

  it("mask the answer in a self-named highlight's context lines too", () => {
    const text = note("- 컴퓨트 서비스 모음", "\t- ==Lightsail== : 간단한 가상 서버", "\t- Batch : Lightsail보다 큰 일괄 작업");
    expect(highlightOf(parse(text), "Lightsail").context).toEqual(["Batch : [...]보다 큰 일괄 작업"]);
  });
});
