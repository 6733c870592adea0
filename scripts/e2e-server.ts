/** A static file server on 127.0.0.1 for the harness page: a fixed list of files, a random port, every request logged. */
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join } from "node:path";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
};

/** A running server. */
export interface StaticServer {
  /** `http://127.0.0.1:<port>/` */
  baseUrl: string;
  /** Every path asked for, in order (including ones that got a 404). */
  requests: string[];
  close(): Promise<void>;
}

/** Serves `files` (names inside `dir`; `/` is `index.html`) and nothing else. */
export async function serveFiles(dir: string, files: readonly string[]): Promise<StaticServer> {
  const bodies = new Map(files.map((name) => [`/${name}`, readFileSync(join(dir, name))]));
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
    requests.push(path);
    if (path === "/favicon.ico") {
      res.writeHead(204).end();
      return;
    }
    const name = path === "/" ? "/index.html" : path;
    const body = bodies.get(name);
    if (!body) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": CONTENT_TYPES[extname(name)] ?? "application/octet-stream", "cache-control": "no-store" });
    res.end(body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/`,
    requests,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
