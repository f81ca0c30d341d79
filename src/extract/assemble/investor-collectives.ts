import { isCurrencyCode, type Metric } from "../../core/index.js";
import { foldName, type Gazetteer } from "../gazetteer.js";
import { INVESTORS_OF_INVESTMENTS } from "./pledged-investments.js";
import type { DocumentReading, FigureReading } from "./types.js";

/** "investisseurs étrangers", "private investors": an unnamed collective that is investors by name. */
const INVESTORS_BY_NAME = /(?<!\p{L})(?:investisseurs|investors)(?!\p{L})/iu;

/** Readings of an amount that say only that money goes somewhere, not whose spending it is. */
const SPENDING_READINGS: readonly (Metric | null)[] = [
  null,
  "funding_round",
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

/**
 * "other investors", "Gulf sovereign funds", « fonds de pension », « investisseurs institutionnels »: a
 * collective found in the text whose head noun is investors or funds.
 */
const INVESTOR_HEAD =
  /^(?:[\p{L}-]+\s+){0,3}(?:investors|funds|backers)$|^(?:investisseurs|fonds)(?:\s+[\p{L}'’-]+){0,3}$/iu;

/** An unnamed collective named as investors: it puts money into others' projects, it builds nothing itself. */
export function isInvestorCollective(gazetteer: Gazetteer, name: string): boolean {
  const collective = gazetteer.collectives.includes(name);
  if ((collective || INVESTORS_OF_INVESTMENTS.test(name)) && INVESTORS_BY_NAME.test(name)) return true;
  // A company the gazetteer knows ("Acme Funds") is never an unnamed collective.
  return !collective && !gazetteer.byFolded.has(foldName(name)) && INVESTOR_HEAD.test(name);
}
