import { Hono } from "hono";
import { FrontierError } from "../../core/index.js";
import { CHECK_RULES, runChecks, selectTimeline } from "../../reconcile/index.js";
import { readLedgerView } from "../../report/chart-data.js";
import type { ServerDeps } from "../deps.js";
import { parseInput } from "../errors.js";
import { AsOfQuerySchema, ChecksQuerySchema, TimelineQuerySchema } from "./schemas.js";

/** GET /api/timeline/:entity, GET /api/conflicts, GET /api/checks: the ledger reconciled per request. */
export function reconcileRoutes({ store }: ServerDeps): Hono {
  const app = new Hono();

  app.get("/timeline/:entity", async (c) => {
    const entity = c.req.param("entity");
    const { metric, asOf } = parseInput(TimelineQuerySchema, c.req.query(), "query");
    const { reconciliation } = await readLedgerView(store, asOf ?? null);
    const { series, revisions } = selectTimeline(reconciliation, entity, metric);
    if (series.length === 0)
      throw new FrontierError("not_found", `no facts about ${entity}${metric ? ` for ${metric}` : ""}`);
    return c.json({ entity, metric: metric ?? null, series, revisions });
  });

  app.get("/conflicts", async (c) => {
    const { asOf } = parseInput(AsOfQuerySchema, c.req.query(), "query");
    const { reconciliation } = await readLedgerView(store, asOf ?? null);
    return c.json({
      conflicts: reconciliation.conflicts,
      explained: reconciliation.explained,
      datesUncertain: reconciliation.datesUncertain,
    });
  });

  app.get("/checks", async (c) => {
    const { rule, asOf } = parseInput(ChecksQuerySchema, c.req.query(), "query");
    const rules = rule === undefined ? CHECK_RULES : CHECK_RULES.filter((r) => r.id === rule);
    if (rules.length === 0)
      throw new FrontierError(
        "invalid_input",
        `unknown rule '${rule}' (rules: ${CHECK_RULES.map((r) => r.id).join(", ")})`,
      );
    const { reconciliation } = await readLedgerView(store, asOf ?? null);
    const checks = runChecks(reconciliation.facts, rules);
    return c.json({ checks });
  });

  return app;
}
