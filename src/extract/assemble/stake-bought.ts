import { BUYING_AN_AMOUNT, STAKE_AFTER_AMOUNT, STAKE_BOUGHT_BEFORE_AMOUNT } from "../lexicon.js";
import type { DocumentReading, FigureReading, SentenceReading } from "./types.js";

/** How far before the amount, in characters, the verb of buying may stand. */
const VERB_REACH = 120;

/**
 * "Telvaro acquired a $150 million stake in Brightwave", « a racheté une participation de 90 millions dans
 * X », "bought a minority stake in X for $70 million": what the money buys is a stake, so the amount is
 * the buyer's investment in the company, not the price of the company (CLAIMS.md §2: investment).
 * Buying the company itself ("acquired X for $150 million") keeps its price.
 */
export function reviseStakeBought(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate, q } = f;
  if (candidate.metric !== "acquisition_price") return;
  const { text } = r;
  const lead = text.slice(Math.max(s.sentence.start, q.span.start - VERB_REACH), q.span.start);
  const stakeBefore = STAKE_BOUGHT_BEFORE_AMOUNT.test(lead);
  if (
    !stakeBefore &&
    !(BUYING_AN_AMOUNT.test(lead) && STAKE_AFTER_AMOUNT.test(text.slice(q.span.end, q.span.end + 40)))
  )
    return;
  f.rules.push("metric: the amount buys a stake in the company, not the company → investment");
  candidate.metric = "investment";
}
