// Bundles src/main.ts into main.js the way Obsidian loads plugins: one CommonJS file,
// with Obsidian, Electron, CodeMirror, Lezer and Node built-ins left to the host, and the parse worker inside.
import esbuild from "esbuild";
import { builtinModules } from "node:module";
import { dirname } from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";
import { parseWorkerSource } from "./scripts/parse-worker-source.cjs";

const production = process.argv[2] === "production";

const context = await esbuild.context({
  entryPoints: ["src/main.ts"],
  bundle: true,
  external: [
    "obsidian",
    "electron",
    "@codemirror/*",
    "@lezer/*",
    ...builtinModules,
    ...builtinModules.map((m) => `node:${m}`),
  ],
  format: "cjs",
  target: "es2020",
  logLevel: "info",
  sourcemap: production ? false : "inline",
  treeShaking: true,
  minify: production,
  outfile: "main.js",
  // The parse worker's script goes into main.js as a string (a plugin is one file): see src/obsidian/parse-workers.ts.
  plugins: [parseWorkerSource({ root: dirname(fileURLToPath(import.meta.url)), minify: production })],
});

if (production) {
  await context.rebuild();
  await context.dispose();
} else {
  await context.watch();
}
