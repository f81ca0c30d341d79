import { formatAmount, formatClaimValue } from "../core/index.js";
import { refText } from "./bind.js";
import type {
  CitedDocument,
  ComparisonResult,
  InputSummary,
  PeriodSummary,
  RunResult,
  SensitivityResult,
} from "./types.js";

/** Plain-text tables of model results for the CLI (pure: results in, text out). */

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length)));
  return rows
    .map((r) =>
      r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join("  "),
    )
    .join("\n");
}

function periodRows(periods: PeriodSummary[], unit: string): string[][] {
  return periods.map((p) => [
    String(p.period),
    formatAmount(p.p5, unit),
    formatAmount(p.p50, unit),
    formatAmount(p.p95, unit),
  ]);
}

function origin(input: InputSummary): string {
  const o = input.origin;
  if (o.kind === "ledger") return `ledger ${o.claimIds.join(", ")} (${o.rule})`;
  if (o.kind === "fallback") return `fallback (no claim for ${refText(o.ref)})`;
  return o.assumption ? "assumption" : (o.source ?? "");
}

/** `ledger` names the ledger read ("at .frontier-ledger/db") or why none was. */
export function renderRunText(result: RunResult, ledger?: string): string {
  const out: string[] = [];
  out.push(
    `${result.scenario}: ${result.samples.toLocaleString("en-US")} samples, seed ${result.seed}, ${result.workers} worker(s), ${result.timing.totalMs.toFixed(0)} ms`,
  );
  if (result.description) out.push(result.description);
  for (const o of result.outputs) {
    out.push("", `${o.name} (${o.unit}) = ${o.formula}`);
    out.push(table([["period", "p5", "p50", "p95"], ...periodRows(o.periods, o.unit)]));
  }
  if (result.scalars.length > 0) {
    out.push("", "Scalars");
    out.push(
      table([
        ["name", "p5", "p50", "p95", "mean"],
        ...result.scalars.map((s) => [
          s.name,
          formatAmount(s.p5, s.unit),
          formatAmount(s.p50, s.unit),
          formatAmount(s.p95, s.unit),
          formatAmount(s.mean, s.unit),
        ]),
      ]),
    );
  }
  if (result.events.length > 0) {
    out.push("", "Events");
    out.push(
      table([
        ["event", "probability", "± s.e."],
        ...result.events.map((e) => [
          e.name,
          `${(e.probability * 100).toFixed(1)}%`,
          `${(e.standardError * 100).toFixed(2)}%`,
        ]),
      ]),
    );
  }
  out.push("", "Inputs");
  out.push(
    table([
      ["input", "distribution", "origin"],
      ...result.inputs.map((i) => [i.name, i.distribution, origin(i)]),
    ]).replace(/ +$/gm, ""),
  );
  out.push("", ...renderBindingLines(result, ledger));
  return `${out.join("\n")}\n`;
}

/**
 * Which ledger was read, then each input bound to a claim: the claim id, the bound as read, the
 * claim's period and publication, why it was chosen, and the sentence it comes from.
 */
export function renderBindingLines(result: RunResult, ledger?: string): string[] {
  const bound = result.inputs.flatMap((i) =>
    i.origin.kind === "ledger" ? [{ name: i.name, o: i.origin }] : [],
  );
  const head = `Ledger${ledger ? ` ${ledger}` : ""}: ${bound.length === 0 ? "no input bound to a claim" : `${bound.length} input(s) bound to claims`}`;
  if (bound.length === 0) return [head];
  const rows = [
    ["input", "claim", "value", "period", "published", "why"],
    ...bound.map(({ name, o }) => [
      name,
      o.claimIds.join(", "),
      formatClaimValue(o.value, o.unit),
      o.claimPeriod,
      o.reported ?? "undated",
      o.why,
    ]),
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const lines = rows.map((r) =>
    r
      .map((cell, c) => cell.padEnd(widths[c]!))
      .join("  ")
      .trimEnd(),
  );
  return [
    head,
    ...lines,
    "",
    "Sentences",
    ...bound.map(({ name, o }) => `${name}: “${o.quote}” (${citedText(o.cited, o.document)})`),
  ];
}

/** "Title · Outlet · https://… · document 3f2a…", or the document id alone when the ledger gave nothing else. */
export function citedText(cited: CitedDocument | null | undefined, documentId: string): string {
  if (!cited) return `document ${documentId}`;
  return [cited.title, cited.outlet, cited.address, `document ${documentId}`]
    .filter((part): part is string => Boolean(part))
    .join(" · ");
}

export function renderSensitivityText(result: SensitivityResult): string {
  const out = [
    `${result.scenario}: sensitivity of ${result.target} (median ${formatAmount(result.base, result.unit)}), ${result.samples.toLocaleString("en-US")} samples, seed ${result.seed}`,
    "Median of the target with each input at its p10 / p90 (others sampled); Spearman over the base run.",
    "",
    table([
      ["input", "at p10", "at p90", "swing", "spearman"],
      ...result.rows.map((r) => [
        r.input,
        formatAmount(r.low, result.unit),
        formatAmount(r.high, result.unit),
        formatAmount(r.swing, result.unit),
        r.spearman.toFixed(2),
      ]),
    ]),
  ];
  if (result.skipped.length > 0)
    out.push("", `Not varied (fixed or schedules): ${result.skipped.join(", ")}`);
  return `${out.join("\n")}\n`;
}

export function renderComparisonText(result: ComparisonResult): string {
  const out = [
    `${result.b} − ${result.a}: ${result.samples.toLocaleString("en-US")} samples on common random numbers, seed ${result.seed}`,
  ];
  for (const o of result.outputs) {
    out.push("", `${o.name} (${o.unit}): medians and the per-sample difference`);
    out.push(
      table([
        ["period", `${result.a} p50`, `${result.b} p50`, "diff p5", "diff p50", "diff p95"],
        ...o.periods.map((d, k) => [
          String(d.period),
          formatAmount(o.a[k]!.p50, o.unit),
          formatAmount(o.b[k]!.p50, o.unit),
          formatAmount(d.p5, o.unit),
          formatAmount(d.p50, o.unit),
          formatAmount(d.p95, o.unit),
        ]),
      ]),
    );
  }
  if (result.scalars.length > 0) {
    out.push("", "Scalars");
    out.push(
      table([
        ["name", `${result.a} p50`, `${result.b} p50`, "diff p5", "diff p50", "diff p95"],
        ...result.scalars.map((s) => [
          s.name,
          formatAmount(s.a.p50, s.unit),
          formatAmount(s.b.p50, s.unit),
          formatAmount(s.difference.p5, s.unit),
          formatAmount(s.difference.p50, s.unit),
          formatAmount(s.difference.p95, s.unit),
        ]),
      ]),
    );
  }
  if (result.events.length > 0) {
    out.push("", "Events");
    out.push(
      table([
        ["event", result.a, result.b, "difference"],
        ...result.events.map((e) => [
          e.name,
          `${(e.a * 100).toFixed(1)}%`,
          `${(e.b * 100).toFixed(1)}%`,
          `${(e.difference * 100).toFixed(1)} pts`,
        ]),
      ]),
    );
  }
  if (result.unmatched.length > 0) out.push("", `In one scenario only: ${result.unmatched.join(", ")}`);
  return `${out.join("\n")}\n`;
}
