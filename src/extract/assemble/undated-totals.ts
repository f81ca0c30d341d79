import type { TimeMention } from "../periods.js";

/** Verbs that date an event, not the figure: "lancé fin janvier", "unveiled last month", "announced in July". */
const LAUNCHED_BEFORE =
  /(?<!\p{L})(?:lancé\p{L}*|launched|unveiled|dévoilé\p{L}*|annoncé\p{L}*|announced|présenté\p{L}*|presented|inauguré\p{L}*)\s+(?:\p{L}+\s+){0,4}$/iu;

/**
 * "le programme Stargate, lancé fin janvier …, qui prévoit jusqu'à 500 milliards", "the $500 billion
 * Stargate programme unveiled last month": a programme's total is of no year; the month it was launched
 * dates the launch.
 */
export function programmeLaunchDate(
  text: string,
  sentenceStart: number,
  time: TimeMention,
  otherClause: boolean,
): boolean {
  if (time.horizon || time.fromPublication) return false;
  const before = text.slice(Math.max(sentenceStart, time.start - 50), time.start);
  return otherClause || LAUNCHED_BEFORE.test(before);
}

/**
 * "AMD expects the agreement to bring in tens of billions of dollars of revenue", "l'accord devrait nous
 * rapporter des dizaines de milliards", "our partnership with the lab is expected to deliver billions in
 * revenue": revenue a deal brings over its life is no one year's.
 */
const DEAL_REVENUE =
  /\b(?:agreement|deal|contract|partnership)s?\s+(?:\p{L}+\s+){0,5}?(?:to\s+)?(?:bring\s+in|brings\s+in|generate|generates|yield|yields|deliver|delivers|produce|produces)\b|(?<!\p{L})(?:accord|contrat|partenariat)s?\s+(?:\p{L}+\s+){0,5}?(?:rapporter|rapportera|générer|générera|apporter|apportera|procurer|procurera)(?!\p{L})/iu;

export function isDealRevenue(clauseBefore: string): boolean {
  return DEAL_REVENUE.test(clauseBefore);
}
