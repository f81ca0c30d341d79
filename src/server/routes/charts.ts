import { Hono } from "hono";
import { FrontierError } from "../../core/index.js";
import { renderSvg } from "../../report/render.js";
import { buildCommitmentsSpec } from "../../report/specs/commitments.js";
import { buildClaimTimelineSpec } from "../../report/specs/timeline.js";
import { readCommitmentsChart, readTimelineChart } from "../../use-cases/charts.js";
import type { ServerDeps } from "../deps.js";
import { parseInput } from "../errors.js";
import { SVG_CSP } from "../headers.js";
import { ChartQuerySchema } from "./schemas.js";

export const CHART_KINDS = ["timeline", "commitments"] as const;

/** GET /api/charts/:kind?entity=&metric=&lang=&asOf= → image/svg+xml, drawn by the report stage's renderer. */
export function chartRoutes({ store }: ServerDeps): Hono {
  const app = new Hono();
  app.get("/:kind", async (c) => {
    const kind = c.req.param("kind");
    if (!(CHART_KINDS as readonly string[]).includes(kind))
      throw new FrontierError("not_found", `no chart kind '${kind}' (kinds: ${CHART_KINDS.join(", ")})`);
    const { entity, metric, lang = "en", asOf = null } = parseInput(ChartQuerySchema, c.req.query(), "query");
    let svg: string;
    if (kind === "timeline") {
      if (!metric) throw new FrontierError("invalid_input", "a timeline chart needs ?metric=");
      const { input } = await readTimelineChart(store, { entity, metric, asOf });
      svg = await renderSvg(buildClaimTimelineSpec(input, { lang }));
    } else {
      const input = await readCommitmentsChart(store, { entity, asOf });
      svg = await renderSvg(buildCommitmentsSpec(input, { lang }));
    }
    return c.body(svg, 200, {
      "Content-Type": "image/svg+xml; charset=utf-8",
      "Content-Security-Policy": SVG_CSP,
    });
  });
  return app;
}
