import { formatRange, type Language } from "../core/index.js";
import { type BacktestResult, reportedText } from "../model/backtest.js";
import type { ReportBacktest } from "./report-types.js";

/** A backtest as the report shows it: values formatted in the report's language, sources by title. */
export function reportBacktest(
  result: BacktestResult,
  lang: Language,
  titles: ReadonlyMap<string, string>,
): ReportBacktest {
  return {
    passed: result.passed,
    rows: result.rows.map((row) => {
      const layout = { language: lang };
      return {
        output: row.output,
        period: row.period,
        reported: reportedText(row, layout),
        interval: formatRange(row.p5, row.p95, row.unit, layout),
        status: row.status,
        reason: row.reason,
        boundInput: row.boundInput,
        claimId: row.claimId,
        qualifier: row.qualifier,
        documentTitle: titles.get(row.document) ?? row.document,
        published: row.published,
      };
    }),
  };
}
