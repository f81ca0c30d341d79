/**
 * Evidence that a candidate owner stands on the other side of a deal: the entity scorer's
 * `dealSide` and `counterpartyElsewhere` features (their weights are fitted, see entity.ts).
 */
import { COUNTERPARTY_LEAD } from "../lexicon.js";
import type { Candidate, Party } from "./types.js";

/** How far before a name a preposition of the other side may stand ("with the cloud provider Nebius"). */
const LEAD_REACH = 40;

/** "avec Nebius", "auprès de Bpifrance", "chez Oracle", "with Microsoft", "from Google": the other side of a deal. */
export function isDealSide(text: string, party: Party, sentenceStart: number): boolean {
  const before = text.slice(Math.max(sentenceStart, party.start - LEAD_REACH), party.start);
  // The space stands for the one an elided article lacks: "auprès d'ASML".
  return COUNTERPARTY_LEAD.test(`${before} `);
}

/** The company is the other side of an earlier figure of the document and owns none of them. */
export function isCounterpartyElsewhere(candidates: readonly Candidate[], canonical: string): boolean {
  let counterparty = false;
  for (const c of candidates) {
    if (c.entity === canonical) return false;
    if (c.counterparty === canonical) counterparty = true;
  }
  return counterparty;
}
