import type { TopLevelSpec } from "vega-lite";
import { FrontierError, type Language } from "../../core/index.js";
import type { ReportInput } from "../../report/report-types.js";
import type { CommandContext } from "../command.js";

/** Chart kinds drawn from a scenario run. */
export const MODEL_CHART_KINDS = ["fan", "tornado", "histogram", "compare"] as const;

/**
 * The scenario charts need the model stage's public functions (loading a scenario, runScenario,
 * sensitivity, comparison). Until src/model lands, these kinds report that it is missing.
 */
export async function modelChartSpec(
  _context: CommandContext,
  kind: string,
  _args: string[],
  _lang: Language,
): Promise<TopLevelSpec> {
  throw new FrontierError(
    "internal",
    `chart ${kind}: the model stage (src/model) is not available in this build yet`,
  );
}

/** What a scenario run gives a report. */
export type ScenarioReportPart = Pick<
  ReportInput,
  | "scenario"
  | "run"
  | "positiveBy"
  | "fundingNeeded"
  | "events"
  | "fans"
  | "comparison"
  | "tornado"
  | "histogram"
  | "inputs"
  | "notes"
>;

/** Runs a scenario for the report (model stage). Until src/model lands, reports that it is missing. */
export async function scenarioReportPart(
  _context: CommandContext,
  scenario: string,
  _options: { samples: number | undefined; seed: number | undefined; lang: Language },
): Promise<ScenarioReportPart> {
  throw new FrontierError(
    "internal",
    `report ${scenario}: the model stage (src/model) is not available in this build yet`,
  );
}
