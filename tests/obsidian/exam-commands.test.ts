/** @jest-environment jsdom */
import { Plugin, notices, setLanguage, type Command } from "../__mocks__/obsidian";
import { COMMAND_IDS, registerCommands, type CommandDeps } from "../../src/obsidian/commands";
import { cramRunIds, drillRunIds } from "../../src/ui/exam-model";
import { QuizModal, type QuizRequest } from "../../src/ui/quiz-modal";
import { ReviewPanel } from "../../src/ui/review-panel";
import type { PluginSettings } from "../../src/settings";
import { installObsidianDom } from "../editor/obsidian-dom";
import {
  COMPUTE_PATH, EXAM_COMPUTE_NOTE, EXAM_MESSAGING_NOTE, MESSAGING_PATH, answerUntilQuestion, optionNames, pickByKey, shownQuestion,
} from "../ui/exam-notes";
import { COMPUTE_NOTE, createStudyHarness, press, textOf, type StudyHarness } from "../ui/study-harness";

const NOW = "2025-05-01T09:00:00Z";

beforeEach(() => {
  installObsidianDom();
  document.body.replaceChildren();
  notices.length = 0;
  setLanguage("en");
});

/** The commands over a study harness, wired as the plugin wires them: the exam runs come from the panel's model. */
async function setUp(notes: Record<string, string>, overrides: Partial<PluginSettings> = {}) {
  const h = await createStudyHarness(notes, NOW, { burySiblings: false, ...overrides });
  const plugin = new Plugin({ vault: {}, workspace: { getActiveFile: () => null } }, { id: "aws-notes-cloze", version: "0.1.0" });
  const quizzes: QuizRequest[] = [];
  const deps: CommandDeps = {
    getSnapshot: () => h.snapshot(),
    getSettings: () => h.settings,
    saveSettings: async () => undefined,
    rebuildIndex: async () => 0,
    openReviewPanel: async () => undefined,
    openQuiz: (request) => { quizzes.push(request); },
    openTermLookup: () => undefined,
    cramIds: () => cramRunIds(h.services, h.services.now()),
    drillIds: () => drillRunIds(h.services, h.services.now()),
  };
  registerCommands(plugin as never, deps);
  const run = (id: string): void => {
    const command: Command | undefined = plugin.commands.find((c) => c.id === id);
    if (!command) throw new Error(`no command ${id}`);
    command.callback?.();
  };
  return { h, plugin, quizzes, run };
}

/** A review in the sidebar panel where the EC2 question is answered with a wrong pick; returns the term picked. */
function confuseEc2(h: StudyHarness): string {
  const panel = new ReviewPanel(document.body.createDiv(), h.services);
  panel.rootEl.querySelector<HTMLElement>(".anc-start")!.click();
  answerUntilQuestion(h, panel, "Amazon EC2");
  const picked = optionNames(panel).find((n) => n === "AWS Lambda" || n === "AWS Fargate")!;
  pickByKey(panel, picked);
  press(panel, " ");
  panel.destroy();
  return picked;
}

describe("the exam commands", () => {
  it("are registered with stable ids when the exam runs are known", async () => {
    const { plugin } = await setUp({ [COMPUTE_PATH]: EXAM_COMPUTE_NOTE });
    const byId = new Map(plugin.commands.map((c) => [c.id, c]));
    expect(byId.get(COMMAND_IDS.drillConfusions)?.name).toBe("Drill confused pairs");
    expect(byId.get(COMMAND_IDS.cram)?.name).toBe("Cram for the exam (weakest cards first)");
    expect([COMMAND_IDS.drillConfusions, COMMAND_IDS.cram]).toEqual(["drill-confused-pairs", "cram-for-exam"]);
  });

  it("drill says there is nothing to drill before any wrong pick", async () => {
    const { run, quizzes } = await setUp({ [COMPUTE_PATH]: EXAM_COMPUTE_NOTE, [MESSAGING_PATH]: EXAM_MESSAGING_NOTE });
    run(COMMAND_IDS.drillConfusions);
    expect(quizzes).toEqual([]);
    expect(notices).toEqual(["No confused pairs yet: a wrong pick in a multiple-choice question records one."]);
  });

  it("drill opens a quiz over the confused pair's questions, and the quiz asks them", async () => {
    const { h, run, quizzes } = await setUp({ [COMPUTE_PATH]: EXAM_COMPUTE_NOTE, [MESSAGING_PATH]: EXAM_MESSAGING_NOTE }, { choiceCount: 5 });
    const picked = confuseEc2(h);
    run(COMMAND_IDS.drillConfusions);
    expect(notices).toEqual([]);
    const ec2 = h.snapshot().cards.find((c) => c.kind === "reverse" && c.answer === "Amazon EC2")!;
    const other = h.snapshot().cards.find((c) => c.kind === "reverse" && c.answer === picked)!;
    expect(quizzes).toEqual([{ kind: "cards", ids: [ec2.id, other.id], title: "Confused pairs" }]);

    const modal = new QuizModal({} as never, h.services, quizzes[0]!);
    modal.open();
    expect(modal.titleEl.textContent).toBe("Confused pairs");
    const panelRoot = modal.contentEl.querySelector<HTMLElement>(".anc-panel")!;
    const asked: string[] = [];
    const panel = { rootEl: panelRoot };
    for (let guard = 0; guard < 5 && panelRoot.querySelector(".anc-choices"); guard++) {
      const card = shownQuestion(h, panel)!;
      asked.push(card.id);
      pickByKey(panel, card.answer);
      press(panel, " ");
    }
    expect(asked).toEqual([ec2.id, other.id]);
    expect(panelRoot.querySelector(".anc-summary")).not.toBeNull();
    modal.close();
  });

  it("cram says when it opens outside the cram days", async () => {
    const { run, quizzes } = await setUp({ "AWS/SAA/컴퓨팅.md": COMPUTE_NOTE }, { examDate: "2025-05-31" });
    run(COMMAND_IDS.cram);
    expect(quizzes).toEqual([]);
    expect(notices).toEqual(["Cram opens in the last 7 days before the exam date set in the settings, once cards are learned."]);
  });

  it("cram says so too in the cram days when nothing is learned yet", async () => {
    const { run, quizzes } = await setUp({ "AWS/SAA/컴퓨팅.md": COMPUTE_NOTE }, { examDate: "2025-05-04", cramDays: 5 });
    run(COMMAND_IDS.cram);
    expect(quizzes).toEqual([]);
    expect(notices).toEqual(["Cram opens in the last 5 days before the exam date set in the settings, once cards are learned."]);
  });

  it("cram opens a quiz over the learned cards, the one answered wrong first", async () => {
    const { h, run, quizzes } = await setUp({ "AWS/SAA/컴퓨팅.md": COMPUTE_NOTE }, { examDate: "2025-05-06" });
    const panel = new ReviewPanel(document.body.createDiv(), h.services);
    panel.rootEl.querySelector<HTMLElement>(".anc-start")!.click();
    const answered = new Set<string>();
    for (const key of ["4", "1", "4"]) {
      answered.add(textOf(panel, ".anc-prompt"));
      press(panel, " ");
      press(panel, key);
    }
    expect(answered.size).toBe(3);
    panel.destroy();
    run(COMMAND_IDS.cram);
    expect(notices).toEqual([]);
    expect(quizzes).toHaveLength(1);
    const request = quizzes[0]!;
    expect(request).toMatchObject({ kind: "cards", title: "Cram: weakest first" });
    const ids = request.kind === "cards" ? request.ids : [];
    expect([...ids].sort()).toEqual(h.snapshot().cards.map((c) => c.id).sort());
    const wrong = h.store.getData().logs.find((l) => l.rating === "again")!.cardId;
    expect(ids[0]).toBe(wrong);
  });
});

