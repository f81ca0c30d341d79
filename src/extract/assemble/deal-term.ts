import type { Period } from "../../core/index.js";
import type { TimeMention } from "../periods.js";

/** Words that make a date the end of a term: "through December 2031", "jusqu'en juin 2030". */
const TERM_END_LEAD =
  /(?:\b(?:through|until|till|to|ending\s+in)|(?<!\p{L})(?:jusqu['’](?:en|à|au)?|au)|\bd['’]ici)\s*$/iu;

/** A month written on its own ("in September", "en mars 2025"): the date a deal was signed or announced. */
function isMonth(t: TimeMention): t is TimeMention & { asOf: string } {
  return (
    !t.horizon &&
    t.asOf !== null &&
    /^\d{4}-\d{2}$/u.test(t.asOf) &&
    t.flow?.start?.slice(0, 7) === t.asOf &&
    t.flow.end?.slice(0, 7) === t.asOf
  );
}

function shiftYears(month: string, years: number): string {
  return `${Number(month.slice(0, 4)) + years}${month.slice(4)}`;
}

/**
 * "In September Meta signed a $14.2 billion agreement … through December 2031", "Abou Dhabi a promis
 * en mars d'investir … au cours des dix prochaines années": a deal dated by the month it was signed and
 * given a term in the same clause runs from that month to the term's end, a length counted from that
 * month rather than from publication.
 */
export function signedWithTerm(text: string, date: TimeMention, term: TimeMention): Period | null {
  if (!isMonth(date) || term === date) return null;
  const end = term.flow?.end ?? null;
  if (!end) return null;
  if (term.fromPublication && term.flow?.start) {
    const years = Number(end.slice(0, 4)) - Number(term.flow.start.slice(0, 4));
    return years > 0 ? { start: date.asOf, end: shiftYears(date.asOf, years) } : null;
  }
  const endsTerm = term.horizon || TERM_END_LEAD.test(text.slice(Math.max(0, term.start - 14), term.start));
  return endsTerm && end.slice(0, 7) > date.asOf ? { start: date.asOf, end } : null;
}
