/** The cloze quiz: the review panel component in a modal, started from the command palette. */
import { Modal, type App } from "obsidian";
import { ReviewPanel, type PanelMode } from "./review-panel";
import { t } from "./strings";
import type { StudyServices } from "./study-services";

/** What to quiz: today's due cards across all AWS notes, every card of one note, or every card of one term. */
export type QuizRequest =
  | { kind: "review" }
  | { kind: "note"; path: string }
  | { kind: "term"; termId: string; name: string }
  /** Chosen cards in a chosen order (cram, a drill of confused pairs), under their own title. */
  | { kind: "cards"; ids: string[]; title: string };

function noteName(path: string): string {
  return (path.split("/").pop() ?? path).replace(/\.md$/i, "");
}

function titleOf(request: QuizRequest): string {
  switch (request.kind) {
    case "review": return t("quizTitle");
    case "note": return t("quizNoteTitle", { note: noteName(request.path) });
    case "term": return t("quizTermTitle", { term: request.name });
    case "cards": return request.title;
  }
}

function modeOf(request: QuizRequest, onClose: () => void): PanelMode {
  switch (request.kind) {
    case "review": return { kind: "quiz", run: "review", onClose };
    case "note": return { kind: "quiz", run: "note", path: request.path, onClose };
    case "term": return { kind: "quiz", run: "term", termId: request.termId, name: request.name, onClose };
    case "cards": return { kind: "quiz", run: "cards", ids: request.ids, onClose };
  }
}

/** A modal running one quiz; it ends on its summary's close button, Escape, or "Open in note". */
export class QuizModal extends Modal {
  private panel: ReviewPanel | null = null;

  constructor(app: App, private readonly services: StudyServices, private readonly request: QuizRequest) {
    super(app);
  }

  override onOpen(): void {
    const request = this.request;
    this.setTitle(titleOf(request));
    this.modalEl.addClass("anc-quiz-modal");
    const services: StudyServices = {
      ...this.services,
      // The note opens behind the modal, so the modal makes way; answers given so far are already stored.
      openSource: (path, line) => {
        this.close();
        this.services.openSource(path, line);
      },
    };
    const onClose = (): void => this.close();
    this.panel = new ReviewPanel(this.contentEl, services, modeOf(request, onClose));
    this.panel.rootEl.focus();
  }

  override onClose(): void {
    this.panel?.destroy();
    this.panel = null;
    this.contentEl.empty();
  }
}
