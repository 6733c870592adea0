/**
 * What the harness bundle gets for `import … from "obsidian"` (esbuild maps the module here). Only the runtime
 * values the editor extension and the review panel import; the DOM helpers live in `dom-helpers.ts`.
 */

/** The interface language: the page's `lang` attribute (set from `?lang=` by the harness), English by default. */
export function getLanguage(): string {
  return document.documentElement.lang || "en";
}

/** A desktop browser. */
export const Platform = { isMobile: false, isDesktop: true, isDesktopApp: false, isPhone: false, isTablet: false };
