import type { Metric } from "../../core/index.js";
import { BUSINESS_PART, optionalHedge } from "../lexicon.js";
import { matchesIn } from "../patterns.js";
import { BOUGHT_BEFORE } from "./acquired.js";
import type { DocumentReading, FigureReading, SentenceReading } from "./types.js";

/** What a generic deal or value word, or a division bought, makes of a figure when no purchase governs it. */
const READ_AS: ReadonlySet<Metric | null> = new Set<Metric | null>([
  "compute_commitment",
  "valuation",
  "revenue",
]);

/** Words that name the deal itself, or the value it puts on the company, rather than what is bought. */
const DEAL_WORD =
  /^(?:deals?|accords?|agreements?|(?:deals?|accords?|agreements?|contracts?|contrats?|leases?|pacts?|bail|baux)\s+(?:valued|priced|worth|totall?ing|valoris|évalu|estim|chiffr|d['’]).*|opérations?|transactions?|valued|valuing|valu(?:e|es)\b.*|valoris\p{L}*|division|segment|agreed\s+to\s+(?:buy|purchase))$/iu;

/**
 * Goods or parts of a company bought that are no company: chips, capacity, power, shares. A trade word
 * before a business part ("Fujitsu's server unit") names the part bought, which is a company's.
 */
const GOODS_AFTER = new RegExp(
  String.raw`^(?:['’]s)?\s*(?:[\p{L}-]+\s+){0,2}?(?:chips?|puces?|GPUs?|processeurs?|processors?|servers?|serveurs?|capacity|capacité|compute|calcul|cloud|power|électricité|output|production|shares?|actions?|stock|stakes?|participations?)(?!\p{L})(?!\s+${BUSINESS_PART}(?!\p{L}))`,
  "iu",
);

/** Goods bought from a seller named after them: "buy the chips from Dell", "acheter des puces auprès de Nvidia". */
const GOODS_FROM_SELLER =
  /(?<!\p{L})(?:chips?|puces?|GPUs?|processeurs?|processors?|accelerators?|servers?|serveurs?|capacity|capacité|compute|power|électricité|output)\s+(?:from|auprès\s+d(?:e|u|es|['’])|de\s+chez|with|avec)\s/iu;

/** "for $5.4 billion", "pour 9 milliards": the figure is the price paid. */
const PRICE_LEAD = new RegExp(
  String.raw`(?<!\p{L})(?:for|pour)\s+${optionalHedge(["approx"])}(?:US)?[$€£]?\s*$`,
  "iu",
);

/**
 * "agreed to buy Core Scientific … in an all-stock deal valued at about $9 billion", "struck a deal to
 * buy ABB's robotics division for $5.4 billion", "l'offre de rachat de X, une opération qui valorisait
 * l'hébergeur 9 milliards": a company bought in the figure's sentence, before it, makes the figure
 * the price, when the figure's own word only names the deal or its value, or "for" gives the price.
 */
export function revisePurchasePrice(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate, q } = f;
  if (!READ_AS.has(candidate.metric) || !candidate.metricAt) return;
  const { text } = r;
  const before = text.slice(s.sentence.start, q.span.start);
  const word = text.slice(candidate.metricAt.start, candidate.metricAt.end);
  if (!DEAL_WORD.test(word) && !PRICE_LEAD.test(before)) return;
  let bought: string | null = null;
  for (const m of matchesIn(BOUGHT_BEFORE, before)) {
    const nameEnd = s.sentence.start + m.index + m[0].length;
    if (!GOODS_AFTER.test(text.slice(nameEnd, nameEnd + 40)) && !GOODS_FROM_SELLER.test(m[0])) bought = m[0];
  }
  if (!bought) return;
  f.rules.push(`metric: "${bought}" buys a company; the figure is its price → acquisition_price`);
  candidate.metric = "acquisition_price";
}
