import type { DocumentReading, FigureReading, SentenceReading } from "./types.js";

/** A round read on a financing word ("accord de financement", "financing package"), not on a raise or a series. */
const FINANCING_WORD = /financ|package|montage/iu;

/** A site the money is for: a data centre, a campus, a facility, a build-out or a project. */
const SITE_FINANCED =
  /(?<!\p{L})(?:centres?\s+de\s+données|data[\s-]*cent(?:er|re)s?|campus|facilit(?:y|ies)|build-?out|construction|projets?|projects?|sites?)(?!\p{L})/iu;

/** Words of a company's own round: shares sold, a series, a valuation. */
const OWN_ROUND =
  /(?<!\p{L})(?:levée\s+de\s+fonds|tour\s+de\s+(?:table|financement)|funding\s+round|séries?|series|valoris\p{L}*|valuation|valued|actions|shares)(?!\p{L})/iu;

/**
 * The party providing the money, named right after the financing: "a financing deal with Blue Owl
 * Capital", « un accord de financement avec des banques », « auprès d'un fonds ». Money lent or
 * advanced by a financier is raised by the company: debt (CLAIMS.md §2 debt_issuance).
 */
const FINANCIER_NAMED =
  /^[^.;]{0,60}?(?<!\p{L})(?:with|from|avec|auprès\s+d(?:e|es|u|['’]))\s*(?:(?:des|de|d['’]|du|the|a|an|un|une|several|plusieurs)\s*)?(?:\p{Lu}|(?:banks?|banques?|lenders?|prêteurs?|investors|investisseurs|funds?|fonds)(?!\p{L}))/u;

/**
 * "un accord de financement de 27 milliards de dollars pour financer son centre de données", "a
 * $25 billion financing package for its Texas campus": money found for a site, not shares the company
 * sells. From a financier named beside it, it is money raised (debt_issuance); else the site's
 * investment amount: capex.
 */
export function reviseSiteFinancing(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate } = f;
  if (candidate.metric !== "funding_round" || !candidate.metricAt) return;
  if (!FINANCING_WORD.test(r.text.slice(candidate.metricAt.start, candidate.metricAt.end))) return;
  const clause = r.text.slice(f.clauseStart, f.clauseEnd);
  if (!SITE_FINANCED.test(clause) || OWN_ROUND.test(s.body)) return;
  if (FINANCIER_NAMED.test(r.text.slice(candidate.metricAt.end, f.clauseEnd))) {
    candidate.metric = "debt_issuance";
    f.rules.push(
      "metric: a financing a financier provides for a site is money raised, not a round → debt_issuance",
    );
    return;
  }
  candidate.metric = "capex";
  f.rules.push("metric: a financing found for a site, not the company's round → capex");
}
