// An esbuild plugin: `import source from "virtual:parse-worker"` gives the parse worker's script (src/worker/
// parse-worker.ts bundled on its own, for a blob URL), rebuilt with every build and watched in watch mode.
// CommonJS, so that the build configuration, the TypeScript tools and their tests can all load it.
const esbuild = require("esbuild");
const { join, resolve } = require("node:path");

/** The plugin; `root` is the project's folder, `minify` as for the bundle that imports it. */
function parseWorkerSource({ root, minify }) {
  return {
    name: "parse-worker-source",
    setup(build) {
      build.onResolve({ filter: /^virtual:parse-worker$/ }, () => ({ path: "parse-worker", namespace: "parse-worker" }));
      build.onLoad({ filter: /.*/, namespace: "parse-worker" }, async () => {
        const worker = await esbuild.build({
          entryPoints: [join(root, "src", "worker", "parse-worker.ts")],
          absWorkingDir: root,
          bundle: true,
          format: "iife",
          target: "es2020",
          minify,
          write: false,
          metafile: true,
          logLevel: "error",
        });
        const text = worker.outputFiles[0]?.text ?? "";
        return {
          contents: `export default ${JSON.stringify(text)};`,
          loader: "js",
          watchFiles: Object.keys(worker.metafile.inputs).map((input) => resolve(root, input)),
        };
      });
    },
  };
}

module.exports = { parseWorkerSource };
