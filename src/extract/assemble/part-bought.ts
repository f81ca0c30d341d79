import { BID_BEFORE, BUYING_NOUN } from "../lexicon.js";
import { matchesIn } from "../patterns.js";
import { BOUGHT_BEFORE } from "./acquired.js";
import { isOrganisation } from "./parties.js";
import type { DocumentReading, FigureReading, SentenceReading } from "./types.js";

/**
 * "Siemens bought Fujitsu's chip division for $900 million", « Siemens va racheter la division serveurs
 * de Fujitsu pour 2 milliards »: the price's owner is the buyer before the verb, and the company whose
 * part (or whole) is bought is the counterparty (CLAIMS.md §6: acquirer → company bought). The owner a
 * possessive gave the figure while it read as the division's revenue is no buyer. The same holds
 * when the company bought was chosen for being named nearest the price: "Duke Energy announced the
 * acquisition of Calpine in a deal valued at $3 billion". A noun of buying is left alone when a
 * possessive chose its complement, or after a word of bidding: « l'offre de rachat de X » names the
 * bidder as often as the company bought.
 */
export function reviseBuyerOfPart(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate, q } = f;
  if (candidate.metric !== "acquisition_price" || !candidate.entity) return;
  const { text } = r;
  const before = text.slice(f.clauseStart, q.span.start);
  for (const m of matchesIn(BOUGHT_BEFORE, before)) {
    const bid = BID_BEFORE.test(
      text.slice(Math.max(0, f.clauseStart + m.index - 30), f.clauseStart + m.index),
    );
    if (BUYING_NOUN.test(m[0]) && (f.entityBy === "possessive" || bid)) continue;
    const nameAt = f.clauseStart + m.index + m[0].length - m[1]!.length;
    const bought = s.parties.find((p) => isOrganisation(p) && p.start === nameAt);
    if (bought?.canonical !== candidate.entity) continue;
    const verbAt = f.clauseStart + m.index;
    const buyer = s.parties.findLast(
      (p) =>
        isOrganisation(p) && p.start >= f.clauseStart && p.end <= verbAt && p.canonical !== bought.canonical,
    );
    if (!buyer) return;
    candidate.entity = buyer.canonical;
    candidate.entityAt = { start: buyer.start, end: buyer.end };
    candidate.counterparty = bought.canonical;
    candidate.counterpartyAt = { start: bought.start, end: bought.end };
    f.rules.push(
      `entity: "${bought.surface}" is what is bought; "${buyer.surface}" before the verb buys it → ${buyer.canonical}`,
    );
    return;
  }
}
