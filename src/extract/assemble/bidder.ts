/**
 * « une offre de rachat de 97,4 milliards de dollars présentée par Elon Musk », "a $20 billion bid
 * made by Broadcom", "the $5 billion offer submitted by a consortium led by X": the agent who puts the
 * offer forward owns its price (CLAIMS.md §6: acquirer → company bought). A person bidding in their
 * own name owns the bid as that person, not as the company the person runs.
 */
import type { Gazetteer } from "../gazetteer.js";
import { fullPersonName } from "./parties.js";
import type { FigureReading, Party } from "./types.js";

/** A noun of offering before the figure in its clause: « offre », « proposition », "bid", "offer". */
const OFFER_BEFORE =
  /(?<!\p{L})(?:offres?|propositions?|bids?|offers?|approach|takeover\s+bid)(?:\s+(?:de\s+rachat|d['’]achat|de\s+reprise|publique\s+d['’]achat|to\s+buy|for\s+\S+))?\s+(?:[\p{Ll}-]+\s+){0,3}(?:de\s+|d['’]|of\s+)?$/iu;
/** A noun of offering right after the figure: "a $9 billion offer", "a $9 billion takeover bid". */
const OFFER_AFTER = /^\s*(?:[\p{Ll}-]+\s+)?(?:offers?|bids?|offres?)(?!\p{L})/iu;
/** From the figure to the agent: « présentée par », "made by", "submitted by", "tabled by". */
const PUT_FORWARD_BY =
  /^\s*(?:[\p{L}'’-]+,?\s+){0,6}?(?:(?:a|ont|avait|avaient)\s+été\s+|(?:est|sont|était|was|were|is|are|had\s+been|has\s+been)\s+)?(?:[\p{L}]+ment\s+|recently\s+|déjà\s+)?(?:présenté|formulé|déposé|soumis|proposé|fait|lancé|made|submitted|tabled|offered|proposed|launched|put\s+forward|led)(?:e|s|es)?\s+(?:par|by)\s+(?:la\s+|le\s+|les\s+|l['’]|the\s+)?$/iu;

/** The bidder of an acquisition price: the agent after it of an offer named before it. */
export function bidderOwner(
  text: string,
  gazetteer: Gazetteer,
  parties: readonly Party[],
  f: FigureReading,
): { party: Party; name: string; how: string } | null {
  if (f.candidate.metric !== "acquisition_price") return null;
  const { start, end } = f.q.span;
  const offer =
    OFFER_BEFORE.test(text.slice(Math.max(f.clauseStart, start - 50), start)) ||
    OFFER_AFTER.test(text.slice(end, end + 30));
  if (!offer) return null;
  const agent = parties.find(
    (p) => p.start >= end && p.start - end <= 80 && PUT_FORWARD_BY.test(text.slice(end, p.start)),
  );
  if (!agent) return null;
  const name =
    agent.kind === "person" ? fullPersonName(agent.surface, agent.canonical, gazetteer) : agent.canonical;
  return { party: agent, name, how: `"${agent.surface}" puts the offer forward` };
}
