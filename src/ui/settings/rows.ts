/**
 * The settings tab as data: sections of rows. The imperative tab (`display()`, Obsidian before 1.13) and the
 * declarative one (`getSettingDefinitions()`, 1.13 and later, which also feeds Obsidian's settings search) are both
 * drawn from these, so they never drift apart.
 */
import { EXAM_CODES, type PluginSettings } from "../../settings";
import { ts } from "./settings-strings";

type KeysOf<V> = { [K in keyof PluginSettings]: PluginSettings[K] extends V ? K : never }[keyof PluginSettings];

/** One row of the tab. */
export type SettingRow =
  | { kind: "toggle"; key: KeysOf<boolean>; name: string; desc: string }
  | { kind: "number"; key: KeysOf<number>; name: string; desc: string; step: number }
  | { kind: "list"; key: KeysOf<string[]>; name: string; desc: string; placeholder: string }
  | { kind: "choice"; key: KeysOf<string>; name: string; desc: string; options: Record<string, string> }
  | { kind: "text"; key: KeysOf<string>; name: string; desc: string; placeholder: string }
  | { kind: "action"; id: "export" | "reset"; name: string; desc: string; button: string; destructive: boolean };

/** What the action rows do (the reset asks first, in a modal the tab owns). */
export interface SettingActions {
  exportAnki(): void;
  confirmReset(): void;
}

/** A headed group of rows. */
export interface SettingSection {
  heading: string;
  rows: SettingRow[];
}

/** Every section, in order; the reset row only when the plugin can reset. */
export function settingSections(canReset: boolean): SettingSection[] {
  return [
    {
      heading: ts("notesHeading"),
      rows: [
        { kind: "list", key: "folders", name: ts("folders"), desc: ts("foldersDesc"), placeholder: "AWS/SAA" },
        { kind: "list", key: "tags", name: ts("tags"), desc: ts("tagsDesc"), placeholder: "aws" },
        { kind: "toggle", key: "autoDetect", name: ts("autoDetect"), desc: ts("autoDetectDesc") },
      ],
    },
    {
      heading: ts("clozeHeading"),
      rows: [
        { kind: "toggle", key: "clozeEquals", name: ts("clozeEquals"), desc: ts("clozeEqualsDesc") },
        { kind: "toggle", key: "clozeMark", name: ts("clozeMark"), desc: ts("clozeMarkDesc") },
        { kind: "list", key: "markColors", name: ts("markColors"), desc: ts("markColorsDesc"), placeholder: "#fff3a3a6" },
        { kind: "toggle", key: "clozeBold", name: ts("clozeBold"), desc: ts("clozeBoldDesc") },
      ],
    },
    {
      heading: ts("reviewHeading"),
      rows: [
        { kind: "number", key: "desiredRetention", name: ts("desiredRetention"), desc: ts("desiredRetentionDesc"), step: 0.01 },
        { kind: "number", key: "maximumIntervalDays", name: ts("maximumInterval"), desc: ts("maximumIntervalDesc"), step: 1 },
        { kind: "number", key: "newCardsPerDay", name: ts("newCardsPerDay"), desc: ts("newCardsPerDayDesc"), step: 1 },
        { kind: "number", key: "dayRolloverHour", name: ts("dayRollover"), desc: ts("dayRolloverDesc"), step: 1 },
        { kind: "number", key: "learnAheadMinutes", name: ts("learnAhead"), desc: ts("learnAheadDesc"), step: 1 },
        { kind: "toggle", key: "burySiblings", name: ts("burySiblings"), desc: ts("burySiblingsDesc") },
        { kind: "toggle", key: "typedAnswers", name: ts("typedAnswers"), desc: ts("typedAnswersDesc") },
        { kind: "toggle", key: "useFsrsWeights", name: ts("useFsrsWeights"), desc: ts("useFsrsWeightsDesc") },
      ],
    },
    {
      heading: ts("hoverHeading"),
      rows: [
        { kind: "toggle", key: "hoverEnabled", name: ts("hoverEnabled"), desc: ts("hoverEnabledDesc") },
        { kind: "choice", key: "hoverScope", name: ts("hoverScope"), desc: ts("hoverScopeDesc"), options: { all: ts("hoverScopeAll"), aws: ts("hoverScopeAws") } },
        { kind: "number", key: "hoverDelayMs", name: ts("hoverDelay"), desc: ts("hoverDelayDesc"), step: 1 },
        {
          kind: "choice", key: "markStyle", name: ts("markStyle"), desc: ts("markStyleDesc"),
          options: { dotted: ts("markDotted"), dashed: ts("markDashed"), solid: ts("markSolid"), none: ts("markNone") },
        },
      ],
    },
    {
      heading: ts("examHeading"),
      rows: [
        {
          kind: "choice", key: "reverseCards", name: ts("reverseCards"), desc: ts("reverseCardsDesc"),
          options: { highlighted: ts("reverseHighlighted"), all: ts("reverseAll"), none: ts("reverseNone") },
        },
        { kind: "toggle", key: "multipleChoice", name: ts("multipleChoice"), desc: ts("multipleChoiceDesc") },
        { kind: "number", key: "choiceCount", name: ts("choiceCount"), desc: ts("choiceCountDesc"), step: 1 },
        {
          kind: "choice", key: "exam", name: ts("exam"), desc: ts("examDesc"),
          options: Object.fromEntries(EXAM_CODES.map((code) => [code, code === "none" ? ts("examNone") : code])),
        },
        { kind: "text", key: "examDate", name: ts("examDate"), desc: ts("examDateDesc"), placeholder: "2027-03-15" },
        { kind: "number", key: "cramDays", name: ts("cramDays"), desc: ts("cramDaysDesc"), step: 1 },
      ],
    },
    {
      heading: ts("dataHeading"),
      rows: [
        { kind: "action", id: "export", name: ts("exportAnki"), desc: ts("exportAnkiDesc"), button: ts("exportButton"), destructive: false },
        ...(canReset ? [{ kind: "action", id: "reset", name: ts("reset"), desc: ts("resetDesc"), button: ts("resetButton"), destructive: true } as const] : []),
      ],
    },
  ];
}

/** The row of a setting key, if the tab shows it. */
export function rowOf(key: string, sections: readonly SettingSection[]): Exclude<SettingRow, { kind: "action" }> | undefined {
  for (const s of sections) {
    for (const r of s.rows) if (r.kind !== "action" && r.key === key) return r;
  }
  return undefined;
}
