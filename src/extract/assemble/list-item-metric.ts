/**
 * A later item of a list that names each company before its figure ("Intel put $12 billion into
 * capital spending, IBM $9 billion and Dell about $4 billion"; « Intel a investi 12 milliards, IBM 9
 * milliards et Dell environ 4 milliards »): the item says no metric of its own, so it measures what
 * the list's first figure does, even when a word of an aside between them is nearer.
 */
import type { QuantityMention } from "../numbers/types.js";
import type { SentenceReading } from "./types.js";

/** The separator of list items: a comma (after an aside's closing bracket), a semicolon, "and", "et". */
const ITEM_SEPARATOR = /(?:[,;]\s*(?:(?:and|et)\s+)?|\s(?:and|et)\s+)$/iu;
/** Between the item's company and its figure: nothing, a colon, or a hedge. */
const NAME_TO_FIGURE =
  /^\s*:?\s*(?:(?:~|≈|about|around|roughly|some|nearly|almost|environ|près\s+de|quelque|presque)\s*)?$/iu;

/** Whether `q` is a later item "…, NAME VALUE" of a list whose previous figure is `previous`. */
export function continuesNamedList(
  text: string,
  s: SentenceReading,
  previous: QuantityMention,
  q: QuantityMention,
): boolean {
  if (previous.span.end > q.span.start || previous.span.start < s.sentence.start) return false;
  const name = s.parties.findLast((p) => p.end <= q.span.start && p.start >= previous.span.end);
  if (!name || name.kind === "person" || name.via === "anaphora") return false;
  if (!NAME_TO_FIGURE.test(text.slice(name.end, q.span.start))) return false;
  const lead = text.slice(previous.span.end, name.start);
  if (/[.!?]\s/u.test(lead)) return false;
  return ITEM_SEPARATOR.test(lead);
}
