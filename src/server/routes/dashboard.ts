import { readdir } from "node:fs/promises";
import { Hono } from "hono";
import { z } from "zod";
import { FrontierError } from "../../core/index.js";
import { buildComparisonFanSpec, buildFanSpec } from "../../report/specs/fan.js";
import { buildEventHistogramSpec } from "../../report/specs/histogram.js";
import { buildClaimTimelineSpec } from "../../report/specs/timeline.js";
import { readTimelineChart } from "../../use-cases/charts.js";
import { readLedgerView } from "../../use-cases/ledger-view.js";
import type { ServerDeps } from "../deps.js";
import { parseInput, readJsonBody } from "../errors.js";
import { AsOfQuerySchema, ChartQuerySchema } from "./schemas.js";

const finite = z.number().finite();
const Rows = z
  .array(z.strictObject({ period: z.int(), p5: finite, p25: finite, p50: finite, p75: finite, p95: finite }))
  .min(1)
  .max(500);
/** A run's per-period quantiles as POST /api/model/run answers them, one scenario or two to compare. */
const FanBodySchema = z.strictObject({
  output: z.string().min(1).max(200),
  unit: z.string().min(1).max(50),
  a: z.strictObject({ name: z.string().min(1).max(200), rows: Rows }),
  b: z.strictObject({ name: z.string().min(1).max(200), rows: Rows }).optional(),
});

/** One output's histogram as POST /api/model/run answers it (its `histograms`). */
const HistogramBodySchema = z.strictObject({
  output: z.string().min(1).max(200),
  unit: z.string().min(1).max(50),
  period: z.int().nullable(),
  bins: z
    .array(z.strictObject({ x0: finite, x1: finite, count: z.int().min(0) }))
    .min(1)
    .max(1000),
  probabilityBelowZero: z.number().min(0).max(1),
});

/**
 * What the dashboard app draws with and picks from: the (entity, metric) series that have a
 * timeline, the revisions with both sources, a timeline's Vega-Lite spec (the report's own, for
 * vega-embed in the browser) — these three as known on `?asOf=` when given —, the scenario files
 * that POST /api/model/run accepts by name, the report's fan chart spec for a run's quantiles (or
 * two runs' to compare) and its histogram spec for an output's samples.
 */
export function dashboardRoutes({ store, scenariosDir }: ServerDeps): Hono {
  const app = new Hono();

  app.get("/timelines", async (c) => {
    const { asOf = null } = parseInput(AsOfQuerySchema, c.req.query(), "query");
    const { reconciliation } = await readLedgerView(store, asOf);
    const series = reconciliation.series
      .map((s) => ({ entity: s.entity, metric: s.metric, facts: s.facts.length }))
      .sort(
        (a, b) => b.facts - a.facts || a.entity.localeCompare(b.entity) || a.metric.localeCompare(b.metric),
      );
    return c.json({ series });
  });

  app.get("/revisions", async (c) => {
    const { asOf = null } = parseInput(AsOfQuerySchema, c.req.query(), "query");
    const { reconciliation } = await readLedgerView(store, asOf);
    return c.json({ revisions: reconciliation.revisions });
  });

  app.get("/timeline-spec", async (c) => {
    const query = parseInput(ChartQuerySchema, c.req.query(), "query");
    const { entity, metric, lang = "en", asOf = null } = query;
    if (!metric) throw new FrontierError("invalid_input", "a timeline needs ?metric=");
    const { input, claims } = await readTimelineChart(store, { entity, metric, asOf });
    /** `claims`: each point's fact id → the claim first reporting it, for click-through to its sentence. */
    return c.json({ spec: buildClaimTimelineSpec(input, { lang }), claims });
  });

  app.post("/fan-spec", async (c) => {
    const body = parseInput(FanBodySchema, await readJsonBody(c), "fan chart");
    const spec = body.b
      ? buildComparisonFanSpec({ output: body.output, unit: body.unit, a: body.a, b: body.b }, { lang: "en" })
      : buildFanSpec({ output: body.output, unit: body.unit, rows: body.a.rows }, { lang: "en" });
    return c.json({ spec });
  });

  app.post("/histogram-spec", async (c) => {
    const body = parseInput(HistogramBodySchema, await readJsonBody(c), "histogram");
    const spec = buildEventHistogramSpec(
      {
        output: body.output,
        unit: body.unit,
        period: body.period,
        bins: body.bins,
        threshold: 0,
        probabilityBelow: body.probabilityBelowZero,
      },
      { lang: "en" },
    );
    return c.json({ spec });
  });

  app.get("/scenarios", async (c) => {
    const entries = await readdir(scenariosDir, { withFileTypes: true }).catch(() => []);
    const files = entries
      .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
      .map((e) => e.name)
      .sort();
    return c.json({ scenarios: files });
  });

  return app;
}
