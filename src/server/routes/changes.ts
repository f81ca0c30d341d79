import { Hono } from "hono";
import {
  type ChangesReport,
  ledgerChangesIn,
  scenarioChangesIn,
  windowFrom,
  windowSince,
} from "../../report/changes-view.js";
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
    const window =
      query.since !== undefined
        ? await windowSince(store, query.since, asOf)
        : await windowFrom(store, [query.from!], asOf);
    const report: ChangesReport = {
      label: window.label,
      ledger: ledgerChangesIn(window),
      scenarios: query.scenarios
        ? await scenarioChangesIn(window, scenariosDir, {
            samples: Math.min(CHANGE_SAMPLES, maxSamples),
            workers,
          })
        : [],
    };
    return c.json(report);
  });
  return app;
}
