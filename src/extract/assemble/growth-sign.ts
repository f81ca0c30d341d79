import { DECLINE_AFTER_RATE, DECLINE_BEFORE_RATE } from "../lexicon.js";
import type { QuantityMention } from "../numbers/types.js";
import type { Candidate } from "./types.js";

/** "en baisse de 16 %", « une chute brutale de 16 % », "down 16%", "fell 16%": a fall, before the figure. */
export const DECLINE_BEFORE = new RegExp(String.raw`(?<!\p{L})${DECLINE_BEFORE_RATE}$`, "iu");
/** "16 % de moins", "16% lower", "a 16% decline": a fall, after the figure. */
export const DECLINE_AFTER = new RegExp(String.raw`^\s*${DECLINE_AFTER_RATE}`, "iu");

/** Words between two rates of one change: "in USD and", « en dollars et », "and", "or". */
const SAME_CHANGE_LINK = /^[^\d.;:!?]{0,40}?(?<!\p{L})(?:and|or|et|ou)\s*$/iu;
/** A verb or noun of change of its own: the second rate is a new statement, not the fall's restatement. */
const OWN_CHANGE_WORD =
  /(?<!\p{L})(?:hausse|croissance|progress\p{L}*|augment\p{L}*|bond\p{L}*|rose|rise|grew|grow\p{L}*|increas\p{L}*|jump\p{L}*|up|gain\p{L}*|climb\p{L}*|surg\p{L}*)(?!\p{L})/iu;

/**
 * "licence sales fell 4% as reported and 6% at fixed exchange rates", « ont baissé de 4 % en euros
 * et 6 % hors effets de change »: a rate joined to a fall by a conjunction, with no change word of its
 * own, restates the same fall on another basis.
 */
function continuesFall(text: string, q: QuantityMention, previous: Candidate | undefined): boolean {
  if (previous?.unit !== "fraction" || (previous.q.high ?? 0) >= 0) return false;
  if (previous.metric !== "revenue_growth" && previous.metric !== "capex_growth") return false;
  const between = text.slice(previous.q.span.end, q.span.start).replace(/(?:de|d['’])\s*$/iu, "");
  return SAME_CHANGE_LINK.test(between) && !OWN_CHANGE_WORD.test(between);
}

/** A growth rate written as a fall ("down 34%", "en baisse de 8 %") is negative; a signed figure keeps its sign. */
export function signedByDecline(
  text: string,
  sentenceStart: number,
  q: QuantityMention,
  previous?: Candidate,
): QuantityMention | null {
  if (
    (q.low ?? 0) < 0 ||
    (q.high ?? 0) < 0 ||
    (q.bound !== "exact" && q.bound !== "approx" && q.bound !== "range")
  )
    return null;
  const before = text.slice(Math.max(sentenceStart, q.span.start - 40), q.span.start);
  const after = text.slice(q.span.end, q.span.end + 40);
  if (!DECLINE_BEFORE.test(before) && !DECLINE_AFTER.test(after) && !continuesFall(text, q, previous))
    return null;
  const negate = (v: number | null) => (v === null ? null : -v);
  return { ...q, low: negate(q.high), high: negate(q.low) };
}
