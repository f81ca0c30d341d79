import type { Period } from "../../core/index.js";
import type { QuantityMention } from "../numbers/types.js";
import { countFrom, findTimeMentions, type TimeMention } from "../periods.js";

/** How far back a counted date looks for the date it counts from. */
const ANCHOR_REACH = 1_000;

/**
 * The date the text gave last before `at` in its paragraph, that a date counted from another may be
 * counted from: neither a horizon, nor a length from publication, nor itself counted from another.
 */
function dateBefore(
  text: string,
  at: number,
  published: string | null,
  fiscalEnd: number | null,
): TimeMention | undefined {
  // The paragraph, or its last ANCHOR_REACH characters from a word's start: a long one-line text
  // is not rescanned from its start for each counted date.
  let from = text.lastIndexOf("\n", at - 1) + 1;
  if (at - from > ANCHOR_REACH) {
    const space = text.indexOf(" ", at - ANCHOR_REACH);
    from = space < 0 || space >= at ? at : space + 1;
  }
  return findTimeMentions(text.slice(from, at), published, from, fiscalEnd)
    .filter((t) => !t.horizon && !t.fromPublication && !t.counted && !t.unresolved)
    .at(-1);
}

/**
 * The sentence's dates counted from another ("Neuf mois plus tôt, sa série A n'avait rapporté que
 * 155 millions", "bien supérieurs aux 410 et 245 milliards des deux années précédentes"), counted from
 * the date the paragraph gave before them, the previous figure's or sentence's, not from publication;
 * those with no such date keep publication's.
 */
export function anchorCountedDates(
  text: string,
  times: TimeMention[],
  published: string | null,
  fiscalEnd: number | null,
): TimeMention[] {
  if (!times.some((t) => t.counted)) return times;
  return times.map((t) => {
    if (!t.counted) return t;
    const anchor = dateBefore(text, t.start, published, fiscalEnd);
    return (anchor && countFrom(t, anchor)) ?? t;
  });
}

/** What joins the figures of one list: "410 et 245", "$3 billion, $5 billion and". */
const LIST_JOIN = /^\s*(?:,|et|and|,\s*(?:et|and))\s*$/iu;

/** The figures of the list a date closes ("aux 410 et 245 milliards des deux années précédentes"), in order. */
function listClosedBy(text: string, t: TimeMention, sentenceQs: QuantityMention[]): QuantityMention[] {
  const before = sentenceQs.filter((o) => o.span.end <= t.start);
  let last = before.at(-1);
  if (!last || t.start - last.span.end > 30 || /[.;:!?()]/u.test(text.slice(last.span.end, t.start)))
    return [];
  const list = [last];
  for (let i = before.length - 2; i >= 0; i--) {
    const o = before[i]!;
    if (!LIST_JOIN.test(text.slice(o.span.end, last.span.start))) break;
    list.unshift(o);
    last = o;
  }
  return list;
}

/**
 * A list of as many figures as the whole years a date counts ("410 et 245 milliards des deux années
 * précédentes" after 2026, "$32 billion, $73 billion, $114 billion and $144 billion over the following four
 * years"): each figure is one year's, read outward from the date counted from, the first the year next
 * to it; null when the figure is not in such a list.
 */
export function respectiveYear(
  text: string,
  q: QuantityMention,
  t: TimeMention,
  sentenceQs: QuantityMention[],
  isFlow: boolean,
): { period: Period; year: number } | null {
  const counted = t.counted;
  const nearest = t.nearestYear;
  if (!counted || !("years" in counted) || Math.abs(counted.years) < 2 || !nearest) return null;
  const list = listClosedBy(text, t, sentenceQs);
  const index = list.indexOf(q);
  if (list.length !== Math.abs(counted.years) || index < 0) return null;
  const step = Math.sign(counted.years) * index;
  const shift = (date: string) => `${Number(date.slice(0, 4)) + step}${date.slice(4)}`;
  const [start, end] = [shift(nearest.start), shift(nearest.end)];
  const year = Number(end.slice(0, 4));
  return { period: isFlow ? { start, end } : { asOf: end.slice(0, 7) }, year };
}
