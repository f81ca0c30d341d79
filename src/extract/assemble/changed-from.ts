/**
 * A change written "from A to B" ("les pertes nettes passent de 36 à 284 millions", "raised its
 * forecast from $75 billion to $85 billion") is two figures: numbers/ reads the old value A on its
 * own and marks it. When the text dates only the new value, the old one is dated from it: a reported
 * flow is set against the same period a year earlier (a quarter's loss against the year-ago
 * quarter's), a forecast revised from A to B is the earlier forecast of the same period.
 */
import { FLOW_METRICS } from "../../core/index.js";
import { shiftPeriod } from "./same-period.js";
import type { DocumentReading, FigureReading } from "./types.js";

/** Between the old value and the new one: "to", "à", no date of the old value's own. */
const OLD_TO_NEW = /^[\s,]*(?:to|à)\s*$/iu;

/** Dates the old value of a change from the new one's period when no date of its own stands beside it. */
export function reviseChangedFrom(r: DocumentReading, f: FigureReading): void {
  const { candidate, previous: old } = f;
  if (
    !old?.q.changedFrom ||
    !candidate.period ||
    old.metric !== candidate.metric ||
    old.entity !== candidate.entity ||
    !OLD_TO_NEW.test(r.text.slice(old.q.span.end, f.q.span.start))
  )
    return;
  const { metric } = candidate;
  const flow = metric !== null && FLOW_METRICS.has(metric);
  if (candidate.qualifier === "reported" && flow && "start" in candidate.period) {
    old.period = shiftPeriod(candidate.period, -1);
    old.rules.push("period: the old value of a reported change → the same period a year earlier");
  } else if (candidate.qualifier === "target") {
    old.period = candidate.period;
    old.qualifier = candidate.qualifier;
    old.rules.push("period, qualifier: the old value of a revised forecast → the same period, a forecast");
  } else return;
  old.periodExplicit = candidate.periodExplicit;
  old.timeAt = candidate.timeAt;
}
