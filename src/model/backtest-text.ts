import { formatRange } from "../core/index.js";
import { type BacktestResult, reportedText } from "./backtest.js";

/** The backtest as a plain-text table for the CLI (pure: result in, text out). */

export function renderBacktestText(
  result: BacktestResult,
  ledger: string,
  titles: ReadonlyMap<string, string> = new Map(),
): string {
  const out = [
    `${result.scenario}: backtest against the ledger ${ledger}, ${result.samples.toLocaleString("en-US")} samples, seed ${result.seed}`,
  ];
  if (result.rows.length === 0) out.push("", "No reported actuals in the ledger for the mapped outputs.");
  else {
    const rows = [
      ["output", "period", "reported", "model p5 – p95", "result", "claim", "source"],
      ...result.rows.map((r) => [
        r.output,
        String(r.period),
        reportedText(r),
        formatRange(r.p5, r.p95, r.unit),
        `${r.status}${r.boundInput ? " (bound input)" : ""}`,
        r.claimId,
        `${r.qualifier}, ${titles.get(r.document) ?? r.document}, ${r.published ?? "undated"}`,
      ]),
    ];
    const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
    out.push(
      "",
      ...rows.map((r) =>
        r
          .map((cell, c) => cell.padEnd(widths[c]!))
          .join("  ")
          .trimEnd(),
      ),
    );
    for (const r of result.rows) if (r.reason) out.push(`${r.output} ${r.period}: ${r.reason}`);
  }
  if (result.skipped.length > 0) {
    out.push("", "Skipped (the claim does not fit the output):");
    for (const s of result.skipped) out.push(`  ${s.output} ← ${s.claimId} ${s.reason}`);
  }
  if (result.unknownOutputs.length > 0)
    out.push("", `Mapped but not outputs of the scenario: ${result.unknownOutputs.join(", ")}`);
  const count = (status: string) => result.rows.filter((r) => r.status === status).length;
  out.push(
    "",
    `Result: ${result.passed ? "pass" : "FAIL"} (${count("inside")} inside, ${count("outside")} outside, ${count("excepted")} excepted)`,
  );
  return `${out.join("\n")}\n`;
}
