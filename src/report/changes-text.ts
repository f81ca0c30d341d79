import { formatAmount, formatChange, formatClaimValue, formatDelta, formatRange } from "../core/index.js";
import type { LedgerSnapshot } from "../ledger/index.js";
import type { AnswerChange, InputSide, ScenarioChange } from "../model/run-changes.js";
import {
  describeFact,
  describeSources,
  type LedgerChanges,
  periodLabel,
  toPeriodSpan,
} from "../reconcile/index.js";

/** What `changes` reports: the window's label, the ledger's changes, each scenario's answers before and after. */
export interface ChangesReport {
  label: string;
  ledger: LedgerChanges;
  scenarios: ScenarioChange[];
}

/** `changes` for people: one section per kind of change, empty sections left out. */
export function renderChanges(report: ChangesReport, after: LedgerSnapshot): string {
  const lines = [`What changed ${report.label}`, ...renderLedgerChanges(report.ledger)];
  for (const scenario of report.scenarios) lines.push(...renderScenario(scenario, after));
  return `${lines.join("\n")}\n`;
}

/** The short form `ingest` ends with. */
export function summariseChanges(changes: LedgerChanges): string {
  const parts = [
    `${changes.newClaims.length} new claim${changes.newClaims.length === 1 ? "" : "s"}`,
    `${changes.revisions.length} figure${changes.revisions.length === 1 ? "" : "s"} revised`,
    `${changes.conflictsOpened.length} conflict${changes.conflictsOpened.length === 1 ? "" : "s"} opened`,
    `${changes.conflictsSettled.length} settled`,
    `${changes.checks.length} check${changes.checks.length === 1 ? "" : "s"} changed`,
  ];
  if (changes.datesUncertain.length > 0) parts.push(`${changes.datesUncertain.length} with dates uncertain`);
  const revised = changes.revisions.map((r) => `  revised: ${r.from.entity} ${r.from.metric} ${r.reason}`);
  const opened = changes.conflictsOpened.map((c) => `  conflict: ${c.text}`);
  return [`changes: ${parts.join(", ")}`, ...revised, ...opened].join("\n");
}

export function renderLedgerChanges(changes: LedgerChanges): string[] {
  const out: string[] = [];
  const section = (title: string, rows: string[]) => {
    if (rows.length > 0) out.push("", `${title} (${rows.length})`, ...rows.map((row) => `  ${row}`));
  };
  section(
    "New claims",
    changes.newClaims.map(
      (c) =>
        `${c.counterparty ? `${c.entity} → ${c.counterparty}` : c.entity} ${c.metric} ${formatClaimValue(c.value, c.unit)} (${periodLabel(toPeriodSpan(c.period))}, ${c.qualifier}) [${c.id}, reported ${c.reported ?? "undated"}]`,
    ),
  );
  section(
    "Figures revised",
    changes.revisions.map(
      (r) =>
        `${r.from.entity} ${r.from.metric} → ${r.to.metric}: ${r.reason}\n    from: ${describeSources(r.from)}\n    to:   ${describeSources(r.to)}`,
    ),
  );
  section(
    "Conflicts opened",
    changes.conflictsOpened.map((c) => c.text),
  );
  section(
    "Conflicts settled",
    changes.conflictsSettled.map((s) => `${s.how}: ${s.conflict.text}${s.text ? ` — ${s.text}` : ""}`),
  );
  section(
    "Newly explained differences",
    changes.explained.map((e) => `${e.reason}: ${e.text}`),
  );
  section(
    "Dates uncertain",
    changes.datesUncertain.map((u) => `${u.would}: ${describeFact(u.a)} vs ${describeFact(u.b)}`),
  );
  section(
    "Checks changed",
    changes.checks.map(
      (c) =>
        `${(c.before ?? "new").toUpperCase()} → ${(c.after ?? "gone").toUpperCase()}  ${c.rule}  ${c.subject}: ${c.arithmetic}`,
    ),
  );
  if (out.length === 0) out.push("", "nothing in the ledger changed");
  return out;
}

function renderScenario(change: ScenarioChange, after: LedgerSnapshot): string[] {
  const out = [
    "",
    `Scenario ${change.file} (${change.samples.toLocaleString("en-US")} samples, seed ${change.seed}, common random numbers)`,
  ];
  if (change.moved.length === 0) out.push("  no bound input moved");
  for (const input of change.moved)
    out.push(
      `  input ${input.name}: ${describeInput(input.before, input.unit)} → ${describeInput(input.after, input.unit)}${sourcesOf(input.after, after)}`,
    );
  for (const answer of change.answers) out.push(`  ${describeAnswer(answer)}`);
  if (change.drivers.length > 0)
    out.push(
      `  driven by (effect on ${change.headline}): ${change.drivers
        .map((d) => `${d.input} (${describeEffect(d.effect, change)})`)
        .join(", ")}`,
    );
  return out;
}

function describeInput(side: InputSide, unit: string): string {
  if (side.summary === null) return side.distribution;
  const { p5, p50, p95 } = side.summary;
  return p5 === p95
    ? formatAmount(p50, unit)
    : `${formatAmount(p50, unit)} (p5–p95 ${formatRange(p5, p95, unit)})`;
}

function sourcesOf(side: InputSide, after: LedgerSnapshot): string {
  if (side.claimIds.length === 0) return " (fallback, no ledger claim)";
  const documents = new Map(after.documents.map((d) => [d.id, d]));
  const described = side.claimIds.map((id) => {
    const claim = after.claims.find((c) => c.id === id);
    const document = claim ? documents.get(claim.documentId) : undefined;
    return `claim ${id}${document ? `, ${document.title}, ${document.published ?? "undated"}` : ""}`;
  });
  return ` (${described.join("; ")})`;
}

const percent = (p: number) => `${(p * 100).toFixed(1)} %`;

function describeAnswer(answer: AnswerChange): string {
  if ("probability" in answer.before && "probability" in answer.after)
    return `P(${answer.name}) ${percent(answer.before.probability)} → ${percent(answer.after.probability)}`;
  if ("p50" in answer.before && "p50" in answer.after)
    return `${answer.name} p50 ${formatChange(answer.before.p50, answer.after.p50, answer.unit)} (p5–p95 ${formatRange(answer.before.p5, answer.before.p95, answer.unit)} → ${formatRange(answer.after.p5, answer.after.p95, answer.unit)})`;
  return answer.name;
}

/** A driver's effect on the headline: "+18.9 pts" on a probability, "−620 bn $" on an amount. */
function describeEffect(effect: number, change: ScenarioChange): string {
  const headline = change.headline ?? "";
  if (headline.startsWith("P("))
    return `${effect >= 0 ? "+" : "−"}${(Math.abs(effect) * 100).toFixed(1)} pts`;
  const unit = change.answers.find((a) => `${a.name} p50` === headline)?.unit ?? "1";
  return formatDelta(effect, unit);
}
