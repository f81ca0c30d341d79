import { Hono } from "hono";
import { FrontierError } from "../../core/index.js";
import {
  checkRulesNamed,
  readChecks,
  readConflicts,
  readTimeline,
  unknownRuleMessage,
} from "../../use-cases/ledger-view.js";
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
    return c.json(await readTimeline(store, { entity, metric, asOf: asOf ?? null }));
  });

  app.get("/conflicts", async (c) => {
    const query = parseInput(PageQuerySchema, c.req.query(), "query");
    ensureConnected(c);
    const { conflicts, explained, datesUncertain } = await readConflicts(store, query.asOf ?? null);
    ensureConnected(c);
    const both = [
      ...conflicts.map((conflict) => ({ conflict })),
      ...explained.map((explained) => ({ explained })),
    ];
    const page = pageOfList(both, pageRequest(query));
    return c.json({
      conflicts: page.items.flatMap((item) => ("conflict" in item ? [item.conflict] : [])),
      explained: page.items.flatMap((item) => ("explained" in item ? [item.explained] : [])),
      datesUncertain,
      next: page.next,
    });
  });

  app.get("/checks", async (c) => {
    const { rule, asOf, ...paging } = parseInput(ChecksQuerySchema, c.req.query(), "query");
    const rules = checkRulesNamed(rule);
    if (rules.length === 0) throw new FrontierError("invalid_input", unknownRuleMessage(rule));
    ensureConnected(c);
    const checks = await readChecks(store, rules, asOf ?? null);
    ensureConnected(c);
    const page = pageOfList(checks, pageRequest(paging));
    return c.json({ checks: page.items, next: page.next });
  });

  return app;
}
