import { QUALIFIER_RULES } from "../lexicon.js";
import { firstMatch, hasMatch, matchesIn } from "../patterns.js";
import { groupMembers } from "./parties.js";
import type { Decision } from "./qualifier.js";
import type { Candidate, DocumentReading, Party, SentenceReading } from "./types.js";

/**
 * A firm credited with the sentence's figures as its own estimate, closing the sentence: ", Morgan
 * Stanley estimates.", ", estime Jefferies", "…, according to Bernstein estimates".
 */
const CLOSING_ESTIMATE =
  /,\s*(?:(?:according\s+to\s+)?(?<firm>(?:\p{Lu}[\p{L}&.'’-]*\s+){1,4})(?:estimates?|estimated|calculates|calculated|projects|projected|forecasts?)|(?:estime|estiment|calcule|calculent|selon\s+les\s+(?:estimations|calculs|prévisions)\s+(?:de|d['’]))\s*(?<firmAfter>(?:\p{Lu}[\p{L}&.'’-]*\s*){1,4}))\s*[.!]?\s*$/u;

/**
 * "Selon les calculs de KeyBanc,", "D'après les estimations de la banque UBS,", "Selon une note du cabinet
 * Bernstein,", "Selon les calculs de notre journal,", "By Bernstein's calculations,", "According to a note
 * from Barclays,", "According to estimates by Jefferies,": a computation credited as the sentence opens.
 */
const OPENING_CALCULATION =
  /^\s*(?:[Ss]elon|[Dd]['’]après)\s+(?:les|des|une|la|l['’])\s*(?:calculs|estimations|note|étude|analyse)\s+(?:de|d['’]|du|des)\s*(?:(?:la|le|l['’])\s*)?(?:(?:banque|cabinet|courtier|firme|maison|société)\s+(?:(?:de|d['’])\s*\p{Ll}+\s+)?(?:\p{Ll}+\s+)?)?(?:\p{Lu}[\p{L}&.-]*|(?:notre|nos)\s+(?:journal|rédaction|quotidien|journalistes|équipe))|^\s*(?:[Bb]y|[Aa]ccording\s+to)\s+(?:(?:\p{Lu}[\p{L}&.-]*\s*)+['’]s?\s+(?:calculations?|estimates?)|(?:(?:a|an|the)\s+(?:(?:recent|new|research|client)\s+)?(?:note|analysis|study)|estimates|calculations)\s+(?:from|by)\s+(?:the\s+)?(?:(?:bank|broker(?:age)?|research\s+firm|firm|investment\s+bank)\s+)?\p{Lu})/u;

/** Analysts named as the sentence's source: "les prévisions des analystes de KeyBanc indiquent", "analysts at UBS expect". */
const ANALYSTS_SOURCE =
  /(?<!\p{L})(?:[Aa]nalystes|[Aa]nalysts)\s+(?:de|d['’]|chez|at|of|from)\s+\p{Lu}|(?<!\p{L})(?:[Pp]révisions|estimations|calculs)\s+des\s+analystes(?!\p{L})/u;

const UNNAMED_OR_TALKS = QUALIFIER_RULES.find((r) => r.qualifier === "rumoured")!.pattern;

/**
 * A bank's or analysts' figure is their estimate (CLAIMS.md §7), whatever the verb of the clause: a
 * forecast ("are on track to spend $400 billion this year, Morgan Stanley estimates"), a conditional
 * read as hearsay ("les analystes de KeyBanc indiquent qu'Oracle pourrait s'endetter de 100 milliards")
 * or a plain statement. A firm that is the figure's own company states its target, and unnamed
 * sources or talks keep the figure rumoured.
 */
export function reviseByCreditedEstimate(
  s: SentenceReading,
  candidate: Candidate,
  qualifier: Decision,
): void {
  const { qualifier: current } = qualifier;
  if (current !== "target" && current !== "reported" && current !== "rumoured") return;
  if (current === "rumoured" && hasMatch(UNNAMED_OR_TALKS, s.body)) return;
  const closing = firstMatch(CLOSING_ESTIMATE, s.body);
  const firm = closing?.groups?.firm ?? closing?.groups?.firmAfter;
  const ownFirm =
    closing &&
    s.parties.some(
      (p) => p.start >= s.sentence.start + closing.index && groupMembers(candidate.entity).has(p.canonical),
    );
  const credit =
    (closing && !ownFirm ? closing[0] : null) ??
    firstMatch(OPENING_CALCULATION, s.body)?.[0] ??
    (current !== "reported" ? (firstMatch(ANALYSTS_SOURCE, s.body)?.[0] ?? null) : null);
  if (!credit) return;
  qualifier.qualifier = "estimated";
  qualifier.rule = `"${(firm ?? credit).trim()}" credited with the figure: a bank's or analysts' estimate → estimated`;
}

/** Forecasters no gazetteer lists as companies: the market, investors, rating agencies. */
const COLLECTIVE_FORECASTER =
  /(?<!\p{L})(?:Wall\s+Street|[Ii]nvestors|[Tt]he\s+market|[Mm]arkets|[Ii]nvestisseurs|[Ll]e\s+marché|Moody['’]s|Fitch(?:\s+Ratings)?|S&P(?:\s+Global)?(?:\s+Ratings)?)(?!\p{L})/gu;

/** A forecasting verb right after its subject: "expects", "sees", "projects", "s'attend à", "table sur", "prévoit". */
const FORECAST_VERB =
  /^\s+(?:now\s+|also\s+|still\s+)?(?:expects?|expected|forecasts?|forecasted|projects?|projected|predicts?|predicted|sees|saw|anticipates?|estimates?|estimated|s['’]attend(?:ent)?\s+à|tabl(?:e|ent)\s+sur|prévoi(?:t|ent)|anticipe(?:nt)?|estime(?:nt)?|projette(?:nt)?)(?!\p{L})/u;

/** "according to Bank of America", "as per CNBC", "selon Barclays": a bank, an outlet or analyst firm credited before or after the figure. */
const CREDIT_LEAD = /(?:\baccording\s+to|\bas\s+per|(?<!\p{L})(?:selon|d['’]après))\s+$/iu;

/**
 * A bank, an analyst firm, a rating agency or the market forecasting another company's figure
 * ("Barclays expects Meta's capital spending to exceed", "Wall Street table sur", "According to
 * Barclays, …" or "…, according to Bank of America" for a figure to come) gives its own estimate, not the company's target
 * (CLAIMS.md §7).
 */
export function reviseBySourceForecast(
  r: DocumentReading,
  s: SentenceReading,
  candidate: Candidate,
  qualifier: Decision,
): void {
  const { qualifier: current } = qualifier;
  if (current !== "target" && current !== "reported") return;
  const own = groupMembers(candidate.entity);
  const figureStart = candidate.q.span.start;
  const forecaster = forecastersOf(r, s).find(
    (p) =>
      (p.canonical === null || !own.has(p.canonical)) &&
      ((p.end <= figureStart && forecastsAfter(r, p)) ||
        (current === "target" &&
          (p.start >= candidate.q.span.end || p.end <= figureStart) &&
          creditedBefore(r, s, p))),
  );
  if (!forecaster) return;
  qualifier.qualifier = "estimated";
  qualifier.rule = `"${forecaster.surface}" forecasts another company's figure → estimated`;
}

/**
 * A possible forecaster of the sentence: a party the gazetteer lists as a source (its `canonical`), or
 * a collective one (null). What the text says around it is read once for all the sentence's figures.
 */
interface Forecaster {
  start: number;
  end: number;
  surface: string;
  canonical: string | null;
  verbAfter?: boolean;
  creditBefore?: boolean;
}

/** The forecasters of the sentence last asked about, by its parties (a stage may set other parties aside). */
let sentenceForecasters: { s: SentenceReading; parties: readonly Party[]; list: Forecaster[] } | null = null;

/** The sentence's sources among its parties, then its collective forecasters, in text order each. */
function forecastersOf(r: DocumentReading, s: SentenceReading): Forecaster[] {
  if (sentenceForecasters?.s === s && sentenceForecasters.parties === s.parties)
    return sentenceForecasters.list;
  const list: Forecaster[] = s.parties
    .filter((p) => r.gazetteer.roles.get(p.canonical) === "source")
    .map((p) => ({ start: p.start, end: p.end, surface: p.surface, canonical: p.canonical }));
  for (const m of matchesIn(COLLECTIVE_FORECASTER, s.body)) {
    const start = s.sentence.start + m.index;
    list.push({ start, end: start + m[0].length, surface: m[0], canonical: null });
  }
  sentenceForecasters = { s, parties: s.parties, list };
  return list;
}

function forecastsAfter(r: DocumentReading, p: Forecaster): boolean {
  p.verbAfter ??= FORECAST_VERB.test(r.text.slice(p.end, p.end + 40));
  return p.verbAfter;
}

function creditedBefore(r: DocumentReading, s: SentenceReading, p: Forecaster): boolean {
  p.creditBefore ??= CREDIT_LEAD.test(r.text.slice(Math.max(s.sentence.start, p.start - 20), p.start));
  return p.creditBefore;
}
