// Runs one of the project's TypeScript command-line tools (scripts/<name>.ts) on Node: esbuild bundles it with
// the same src/ code the plugin runs, into node_modules/.cache, and it runs with the remaining arguments.
import esbuild from "esbuild";
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const [name, ...args] = process.argv.slice(2);
if (!name || !/^[a-z0-9-]+$/.test(name)) {
  console.error("usage: node scripts/run.mjs <tool> [args…]   (tools: inspect, demo, bench, e2e)");
  process.exit(2);
}
const outDir = join(root, "node_modules", ".cache", "aws-notes-cloze");
mkdirSync(outDir, { recursive: true });
const outfile = join(outDir, `${name}.cjs`);
await esbuild.build({
  entryPoints: [join(root, "scripts", `${name}.ts`)],
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  outfile,
  packages: "external",
  logLevel: "error",
  sourcemap: "inline",
});
process.argv = [process.argv[0], outfile, ...args];
const require = createRequire(import.meta.url);
const tool = require(outfile);
if (typeof tool.main === "function") {
  const code = await tool.main(args);
  if (typeof code === "number") process.exitCode = code;
}
