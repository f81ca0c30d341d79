import { Hono } from "hono";
import { FrontierError } from "../../core/index.js";
import { CHECK_RULES, runChecks, selectTimeline } from "../../reconcile/index.js";
import { readLedgerView } from "../../report/chart-data.js";
import type { ServerDeps } from "../deps.js";
import { parseInput } from "../errors.js";
import { ensureConnected, pageOfList, pageRequest } from "../paging.js";
import { ChecksQuerySchema, PageQuerySchema, TimelineQuerySchema } from "./schemas.js";

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
    const query = parseInput(PageQuerySchema, c.req.query(), "query");
    ensureConnected(c);
    const { reconciliation } = await readLedgerView(store, query.asOf ?? null);
    ensureConnected(c);
    const both = [
      ...reconciliation.conflicts.map((conflict) => ({ conflict })),
      ...reconciliation.explained.map((explained) => ({ explained })),
    ];
    const page = pageOfList(both, pageRequest(query));
    return c.json({
      conflicts: page.items.flatMap((item) => ("conflict" in item ? [item.conflict] : [])),
      explained: page.items.flatMap((item) => ("explained" in item ? [item.explained] : [])),
      datesUncertain: reconciliation.datesUncertain,
      next: page.next,
    });
  });

  app.get("/checks", async (c) => {
    const { rule, asOf, ...paging } = parseInput(ChecksQuerySchema, c.req.query(), "query");
    const rules = rule === undefined ? CHECK_RULES : CHECK_RULES.filter((r) => r.id === rule);
    if (rules.length === 0)
      throw new FrontierError(
        "invalid_input",
        `unknown rule '${rule}' (rules: ${CHECK_RULES.map((r) => r.id).join(", ")})`,
      );
    ensureConnected(c);
    const { reconciliation } = await readLedgerView(store, asOf ?? null);
    ensureConnected(c);
    const page = pageOfList(runChecks(reconciliation.facts, rules), pageRequest(paging));
    return c.json({ checks: page.items, next: page.next });
  });

  return app;
}
