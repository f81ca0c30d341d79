import { readdir, readFile } from "node:fs/promises";
import { extname, join } from "node:path";
import { type Context, Hono } from "hono";
import type { ServerDeps } from "../deps.js";
import { errorBody } from "../errors.js";
import { DASHBOARD_CSP } from "../headers.js";
import { packageRoot } from "../web-assets.js";

/**
 * The dashboard app (web/, built by Vite into dist/web-app by `npm run build`) at /app/. As for the
 * plain pages, a request is looked up in the list of built files, never joined onto a path.
 */

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
};
const BUILT_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*\.(js|css|svg)$/;

export function defaultWebAppDir(): string {
  return join(packageRoot(), "dist", "web-app");
}

async function builtAssets(dir: string): Promise<Set<string>> {
  const entries = await readdir(join(dir, "assets"), { withFileTypes: true });
  return new Set(entries.filter((e) => e.isFile() && BUILT_NAME.test(e.name)).map((e) => e.name));
}

/** GET /app/ (the app; its views are query strings) and GET /app/assets/:name; mounted at the root. */
export function webAppRoutes(_deps: ServerDeps, dir = defaultWebAppDir()): Hono {
  const app = new Hono();
  let names: Promise<Set<string>> | null = null;
  const index = async (): Promise<Response | null> => {
    const body = await readFile(join(dir, "index.html")).catch(() => null);
    if (!body) return null;
    return new Response(body, {
      headers: {
        "Content-Type": TYPES[".html"]!,
        "Cache-Control": "no-cache",
        "Content-Security-Policy": DASHBOARD_CSP,
      },
    });
  };
  app.get("/app/assets/:name", async (c) => {
    const name = c.req.param("name");
    names ??= builtAssets(dir).catch(() => new Set<string>());
    if (!(await names).has(name)) return c.json(errorBody("not_found", `no asset '${name}'`), 404);
    return c.body(await readFile(join(dir, "assets", name)), 200, {
      "Content-Type": TYPES[extname(name)]!,
      // Vite names each build's files by their content hash.
      "Cache-Control": "public, max-age=31536000, immutable",
    });
  });
  const page = async (c: Context) =>
    (await index()) ??
    c.json(errorBody("not_found", "the dashboard app is not built: run npm run build"), 404);
  app.get("/app", page);
  app.get("/app/", page);
  return app;
}
