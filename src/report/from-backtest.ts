import type { Language } from "../core/index.js";
import { type BacktestResult, reportedText } from "../model/backtest.js";
import { formatValue } from "./format.js";
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
      const v = (x: number) => formatValue(x, row.unit, lang);
      return {
        output: row.output,
        period: row.period,
        reported: reportedText(row, v),
        low: v(row.p5),
        high: v(row.p95),
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
