/** Turning what the user typed into settings: normalised, with a sentence for each value that had to be corrected. */
import { normalizeSettings, type PluginSettings } from "../../settings";
import { ts } from "./settings-strings";

/** The settings after an edit and what to tell the user. */
export interface AppliedInput {
  settings: PluginSettings;
  /** Which keys now differ from before. */
  changed: (keyof PluginSettings)[];
  /** One message per corrected key the edit touched. */
  messages: Partial<Record<keyof PluginSettings, string>>;
}

const shown = (v: unknown): string => (typeof v === "string" ? `"${v}"` : Array.isArray(v) ? v.join(", ") : String(v));

/** A number field's text as a number, or the text itself when it is not one (normalisation then reports it). */
function readNumber(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const n = value.trim() === "" ? NaN : Number(value.trim());
  return Number.isFinite(n) ? n : value;
}

/** Applies `patch` (raw values from inputs; number fields may be text) to `current` through `normalizeSettings`. */
export function applySettingInput(current: PluginSettings, patch: Partial<Record<keyof PluginSettings, unknown>>): AppliedInput {
  const raw: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    raw[key] = typeof current[key as keyof PluginSettings] === "number" ? readNumber(value) : value;
  }
  const { settings, corrections } = normalizeSettings(raw);
  const messages: AppliedInput["messages"] = {};
  for (const c of corrections) {
    if (!Object.prototype.hasOwnProperty.call(patch, c.key)) continue;
    messages[c.key] = c.reason === "notADate" ? ts("notADate", { given: shown(c.given) }) : ts("corrected", { given: shown(c.given), used: shown(c.used) });
  }
  const changed = (Object.keys(settings) as (keyof PluginSettings)[])
    .filter((k) => JSON.stringify(settings[k]) !== JSON.stringify(current[k]));
  return { settings, changed, messages };
}

/** Splits a text area's value into entries: one per line or comma. */
export function splitList(text: string): string[] {
  return text.split(/[\n,]/).map((s) => s.trim()).filter((s) => s !== "");
}
