/** @jest-environment jsdom */
import { EditorState } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import { markdown, markdownLanguage } from "@codemirror/lang-markdown";
import { awsTermsExtension } from "../../src/editor/extension";
import { GlossarySource } from "../../src/editor/glossary-source";
import type { GlossarySnapshot } from "../../src/editor/glossary-state";
import { ec2, makeSnapshot, markedTerms, sqs } from "./editor-fixture";
import { installObsidianDom } from "./obsidian-dom";

/** A plugin-like host: the current glossary and the source every editor listens to. */
function host(): { source: GlossarySource; set: (s: GlossarySnapshot) => void; open: (doc: string) => EditorView } {
  installObsidianDom();
  const source = new GlossarySource();
  let current: GlossarySnapshot | null = null;
  const extension = awsTermsExtension({ getGlossary: () => current, onGlossaryChange: source.subscribe });
  return {
    source,
    set(s) {
      current = s;
      source.publish(s.matcher);
    },
    open: (doc) => new EditorView({ state: EditorState.create({ doc, extensions: [markdown({ base: markdownLanguage }), extension] }), parent: document.body }),
  };
}

describe("every editor reads the glossary from one source", () => {
  it("marks terms in editors opened before the first glossary (a canvas card, an embed) once it is published", () => {
    const h = host();
    const canvasCard = h.open("SQS를 쓴다");
    const embed = h.open("EC2 위에서");
    expect([markedTerms(canvasCard), markedTerms(embed)]).toEqual([[], []]);
    h.set(makeSnapshot([sqs, ec2], 1));
    expect(markedTerms(canvasCard)).toEqual([["SQS", "amazon sqs"]]);
    expect(markedTerms(embed)).toEqual([["EC2", "amazon ec2"]]);
    canvasCard.destroy();
    embed.destroy();
  });

  it("keeps every open editor current as the glossary changes, and a new editor starts with the latest", () => {
    const h = host();
    h.set(makeSnapshot([sqs], 1));
    const first = h.open("EC2와 SQS");
    expect(markedTerms(first)).toEqual([["SQS", "amazon sqs"]]);
    h.set(makeSnapshot([sqs, ec2], 2));
    expect(markedTerms(first)).toEqual([["EC2", "amazon ec2"], ["SQS", "amazon sqs"]]);
    const later = h.open("EC2만");
    expect(markedTerms(later)).toEqual([["EC2", "amazon ec2"]]);
    first.destroy();
    later.destroy();
  });

  it("reads a glossary published while its view was being built", async () => {
    const h = host();
    let latest: GlossarySnapshot | null = null;
    const state = EditorState.create({ doc: "SQS", extensions: [awsTermsExtension({ getGlossary: () => latest, onGlossaryChange: h.source.subscribe })] });
    // The state was made with no glossary; one arrives (unannounced) before its view exists.
    latest = makeSnapshot([sqs], 3);
    const view = new EditorView({ state, parent: document.body });
    await Promise.resolve();
    expect(markedTerms(view)).toEqual([["SQS", "amazon sqs"]]);
    view.destroy();
  });

  it("stops listening when its editor closes", () => {
    const h = host();
    const a = h.open("SQS");
    const b = h.open("SQS");
    expect(h.source.listening).toBe(2);
    a.destroy();
    expect(h.source.listening).toBe(1);
    b.destroy();
    expect(h.source.listening).toBe(0);
    expect(() => h.set(makeSnapshot([sqs], 9))).not.toThrow();
  });

  it("says reading views need drawing again only when what is marked changed", () => {
    const source = new GlossarySource();
    const one = makeSnapshot([sqs], 1);
    expect(source.publish(one.matcher)).toBe(true);
    expect(source.publish(one.matcher)).toBe(false);
    expect(source.publish(makeSnapshot([sqs, ec2], 2).matcher)).toBe(true);
  });
});
