import type { Period } from "../../core/index.js";
import type { QuantityMention } from "../numbers/types.js";
import { countedFrom, findTimeMentions, type TimeMention } from "../periods.js";

/**
 * The date the text gave last before `at` in its paragraph, that a date counted back may be counted
 * from: neither a horizon, nor a length from publication, nor itself counted back.
 */
function dateBefore(
  text: string,
  at: number,
  published: string | null,
  fiscalEnd: number | null,
): TimeMention | undefined {
  const paragraphStart = text.lastIndexOf("\n", at - 1) + 1;
  return findTimeMentions(text.slice(paragraphStart, at), published, paragraphStart, fiscalEnd)
    .filter((t) => !t.horizon && !t.fromPublication && !t.countedBack && !t.unresolved)
    .at(-1);
}

/**
 * The sentence's dates counted back from another ("Neuf mois plus tôt, sa série A n'avait rapporté que
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
  if (!times.some((t) => t.countedBack)) return times;
  return times.map((t) => {
    if (!t.countedBack) return t;
    const anchor = dateBefore(text, t.start, published, fiscalEnd);
    return (anchor && countedFrom(t, anchor)) ?? t;
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
 * A list of as many figures as the whole years a date counts back ("410 et 245 milliards des deux années
 * précédentes" after 2026): each figure is one year's, read outward from the date counted from, the
 * first the year before it; null when the figure is not in such a list.
 */
export function respectiveYearBack(
  text: string,
  q: QuantityMention,
  t: TimeMention,
  sentenceQs: QuantityMention[],
  isFlow: boolean,
): { period: Period; year: number } | null {
  const back = t.countedBack;
  const latest = t.flow?.end;
  if (!back || !("yearsBefore" in back) || back.yearsBefore < 2 || !latest) return null;
  const list = listClosedBy(text, t, sentenceQs);
  const index = list.indexOf(q);
  if (list.length !== back.yearsBefore || index < 0) return null;
  const year = Number(latest.slice(0, 4)) - index;
  return { period: isFlow ? { start: `${year}-01-01`, end: `${year}-12-31` } : { asOf: `${year}` }, year };
}
