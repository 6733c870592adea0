import type { Plugin } from "esbuild";

/** The esbuild plugin that gives `virtual:parse-worker` its script. */
export function parseWorkerSource(options: { root: string; minify: boolean }): Plugin;
