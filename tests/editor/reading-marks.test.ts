/** @jest-environment jsdom */
import { buildMatcher } from "../../src/core/matcher/matcher";
import { findMarkedTermId, markReadingTerms } from "../../src/editor/reading-marks";
import { installObsidianDom } from "./obsidian-dom";

const matcher = buildMatcher([
  { id: "amazon sqs", name: "Amazon SQS", aliases: ["SQS"] },
  { id: "amazon ec2", name: "Amazon EC2", aliases: ["EC2"] },
  { id: "데이터", name: "데이터", aliases: [] },
]);

type Child = string | HTMLElement;

/** Builds an element of rendered markdown; text children stay text. */
function h(tag: string, attrs: Record<string, string>, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.append(...children);
  return el;
}

function render(...blocks: HTMLElement[]): HTMLElement {
  installObsidianDom();
  const root = h("div", {}, ...blocks);
  document.body.replaceChildren(root);
  return root;
}

function marks(root: HTMLElement): Array<[string, string]> {
  return Array.from(root.querySelectorAll(".anc-term")).map((el) => [el.textContent ?? "", el.getAttribute("data-term-id") ?? ""]);
}

describe("marking terms in reading view", () => {
  it("marks terms in paragraphs and list items, keeping the text around them", () => {
    const root = render(
      h("p", {}, "SQS를 사용하면 ", h("strong", {}, "EC2"), "와 분리"),
      h("ul", {}, h("li", {}, "빅데이터와 데이터를 저장")),
    );
    expect(markReadingTerms(root, matcher)).toBe(3);
    expect(marks(root)).toEqual([["SQS", "amazon sqs"], ["EC2", "amazon ec2"], ["데이터", "데이터"]]);
    expect(root.textContent).toBe("SQS를 사용하면 EC2와 분리빅데이터와 데이터를 저장");
  });

  it("skips code, pre, links and headings", () => {
    const root = render(
      h("h2", {}, "SQS 정리"),
      h("p", {}, h("code", {}, "SQS"), " ", h("a", { href: "x" }, "SQS"), " ", h("a", { class: "internal-link" }, "EC2")),
      h("pre", {}, h("code", {}, "EC2")),
      h("p", {}, "EC2"),
    );
    expect(markReadingTerms(root, matcher)).toBe(1);
    expect(marks(root)).toEqual([["EC2", "amazon ec2"]]);
    expect(root.querySelector("p")?.textContent).toBe("SQS SQS EC2");
  });

  it("does not mark already marked text again", () => {
    const root = render(h("p", {}, "SQS 그리고 Amazon EC2"));
    markReadingTerms(root, matcher);
    expect(markReadingTerms(root, matcher)).toBe(0);
    expect(marks(root)).toEqual([["SQS", "amazon sqs"], ["Amazon EC2", "amazon ec2"]]);
  });

  it("keeps markup-looking note text as text", () => {
    const root = render(h("p", {}, "SQS <img src=x onerror=alert(1)> EC2"));
    markReadingTerms(root, matcher);
    expect(root.querySelector("img")).toBeNull();
    expect(root.textContent).toBe("SQS <img src=x onerror=alert(1)> EC2");
    expect(marks(root)).toHaveLength(2);
  });

  it("tells which term an event happened on", () => {
    const root = render(h("p", {}, "큐는 SQS"));
    markReadingTerms(root, matcher);
    expect(findMarkedTermId(root.querySelector(".anc-term"))).toBe("amazon sqs");
    expect(findMarkedTermId(root.querySelector("p"))).toBeNull();
    expect(findMarkedTermId(null)).toBeNull();
  });
});
