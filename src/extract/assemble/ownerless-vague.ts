import { isCurrencyCode } from "../../core/index.js";
import type { QuantityMention } from "../numbers/types.js";
import type { SentenceReading } from "./types.js";

/** A word naming a deal before the amount, which then sizes that deal ("the contract is worth tens of billions"). */
const DEAL_BEFORE =
  /(?<!\p{L})(?:accords?|contrats?|deals?|agreements?|contracts?|partenariats?|partnerships?|commandes?|orders?)(?!\p{L})/iu;

/**
 * A vague sum of money ("billions of dollars", « des centaines de millions ») in a sentence that names no
 * company, owned only by the article's subject or a market's collective for want of another: a
 * remark about a class of companies ("start-ups burning through billions", "champions drawing in
 * billions of investment"), no company's figure (CLAIMS.md §4, §8). A deal named before it is sized.
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
  const before = s.sentence.text.slice(0, q.span.start - s.sentence.start);
  if (DEAL_BEFORE.test(before)) return null;
  return "a vague amount no company of its sentence owns";
}
