/**
 * Exam practice in a real browser, as a student preparing for an AWS exam meets it: reverse cards asked as multiple
 * choice (by keys, clicks and taps), the pairs they confuse and a drill over them, and the overview's D-day, cram and
 * coverage of the exam guide. Screenshots of each state go to test-results/e2e/.
 */
import assert from "node:assert/strict";
import type { Locator, Page } from "playwright-core";
import type { E2ECase, E2EContext, Viewport } from "./support/case";
import { askHarness, lowContrast, openHarness, tap } from "./support/harness-page";
import { comparedSides, COMPUTE_EXAM_PATH, listedServices, SQS_SNS_PATH } from "./harness/exam-notes";

/** A phone held upright. */
const PHONE_TALL: Viewport = { width: 390, height: 844 };
/** A desktop window tall enough for a whole question and its answer in one picture. */
const DESK_TALL: Viewport = { width: 1180, height: 1100 };

/** The exam practice notes, with the Korean list of compute services open in the note editor. */
const EXAM_NOTES = { notes: "exam", note: COMPUTE_EXAM_PATH };
/** The same with an exam four study days after the harness's day (2025-05-01): inside the default seven cram days. */
const EXAM_SOON = { ...EXAM_NOTES, exam: "SAA-C03", examDate: "2025-05-05" };

/** A multiple-choice question as a student reads it. */
interface QuestionOnScreen {
  /** The definition asked about (the face's line). */
  prompt: string;
  /** "Options from …". */
  category: string;
  /** Each option's key label and name, in the order shown. */
  options: { key: string; name: string }[];
}

/** A rectangle on the page, in CSS pixels. */
interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

async function readQuestion(page: Page): Promise<QuestionOnScreen> {
  const panel = page.locator(".anc-panel");
  const options = await panel.locator(".anc-choice").evaluateAll((els) => els.map((el) => ({
    key: el.querySelector(".anc-choice-key")?.textContent ?? "",
    name: el.querySelector(".anc-choice-name")?.textContent ?? "",
  })));
  return {
    prompt: (await panel.locator(".anc-prompt").textContent()) ?? "",
    category: (await panel.locator(".anc-choice-category").textContent()) ?? "",
    options,
  };
}

/**
 * The name a question asks for, as the notes their student wrote say: the service of a line of the Korean list, or
 * the side of the English comparison a line stands under.
 */
function answerOf(question: QuestionOnScreen): string {
  const answer = listedServices().get(question.prompt) ?? comparedSides().get(question.prompt);
  assert.ok(answer, `the question asks about a line of the exam notes: ${question.prompt}`);
  return answer;
}

/** What the exam notes say about a name: its line of the list, or its lines of the comparison. */
function linesAbout(name: string): string[] {
  return [...listedServices(), ...comparedSides()].filter(([, n]) => n === name).map(([line]) => line);
}

/** Where the answer stands among the options, and a wrong option (not one of `avoid` when another is left). */
function placesOf(question: QuestionOnScreen, avoid: readonly string[] = []): { right: number; wrong: number } {
  const answer = answerOf(question);
  const right = question.options.findIndex((o) => o.name === answer);
  const wrongs = question.options.map((o, i) => ({ ...o, i })).filter((o) => o.name !== answer);
  const wrong = (wrongs.find((o) => !avoid.includes(o.name)) ?? wrongs[0])?.i ?? -1;
  assert.ok(right >= 0 && wrong >= 0, `the answer and a wrong option are offered: ${JSON.stringify(question.options)}`);
  return { right, wrong };
}

/** The options of a question still waiting for its pick. */
function openOptions(page: Page): Locator {
  return page.locator(".anc-controls.is-revealing .anc-choice");
}

/**
 * Answers the cards before the next multiple-choice question as a student would (Space, then Good, for a cloze card)
 * and returns that question. In a note's queue its cloze cards and its questions take turns.
 */
async function answerUntilQuestion(page: Page, most = 8): Promise<QuestionOnScreen> {
  for (let i = 0; i < most; i++) {
    await page.locator(".anc-card.is-question").waitFor();
    if (await openOptions(page).count() > 0) return readQuestion(page);
    await page.keyboard.press("Space");
    await page.locator(".anc-card.is-revealed").waitFor();
    await page.keyboard.press("3");
  }
  throw new Error(`no multiple-choice question in the first ${most} cards`);
}

/**
 * Reviews the note open in the editor (the scope "Active note") up to its first multiple-choice question. The buttons
 * are found by their class, so that the steps work in the Korean interface too.
 */
async function firstQuestionOfNote(page: Page): Promise<QuestionOnScreen> {
  await page.locator(".anc-scope-select").selectOption("active");
  await page.locator(".anc-start").click();
  return answerUntilQuestion(page);
}

/** Picks the option at `index` by its letter key and waits for the verdict. */
async function pickByLetter(page: Page, question: QuestionOnScreen, index: number): Promise<void> {
  await page.keyboard.press((question.options[index]?.key ?? "?").toLowerCase());
  await page.locator(".anc-pick-result").waitFor();
}

/** Waits until the review store holds `count` answers and returns their ratings. */
async function ratingsAfter(page: Page, count: number): Promise<string[]> {
  await page.waitForFunction((n) => window.ancHarness?.reviewCount() === n, count);
  return askHarness(page, "ratings");
}

/** Ends the run ("End") and goes back to the overview ("Back"). */
async function backToOverview(page: Page): Promise<void> {
  await page.locator(".anc-run-foot .anc-end").click();
  await page.locator(".anc-summary .anc-leave").click();
  await page.locator(".anc-overview").waitFor();
}

/**
 * Opens a section of the overview's exam part by a click on its title, unless it is open already (the panel keeps a
 * section open across runs), and waits for its content.
 */
async function openExamSection(page: Page, id: "pairs" | "coverage"): Promise<Locator> {
  const details = page.locator(`.anc-exam-${id}`);
  if (!await details.evaluate((el) => (el as HTMLDetailsElement).open)) await details.locator("summary").click();
  await details.locator(id === "pairs" ? ".anc-confusions li" : ".anc-coverage-domain").first().waitFor();
  return details;
}

async function boxOf(locator: Locator, what: string): Promise<Box> {
  const box = await locator.boundingBox();
  assert.ok(box, `${what} is on screen`);
  return box;
}

/** True when `box` is wholly inside the window (seen without scrolling). */
function inWindow(box: Box, viewport: Viewport): boolean {
  return box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width + 0.5 && box.y + box.height <= viewport.height + 0.5;
}

/**
 * After a wrong pick: the options marked, the verdict, the answer's definition beside (or, without room, above) the
 * picked one's, each with the note's line, and the card's term filled in. Returns the Next button.
 */
async function checkWrongPick(page: Page, question: QuestionOnScreen, wrong: number): Promise<Locator> {
  const answer = answerOf(question);
  const picked = question.options[wrong]?.name ?? "";
  assert.equal(await page.locator(".anc-choice.is-wrong .anc-choice-name").textContent(), picked, "the pick is marked wrong");
  assert.equal(await page.locator(".anc-choice.is-wrong .anc-choice-mark").textContent(), "Your pick");
  assert.equal(await page.locator(".anc-choice.is-right .anc-choice-name").textContent(), answer, "the answer is marked right");
  assert.equal(await page.locator(".anc-choice.is-right .anc-choice-mark").textContent(), "Right answer");
  assert.equal(await page.locator(".anc-choice").count(), question.options.length, "every option stays in its place");
  assert.equal(await page.locator(".anc-pick-verdict").textContent(), `Not ${picked}.`);
  const result = page.locator(".anc-pick-result.is-wrong");
  const answerColumn = result.locator(".anc-choice-definition.is-answer");
  const pickedColumn = result.locator(".anc-choice-definition.is-picked");
  assert.equal(await answerColumn.locator(".anc-choice-definition-name").textContent(), answer);
  assert.equal(await pickedColumn.locator(".anc-choice-definition-name").textContent(), picked);
  const answerLines = await answerColumn.locator("li").allTextContents();
  const pickedLines = await pickedColumn.locator("li").allTextContents();
  assert.ok(linesAbout(answer).some((l) => answerLines.includes(l)), `the answer's column has its note's words: ${answerLines.join(" / ")}`);
  assert.ok(linesAbout(picked).some((l) => pickedLines.includes(l)), `the pick's column has its note's words: ${pickedLines.join(" / ")}`);
  const [a, p] = [await boxOf(answerColumn, "the answer's definition"), await boxOf(pickedColumn, "the pick's definition")];
  const beside = Math.abs(a.y - p.y) < 1 && p.x >= a.x + a.width;
  const below = p.y >= a.y + a.height;
  assert.ok(beside || below, `the two definitions do not overlap, the answer's first (${JSON.stringify({ a, p })})`);
  assert.equal(await page.locator(".anc-card .anc-answer").first().textContent(), answer, "the card shows the answer in its blank");
  return page.locator(".anc-pick-next");
}

export const examCases: E2ECase[] = [
  {
    name: "multiple choice by keyboard: four different options, a letter picks a wrong one and counts it Again at once, both definitions show, Space goes on and the overview lists the pair",
    async run(ctx) {
      const page = await openHarness(ctx, EXAM_NOTES);
      const question = await firstQuestionOfNote(page);
      const names = question.options.map((o) => o.name);
      assert.equal(question.category, "Options from 대표적인 AWS 컴퓨팅 서비스", "the options come from the note's list");
      assert.deepEqual(question.options.map((o) => o.key), ["A", "B", "C", "D"], "four options, lettered");
      assert.equal(new Set(names).size, names.length, `no option is offered twice (${names.join(", ")})`);
      assert.deepEqual([...names].sort(), [...listedServices().values()].sort(), "the options are the services of the list");
      assert.equal(await page.locator(".anc-card .anc-blank").count() > 0, true, "the name is blank before the pick");
      const answered = await askHarness(page, "reviewCount");

      const { wrong } = placesOf(question);
      await pickByLetter(page, question, wrong);
      const next = await checkWrongPick(page, question, wrong);
      assert.match((await next.textContent()) ?? "", /^NextCounted as AgainSpace or Enter$/, "Next says how the pick counted");
      // The pick is the answer: recorded at once, so closing the panel on the verdict loses nothing.
      const ratings = await ratingsAfter(page, answered + 1);
      assert.equal(ratings.at(-1), "again", "the wrong pick was recorded as Again");
      await page.keyboard.press("Space");
      await page.locator(".anc-card.is-question").waitFor();
      assert.equal(await askHarness(page, "reviewCount"), answered + 1, "Next records nothing more");

      await backToOverview(page);
      const pairs = page.locator(".anc-exam-pairs");
      assert.equal(await pairs.locator("summary").textContent(), "Confused pairs (1)");
      await openExamSection(page, "pairs");
      assert.deepEqual(await pairs.locator(".anc-confusions li").evaluateAll((els) => els.map((el) => Array.from(el.children, (c) => c.textContent))),
        [[`${answerOf(question)} ↔ ${names[wrong]}`, "1×"]], "the pair, answer first, once");
    },
  },
  {
    name: "multiple choice by keyboard: a number picks the right option and counts it Good, the answer's definition shows alone, and Enter goes on",
    async run(ctx) {
      const page = await openHarness(ctx, EXAM_NOTES);
      const question = await firstQuestionOfNote(page);
      const answered = await askHarness(page, "reviewCount");
      const { right } = placesOf(question);
      await page.keyboard.press(String(right + 1));
      await page.locator(".anc-pick-result.is-right").waitFor();
      assert.equal(await page.locator(".anc-pick-verdict").textContent(), "Right.");
      assert.equal(await page.locator(".anc-choice.is-right .anc-choice-name").textContent(), answerOf(question));
      assert.equal(await page.locator(".anc-choice.is-wrong").count(), 0, "no option is marked wrong");
      assert.equal(await page.locator(".anc-choice-definition").count(), 1, "one definition: the answer's");
      assert.equal(await page.locator(".anc-choice-definition.is-answer .anc-choice-definition-name").textContent(), answerOf(question));
      assert.match((await page.locator(".anc-pick-next").textContent()) ?? "", /Counted as Good/);
      // A second key does not pick again.
      await page.keyboard.press(right === 0 ? "2" : "1");
      assert.equal(await page.locator(".anc-choice.is-wrong").count(), 0, "the pick stands");
      assert.equal((await ratingsAfter(page, answered + 1)).at(-1), "good", "the right pick was recorded as Good");
      await page.keyboard.press("Enter");
      await page.locator(".anc-card.is-question").waitFor();
      await backToOverview(page);
      assert.equal(await page.locator(".anc-exam-pairs").count(), 0, "a right pick confuses nothing");
    },
  },
  {
    name: "multiple choice by mouse in the dark theme: a click picks and counts, Next stands in the window without scrolling, and its click goes on",
    async run(ctx) {
      const page = await openHarness(ctx, { ...EXAM_NOTES, theme: "dark" });
      const question = await firstQuestionOfNote(page);
      const answered = await askHarness(page, "reviewCount");
      const { wrong } = placesOf(question);
      await page.locator(".anc-choice").nth(wrong).click();
      await page.locator(".anc-pick-result").waitFor();
      const next = await checkWrongPick(page, question, wrong);
      const viewport = page.viewportSize() ?? { width: 0, height: 0 };
      const box = await boxOf(next, "Next");
      assert.ok(inWindow(box, viewport), `Next can be clicked where it is (${JSON.stringify(box)} in ${JSON.stringify(viewport)})`);
      assert.equal((await ratingsAfter(page, answered + 1)).at(-1), "again");
      await next.click();
      await page.locator(".anc-card.is-question").waitFor();
      assert.equal(await askHarness(page, "reviewCount"), answered + 1, "Next records nothing more");
    },
  },
  {
    name: "a \"which side fits?\" question of an English comparison offers its two sides, and a wrong pick is listed as that pair",
    viewport: DESK_TALL,
    async run(ctx) {
      const page = await openHarness(ctx, { notes: "exam", note: SQS_SNS_PATH });
      const question = await firstQuestionOfNote(page);
      assert.equal(question.category, "Options from SQS vs SNS");
      assert.deepEqual(question.options.map((o) => o.key), ["A", "B"], "two options, lettered");
      assert.deepEqual(question.options.map((o) => o.name).sort(), ["SNS", "SQS"], "the comparison's sides, once each");
      const { wrong } = placesOf(question);
      await pickByLetter(page, question, wrong);
      await checkWrongPick(page, question, wrong);
      await page.mouse.move(0, 0);
      await ctx.screenshot("exam-fits-wrong-light", PANEL);
      await page.keyboard.press("Space");
      assert.equal((await ratingsAfter(page, 1)).at(-1), "again");
      await page.locator(".anc-card.is-question").waitFor();
      await backToOverview(page);
      const pairs = await openExamSection(page, "pairs");
      assert.deepEqual(await pairs.locator(".anc-confusions li").allTextContents(), [`${answerOf(question)} ↔ ${question.options[wrong]?.name}1×`]);
    },
  },
  {
    name: "confused pairs: two wrong picks are listed with their counts, and the drill runs over those pairs' cards only",
    async run(ctx) {
      const page = await openHarness(ctx, EXAM_NOTES);
      const first = await firstQuestionOfNote(page);
      const firstWrong = placesOf(first).wrong;
      await pickByLetter(page, first, firstWrong);
      await page.keyboard.press("Space");
      const pair1 = [answerOf(first), first.options[firstWrong]?.name ?? ""];
      const second = await answerUntilQuestion(page);
      const secondWrong = placesOf(second, pair1).wrong;
      await pickByLetter(page, second, secondWrong);
      await page.keyboard.press("Space");
      const pair2 = [answerOf(second), second.options[secondWrong]?.name ?? ""];
      await page.locator(".anc-card.is-question, .anc-summary").first().waitFor();

      await backToOverview(page);
      const section = await openExamSection(page, "pairs");
      assert.equal(await section.locator("summary").textContent(), "Confused pairs (2)");
      const listed = await section.locator(".anc-confusions li").allTextContents();
      assert.deepEqual([...listed].sort(), [`${pair1[0]} ↔ ${pair1[1]}1×`, `${pair2[0]} ↔ ${pair2[1]}1×`].sort());
      await ctx.screenshot("exam-confusions-light", ".e2e-sidebar");

      const drill = section.locator(".anc-drill");
      const count = Number(/\((\d+) cards?\)/.exec((await drill.textContent()) ?? "")?.[1]);
      assert.ok(count >= 4, `the drill takes both sides' cards (${count})`);
      await drill.click();
      await page.locator(".anc-progress", { hasText: `0 answered · ${count} left` }).waitFor();
      const sides = new Set([...pair1, ...pair2].map((n) => n.toLowerCase()));
      const asked: string[] = [];
      for (let i = 0; i < count; i++) {
        await page.locator(".anc-card.is-question").waitFor();
        if (await openOptions(page).count() > 0) {
          const question = await readQuestion(page);
          asked.push(`pick ${answerOf(question)}`);
          assert.ok(sides.has(answerOf(question).toLowerCase()), `a question about a side of a pair: ${answerOf(question)}`);
          await pickByLetter(page, question, placesOf(question).right);
          await page.keyboard.press("Space");
        } else {
          const term = (await page.locator(".anc-card-term").textContent()) ?? "";
          asked.push(`cloze ${term}`);
          assert.ok(sides.has(term.toLowerCase()), `a cloze card of a side of a pair: ${term}`);
          await page.keyboard.press("Space");
          await page.locator(".anc-card.is-revealed").waitFor();
          await page.keyboard.press("3");
        }
        await page.locator(".anc-card.is-question, .anc-summary").first().waitFor();
      }
      await page.locator(".anc-summary").waitFor();
      assert.equal(asked.length, count, `the drill asked ${asked.join("; ")}`);
      assert.ok(asked[0]?.startsWith("pick "), "the drill starts with a question");
    },
  },
  {
    name: "the overview before SAA-C03 on 2025-05-05: D-4, coverage by the guide's domains with each service's status, and cram once a card is learned",
    async run(ctx) {
      const page = await openHarness(ctx, EXAM_SOON);
      assert.equal(await page.locator(".anc-exam-day .anc-exam-name").textContent(), "SAA-C03");
      assert.equal(await page.locator(".anc-exam-day .anc-dday").textContent(), "D-4");
      assert.equal(await page.locator(".anc-cram").count(), 0, "nothing to cram before any card is learned");
      const coverage = page.locator(".anc-exam-coverage");
      assert.equal(await coverage.locator("summary").textContent(), "Coverage of SAA-C03");
      await openExamSection(page, "coverage");
      assert.deepEqual(await coverage.locator(".anc-coverage-domain-name").allTextContents(), [
        "Design Secure Architectures (30%)", "Design Resilient Architectures (26%)",
        "Design High-Performing Architectures (24%)", "Design Cost-Optimized Architectures (20%)",
      ]);
      for (const counts of await coverage.locator(".anc-coverage-counts").allTextContents()) {
        assert.match(counts, /^Known \d+ · Reviewed \d+ · In notes \d+ · Missing \d+$/);
      }
      assert.equal(await coverage.locator(".anc-coverage-domain .anc-coverage-bar").count(), 4, "a bar per domain");
      const services = await coverage.locator(".anc-coverage-services li").evaluateAll((els) => els.map((el) => ({
        id: el.getAttribute("data-service") ?? "", cls: Array.from(el.classList).join(" "), parts: Array.from(el.children, (c) => c.textContent ?? ""),
      })));
      const label: Record<string, string> = { "is-known": "Known", "is-reviewed": "Reviewed", "is-defined": "In notes", "is-missing": "Missing" };
      for (const s of services) {
        assert.equal(s.parts[1], label[s.cls], `${s.parts[0]}: its badge says its status`);
        assert.equal(s.parts.length, 2, `${s.parts[0]}: a name and a status, nothing more`);
      }
      const byId = new Map(services.map((s) => [s.id, s]));
      assert.equal(byId.get("fargate")?.cls, "is-defined", "Fargate, defined only in the exam notes, is in the notes");
      const missing = services.filter((s) => s.cls === "is-missing");
      assert.ok(missing.length > 0 && services.some((s) => s.cls === "is-defined"), "some services are in the notes, some missing");
      const distinct = new Set(services.map((s) => s.id));
      const defined = new Set(services.filter((s) => s.cls !== "is-missing").map((s) => s.id));
      assert.equal(await coverage.locator("p.anc-muted").textContent(),
        `Your notes define ${defined.size} of the ${distinct.size} services in the exam guide.`);

      // One card answered: it is learning, so there is something to cram, and its service counts as reviewed.
      await page.getByRole("button", { name: "Start review" }).click();
      await page.locator(".anc-card.is-question").waitFor();
      const term = (await page.locator(".anc-card-term").textContent()) ?? "";
      const prompt = await page.locator(".anc-prompt").textContent();
      assert.equal(term, "Amazon Athena", "the first card of the vault");
      await page.keyboard.press("Space");
      await page.locator(".anc-card.is-revealed").waitFor();
      await page.keyboard.press("3");
      await page.locator(".anc-card.is-question").waitFor();
      await backToOverview(page);
      await openExamSection(page, "coverage");
      assert.deepEqual(await coverage.locator("li[data-service=athena]").first().locator("span").allTextContents(), ["Amazon Athena", "Reviewed"]);
      const cram = page.locator(".anc-cram");
      assert.equal(await cram.textContent(), "Cram: the 1 learned card");
      await cram.click();
      await page.locator(".anc-progress", { hasText: "0 answered · 1 left" }).waitFor();
      assert.equal(await page.locator(".anc-prompt").textContent(), prompt, "cram asks the learned card");
    },
  },
  {
    name: "multiple choice on a phone at 390 × 844: the options are 44 px or taller and on the screen, one tap picks one, and Next is in reach",
    viewport: PHONE_TALL,
    async run(ctx) {
      const page = await openHarness(ctx, { ...EXAM_NOTES, touch: "1" });
      const question = await firstQuestionOfNote(page);
      const boxes = await page.locator(".anc-choice").evaluateAll((els) => els.map((el) => {
        const r = el.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }));
      assert.equal(boxes.length, 4);
      for (const box of boxes) {
        assert.ok(box.height >= 44, `an option is 44 px or taller (${box.height})`);
        assert.ok(inWindow(box, PHONE_TALL), `an option is wholly on the screen (${JSON.stringify(box)})`);
      }
      const answered = await askHarness(page, "reviewCount");
      const { wrong } = placesOf(question);
      const target = boxes[wrong] ?? boxes[0]!;
      await tap(page, target.x + target.width / 2, target.y + target.height / 2);
      await page.locator(".anc-pick-result").waitFor();
      await checkWrongPick(page, question, wrong);
      assert.equal(await page.locator(".anc-choice-mark", { hasText: "Your pick" }).count(), 1, "one option was picked");
      assert.equal((await ratingsAfter(page, answered + 1)).at(-1), "again", "the tap recorded the wrong pick as Again");
      assert.equal(await page.locator(".anc-pick-result").count(), 1, "the tap picked and did not go on to the next card");
      const next = await boxOf(page.locator(".anc-pick-next"), "Next");
      assert.ok(next.height >= 44 && inWindow(next, PHONE_TALL), `Next is on the screen and big enough (${JSON.stringify(next)})`);
      const widest = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(widest <= PHONE_TALL.width, `nothing is wider than the screen (${widest}px)`);
      await tap(page, next.x + next.width / 2, next.y + next.height / 2);
      await page.locator(".anc-card.is-question").waitFor();
      assert.equal(await askHarness(page, "reviewCount"), answered + 1, "the tap on Next went on and recorded nothing more");
      // The overview's confused pairs and their drill are big enough for a finger too.
      await backToOverview(page);
      await openExamSection(page, "pairs");
      const heights = await page.locator(".anc-exam-sections summary, .anc-drill").evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().height)));
      assert.ok(heights.every((h) => h >= 44), `44 px or more (${heights.join(", ")})`);
    },
  },
  ...(["light", "dark"] as const).map((theme): E2ECase => ({
    name: `every label of a multiple-choice question, its answer and the overview's exam part reads at 4.5:1 or more in the ${theme} theme`,
    async run(ctx) {
      const page = await openHarness(ctx, { ...EXAM_SOON, theme });
      const question = await firstQuestionOfNote(page);
      await page.mouse.move(0, 0);
      const asked = await lowContrast(page, ".anc-panel");
      await pickByLetter(page, question, placesOf(question).wrong);
      // The options are disabled once picked, to show the result: they must still read.
      const answer = await lowContrast(page, ".anc-panel", true);
      await page.keyboard.press("Space");
      await page.locator(".anc-card.is-question").waitFor();
      await backToOverview(page);
      await openExamSection(page, "pairs");
      await openExamSection(page, "coverage");
      const overview = await lowContrast(page, ".anc-panel");
      assert.deepEqual([...asked, ...answer, ...overview], [], "labels under 4.5:1");
    },
  })),
  ...(["light", "dark"] as const).map((theme): E2ECase => ({
    name: `screenshot: a multiple-choice question before and after a wrong pick, on a desktop in the ${theme} theme`,
    viewport: DESK_TALL,
    run: (ctx) => shootQuestion(ctx, theme),
  })),
  ...(["light", "dark"] as const).map((theme): E2ECase => ({
    name: `screenshot: the overview's D-day, confused pairs and coverage in the ${theme} theme`,
    viewport: DESK_TALL,
    run: (ctx) => shootOverview(ctx, theme),
  })),
  {
    name: "screenshot: a multiple-choice question, its wrong pick and the overview's exam part on a phone",
    viewport: PHONE_TALL,
    run: (ctx) => shootPhone(ctx, "en"),
  },
  {
    name: "screenshot: the same on a phone in the Korean interface",
    viewport: PHONE_TALL,
    run: (ctx) => shootPhone(ctx, "ko"),
  },
];

/** The whole panel: from the sidebar's title to the panel's last button. */
const PANEL = [".e2e-sidebar > .e2e-pane-title", ".anc-panel"];

async function shootQuestion(ctx: E2EContext, theme: "light" | "dark"): Promise<void> {
  const page = await openHarness(ctx, { ...EXAM_NOTES, theme });
  const question = await firstQuestionOfNote(page);
  // The pointer rests away from the options, so that none of them shows its hover colour.
  await page.mouse.move(0, 0);
  await ctx.screenshot(`exam-question-${theme}`, PANEL);
  const { wrong } = placesOf(question);
  await pickByLetter(page, question, wrong);
  await checkWrongPick(page, question, wrong);
  await ctx.screenshot(`exam-wrong-${theme}`, PANEL);
}

async function shootOverview(ctx: E2EContext, theme: "light" | "dark"): Promise<void> {
  const page = await openHarness(ctx, { ...EXAM_SOON, theme });
  const question = await firstQuestionOfNote(page);
  await pickByLetter(page, question, placesOf(question).wrong);
  await page.keyboard.press("Space");
  await page.locator(".anc-card.is-question").waitFor();
  await backToOverview(page);
  await openExamSection(page, "pairs");
  await openExamSection(page, "coverage");
  await page.mouse.move(0, 0);
  // The exam part down to its first domain (the guide lists over a hundred services).
  await ctx.screenshot(`exam-overview-${theme}`, [".e2e-sidebar > .e2e-pane-title", ".anc-exam-coverage .anc-coverage-domain"]);
}

async function shootPhone(ctx: E2EContext, lang: "en" | "ko"): Promise<void> {
  const page = await openHarness(ctx, { ...EXAM_SOON, touch: "1", lang });
  const name = (state: string): string => `exam-phone${lang === "ko" ? "-ko" : ""}-${state}`;
  await ctx.screenshot(name("overview"));
  const question = await firstQuestionOfNote(page);
  await ctx.screenshot(name("question"));
  const { wrong } = placesOf(question);
  const option = await boxOf(page.locator(".anc-choice").nth(wrong), "the option");
  await tap(page, option.x + option.width / 2, option.y + option.height / 2);
  await page.locator(".anc-pick-result").waitFor();
  const picked = question.options[wrong]?.name ?? "";
  assert.equal(await page.locator(".anc-pick-verdict").textContent(), lang === "ko" ? `${picked}이(가) 아니에요.` : `Not ${picked}.`);
  assert.ok(inWindow(await boxOf(page.locator(".anc-pick-next"), "Next"), PHONE_TALL), "Next is on the screen");
  await ctx.screenshot(name("wrong"));
  // Scrolled to the end: the rest of the answer side, with Next still at the bottom of the screen.
  await page.locator(".anc-run-foot").scrollIntoViewIfNeeded();
  await ctx.screenshot(name("wrong-end"));
  await page.keyboard.press("Space");
  await page.locator(".anc-card.is-question").waitFor();
  await backToOverview(page);
  await openExamSection(page, "pairs");
  await openExamSection(page, "coverage");
  await ctx.screenshot(name("pairs-coverage"));
}
