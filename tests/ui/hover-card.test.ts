/** @jest-environment jsdom */
import type { SourceRef, Term } from "../../src/core/glossary/types";
import { closeHoverCard, HOVER_FIRST_LINES, HOVER_FIRST_SOURCES, renderHoverCard } from "../../src/ui/hover-card";
import { installObsidianDom } from "../editor/obsidian-dom";

const term: Term = {
  id: "amazon sqs",
  name: "Amazon SQS",
  aliases: ["SQS", "Simple Queue Service"],
  definition: ["완전관리형 메시지 큐 서비스", "<img src=x onerror=alert(1)>"],
  sources: [{ path: "AWS/AWS 서비스 정리.md", line: 12 }, { path: "AWS/큐.md", line: 3 }],
};

beforeEach(() => {
  installObsidianDom();
  document.body.replaceChildren();
});

describe("the term hover card", () => {
  it("shows the name, aliases, definition lines and sources", () => {
    const card = renderHoverCard(document.body, term);
    expect(card.querySelector(".anc-hover-card-name")?.textContent).toBe("Amazon SQS");
    expect(card.querySelector(".anc-hover-card-aliases")?.textContent).toContain("SQS, Simple Queue Service");
    expect(Array.from(card.querySelectorAll(".anc-hover-card-definition li")).map((li) => li.textContent)).toEqual(term.definition);
    expect(Array.from(card.querySelectorAll(".anc-hover-card-source")).map((s) => s.textContent)).toEqual([
      "AWS 서비스 정리, line 12",
      "큐, line 3",
    ]);
  });

  it("shows the first lines and sources of a term defined in hundreds of notes, the rest behind \"N more\"", () => {
    const wide: Term = {
      ...term,
      definition: Array.from({ length: 412 }, (_, k) => `정의 ${k}`),
      sources: Array.from({ length: 225 }, (_, k) => ({ path: `AWS/노트 ${k}.md`, line: k + 1 })),
    };
    const opened: SourceRef[] = [];
    const card = renderHoverCard(document.body, wide, { openSource: (ref) => opened.push(ref) });
    const lines = (): number => card.querySelectorAll(".anc-hover-card-definition li:not(.anc-hover-card-more-item)").length;
    const sources = (): number => card.querySelectorAll(".anc-hover-card-source").length;
    expect([lines(), sources()]).toEqual([HOVER_FIRST_LINES, HOVER_FIRST_SOURCES]);
    const more = Array.from(card.querySelectorAll<HTMLButtonElement>(".anc-hover-card-more"));
    expect(more.map((b) => b.textContent)).toEqual([`${412 - HOVER_FIRST_LINES} more`, `${225 - HOVER_FIRST_SOURCES} more`]);
    more[1]!.click();
    expect(sources()).toBe(225);
    expect(card.querySelectorAll(".anc-hover-card-more")).toHaveLength(1);
    card.querySelectorAll<HTMLButtonElement>(".anc-hover-card-source")[224]!.click();
    expect(opened).toEqual([{ path: "AWS/노트 224.md", line: 225 }]);
    more[0]!.click();
    expect(lines()).toBe(412);
    expect(card.querySelector(".anc-hover-card-more")).toBeNull();
  });

  it("shows note text that looks like HTML as text", () => {
    const hostile: Term = { ...term, name: "<b>SQS</b>", aliases: ["<script>x()</script>"] };
    const card = renderHoverCard(document.body, hostile);
    expect(card.querySelector("img, b, script")).toBeNull();
    expect(card.textContent).toContain("<img src=x onerror=alert(1)>");
    expect(card.querySelector(".anc-hover-card-name")?.textContent).toBe("<b>SQS</b>");
  });

  it("opens a source at its line and quizzes the term when clicked", () => {
    const opened: SourceRef[] = [];
    const quizzed: string[] = [];
    const card = renderHoverCard(document.body, term, {
      openSource: (ref) => opened.push(ref),
      quizTerm: (id) => quizzed.push(id),
      describeCards: () => "3 cards, next due in 2 days",
    });
    card.querySelectorAll<HTMLButtonElement>(".anc-hover-card-source")[1]?.click();
    card.querySelector<HTMLButtonElement>(".anc-hover-card-quiz")?.click();
    expect(opened).toEqual([{ path: "AWS/큐.md", line: 3 }]);
    expect(quizzed).toEqual(["amazon sqs"]);
    expect(card.querySelector(".anc-hover-card-state")?.textContent).toBe("3 cards, next due in 2 days");
  });

  it("leaves out the quiz button and card state without reviews", () => {
    const card = renderHoverCard(document.body, term, { describeCards: () => undefined });
    expect(card.querySelector(".anc-hover-card-quiz")).toBeNull();
    expect(card.querySelector(".anc-hover-card-state")).toBeNull();
    expect(card.querySelector("button")).toBeNull();
  });

  it("renders definition lines through the card's own markdown renderer, and lets it go when the card closes", () => {
    const events: string[] = [];
    const card = renderHoverCard(document.body, term, {
      beginCard: () => {
        events.push("begin");
        return { renderMarkdown: (el, md) => el.append(`rendered:${md}`), end: () => events.push("end") };
      },
    });
    expect(card.querySelector(".anc-hover-card-definition li")?.textContent).toBe("rendered:완전관리형 메시지 큐 서비스");
    const holder = document.body.createDiv();
    holder.append(card);
    closeHoverCard(holder);
    closeHoverCard(card);
    expect(events).toEqual(["begin", "end"]);
  });

  it("uses the given labels", () => {
    const card = renderHoverCard(document.body, term, { quizTerm: () => undefined }, { quiz: "이 용어 퀴즈" });
    expect(card.querySelector(".anc-hover-card-quiz")?.textContent).toBe("이 용어 퀴즈");
  });
});
