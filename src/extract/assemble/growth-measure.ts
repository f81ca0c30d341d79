import { isCurrencyCode } from "../../core/index.js";
import { extractMessages } from "../messages.js";
import { type DocumentReading, type FigureReading, issue, type SentenceReading } from "./types.js";

/**
 * A measure other than sales that a growth rate may be of: users, shares, their price and earnings, staff,
 * capacity, profit, margin, spending, costs, prices, a market, valuation, debt or energy. "Au cours
 * du trimestre" is a time ("during"), not a share's price.
 */
const OTHER_MEASURE =
  /(?<!\p{L})(?:utilisateurs?|users?|abonnés?|subscribers?|clients?|customers?|visiteurs?|visitors?|actions?|titres?|(?<!(?<!\p{L})au\s+)cours|shares?|EPS|BPA|stocks?|bourse|emplois?|employés?|salariés?|effectifs?|employees?|headcount|jobs?|capacités?|capacity|puissance|power|bénéfices?|profits?|résultats?|earnings|income|marges?|margins?|dépenses?|spending|coûts?|costs?|prix|prices?|trafic|traffic|production|livraisons?|deliveries|volumes?|marchés?|markets?|valorisations?|valuations?|multiples?|indices?|index|dettes?|debts?|PIB|GDP|inflation|consommation|consumption|demande|demand|usage|électricité|electricity|énergie|energy|téléchargements?|downloads?|stakes?|participations?|obligations?|backlog|carnet|commandes?|orders?|bookings?|RPO)(?!\p{L})/iu;

/** Earnings per share: "EPS", « BPA », "earnings per share", « bénéfice par action ». */
const PER_SHARE_WORD =
  /(?<!\p{L})(?:EPS|BPA|(?:earnings|bénéfices?|résultats?)\s+(?:nets?\s+|ajustés?\s+|adjusted\s+|diluted\s+)?(?:per\s+share|par\s+action))(?!\p{L})/giu;

/** The noun phrase right after a rate that says what changed: "du multiple de valorisation", "in the share price". */
const RATE_COMPLEMENT =
  /^\s*(?:(?:du|des|de\s+la|de\s+l['’]|de\s+(?:son|sa|ses|leur|leurs)|d['’]|of\s+(?:the|its|their)|of|in\s+(?:the|its|their)|in)\s*)([\p{L}'’&-]+(?:\s+[\p{L}'’&-]+){0,3})/u;

/**
 * « un recul de 10 % du ratio cours-bénéfice », "a 5% slide in the stock": the words
 * right after a rate name what changed; when they name neither sales nor capital spending but
 * another measure, the rate is that measure's change, no growth of the vocabulary.
 */
export function rateOfOtherMeasure(text: string, rateEnd: number, measures: readonly RegExp[]): boolean {
  const m = RATE_COMPLEMENT.exec(text.slice(rateEnd, rateEnd + 80));
  if (!m?.[1]) return false;
  const phrase = m[1];
  if (measures.some((measure) => phrase.search(measure) >= 0)) return false;
  return OTHER_MEASURE.test(phrase);
}

/**
 * "TSMC's earnings per share to grow 40%", « le bénéfice par action a progressé de 18 % »: earnings
 * per share named before the rate, with no sales or capital spending named between them, are what grew.
 */
export function growthOfEarningsPerShare(beforeRate: string, measures: readonly RegExp[]): boolean {
  const last = [...beforeRate.matchAll(PER_SHARE_WORD)].at(-1);
  if (!last) return false;
  const between = beforeRate.slice(last.index + last[0].length);
  return !measures.some((measure) => between.search(measure) >= 0);
}

/** A word of growth: the sentence says something grew, not only a signed number in a table. */
const GROWTH_WORD =
  /(?<!\p{L})(?:croissance|croît|croître|progress\p{L}*|hausse|augment\p{L}*|bond\p{L}*|grew|grows?|growing|growth|rose|rises?|rising|increas\p{L}*|jump\p{L}*|climb\p{L}*|gain\p{L}*|par\s+an|a\s+year|per\s+year|annuel\p{L}*|annual\p{L}*|CAGR|TCAM)(?!\p{L})/iu;

/**
 * A growth rate whose sentence names neither sales nor anything else ("AWS affiche une croissance
 * de 24 %", "advertising grew 22%"): the growth of a business, which is its sales. When the sentence
 * names another measure, the figure is set aside with an issue that says so.
 */
export function growthOfABusiness(
  r: DocumentReading,
  s: SentenceReading,
  f: FigureReading,
  body: string = s.body,
): boolean {
  // "168 milliards de dollars sur l'exercice, +23 %": a signed rate after an amount is the amount's growth.
  const signedAfterAmount =
    /^[+−-]/u.test(r.text.slice(f.q.numberSpan.start - 1, f.q.numberSpan.end)) &&
    s.figures.some(
      (o) => o.span.end <= f.q.span.start && (o.unit === null ? o.currencyElided : isCurrencyCode(o.unit)),
    );
  if ((GROWTH_WORD.test(body) || signedAfterAmount) && !OTHER_MEASURE.test(body)) {
    f.rules.push("metric: a growth that names no measure is the business's sales → revenue_growth");
    return true;
  }
  issue(
    r.context,
    "unknown_metric",
    extractMessages.unknown_metric(r.text.slice(f.q.span.start, f.q.span.end)),
    f.q.span,
  );
  return false;
}
