/**
 * Exam practice figures: the pool of terms multiple-choice options are drawn from (built when the first question is
 * asked, and again after a note changed), and the options of one question.
 */
import { chooseOptions } from "../src/core/exam/choices";
import { buildOptionPool } from "../src/core/exam/option-pool";
import type { GlossaryIndex } from "../src/core/glossary/glossary-index";
import { takeSnapshot, type SnapshotCache } from "../src/core/vault-snapshot";
import type { PluginSettings } from "../src/settings";
import { median, nowMs } from "./bench-timing";
import { editNote, type BenchVault } from "./bench-vault";

/** What the exam measurements found. */
export interface ExamFigures {
  /** Question cards (reverse and "which side fits?") in the vault's cards. */
  questions: number;
  /** Of the (up to 200) questions timed, those asked with options (the rest are asked by recall). */
  withOptions: number;
  /** The option pool built the first time (every term read). */
  poolFirstMs: number;
  /** The pool built again after one note changed (the other notes' terms already read). */
  poolAfterEditMs: number;
  /** Median time to choose one question's options (pool built). */
  optionsMs: number;
}

/** Measures the option pool and the options of up to 200 questions; `index` is changed and put back. */
export function measureExam(index: GlossaryIndex, settings: PluginSettings, cache: SnapshotCache, vault: BenchVault): ExamFigures {
  const snapshot = takeSnapshot(index, settings, cache);
  const questions = snapshot.cards.filter((c) => c.kind !== undefined);
  let began = nowMs();
  const pool = buildOptionPool(snapshot.notes);
  const poolFirstMs = nowMs() - began;

  const edited = vault.files[vault.editedIndex];
  if (!edited) throw new Error("the vault has no note to edit");
  index.setNote(edited.path, editNote(edited.text, 1));
  const afterEdit = takeSnapshot(index, settings, cache);
  began = nowMs();
  buildOptionPool(afterEdit.notes, pool);
  const poolAfterEditMs = nowMs() - began;
  index.setNote(edited.path, edited.text);

  const times: number[] = [];
  let withOptions = 0;
  questions.slice(0, 200).forEach((card, i) => {
    const start = nowMs();
    if (chooseOptions(card, pool, { count: settings.choiceCount, seed: i + 1 })) withOptions++;
    times.push(nowMs() - start);
  });
  return { questions: questions.length, withOptions, poolFirstMs, poolAfterEditMs, optionsMs: times.length > 0 ? median(times) : 0 };
}
