/**
 * A later item of a coordinated count that leaves its noun unsaid: "deploying 20,000 GPUs in Ohio and
 * more than 60,000 in Chile", « 4 000 clients en Suède et 9 000 au Japon » — the bare figure counts
 * what the sentence's previous figure counts (CLAIMS.md: elisions are restored from the sentence).
 * The bare figure must close its item (a place, a date or the end follows it, never a noun of its
 * own: "20,000 GPUs and 3 data halls" counts data halls), and only a coordinator, a few words of
 * the first item's place or date, and no other figure stand between the two.
 */
import { COUNTED_NOUN, optionalHedge } from "../lexicon.js";
import type { QuantityMention } from "../numbers/types.js";
import { SCALE_WORD } from "./text.js";
import type { Candidate } from "./types.js";

/** The units a counted noun gives: users, customers, GPUs… (never a currency). */
const COUNT_UNITS = new Set(COUNTED_NOUN.map(([, unit]) => unit));

/** The end of the gap before the later item: a coordinator, then an optional hedge. */
const COORDINATOR = new RegExp(
  String.raw`(?:,|\s(?:and|et|plus|while|whereas|tandis\s+que|contre|versus|vs\.?))\s*(?:(?:another|a\s+further|encore|some|about|roughly|nearly|almost|more\s+than|over|plus\s+de|près\s+de|environ|quelque)\s+)*${optionalHedge(["approx", "at_least", "up_to"])}$`,
  "iu",
);

/** What may follow the bare figure: the end of the item (punctuation), or a place's or a date's preposition. */
const ITEM_END =
  /^\s*(?:$|[,.;:)!?–—]|(?:in|at|across|for|by|from|on|inside|outside|next|this|last|the\s+following|en|au|aux|à|dans|pour|chez|sur|d['’]ici|l['’]an|l['’]année|cette|hors)(?![\p{L}]))/iu;

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
  if (gap.length > 70 || /[\d.;:!?()]/u.test(words) || !COORDINATOR.test(gap)) return null;
  return ITEM_END.test(text.slice(q.span.end, q.span.end + 20)) ? previous.unit : null;
}
