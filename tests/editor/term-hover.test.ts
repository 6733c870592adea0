/** @jest-environment jsdom */
import type { EditorView } from "@codemirror/view";
import { findTermTooltip } from "../../src/editor/term-hover";
import { ec2, openEditor, sqs } from "./editor-fixture";

let view: EditorView | undefined;
afterEach(() => {
  view?.destroy();
  view = undefined;
});

describe("the hover source", () => {
  it("returns the card of the term under the pointer", () => {
    view = openEditor("큐는 SQS를 쓰고 EC2도", [sqs, ec2]);
    const tooltip = findTermTooltip(view, 4, 1);
    expect(tooltip).toMatchObject({ pos: 3, end: 6 });
    const card = tooltip?.create(view).dom;
    expect(card?.querySelector(".anc-hover-card-name")?.textContent).toBe("Amazon SQS");
    expect(card?.textContent).toContain("Amazon SQS 정의");
    expect(findTermTooltip(view, 12, 1)?.pos).toBe(11);
  });

  it("returns nothing away from marked terms", () => {
    view = openEditor("큐는 SQS를 쓰고 `EC2` 코드", [sqs, ec2]);
    expect(findTermTooltip(view, 1, 1)).toBeNull();
    expect(findTermTooltip(view, 6, 1)).toBeNull();
    expect(findTermTooltip(view, 14, 1)).toBeNull();
  });

  it("respects the side the pointer is on at a term's edges", () => {
    view = openEditor("큐는 SQS를", [sqs]);
    expect(findTermTooltip(view, 6, -1)?.pos).toBe(3);
    expect(findTermTooltip(view, 6, 1)).toBeNull();
    expect(findTermTooltip(view, 3, -1)).toBeNull();
  });
});

describe("tapping a term", () => {
  function tapFirstTerm(v: EditorView): void {
    const mark = v.contentDOM.querySelector(".anc-term");
    mark?.dispatchEvent(new MouseEvent("click", { bubbles: true }));
  }

  it("opens the card on a tap and closes it with Escape without taking focus", () => {
    const quizzed: string[] = [];
    view = openEditor("큐는 SQS를 쓴다", [sqs], { tapToOpen: true, actions: { quizTerm: (id) => quizzed.push(id) } });
    const v = view;
    tapFirstTerm(v);
    const card = v.dom.querySelector(".anc-term-tooltip .anc-hover-card");
    expect(card?.querySelector(".anc-hover-card-name")?.textContent).toBe("Amazon SQS");
    expect(card?.contains(document.activeElement)).toBe(false);
    v.contentDOM.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    expect(v.dom.querySelector(".anc-term-tooltip")).toBeNull();
  });

  it("closes the card when its quiz starts, so the answers in it are not left over the quiz", () => {
    const quizzed: string[] = [];
    view = openEditor("큐는 SQS를 쓴다", [sqs], { tapToOpen: true, actions: { quizTerm: (id) => quizzed.push(id) } });
    tapFirstTerm(view);
    view.dom.querySelector<HTMLButtonElement>(".anc-term-tooltip .anc-hover-card-quiz")?.click();
    expect(quizzed).toEqual(["amazon sqs"]);
    expect(view.dom.querySelector(".anc-term-tooltip")).toBeNull();
  });

  it("does not open a card on a click where tapping is off (desktop)", () => {
    view = openEditor("큐는 SQS를 쓴다", [sqs]);
    tapFirstTerm(view);
    expect(view.dom.querySelector(".anc-term-tooltip")).toBeNull();
  });
});
