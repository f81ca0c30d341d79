import { DEAL_TOLD_BEFORE } from "../lexicon.js";
import { metricIs } from "../metrics.js";
import type { DocumentReading, FigureReading, SentenceReading } from "./types.js";

/**
 * "Mistral committed $30 billion to Microsoft Azure. The agreement secures Mistral about 2 gigawatts",
 * « Cet accord assure à Mistral 2 gigawatts »: a compute deal's figure with no other party, in a sentence
 * that opens on the deal just told, has the counterparty of that deal's figure of the same company in
 * the sentence before.
 */
export function reviseDealTakenUp(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate } = f;
  const { metric, entity } = candidate;
  if (candidate.counterparty || !entity || !metric || !metricIs(metric, "computeDeal")) return;
  if (!DEAL_TOLD_BEFORE.test(s.sentence.text)) return;
  const deal = r.candidates.findLast(
    (c) =>
      c.sentenceIndex === s.sentenceIndex - 1 &&
      c.entity === entity &&
      c.counterparty !== null &&
      c.metric !== null &&
      metricIs(c.metric, "computeDeal"),
  );
  if (!deal?.counterparty) return;
  candidate.counterparty = deal.counterparty;
  candidate.counterpartyAt = null;
  f.rules.push(`counterparty: the deal taken up is the previous sentence's, with ${deal.counterparty}`);
}
