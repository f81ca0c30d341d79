import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Hono } from "hono";

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

/**
 * The addresses of the first viewer, now pages of the dashboard app (routes/web-app.ts): GET / and
 * the old deal-graph page redirect there, so bookmarks keep working.
 */
export function legacyRedirects(): Hono {
  const app = new Hono();
  app.get("/", (c) => c.redirect("/app/", 302));
  app.get("/assets/graph.html", (c) => c.redirect("/app/?page=graph", 302));
  // Browsers ask for an icon on their own; the dashboard has none.
  app.get("/favicon.ico", (c) => c.body(null, 204));
  return app;
}
