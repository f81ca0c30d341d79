import type { DocumentReading, FigureReading, SentenceReading } from "./types.js";

/** What only the company raising money has: its round, its valuation (CLAIMS.md §6). */
const RAISER_METRICS: ReadonlySet<string> = new Set(["funding_round", "valuation"]);

/** What an investor puts into the company it backs. */
const INVESTOR_METRICS: ReadonlySet<string> = new Set(["investment", "equity_stake"]);

/**
 * A round or a valuation no company of its sentence owns, while the company the text is about
 * has been read only as an investor in another ("Google envisage d'investir 1 Md$ dans Anthropic.
 * Ce montant s'ajouterait à une autre levée de fonds de 2 Md$"): the investor raises nothing; the
 * round is the company it invests in.
 */
export function reviseInvesteeRound(r: DocumentReading, _s: SentenceReading, f: FigureReading): void {
  const { candidate } = f;
  const investor = candidate.entity;
  if (!investor || f.entityParty !== null || f.inherited || !RAISER_METRICS.has(candidate.metric ?? ""))
    return;
  // A company read raising money itself is no mere investor ("OpenAI closed a $40 billion round").
  if (r.candidates.some((c) => c.entity === investor && RAISER_METRICS.has(c.metric ?? ""))) return;
  const backed = r.candidates.findLast(
    (c) => c.entity === investor && INVESTOR_METRICS.has(c.metric ?? "") && c.counterparty !== null,
  )?.counterparty;
  if (!backed || backed.includes("+") || backed === investor) return;
  candidate.entity = backed;
  candidate.entityAt = null;
  if (candidate.counterparty === backed) {
    candidate.counterparty = null;
    candidate.counterpartyAt = null;
  }
  f.rules.push(`entity: ${investor} backs ${backed}, and a round is the raiser's → ${backed}`);
}
