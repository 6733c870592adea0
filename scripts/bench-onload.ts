/**
 * The plugin's start as Obsidian times it (its load time in Settings → General → Advanced): main.js built as for a
 * release (esbuild, minified, `obsidian` and `@codemirror/*` left to the host), evaluated, and its `onload` run
 * against the tests' stand-in app over the bench vault and a data.json of the review history. Only the synchronous
 * part counts: the history, the note cache and the scan run after `onload` has returned (the reads are held here so
 * none of it slips in). The first run is the one a start-up sees; later runs show the code once compiled.
 */
import esbuild from "esbuild";
import { createRequire } from "node:module";
import { join } from "node:path";
import { runInThisContext } from "node:vm";
import * as standIn from "../tests/__mocks__/obsidian";
import { parseWorkerSource } from "./parse-worker-source.cjs";
import { createMockApp } from "../tests/obsidian/mock-app";
import { median, nowMs } from "./bench-timing";

/** What the start-up measurements found. */
export interface OnloadFigures {
  /** Compiling and evaluating main.js (its modules' top-level code), once. */
  evalMs: number;
  /** The first `onload`, and the median of the runs after it. */
  onloadMs: number;
  onloadLaterMs: number;
  /** What `onload` registered: commands, views, editor extensions, post-processors. */
  registered: number;
}

/** A window's document, as far as `onload` touches it (listeners and the body's classes and variables). */
function standInDocument(): unknown {
  const none = (): void => undefined;
  return {
    addEventListener: none, removeEventListener: none,
    body: { addClass: none, removeClass: none, toggleClass: none, setCssProps: none },
  };
}

/** The plugin class from main.js built as for a release. */
async function loadReleaseBundle(root: string): Promise<{ plugin: new (app: unknown, manifest: unknown) => standIn.Plugin; evalMs: number }> {
  const built = await esbuild.build({
    entryPoints: [join(root, "src", "main.ts")],
    bundle: true, write: false, format: "cjs", target: "es2020", minify: true, treeShaking: true, logLevel: "error",
    external: ["obsidian", "electron", "@codemirror/*", "@lezer/*"],
    plugins: [parseWorkerSource({ root, minify: true })],
  });
  const code = built.outputFiles[0]?.text ?? "";
  const hostRequire = createRequire(join(root, "package.json"));
  const requireFor = (name: string): unknown => (name === "obsidian" ? standIn : hostRequire(name));
  const module = { exports: {} as Record<string, unknown> };
  // The host's modules (CodeMirror) are loaded before timing: Obsidian has them loaded already.
  for (const name of ["@codemirror/state", "@codemirror/view", "@codemirror/language"]) hostRequire(name);
  const began = nowMs();
  const wrapped = runInThisContext(`(function (require, module, exports) {${code}\n})`) as (r: typeof requireFor, m: typeof module, e: unknown) => void;
  wrapped(requireFor, module, module.exports);
  const evalMs = nowMs() - began;
  return { plugin: module.exports.default as new (app: unknown, manifest: unknown) => standIn.Plugin, evalMs };
}

/** Times the plugin's start over `notes`, with `dataJson` as its data.json. */
export async function measureOnload(root: string, notes: ReadonlyMap<string, string>, dataJson: string, runs: number): Promise<OnloadFigures> {
  // main.js runs in this context's own global (under jest, not the test's sandbox): the stand-ins go there.
  const globals = runInThisContext("globalThis") as Record<string, unknown>;
  const saved = { window: globals.window, activeDocument: globals.activeDocument };
  globals.window = globals;
  globals.activeDocument = standInDocument();
  try {
    const { plugin: PluginClass, evalMs } = await loadReleaseBundle(root);
    const manifest = { id: "aws-notes-cloze", version: "0.1.0", dir: ".obsidian/plugins/aws-notes-cloze" };
    const times: number[] = [];
    let registered = 0;
    for (let r = 0; r < runs + 1; r++) {
      const mock = createMockApp(notes, new Map([[`${manifest.dir}/data.json`, dataJson]]));
      const release = mock.holdReads();
      const plugin = new PluginClass(mock.app, manifest);
      const began = nowMs();
      plugin.onload();
      times.push(nowMs() - began);
      registered = plugin.commands.length + plugin.views.length + plugin.editorExtensions.length + plugin.postProcessors.length;
      plugin.unload();
      release();
      // What the start left running (the history read, which stops on finding the plugin disabled) ends here.
      for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 0));
    }
    return { evalMs, onloadMs: times[0] ?? 0, onloadLaterMs: median(times.slice(1)), registered };
  } finally {
    globals.window = saved.window;
    globals.activeDocument = saved.activeDocument;
  }
}
