import type { GraphMetric } from "../types.js";
import { commitmentCoverage } from "./commitment-coverage.js";
import type { GraphMetricRule, MetricContext } from "./context.js";
import { customerConcentration } from "./customer-concentration.js";
import { roundVendorShare } from "./round-vendor-share.js";
import { vendorFinancingIntensity } from "./vendor-financing.js";

export type { GraphMetricRule, MetricContext } from "./context.js";

export const GRAPH_METRICS: GraphMetricRule[] = [
  vendorFinancingIntensity,
  customerConcentration,
  commitmentCoverage,
  roundVendorShare,
];

export function runGraphMetrics(context: MetricContext, rules = GRAPH_METRICS): GraphMetric[] {
  return rules.flatMap((rule) => rule.run(context));
}
