import { advancePanel, canGrade } from "../../../src/core/quiz/panel-state";

describe("the panel's phases", () => {
  it("reveals only a shown question, and grades only a revealed answer", () => {
    expect(advancePanel("overview", "reveal")).toBe("overview");
    expect(advancePanel("question", "reveal")).toBe("answer");
    expect(advancePanel("summary", "reveal")).toBe("summary");
    expect(canGrade("question")).toBe(false);
    expect(canGrade("answer")).toBe(true);
  });

  it("goes from any card to the next card or the summary, and back to the overview", () => {
    expect(advancePanel("answer", "show-card")).toBe("question");
    expect(advancePanel("question", "finish")).toBe("summary");
    expect(advancePanel("summary", "show-card")).toBe("summary");
    expect(advancePanel("summary", "close")).toBe("overview");
  });
});
