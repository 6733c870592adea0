/** @jest-environment jsdom */
import { Component, setLanguage } from "../__mocks__/obsidian";
import type { SourceRef } from "../../src/core/glossary/types";
import { createTermActions } from "../../src/obsidian/term-actions";
import { TermLookupModal } from "../../src/ui/term-lookup-modal";
import { installObsidianDom } from "../editor/obsidian-dom";
import { createStudyHarness, type StudyHarness } from "./study-harness";
import { TERM_NOTES } from "./term-notes";

/** A term written by its Korean name, as many of our users do. */
const AUTO_SCALING_NOTE = "- 오토 스케일링\n\t- EC2 인스턴스 수를 ==자동으로== 조정\n";

beforeEach(() => {
  installObsidianDom();
  document.body.replaceChildren();
  setLanguage("en");
});

/** The look-up over the harness's glossary with the hover card's actions; records quizzes and opened sources. */
function openLookup(h: StudyHarness) {
  const quizzes: [string, string][] = [];
  const opened: SourceRef[] = [];
  const actions = createTermActions({
    app: {} as never, renderOwner: new Component() as never, snapshot: () => h.snapshot(), store: h.store,
    openSource: () => undefined, quizTerm: (termId, name) => { quizzes.push([termId, name]); }, now: () => h.services.now(),
  });
  const modal = new TermLookupModal({} as never, h.snapshot().terms, { ...actions, openSource: (ref) => { opened.push(ref); } });
  modal.open();
  /** Types `query`, and chooses the first suggestion; returns the names suggested. */
  const choose = async (query: string): Promise<string[]> => {
    const hits = await modal.getSuggestions(query);
    const first = hits[0];
    if (first) modal.onChooseSuggestion(first);
    return hits.map((hit) => hit.term.name);
  };
  const detail = (): HTMLElement | null => document.body.querySelector<HTMLElement>(".anc-term-detail");
  const button = (text: string): HTMLButtonElement | undefined =>
    [...document.body.querySelectorAll<HTMLButtonElement>(".anc-term-detail button")].find((b) => b.textContent === text);
  return { modal, quizzes, opened, choose, detail, button };
}

describe("the chosen term's details", () => {
  it("say how many cards the term has and quiz them with one button", async () => {
    const h = await createStudyHarness(TERM_NOTES);
    const lookup = openLookup(h);
    expect((await lookup.choose("sqs"))[0]).toBe("Amazon SQS");
    expect(lookup.detail()?.querySelector(".anc-term-detail-state")?.textContent).toBe("3 cards, not studied yet");
    lookup.button("Quiz me on this term")?.click();
    expect(lookup.quizzes).toEqual([["amazon sqs", "Amazon SQS"]]);
    // The details close for the quiz.
    expect(lookup.detail()).toBeNull();
  });

  it("say so when the term has no cards, offer no quiz, and still open its note", async () => {
    const h = await createStudyHarness(TERM_NOTES);
    const lookup = openLookup(h);
    expect((await lookup.choose("kinesis"))[0]).toBe("Amazon Kinesis");
    expect(lookup.detail()?.querySelector(".anc-term-detail-state")?.textContent).toBe("No cloze cards for this term yet.");
    expect(lookup.button("Quiz me on this term")).toBeUndefined();
    lookup.button("Open 큐, line 6")?.click();
    expect(lookup.opened).toEqual([{ path: "AWS/SAA/큐.md", line: 6 }]);
    expect(lookup.quizzes).toEqual([]);
  });

  it("speak Korean in Korean", async () => {
    setLanguage("ko");
    const h = await createStudyHarness(TERM_NOTES);
    const lookup = openLookup(h);
    await lookup.choose("kinesis");
    expect(lookup.detail()?.querySelector(".anc-term-detail-state")?.textContent).toBe("이 용어에는 아직 빈칸 카드가 없어요.");
  });
});

describe("typing Korean initial consonants", () => {
  it("lists the term whose Korean name has them and leads to its quiz", async () => {
    const h = await createStudyHarness({ ...TERM_NOTES, "AWS/오토 스케일링.md": AUTO_SCALING_NOTE });
    const lookup = openLookup(h);
    expect(await lookup.choose("ㅅㅋㅇㄹ")).toEqual(["오토 스케일링"]);
    expect(lookup.detail()?.querySelector(".anc-term-detail-state")?.textContent).toBe("1 card, not studied yet");
    lookup.button("Quiz me on this term")?.click();
    expect(lookup.quizzes).toEqual([["오토 스케일링", "오토 스케일링"]]);
  });

  it("finds a term by the Korean alias the catalogue gives it", async () => {
    const lookup = openLookup(await createStudyHarness(TERM_NOTES));
    expect(await lookup.choose("ㅋㄴ")).toEqual(["Amazon Kinesis"]);
  });
});
