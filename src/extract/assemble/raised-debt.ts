import { optionalHedge } from "../lexicon.js";
import type { DocumentReading, FigureReading, SentenceReading } from "./types.js";

/** A bare verb of raising money, which says nothing of how it was raised. */
const BARE_RAISE = /^(?:raise[sd]?|raising|lev(?:é|ée|ées|és|er|e|ent|ait|aient|ra|rait)|lèv(?:e|ent))$/iu;

/** Debt named in the sentence: bonds, notes, loans, borrowing, money raised from banks. */
const DEBT_WORD =
  /(?<!\p{L})(?:bonds?|debt|notes\s+(?:offering|sale)|loans?|borrow\p{L}*|obligations|obligataires?|dettes?|emprunt\p{L}*|prêts?|(?:auprès\s+(?:de|d['’]un\s+consortium\s+de)|from)\s+(?:(?:several|plusieurs|a\s+group\s+of|\p{Ll}+)\s+)?(?:banques|banks|lenders|prêteurs))(?!\p{L})/iu;

/** Words of an equity round: a round, a series, shares, a valuation, investors. */
const EQUITY_WORD =
  /(?<!\p{L})(?:round|series|s[ée]rie|equity|shares|actions|valuation|valued|valoris\p{L}*|investors?|investisseurs?|tour\s+de\s+table|levée\s+de\s+fonds|capital|(?:fonds|capitaux)\s+propres)(?!\p{L})/iu;

/** A breakdown of the amount raised ("of which $1 billion of debt"): the total is more than debt ("dont JPMorgan" lists lenders). */
const BREAKDOWN = new RegExp(
  String.raw`(?<!\p{L})(?:(?:of\s+which|dont|including|y\s+compris)\s+${optionalHedge(["approx"])}(?:[$€£]|US\$)?\s?\d|half|moitié)`,
  "iu",
);

/**
 * "Meta sold $30bn of bonds, … and Alphabet raised about $25bn", "Meta raised US$29bn for a data
 * centre, while Oracle pulled US$18bn in bonds": money a company that is no AI lab raises, with a
 * bare verb in a sentence about debt and no word of an equity round, is debt.
 */
export function reviseRaisedDebt(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate } = f;
  if (candidate.metric !== "funding_round" || !candidate.metricAt || !candidate.entity) return;
  if (r.gazetteer.roles.get(candidate.entity) === "developer") return;
  const word = r.text.slice(candidate.metricAt.start, candidate.metricAt.end);
  if (!BARE_RAISE.test(word) || !DEBT_WORD.test(s.body) || EQUITY_WORD.test(s.body) || BREAKDOWN.test(s.body))
    return;
  f.rules.push(
    `metric: "${word}" in a sentence about debt, by no AI lab, with no equity round → debt_issuance`,
  );
  candidate.metric = "debt_issuance";
}
