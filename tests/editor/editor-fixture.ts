/** A real EditorView in jsdom with the markdown syntax tree and the terms extension, plus glossary snapshots. */
import { EditorState } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import { markdown, markdownLanguage } from "@codemirror/lang-markdown";
import { buildMatcher } from "../../src/core/matcher/matcher";
import type { Term } from "../../src/core/glossary/types";
import { awsTermsExtension } from "../../src/editor/extension";
import type { GlossarySnapshot } from "../../src/editor/glossary-state";
import type { AwsTermsOptions } from "../../src/editor/options";
import { TERM_CLASS } from "../../src/editor/term-marks";
import { installObsidianDom } from "./obsidian-dom";

/** A glossary term with a definition and a source line. */
export function makeTerm(name: string, aliases: string[] = [], source = { path: "AWS/glossary.md", line: 1 }): Term {
  return { id: name.toLowerCase(), name, aliases, definition: [`${name} 정의`], sources: [source] };
}

/** The snapshot the Obsidian layer would send for `terms` at `revision`. */
export function makeSnapshot(terms: Term[], revision = 1): GlossarySnapshot {
  const byId = new Map(terms.map((t) => [t.id, t]));
  return { revision, matcher: buildMatcher(terms), lookup: (id) => byId.get(id) };
}

export const sqs = makeTerm("Amazon SQS", ["SQS"]);
export const ec2 = makeTerm("Amazon EC2", ["EC2"]);
export const lambda = makeTerm("AWS Lambda", ["Lambda"]);

/** Opens an editor on `doc` whose glossary starts as `terms`. */
export function openEditor(doc: string, terms: Term[], options: Partial<AwsTermsOptions> = {}): EditorView {
  installObsidianDom();
  const snapshot = makeSnapshot(terms);
  const state = EditorState.create({
    doc,
    extensions: [
      markdown({ base: markdownLanguage }),
      awsTermsExtension({ getGlossary: () => snapshot, ...options }),
    ],
  });
  return new EditorView({ state, parent: document.body });
}

/** The marked terms as a reader sees them: [text, term id] in document order. */
export function markedTerms(view: EditorView): Array<[string, string]> {
  return Array.from(view.contentDOM.querySelectorAll(`.${TERM_CLASS}`)).map((el) => [
    el.textContent ?? "",
    el.getAttribute("data-term-id") ?? "",
  ]);
}
