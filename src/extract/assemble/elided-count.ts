/**
 * A later item of a coordinated count that leaves its noun unsaid: "deploying 20,000 GPUs in Ohio and
 * more than 60,000 in Chile", « 4 000 clients en Suède et 9 000 au Japon » — the bare figure counts
 * what the sentence's previous figure counts (CLAIMS.md: elisions are restored from the sentence).
 * The bare figure must close its item (a place, a date, a participle of allocation or the end
 * follows it, never a noun of its own: "20,000 GPUs and 3 data halls" counts data halls), and only a
 * coordinator, a few words of the first item's place or date, and no other figure stand between the
 * two. The coordinator may be "with", "including", « dont » (a part: "90,000 GPUs, with more than
 * 60,000 earmarked for Texas") or the "to" of a change ("from 8,000 GPUs to over 30,000", « de 2 000
 * GPU à plus de 10 000 »); a change also lends the later count's noun to a bare old value ("de 2 000
 * à plus de 10 000 GPU").
 */
import {
  ALLOCATED_PARTICIPLE,
  COUNTED_NOUN,
  EXPANSION_CEILING,
  EXPANSION_LEAD,
  optionalHedge,
} from "../lexicon.js";
import type { QuantityMention } from "../numbers/types.js";
import { SCALE_WORD } from "./text.js";
import type { Candidate } from "./types.js";

/** The units a counted noun gives: users, customers, GPUs… (never a currency). */
const COUNT_UNITS = new Set(COUNTED_NOUN.map(([, unit]) => unit));

/** Words that may stand after the coordinator, before the later item's figure. */
const LATER_ITEM_LEAD = String.raw`(?:(?:another|a\s+further|encore|some|about|roughly|nearly|almost|more\s+than|over|plus\s+de|près\s+de|environ|quelque)\s+)*${optionalHedge(["approx", "at_least", "up_to"])}`;

/**
 * The end of the gap before the later item: a coordinator, then an optional hedge; or the ceiling the
 * first count may grow to ("6,000 GPUs, able to scale to 18,000", « 2 000 GPU, extensible à 5 000 »).
 */
const COORDINATOR = new RegExp(
  String.raw`(?:,|\s(?:and|et|plus|while|whereas|tandis\s+que|contre|versus|vs\.?|with|including|of\s+which|dont))\s*${LATER_ITEM_LEAD}$|(?:,|\s(?:and|et))\s*(?:${EXPANSION_LEAD}\s+)?(?:${EXPANSION_CEILING}\s+)?$`,
  "iu",
);
/** The gap of a change between its old value and its new one: "to", « à », then an optional hedge. */
const CHANGE_TO = new RegExp(String.raw`^\s*(?:\p{L}+\s+)?(?:to|à)\s+${LATER_ITEM_LEAD}$`, "iu");
/** "from" or « de » right before the old value of a change. */
const CHANGE_FROM = /(?:\bfrom|(?<![\p{L}])(?:de|d['’]))\s*$/iu;

/**
 * What may follow the bare figure: the end of the item (punctuation), a place's or a date's
 * preposition, or where and when as one adverb ("globally", "over time", « à terme »).
 */
const ITEM_END =
  /^\s*(?:$|[,.;:)!?–—]|(?:in|at|across|for|by|from|on|inside|outside|next|this|last|the\s+following|en|au|aux|à|dans|pour|chez|sur|d['’]ici|l['’]an|l['’]année|cette|hors|globally|worldwide|eventually|over\s+time|à\s+terme)(?![\p{L}]))/iu;

/** The unit a bare count restores from the sentence's previous count, or null. */
export function unitOfElidedCount(
  q: QuantityMention,
  previous: Candidate | undefined,
  text: string,
): string | null {
  if (q.unit || q.currencyElided || !previous || !COUNT_UNITS.has(previous.unit)) return null;
  if (SCALE_WORD.test(text.slice(q.numberSpan.start, q.numberSpan.end))) return null;
  if (previous.q.span.end > q.span.start) return null;
  const gap = text.slice(previous.q.span.end, q.span.start);
  const words = gap.replace(/(?<!\d)(?:19|20)\d\d(?!\d)/gu, "year");
  if (gap.length > 70 || /[\d.;:!?()]/u.test(words)) return null;
  const change =
    CHANGE_TO.test(gap) &&
    CHANGE_FROM.test(text.slice(Math.max(0, previous.q.span.start - 8), previous.q.span.start));
  if (!change && !COORDINATOR.test(gap)) return null;
  const after = text.slice(q.span.end, q.span.end + 30);
  return ITEM_END.test(after) || ALLOCATED_PARTICIPLE.test(after) ? previous.unit : null;
}

/**
 * « de 2 000 à plus de 10 000 GPU », "from 8,000 to over 30,000 GPUs": the bare old value of a change
 * counts what its new value counts, the noun written once after the new value; null otherwise.
 */
export function unitOfChangedFromCount(
  q: QuantityMention,
  next: QuantityMention | undefined,
  text: string,
): string | null {
  if (q.unit || q.currencyElided || !next || next.span.start < q.span.end) return null;
  if (next.unit && !COUNT_UNITS.has(next.unit)) return null;
  if (SCALE_WORD.test(text.slice(q.numberSpan.start, q.numberSpan.end))) return null;
  if (!CHANGE_FROM.test(text.slice(Math.max(0, q.span.start - 8), q.span.start))) return null;
  if (!CHANGE_TO.test(text.slice(q.span.end, next.span.start))) return null;
  const after = text.slice(next.span.end, next.span.end + 40);
  return next.unit ?? COUNTED_NOUN.find(([pattern]) => pattern.test(after))?.[1] ?? null;
}
