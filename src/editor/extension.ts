/** The one factory of the editor extension: marks, glossary state, hover and theme from one options object. */
import type { Extension } from "@codemirror/state";
import { glossaryField, glossarySync } from "./glossary-state";
import { awsTermsOptions, resolveOptions, type AwsTermsOptions } from "./options";
import { termHover } from "./term-hover";
import { termMarksPlugin } from "./term-marks";
import { termsBaseTheme } from "./theme";

/**
 * Everything an editor needs to mark glossary terms and show their cards. Register it once (Obsidian:
 * `registerEditorExtension`); to apply changed options, replace it and reconfigure (Obsidian: mutate the registered
 * array and call `workspace.updateOptions()`).
 */
export function awsTermsExtension(options: Partial<AwsTermsOptions> = {}): Extension {
  const resolved = resolveOptions([options]);
  return [
    awsTermsOptions.of(options),
    glossaryField,
    glossarySync,
    termMarksPlugin,
    resolved.enabled ? termHover(resolved.hoverDelay) : [],
    termsBaseTheme,
  ];
}
