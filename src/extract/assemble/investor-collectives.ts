import { isCurrencyCode, type Metric } from "../../core/index.js";
import type { Gazetteer } from "../gazetteer.js";
import { INVESTORS_OF_INVESTMENTS } from "./pledged-investments.js";
import type { DocumentReading, FigureReading } from "./types.js";

/** "investisseurs étrangers", "private investors": an unnamed collective that is investors by name. */
const INVESTORS_BY_NAME = /(?<!\p{L})(?:investisseurs|investors)(?!\p{L})/iu;

/** Readings of an amount that say only that money goes somewhere, not whose spending it is. */
const SPENDING_READINGS: readonly (Metric | null)[] = [
  null,
  "capex",
  "compute_commitment",
  "compute_spending_target",
];

/**
 * An amount owned by an unnamed collective of investors ("les investisseurs étrangers ont promis
 * 37 milliards", "private investors had pledged €109 billion") is what they put in: an investment,
 * even when no word of the sentence names the metric or the sentence speaks of the data centres
 * the money goes to.
 */
export function reviseInvestorCollective(r: DocumentReading, f: FigureReading): void {
  const { candidate } = f;
  const owner = candidate.entity;
  if (!owner || !isInvestorCollective(r.gazetteer, owner)) return;
  if (!isCurrencyCode(candidate.unit) || !SPENDING_READINGS.includes(candidate.metric)) return;
  candidate.metric = "investment";
  f.rules.push(`metric: the amount ${owner} put in → investment`);
}

/** An unnamed collective named as investors: it puts money into others' projects, it builds nothing itself. */
export function isInvestorCollective(gazetteer: Gazetteer, name: string): boolean {
  return (
    (gazetteer.collectives.includes(name) || INVESTORS_OF_INVESTMENTS.test(name)) &&
    INVESTORS_BY_NAME.test(name)
  );
}
