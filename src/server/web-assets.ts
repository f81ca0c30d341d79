import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { dirname, extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Hono } from "hono";
import type { ServerDeps } from "./deps.js";
import { errorBody } from "./errors.js";
import { DASHBOARD_CSP } from "./headers.js";

/**
 * The dashboard's static files. Only names listed in the web folder, matching a plain file name
 * with a known extension, are served; a request is looked up in that list, never joined onto a
 * path, so no URL can reach a file outside the folder.
 */

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
};
const ASSET_NAME = /^[a-z0-9][a-z0-9-]*\.(html|js|css)$/;

/** The package root (where package.json is), from src/server or dist/src/server alike. */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json")) || dir.endsWith("dist")) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error("package.json not found above the server");
    dir = parent;
  }
  return dir;
}

/** The dashboard files shipped with the package: src/server/web (plain HTML, CSS and an ES module). */
export function defaultWebDir(): string {
  return join(packageRoot(), "src", "server", "web");
}

async function assetNames(dir: string): Promise<Set<string>> {
  const entries = await readdir(dir, { withFileTypes: true });
  return new Set(entries.filter((e) => e.isFile() && ASSET_NAME.test(e.name)).map((e) => e.name));
}

/** GET / (the dashboard) and GET /assets/:name. */
export function webRoutes({ webDir }: ServerDeps): Hono {
  const app = new Hono();
  let names: Promise<Set<string>> | null = null;
  const listed = () => {
    names ??= assetNames(webDir).catch(() => new Set<string>());
    return names;
  };
  const serve = async (name: string): Promise<Response | null> => {
    if (!(await listed()).has(name)) return null;
    const type = TYPES[extname(name)]!;
    const body = await readFile(join(webDir, name));
    const headers: Record<string, string> = { "Content-Type": type, "Cache-Control": "no-cache" };
    if (name.endsWith(".html")) headers["Content-Security-Policy"] = DASHBOARD_CSP;
    return new Response(body, { status: 200, headers });
  };
  app.get(
    "/",
    async (c) => (await serve("index.html")) ?? c.json(errorBody("not_found", "no dashboard"), 404),
  );
  // Browsers ask for an icon on their own; the dashboard has none.
  app.get("/favicon.ico", (c) => c.body(null, 204));
  app.get("/assets/:name", async (c) => {
    const name = c.req.param("name");
    const response = name === "index.html" ? null : await serve(name);
    return response ?? c.json(errorBody("not_found", `no asset '${name}'`), 404);
  });
  return app;
}
