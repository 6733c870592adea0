/**
 * Builds the browser-test harness page: esbuild bundles tests/e2e/harness/main.ts for the browser with the plugin's
 * own src/ code and every @codemirror package, `obsidian` mapped to the harness's stand-in and the demo-vault notes
 * inlined, then copies the page, its CSS and the plugin's styles.css next to the bundle.
 */
import esbuild, { type Plugin } from "esbuild";
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { parseWorkerSource } from "./parse-worker-source.cjs";
import { readVault } from "./lib/read-vault";

/** The files the built page consists of (served by name; `index.html` is the page). */
export const HARNESS_FILES = ["index.html", "harness.js", "obsidian-like.css", "styles.css", "harness.css"] as const;

/** Points every `import … from "obsidian"` at the harness's stand-in module. */
function mapObsidian(shimPath: string): Plugin {
  return {
    name: "obsidian-shim",
    setup(build) {
      build.onResolve({ filter: /^obsidian$/ }, () => ({ path: shimPath }));
    },
  };
}

/** Builds the page into `outDir` (emptied first); returns the number of demo notes inlined. */
export async function buildHarnessPage(root: string, outDir: string): Promise<number> {
  const harness = join(root, "tests", "e2e", "harness");
  const notes = readVault(join(root, "demo-vault"));
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  await esbuild.build({
    entryPoints: [join(harness, "main.ts")],
    bundle: true,
    platform: "browser",
    format: "iife",
    target: "chrome120",
    outfile: join(outDir, "harness.js"),
    define: { ANC_E2E_NOTES: JSON.stringify(JSON.stringify(notes)) },
    plugins: [mapObsidian(join(harness, "obsidian-shim.ts")), parseWorkerSource({ root, minify: false })],
    sourcemap: "inline",
    logLevel: "error",
  });
  copyFileSync(join(harness, "page.html"), join(outDir, "index.html"));
  copyFileSync(join(harness, "obsidian-like.css"), join(outDir, "obsidian-like.css"));
  copyFileSync(join(harness, "harness.css"), join(outDir, "harness.css"));
  copyFileSync(join(root, "styles.css"), join(outDir, "styles.css"));
  return notes.length;
}
