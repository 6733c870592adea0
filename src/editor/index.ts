/** The editor layer's public surface, for main.ts and the reading-view post-processor. */
export { awsTermsExtension } from "./extension";
export { DEFAULT_AWS_TERMS_OPTIONS, awsTermsOptions, type AwsTermsOptions } from "./options";
export {
  glossaryEffect, glossaryField, sendGlossary, setGlossary, type GlossarySnapshot, type LineSpan,
} from "./glossary-state";
export { GlossarySource } from "./glossary-source";
export { TERM_CLASS, TERM_ID_ATTRIBUTE, findMarkAt } from "./term-marks";
export { TERM_TOOLTIP_CLASS, findTermTooltip } from "./term-hover";
export { describeMarkStyle, type TermMarkStyle } from "./theme";
export { READING_SKIP_SELECTOR, findMarkedTermId, markReadingTerms } from "./reading-marks";
