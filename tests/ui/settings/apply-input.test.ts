import { applySettingInput, splitList } from "../../../src/ui/settings/apply-input";
import { setLanguage } from "../../__mocks__/obsidian";
import { DEFAULT_SETTINGS } from "../../../src/settings";

beforeEach(() => setLanguage("en"));

describe("settings typed into the settings tab", () => {
  it("corrects an out-of-range number and says what was used instead", () => {
    const result = applySettingInput({ ...DEFAULT_SETTINGS }, { desiredRetention: "0.5" });
    expect(result.settings.desiredRetention).toBe(0.7);
    expect(result.changed).toEqual(["desiredRetention"]);
    expect(result.messages.desiredRetention).toBe("0.5 is out of range, so 0.7 is used.");
  });

  it("accepts a valid number typed as text without a message", () => {
    const result = applySettingInput({ ...DEFAULT_SETTINGS }, { newCardsPerDay: "35" });
    expect(result.settings.newCardsPerDay).toBe(35);
    expect(result.messages).toEqual({});
  });

  it("falls back to the default for text that is not a number, and says so", () => {
    const result = applySettingInput({ ...DEFAULT_SETTINGS, dayRolloverHour: 6 }, { dayRolloverHour: "새벽" });
    expect(result.settings.dayRolloverHour).toBe(DEFAULT_SETTINGS.dayRolloverHour);
    expect(result.messages.dayRolloverHour).toBe("\"새벽\" is out of range, so 4 is used.");
  });

  it("reports only the keys the edit touched, and nothing changed when nothing did", () => {
    const result = applySettingInput({ ...DEFAULT_SETTINGS }, { hoverEnabled: true });
    expect(result.changed).toEqual([]);
    expect(result.messages).toEqual({});
  });

  it("cleans list entries typed one per line or comma-separated", () => {
    const result = applySettingInput({ ...DEFAULT_SETTINGS }, { folders: splitList("/AWS/SAA/\n Study , ") });
    expect(result.settings.folders).toEqual(["AWS/SAA", "Study"]);
    expect(result.changed).toEqual(["folders"]);
  });
});
