/** @jest-environment jsdom */
import { buildMatcher } from "../../src/core/matcher/matcher";
import type { Term } from "../../src/core/glossary/types";
import { markReadingTerms } from "../../src/editor/reading-marks";
import { renderHoverCard } from "../../src/ui/hover-card";
import { READING_POPOVER_CLASS, ReadingPopover } from "../../src/ui/reading-popover";
import { installObsidianDom } from "../editor/obsidian-dom";

const sqs: Term = { id: "amazon sqs", name: "Amazon SQS", aliases: ["SQS"], definition: ["메시지 큐"], sources: [{ path: "AWS/SQS.md", line: 1 }] };
const sns: Term = { id: "amazon sns", name: "Amazon SNS", aliases: ["SNS"], definition: ["알림"], sources: [{ path: "AWS/SNS.md", line: 1 }] };

let stopListening = (): void => undefined;

function setUp(touch: boolean, enabled = () => true) {
  installObsidianDom();
  document.body.replaceChildren();
  const note = document.body.createDiv({ cls: "markdown-rendered" });
  note.createEl("p", { text: "SQS와 SNS를 같이 쓴다" });
  markReadingTerms(note, buildMatcher([sqs, sns]));
  const ended: string[] = [];
  const quizzed: string[] = [];
  const popover = new ReadingPopover({
    enabled, delayMs: () => 300, tapToOpen: () => touch, asSheet: () => false,
    renderCard: (parent, termId, dismiss) => {
      const term = [sqs, sns].find((t) => t.id === termId);
      if (term) {
        renderHoverCard(parent, term, {
          beginCard: () => ({ renderMarkdown: (el, md) => el.append(md), end: () => ended.push(term.id) }),
          quizTerm: (id) => quizzed.push(id),
        }, {}, dismiss);
      }
      return term !== undefined;
    },
  });
  const handlers = [
    ["pointerdown", (e: Event) => popover.onPointerDown(e as PointerEvent)], ["mouseover", (e: Event) => popover.onPointerOver(e as MouseEvent)],
    ["click", (e: Event) => popover.onClick(e as MouseEvent)], ["keydown", (e: Event) => popover.onKeyDown(e as KeyboardEvent)],
    ["scroll", (e: Event) => popover.onScroll(e)],
  ] as const;
  for (const [type, handle] of handlers) document.addEventListener(type, handle, true);
  stopListening = () => {
    for (const [type, handle] of handlers) document.removeEventListener(type, handle, true);
    popover.hide();
  };
  const term = (name: string): HTMLElement => [...note.querySelectorAll<HTMLElement>(".anc-term")].find((el) => el.textContent === name)!;
  const cards = (): string[] => [...document.querySelectorAll(`.${READING_POPOVER_CLASS} .anc-hover-card-name`)].map((el) => el.textContent ?? "");
  return { popover, note, term, cards, ended, quizzed };
}

/** What a browser sends for one tap: pointer events, then the mouse events it makes up, then the click. */
function tap(el: Element, at: number): void {
  el.dispatchEvent(Object.assign(new MouseEvent("pointerdown", { bubbles: true }), { pointerType: "touch" }));
  jest.setSystemTime(at + 50);
  el.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
  el.dispatchEvent(new MouseEvent("click", { bubbles: true }));
}

describe("the card over terms in reading view", () => {
  beforeEach(() => jest.useFakeTimers({ now: 1_000_000 }));
  afterEach(() => {
    stopListening();
    jest.useRealTimers();
  });

  it("opens after the pointer rests on a term, stays while the pointer is on it, and goes after it leaves", () => {
    const { term, cards, note } = setUp(false);
    term("SQS").dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
    expect(cards()).toEqual([]);
    jest.advanceTimersByTime(300);
    expect(cards()).toEqual(["Amazon SQS"]);
    document.querySelector(`.${READING_POPOVER_CLASS} .anc-hover-card-name`)!.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
    jest.advanceTimersByTime(1000);
    expect(cards()).toEqual(["Amazon SQS"]);
    note.querySelector("p")!.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
    jest.advanceTimersByTime(300);
    expect(cards()).toEqual([]);
  });

  it("opens exactly one card per tap on a touch screen, and the made-up mouse events open nothing more", () => {
    const { term, cards, ended, note } = setUp(true);
    tap(term("SQS"), Date.now());
    expect(cards()).toEqual(["Amazon SQS"]);
    jest.advanceTimersByTime(1000);
    expect(cards()).toEqual(["Amazon SQS"]);
    tap(term("SNS"), Date.now());
    jest.advanceTimersByTime(1000);
    expect(cards()).toEqual(["Amazon SNS"]);
    // A touch that made no tap (the finger scrolled on): its made-up mouseover opens no card later either.
    term("SQS").dispatchEvent(Object.assign(new MouseEvent("pointerdown", { bubbles: true }), { pointerType: "touch" }));
    term("SQS").dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
    jest.advanceTimersByTime(1000);
    expect(cards()).toEqual(["Amazon SNS"]);
    // A tap elsewhere closes it, and the card's rendering is let go each time.
    note.querySelector("p")!.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    expect(cards()).toEqual([]);
    expect(ended).toEqual(["amazon sqs", "amazon sns"]);
  });

  it("closes when its quiz starts, so the card and its answers are not left over the quiz", () => {
    const { term, cards, quizzed } = setUp(true);
    tap(term("SQS"), Date.now());
    expect(cards()).toEqual(["Amazon SQS"]);
    document.querySelector<HTMLButtonElement>(`.${READING_POPOVER_CLASS} .anc-hover-card-quiz`)?.click();
    expect(quizzed).toEqual([sqs.id]);
    expect(cards()).toEqual([]);
  });

  it("closes on Escape and when the page scrolls under it", () => {
    const { term, cards, note } = setUp(true);
    tap(term("SQS"), Date.now());
    document.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    expect(cards()).toEqual([]);
    tap(term("SQS"), Date.now());
    note.dispatchEvent(new Event("scroll"));
    expect(cards()).toEqual([]);
  });

  it("opens nothing when hover definitions are turned off, even on marks drawn before", () => {
    const { term, cards } = setUp(true, () => false);
    tap(term("SQS"), Date.now());
    term("SQS").dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
    jest.advanceTimersByTime(1000);
    expect(cards()).toEqual([]);
  });
});
