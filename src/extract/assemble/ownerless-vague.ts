import { isCurrencyCode } from "../../core/index.js";
import type { QuantityMention } from "../numbers/types.js";
import type { SentenceReading } from "./types.js";

/** A word naming a deal, which the amount then sizes ("the contract is worth tens of billions", "multi-billion-dollar contracts"). */
const DEAL_WORD =
  /(?<!\p{L})(?:accords?|contrats?|deals?|agreements?|contracts?|partenariats?|partnerships?|commandes?|orders?)(?!\p{L})/iu;

/** A company speaking of itself ("we signed", « nous avons levé »): the house voice owns the amount. */
const FIRST_PERSON = /(?<!\p{L})(?:we|our|us|nous|notre|nos)(?!\p{L})/iu;

/**
 * A vague sum of money ("billions of dollars", « des centaines de millions ») in a sentence that names no
 * company, owned only by the article's subject or a market's collective for want of another: a
 * remark about a class of companies ("start-ups burning through billions", "champions drawing in
 * billions of investment"), no company's figure (CLAIMS.md §4, §8). A deal named in its sentence is sized, and a company speaking of itself owns it.
 */
export function ownerlessVagueAmount(
  s: SentenceReading,
  q: QuantityMention,
  fallback: { topic: boolean; market: boolean },
): string | null {
  // a vague capacity or count with no owner is the subject's plan told elliptically (« L'objectif :
  // des dizaines de gigawatts »); money spent or raised by "start-ups" is a remark about them
  if (!q.vague || !q.unit || !isCurrencyCode(q.unit) || !(fallback.topic || fallback.market)) return null;
  // a speaker quoted is no owner; any company, product, programme or periphrasis may be
  if (s.parties.some((p) => p.kind !== "person")) return null;
  if (DEAL_WORD.test(s.sentence.text) || FIRST_PERSON.test(s.sentence.text)) return null;
  return "a vague amount no company of its sentence owns";
}
