import { Hono } from "hono";
import { readChanges } from "../../use-cases/changes.js";
import type { ServerDeps } from "../deps.js";
import { parseInput } from "../errors.js";
import { ChangesQuerySchema } from "./schemas.js";

/** Samples per scenario run in GET /api/changes?scenarios=true, under the server's cap. */
const CHANGE_SAMPLES = 20_000;

/** GET /api/changes?since=DATE | from=DOCUMENT [&asOf=DATE] [&scenarios=true]: what `changes` prints, as JSON. */
export function changesRoutes({ store, scenariosDir, maxSamples, workers }: ServerDeps): Hono {
  const app = new Hono();
  app.get("/", async (c) => {
    const query = parseInput(ChangesQuerySchema, c.req.query(), "query");
    const asOf = query.asOf ?? null;
    const { report } = await readChanges(
      store,
      query.since !== undefined ? { since: query.since, asOf } : { from: query.from!, asOf },
      query.scenarios
        ? {
            dir: scenariosDir,
            shownDir: scenariosDir,
            options: { samples: Math.min(CHANGE_SAMPLES, maxSamples), workers },
          }
        : null,
    );
    return c.json(report);
  });
  return app;
}
