import type { Unit } from "../core/index.js";
import type { CheckResult, Fact, Reconciliation, SourceDocument } from "../reconcile/types.js";
import { isOrderOfMagnitude } from "../reconcile/value.js";
import type {
  CommitmentRow,
  CommitmentsInput,
  CumulativeCommitment,
  FactPoint,
  TimelineInput,
} from "./inputs.js";
import type { ReportCheck, ReportSource } from "./report-types.js";

/** Adapters from the reconcile stage's results to the report's chart inputs (pure). */

/** A fact as a chart point; null when it has no position in time or no value. */
export function factPoint(fact: Fact): FactPoint | null {
  if (fact.at === null || fact.point === null) return null;
  const first = fact.sources[0];
  const confidences = fact.sources.flatMap((s) => (s.confidence === undefined ? [] : [s.confidence]));
  return {
    id: fact.id,
    at: fact.at,
    periodLabel: fact.periodLabel,
    value: fact.point,
    low: fact.low,
    high: fact.high,
    qualifier: fact.qualifier,
    source: first ? (first.title ?? first.source ?? first.documentId) : "?",
    reported: fact.firstReported,
    attribution: first?.attribution ?? null,
    vague: isOrderOfMagnitude(fact.value),
    ...(confidences.length === 0 ? {} : { confidence: Math.max(...confidences) }),
  };
}

/**
 * The timeline of one (entity, metric): its facts, plus the facts of other metrics that revise
 * them or that they revise (a commitment replaced by a spending target), in the same unit.
 */
export function timelineFromReconciliation(
  rec: Reconciliation,
  entity: string,
  metric: string,
): TimelineInput | null {
  const sameEntity = (fact: Fact) => fact.entity.toLowerCase() === entity.toLowerCase();
  const own = rec.facts.filter((fact) => sameEntity(fact) && fact.metric === metric);
  if (own.length === 0) return null;
  const unit = mostCommon(own.map((fact) => fact.unit));
  const ids = new Set(own.filter((fact) => fact.unit === unit).map((fact) => fact.id));
  const linked = rec.revisions.filter(
    (r) => (ids.has(r.from.id) || ids.has(r.to.id)) && r.from.unit === unit && r.to.unit === unit,
  );
  const facts = new Map<string, Fact>();
  for (const fact of own) if (ids.has(fact.id)) facts.set(fact.id, fact);
  for (const r of linked) {
    facts.set(r.from.id, r.from);
    facts.set(r.to.id, r.to);
  }
  const points = [...facts.values()].map(factPoint).filter((p): p is FactPoint => p !== null);
  const placed = new Set(points.map((p) => p.id));
  return {
    entity: own[0]!.entity,
    metric,
    unit,
    facts: points,
    revisions: linked
      .filter((r) => placed.has(r.from.id) && placed.has(r.to.id))
      .map((r) => ({ from: r.from.id, to: r.to.id, kind: r.rule.replaceAll("_", " ") })),
  };
}

const COMMITMENT_METRICS = new Set(["compute_commitment", "compute_spending_target"]);

/**
 * Committed and targeted compute of one entity by counterparty and year. A figure over several
 * years is spread evenly over them; figures replaced by a later revision are left out, so a
 * revised plan is not counted twice.
 */
export function commitmentsFromReconciliation(
  rec: Reconciliation,
  entity: string,
  labels: { unnamed: string } = { unnamed: "—" },
): CommitmentsInput {
  const replaced = new Set(rec.revisions.map((r) => r.from.id));
  const facts = rec.facts.filter(
    (fact) =>
      fact.entity.toLowerCase() === entity.toLowerCase() &&
      COMMITMENT_METRICS.has(fact.metric) &&
      !replaced.has(fact.id) &&
      fact.point !== null,
  );
  const unit: Unit = facts.length > 0 ? mostCommon(facts.map((fact) => fact.unit)) : "USD";
  const rows: CommitmentRow[] = [];
  const cumulative: CumulativeCommitment[] = [];
  for (const fact of facts) {
    if (fact.unit !== unit) continue;
    const kind =
      fact.metric === "compute_commitment" && fact.qualifier !== "target" ? "committed" : "targeted";
    if (isPartYear(fact)) {
      const counterparty = fact.counterparty ?? labels.unnamed;
      cumulative.push({ counterparty, periodLabel: fact.periodLabel, amount: fact.point!, kind });
      continue;
    }
    const years = yearsOf(fact);
    if (years.length === 0) continue;
    for (const year of years) {
      rows.push({
        counterparty: fact.counterparty ?? labels.unnamed,
        year,
        amount: fact.point! / years.length,
        kind,
      });
    }
  }
  return {
    entity: facts[0]?.entity ?? entity,
    unit,
    rows,
    ...(cumulative.length === 0 ? {} : { cumulative }),
  };
}

/** A flow over part of one calendar year (a quarter, January to October): not the year's amount. */
function isPartYear(fact: Fact): boolean {
  const span = fact.periodSpan;
  if (span.kind !== "flow" || span.startMonth === null || span.endMonth === null) return false;
  const sameYear = Math.floor(span.startMonth / 12) === Math.floor(span.endMonth / 12);
  return (
    sameYear &&
    span.endMonth - span.startMonth + 1 < 12 &&
    (span.startMonth % 12 !== 0 || span.endMonth % 12 !== 11)
  );
}

function yearsOf(fact: Fact): number[] {
  const span = fact.periodSpan;
  if (span.kind === "flow" && span.startMonth !== null && span.endMonth !== null) {
    const first = Math.floor(span.startMonth / 12);
    const last = Math.floor(span.endMonth / 12);
    if (last >= first && last - first < 30)
      return Array.from({ length: last - first + 1 }, (_, i) => first + i);
  }
  return fact.at === null ? [] : [Math.floor(fact.at)];
}

function mostCommon<T extends string>(values: T[]): T {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
}

export function reportChecks(checks: readonly CheckResult[]): ReportCheck[] {
  const order = { fail: 0, warn: 1, pass: 2 } as const;
  return [...checks]
    .sort((a, b) => order[a.status] - order[b.status] || a.subject.localeCompare(b.subject))
    .map((check) => ({ status: check.status, subject: check.subject, arithmetic: check.arithmetic }));
}

export function reportSources(documents: readonly SourceDocument[]): ReportSource[] {
  return [...documents]
    .sort((a, b) => (a.published ?? "").localeCompare(b.published ?? "") || a.id.localeCompare(b.id))
    .map((d) => ({ id: d.id, title: d.title || d.source, source: d.source, published: d.published }));
}
