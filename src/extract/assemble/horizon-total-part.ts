import type { Period } from "../../core/index.js";
import { publicationAsOf } from "../periods.js";
import type { Candidate, DocumentReading, FigureReading } from "./types.js";

/** Money a company pledges or plans to put in, in total or in parts. */
const PLEDGED_MONEY: ReadonlySet<string> = new Set([
  "investment",
  "capex",
  "compute_commitment",
  "compute_spending_target",
]);

/** "by 2030", "d'ici 2030": a period that ends at a horizon with no start of its own. */
function horizonEnd(period: Period | null): string | null {
  if (!period) return null;
  if ("asOf" in period) return period.asOf && /^\d{4}-12-31$/u.test(period.asOf) ? period.asOf : null;
  return period.start === null && period.end ? period.end : null;
}

const pledged = (c: Candidate) =>
  PLEDGED_MONEY.has(c.metric ?? "") && (c.qualifier === "target" || c.qualifier === "commitment");

/** The point a figure stands for: its low end, else its ceiling. */
const pointOf = (c: Candidate) => c.q.low ?? c.q.high ?? 0;

/**
 * A part of a total the company pledged by a horizon is spent by the same horizon: after "Brookfield
 * va investir 20 milliards d'euros d'ici 2030", the undated "15 milliards sont prévus pour de nouveaux
 * centres de données" and "une enveloppe de 5 milliards" read "d'ici 2030" too. Only a smaller amount
 * of the same company, currency and kind of spending, with no partner of its own, is such a part;
 * the total may go into a country (« en France »), its parts then too.
 */
export function reviseByHorizonTotal(r: DocumentReading, f: FigureReading): void {
  const { candidate, rules } = f;
  const published = publicationAsOf(r.input.published);
  const period = candidate.period;
  const place = (name: string | null) => name === null || r.gazetteer.publicBodies.has(name);
  if (!pledged(candidate) || !place(candidate.counterparty) || candidate.periodExplicit) return;
  if (!published || !period || !("asOf" in period) || period.asOf !== published) return;
  const total = r.candidates.find(
    (c) =>
      c !== candidate &&
      c.q.span.start < candidate.q.span.start &&
      pledged(c) &&
      place(c.counterparty) &&
      c.entity === candidate.entity &&
      c.unit === candidate.unit &&
      horizonEnd(c.period) !== null &&
      pointOf(c) > (candidate.q.high ?? candidate.q.low ?? Number.POSITIVE_INFINITY),
  );
  if (!total?.period) return;
  candidate.period = total.period;
  rules.push(`period: a part of the total pledged by ${horizonEnd(total.period)} → the same horizon`);
}
