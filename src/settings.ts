/** The plugin's settings: type, defaults and normalisation. Pure: no Obsidian imports. */
import { parseExamDate } from "./core/exam/exam-date";
import { WEIGHT_COUNT } from "./core/review/optimizer/model";

/** Where hover definitions are shown. */
export type HoverScope = "all" | "aws";

/** Which glossary terms get a reverse card (definition shown, name asked). */
export type ReverseCards = "highlighted" | "all" | "none";

/** The AWS exams the plugin knows the guide of, or none. */
export type ExamCode = "none" | "CLF-C02" | "SAA-C03" | "DVA-C02" | "SOA-C02";

export const EXAM_CODES: readonly ExamCode[] = ["none", "CLF-C02", "SAA-C03", "DVA-C02", "SOA-C02"];

export interface PluginSettings {
  /** Folders whose notes are AWS notes (vault-relative, no leading or trailing `/`). */
  folders: string[];
  /** Tags (without `#`) that make a note an AWS note. */
  tags: string[];
  /** When no folder or tag is set: detect AWS notes by path, title, tags, aliases and text. */
  autoDetect: boolean;
  /** Cloze sources. */
  clozeEquals: boolean;
  clozeMark: boolean;
  /** Highlightr colours (lower-case CSS values) that make cards; empty means every colour. */
  markColors: string[];
  clozeBold: boolean;
  /** Review. */
  desiredRetention: number;
  maximumIntervalDays: number;
  newCardsPerDay: number;
  /** Learning steps in minutes. */
  learningStepsMinutes: number[];
  /** Local hour (0-23) at which a new study day starts. */
  dayRolloverHour: number;
  /** When only learning cards are left, one due within this many minutes is shown at once (Anki's default: 20). */
  learnAheadMinutes: number;
  /** After one card of an entry is answered, its other cards wait until tomorrow. */
  burySiblings: boolean;
  typedAnswers: boolean;
  /** Hover. */
  hoverEnabled: boolean;
  hoverScope: HoverScope;
  hoverDelayMs: number;
  markStyle: "dotted" | "dashed" | "solid" | "none";
  /** FSRS weights fitted to the user's reviews (21 numbers), or null for ts-fsrs's defaults. */
  fsrsWeights: number[] | null;
  /** Schedule with `fsrsWeights` (off: the defaults, the fitted weights kept for turning back on). */
  useFsrsWeights: boolean;
  /** The one-time suggestion to optimise was shown. */
  optimizeSuggested: boolean;
  /** Exam practice: which terms get a reverse card. */
  reverseCards: ReverseCards;
  /** Reverse cards are asked with options to pick from (off: recalled and graded like cloze cards). */
  multipleChoice: boolean;
  /** Options per multiple-choice question, the answer included (3–5). */
  choiceCount: number;
  /** The exam the student prepares for. */
  exam: ExamCode;
  /** The exam's date as `YYYY-MM-DD` (local), or "" for none. */
  examDate: string;
  /** In the last this many days before the exam date, "Cram" reviews the weakest cards first. */
  cramDays: number;
}


export const DEFAULT_SETTINGS: Readonly<PluginSettings> = Object.freeze({
  folders: [],
  tags: [],
  autoDetect: true,
  clozeEquals: true,
  clozeMark: true,
  markColors: [],
  clozeBold: false,
  desiredRetention: 0.9,
  maximumIntervalDays: 36500,
  newCardsPerDay: 20,
  learningStepsMinutes: [1, 10],
  dayRolloverHour: 4,
  learnAheadMinutes: 20,
  burySiblings: true,
  typedAnswers: false,
  hoverEnabled: true,
  hoverScope: "all",
  hoverDelayMs: 300,
  markStyle: "dotted",
  fsrsWeights: null,
  useFsrsWeights: false,
  optimizeSuggested: false,
  reverseCards: "highlighted",
  multipleChoice: true,
  choiceCount: 4,
  exam: "none",
  examDate: "",
  cramDays: 7,
});

/** A setting that was out of range and what it was corrected to, for a visible message. */
export interface SettingCorrection {
  key: keyof PluginSettings;
  given: unknown;
  used: unknown;
  /** Why, when the value was not out of range but unusable: the exam date was not a date. */
  reason?: "notADate";
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function stringList(v: unknown, clean: (s: string) => string): string[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const out: string[] = [];
  for (const item of v) {
    if (typeof item !== "string") continue;
    const c = clean(item);
    if (c && !out.includes(c)) out.push(c);
  }
  return out;
}

/** Folder path as the vault names it: no leading or trailing slashes, single separators. */
export function cleanFolder(s: string): string {
  return s.trim().replace(/\\/g, "/").replace(/\/+/g, "/").replace(/^\/|\/$/g, "");
}

/** Tag without `#`, lower-cased (Obsidian tags are case-insensitive). */
export function cleanTag(s: string): string {
  return s.trim().replace(/^#+/, "").toLowerCase();
}

function numberIn(
  raw: Record<string, unknown>, key: keyof PluginSettings, min: number, max: number, integer: boolean,
  corrections: SettingCorrection[],
): number {
  const fallback = DEFAULT_SETTINGS[key] as number;
  const given = raw[key];
  if (given === undefined) return fallback;
  let n = typeof given === "number" ? given : typeof given === "string" && given.trim() !== "" ? Number(given) : NaN;
  if (!Number.isFinite(n)) {
    corrections.push({ key, given, used: fallback });
    return fallback;
  }
  if (integer) n = Math.round(n);
  const used = Math.min(max, Math.max(min, n));
  if (used !== given) corrections.push({ key, given, used });
  return used;
}

function bool(raw: Record<string, unknown>, key: keyof PluginSettings): boolean {
  const v = raw[key];
  return typeof v === "boolean" ? v : (DEFAULT_SETTINGS[key] as boolean);
}

/** Stored weights when they are 21 finite numbers, null when none were stored, undefined when they are invalid. */
function weightList(v: unknown): number[] | null | undefined {
  if (v === null || v === undefined) return null;
  if (!Array.isArray(v) || v.length !== WEIGHT_COUNT) return undefined;
  return v.every((x): x is number => typeof x === "number" && Number.isFinite(x)) ? [...v] : undefined;
}

/** A stored exam date when it is a real calendar day as `YYYY-MM-DD`, "" otherwise (a wrong one is reported). */
function examDateOf(v: unknown, corrections: SettingCorrection[]): string {
  if (v === undefined || v === "") return "";
  const text = typeof v === "string" ? v.trim() : "";
  if (parseExamDate(text) !== null) return text;
  corrections.push({ key: "examDate", given: v, used: "", reason: "notADate" });
  return "";
}

/**
 * Turns whatever was stored (or typed into the settings tab) into valid settings, reporting every value
 * that had to be corrected so the UI can say so.
 */
export function normalizeSettings(input: unknown): { settings: PluginSettings; corrections: SettingCorrection[] } {
  const raw = isRecord(input) ? input : {};
  const corrections: SettingCorrection[] = [];
  const steps = Array.isArray(raw.learningStepsMinutes)
    ? raw.learningStepsMinutes.filter((x): x is number => typeof x === "number" && Number.isFinite(x) && x > 0 && x <= 1440)
    : undefined;
  if (raw.learningStepsMinutes !== undefined && (!steps || steps.length === 0)) {
    corrections.push({ key: "learningStepsMinutes", given: raw.learningStepsMinutes, used: DEFAULT_SETTINGS.learningStepsMinutes });
  }
  const weights = weightList(raw.fsrsWeights);
  if (weights === undefined) corrections.push({ key: "fsrsWeights", given: raw.fsrsWeights, used: null });
  const settings: PluginSettings = {
    folders: stringList(raw.folders, cleanFolder) ?? [],
    tags: stringList(raw.tags, cleanTag) ?? [],
    autoDetect: bool(raw, "autoDetect"),
    clozeEquals: bool(raw, "clozeEquals"),
    clozeMark: bool(raw, "clozeMark"),
    markColors: stringList(raw.markColors, (s) => s.trim().toLowerCase()) ?? [],
    clozeBold: bool(raw, "clozeBold"),
    desiredRetention: numberIn(raw, "desiredRetention", 0.7, 0.99, false, corrections),
    maximumIntervalDays: numberIn(raw, "maximumIntervalDays", 1, 36500, true, corrections),
    newCardsPerDay: numberIn(raw, "newCardsPerDay", 0, 9999, true, corrections),
    learningStepsMinutes: steps && steps.length > 0 ? steps : [...DEFAULT_SETTINGS.learningStepsMinutes],
    dayRolloverHour: numberIn(raw, "dayRolloverHour", 0, 23, true, corrections),
    learnAheadMinutes: numberIn(raw, "learnAheadMinutes", 0, 1440, true, corrections),
    burySiblings: bool(raw, "burySiblings"),
    typedAnswers: bool(raw, "typedAnswers"),
    hoverEnabled: bool(raw, "hoverEnabled"),
    hoverScope: raw.hoverScope === "aws" || raw.hoverScope === "all" ? raw.hoverScope : DEFAULT_SETTINGS.hoverScope,
    hoverDelayMs: numberIn(raw, "hoverDelayMs", 0, 5000, true, corrections),
    markStyle: raw.markStyle === "dashed" || raw.markStyle === "solid" || raw.markStyle === "none" || raw.markStyle === "dotted"
      ? raw.markStyle : DEFAULT_SETTINGS.markStyle,
    fsrsWeights: weights ?? null,
    // Using fitted weights needs fitted weights.
    useFsrsWeights: bool(raw, "useFsrsWeights") && weights != null,
    optimizeSuggested: bool(raw, "optimizeSuggested"),
    reverseCards: raw.reverseCards === "all" || raw.reverseCards === "none" || raw.reverseCards === "highlighted"
      ? raw.reverseCards : DEFAULT_SETTINGS.reverseCards,
    multipleChoice: bool(raw, "multipleChoice"),
    choiceCount: numberIn(raw, "choiceCount", 3, 5, true, corrections),
    exam: EXAM_CODES.includes(raw.exam as ExamCode) ? (raw.exam as ExamCode) : DEFAULT_SETTINGS.exam,
    examDate: examDateOf(raw.examDate, corrections),
    cramDays: numberIn(raw, "cramDays", 1, 60, true, corrections),
  };
  return { settings, corrections };
}
