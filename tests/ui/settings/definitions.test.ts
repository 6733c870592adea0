import type { SettingDefinitionItem, SettingGroupItem } from "obsidian";
import { setLanguage } from "../../__mocks__/obsidian";
import { DEFAULT_SETTINGS, type PluginSettings } from "../../../src/settings";
import type { SettingsHost } from "../../../src/ui/settings/controls";
import { readControl, settingDefinitions, writeControl } from "../../../src/ui/settings/definitions";

beforeEach(() => setLanguage("en"));

/** A host over plain settings that records every save. */
function host(start: Partial<PluginSettings> = {}, canReset = true) {
  let settings: PluginSettings = { ...DEFAULT_SETTINGS, ...start };
  const saves: (keyof PluginSettings)[][] = [];
  const h: SettingsHost = {
    getSettings: () => settings,
    saveSettings: (next, changed) => {
      settings = next;
      saves.push(changed);
      return Promise.resolve();
    },
    exportAnki: () => Promise.resolve(),
    ...(canReset ? { resetReviewData: () => Promise.resolve() } : {}),
  };
  return { h, saves, current: () => settings };
}

const items = (defs: SettingDefinitionItem[]): SettingGroupItem[] =>
  defs.flatMap((d) => ("items" in d && d.items ? d.items : []) as SettingGroupItem[]);
const keyOf = (item: SettingGroupItem): string | undefined => ("control" in item && item.control ? item.control.key : undefined);
const actions = { exportAnki: () => undefined, confirmReset: () => undefined };

describe("the settings as Obsidian 1.13 draws and searches them", () => {
  it("lists every setting the tab shows, in headed groups (the learning steps, the fitted weights and the suggestion flag have no row)", () => {
    const defs = settingDefinitions(host().h, actions);
    expect(defs.map((d) => ("heading" in d ? d.heading : ""))).toEqual(["Which notes", "Cloze sources", "Review", "Hover", "Exam practice", "Data"]);
    const keys = items(defs).map(keyOf).filter((k) => k !== undefined).sort();
    const hidden = ["learningStepsMinutes", "fsrsWeights", "optimizeSuggested"];
    const all = Object.keys(DEFAULT_SETTINGS).filter((k) => !hidden.includes(k)).sort();
    expect(keys).toEqual(all);
  });

  it("finds settings by their Korean names when Obsidian speaks Korean", () => {
    setLanguage("ko");
    const names = items(settingDefinitions(host().h, actions)).map((i) => i.name);
    expect(names).toContain("복습 기록 초기화");
  });

  it("offers the export and, when the plugin can, the reset as actions", () => {
    const done: string[] = [];
    const rows = items(settingDefinitions(host().h, { exportAnki: () => done.push("export"), confirmReset: () => done.push("reset") }));
    for (const row of rows) if ("action" in row && row.action) row.action({} as never, 0);
    expect(done).toEqual(["export", "reset"]);
    expect(items(settingDefinitions(host({}, false).h, actions)).filter((r) => "action" in r && r.action)).toHaveLength(1);
  });

  it("rejects an out-of-range number with a sentence saying what is allowed, and accepts one in range", async () => {
    const number = items(settingDefinitions(host().h, actions)).find((i) => keyOf(i) === "desiredRetention");
    const control = number && "control" in number ? number.control : undefined;
    const validate = control && control.type === "number" ? control.validate : undefined;
    expect(await validate?.(0.5)).toBe("0.5 is out of range; the nearest allowed value is 0.7.");
    expect(await validate?.(0.85)).toBeUndefined();
  });

  it("rejects an exam date that is not a date with a sentence saying so, and accepts a real date", async () => {
    const text = items(settingDefinitions(host().h, actions)).find((i) => keyOf(i) === "examDate");
    const control = text && "control" in text ? text.control : undefined;
    const validate = control && control.type === "text" ? control.validate : undefined;
    expect(validate).toBeDefined();
    expect(await validate?.("2027-13-45")).toBe('"2027-13-45" is not a date written as YYYY-MM-DD, so no exam date is set.');
    expect(await validate?.("next March")).toBe('"next March" is not a date written as YYYY-MM-DD, so no exam date is set.');
    expect(await validate?.("2027-03-15")).toBeUndefined();
    expect(await validate?.("")).toBeUndefined();
  });
});

describe("control values go through the plugin's settings, never over the review data", () => {
  it("reads a list as one entry per line and stores lines as a list", async () => {
    const { h, saves, current } = host({ folders: ["AWS/SAA", "AWS/DVA"] });
    expect(readControl(h, "folders")).toBe("AWS/SAA\nAWS/DVA");
    await writeControl(h, "folders", "AWS/SAA\n\n AWS/SOA ");
    expect(current().folders).toEqual(["AWS/SAA", "AWS/SOA"]);
    expect(saves).toEqual([["folders"]]);
  });

  it("stores toggles, choices and numbers, normalised, and saves nothing when nothing changed", async () => {
    const { h, saves, current } = host();
    await writeControl(h, "hoverEnabled", false);
    await writeControl(h, "markStyle", "dashed");
    await writeControl(h, "newCardsPerDay", 35);
    await writeControl(h, "newCardsPerDay", 35);
    expect([current().hoverEnabled, current().markStyle, current().newCardsPerDay]).toEqual([false, "dashed", 35]);
    expect(saves).toEqual([["hoverEnabled"], ["markStyle"], ["newCardsPerDay"]]);
  });

  it("ignores keys that are no setting of the tab (review data, prototype names)", async () => {
    const { h, saves } = host();
    for (const key of ["cards", "logs", "__proto__", "constructor", "learningStepsMinutes"]) {
      expect(readControl(h, key)).toBeUndefined();
      await writeControl(h, key, "x");
    }
    expect(saves).toEqual([]);
  });
});
