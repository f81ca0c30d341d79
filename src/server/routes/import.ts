import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { Hono } from "hono";
import { FrontierError } from "../../core/index.js";
import { importTable, invalidTableMessage, snapshotDate } from "../../use-cases/import.js";
import type { ServerDeps } from "../deps.js";
import { parseInput, readJsonBody } from "../errors.js";
import { ImportBodySchema } from "./schemas.js";

/** The shipped mappings a request may name: YAML or JSON files of the mappings folder. */
async function mappingNames(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile() && /\.(ya?ml|json)$/.test(e.name))
    .map((e) => e.name)
    .sort();
}

async function mappingText(dir: string, name: string): Promise<string> {
  if (!(await mappingNames(dir)).includes(name))
    throw new FrontierError("not_found", `no mapping '${name}' (GET /api/import/mappings lists them)`);
  return readFile(join(dir, name), "utf8");
}

/**
 * POST /api/import {csv, file?, mapping | mappingName, published?}: what `import` does, with its
 * messages. A mapping that cannot be read, a bad date or a stale snapshot is a 400; bad rows a 422
 * naming each (file:line), nothing stored; a body above the server's limit a 413. The snapshot is
 * stored in one transaction; the same table again changes nothing.
 * GET /api/import/mappings: the shipped mappings.
 */
export function importRoutes({ store, mappingsDir }: ServerDeps): Hono {
  const app = new Hono();
  app.get("/mappings", async (c) => c.json({ mappings: await mappingNames(mappingsDir) }));
  app.post("/", async (c) => {
    const body = parseInput(ImportBodySchema, await readJsonBody(c), "import");
    const published = snapshotDate(body.published, "published", new Date().toISOString().slice(0, 10));
    const mapping =
      body.mapping !== undefined
        ? { text: body.mapping, file: "mapping" }
        : { text: await mappingText(mappingsDir, body.mappingName!), file: body.mappingName! };
    const report = await importTable(store, {
      table: { text: body.csv, file: body.file },
      mapping,
      published,
    });
    if (report.status === "invalid")
      throw new FrontierError("unprocessable", invalidTableMessage(report), { errors: report.errors });
    return c.json(report, report.status === "stored" ? 201 : 200);
  });
  return app;
}
