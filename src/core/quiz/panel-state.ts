/** The review panel's phases and the only moves between them, so a stray key press cannot grade an unseen card. */

/** Where the panel is: the overview, a card's question or answer side, or the summary. */
export type PanelPhase = "overview" | "question" | "answer" | "summary";

/** What happened. */
export type PanelEvent = "show-card" | "reveal" | "finish" | "close" | "resume";

/** The phase after `event`, or the same phase when the event means nothing there. */
export function advancePanel(phase: PanelPhase, event: PanelEvent): PanelPhase {
  switch (event) {
    case "show-card": return phase === "summary" ? phase : "question";
    case "reveal": return phase === "question" ? "answer" : phase;
    case "finish": return "summary";
    case "close": return "overview";
    // Studying ahead from the summary: the run goes on.
    case "resume": return phase === "summary" ? "question" : phase;
  }
}

/** True when a rating can be given now (only after the answer was revealed). */
export function canGrade(phase: PanelPhase): boolean {
  return phase === "answer";
}
