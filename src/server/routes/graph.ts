import { Hono } from "hono";
import { z } from "zod";
import { readDealGraph } from "../../report/deal-graph-data.js";
import type { ServerDeps } from "../deps.js";
import { parseInput } from "../errors.js";
import { AS_OF_FIELD } from "./schemas.js";

export const GraphQuerySchema = z.strictObject({
  asOf: AS_OF_FIELD,
  entity: z.string().trim().min(1).max(200).optional(),
  reviewed: z
    .enum(["true", "false", "1", "0"])
    .transform((v) => v === "true" || v === "1")
    .optional(),
});

/** GET /api/graph?asOf=&entity=&reviewed=: the deal graph (edges, components, loops, metrics) as known on a date. */
export function graphRoutes({ store }: ServerDeps): Hono {
  const app = new Hono();
  app.get("/", async (c) => {
    const query = parseInput(GraphQuerySchema, c.req.query(), "query");
    const graph = await readDealGraph(store, {
      ...(query.asOf === undefined ? {} : { asOf: query.asOf }),
      ...(query.entity === undefined ? {} : { entity: query.entity }),
      reviewedOnly: query.reviewed ?? false,
    });
    return c.json(graph);
  });
  return app;
}
