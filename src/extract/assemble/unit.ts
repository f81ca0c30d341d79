import { isCurrencyCode } from "../../core/index.js";
import { CLASS_OF_COMPANIES, COUNTED_NOUN, COUNTED_SUBJECT } from "../lexicon.js";
import { extractMessages } from "../messages.js";
import { implausibility } from "../metrics.js";
import type { QuantityMention } from "../numbers/types.js";
import { hasNecessaryWords, mayMatch } from "../patterns.js";
import type { Sentence } from "../sentences.js";
import { type Table, tablePlaceAt } from "../tables.js";
import { currencyOfCoordinatedAmounts } from "./coordinated-unit.js";
import { unitOfChangedFromCount, unitOfElidedCount } from "./elided-count.js";
import { isConversion } from "./metric.js";
import { describeCandidates, type Features, type Option, rankOptions, type Weights } from "./scorer.js";
import { currencyOfLaterAmount } from "./sentence-currency.js";
import { overlaps, SCALE_WORD } from "./text.js";
import {
  type Candidate,
  type DocumentReading,
  issue,
  type SentenceReading,
  type UnitReading,
} from "./types.js";

/** Where a figure's unit comes from, in the order the unit stage trusts them. */
type UnitSource =
  | "written"
  | "listLead"
  | "tableLabel"
  | "countedSubject"
  | "countedNoun"
  | "elidedCount"
  | "coordinatedFigure"
  | "previousFigure"
  | "sentenceCurrency"
  | "contextCurrency"
  | "documentCurrency";

/** Set by hand, not fitted: a source earlier in this order takes precedence over a later one. */
export const UNIT_WEIGHTS: Weights<UnitSource> = {
  written: 8,
  listLead: 7,
  tableLabel: 6,
  countedSubject: 5,
  countedNoun: 4,
  elidedCount: 3.8,
  coordinatedFigure: 3.5,
  previousFigure: 3,
  sentenceCurrency: 2.5,
  contextCurrency: 2,
  documentCurrency: 1,
};

/** A unit one source gives the figure, with the rule that says so. */
interface UnitOffer {
  source: UnitSource;
  unit: string;
  elided: boolean;
  rule: string | null;
}

/** A counted noun right after a bare figure ("40 000 clients"). */
function countedNounAfter(q: QuantityMention, text: string): UnitOffer | null {
  const after = text.slice(q.span.end, q.span.end + 40);
  for (const [pattern, unit] of COUNTED_NOUN)
    if (pattern.test(after))
      return { source: "countedNoun", unit, elided: false, rule: `unit: counted noun → ${unit}` };
  return null;
}

/**
 * An elided unit ("300 milliards"), restored from the previous figure, the sentence's one currency
 * written later, the context or the document.
 */
function elidedUnits(
  q: QuantityMention,
  previous: Candidate | undefined,
  sentenceCurrency: string | null,
  lastCurrency: string | null,
  text: string,
  documentCurrency: string | null,
): UnitOffer[] {
  const figure = text.slice(q.numberSpan.start, q.numberSpan.end);
  if (!SCALE_WORD.test(figure) && !q.currencyElided) return [];
  const offers: UnitOffer[] = [];
  // "10 gigawatts et 500 milliards": a scale word after power or a rate names money, not more of them.
  if (previous && !(SCALE_WORD.test(figure) && (previous.unit === "GW" || previous.unit === "fraction")))
    offers.push({
      source: "previousFigure",
      unit: previous.unit,
      elided: true,
      rule: `unit: elided, restored from the previous figure → ${previous.unit}`,
    });
  if (sentenceCurrency)
    offers.push({
      source: "sentenceCurrency",
      unit: sentenceCurrency,
      elided: true,
      rule: `unit: elided currency, the one currency the sentence writes after it → ${sentenceCurrency}`,
    });
  if (lastCurrency)
    offers.push({
      source: "contextCurrency",
      unit: lastCurrency,
      elided: true,
      rule: `unit: elided currency restored from context → ${lastCurrency}`,
    });
  if (documentCurrency)
    offers.push({
      source: "documentCurrency",
      unit: documentCurrency,
      elided: true,
      rule: `unit: elided currency, none named before; the document's currency → ${documentCurrency}`,
    });
  return offers;
}

/** Every unit the sources offer a figure, by precedence: the first is the figure's. */
function unitOffers(r: DocumentReading, s: SentenceReading, q: QuantityMention): UnitOffer[] {
  if (q.unit) return [{ source: "written", unit: q.unit, elided: false, rule: null }];
  const { text } = r;
  const { sentence } = s;
  const offer = (source: UnitSource, read: (rules: string[]) => { unit: string; elided: boolean } | null) => {
    const rules: string[] = [];
    const found = read(rules);
    return found ? [{ source, ...found, rule: rules[0] ?? null }] : [];
  };
  const counted = countedNounAfter(q, text);
  const coordinated = counted ? null : currencyOfCoordinatedAmounts(q, s.sentenceQs, text);
  const count = counted
    ? null
    : (unitOfElidedCount(q, s.sentenceClaims.at(-1), text) ??
      unitOfChangedFromCount(q, s.sentenceQs[s.sentenceQs.indexOf(q) + 1], text));
  return [
    ...offer("listLead", (rules) => unitOfListLead(q, s.listLead, text, rules)),
    ...offer("tableLabel", (rules) => unitOfTableLabel(q, r.tables, text, rules)),
    ...offer("countedSubject", (rules) => unitOfCountedSubject(q, text, sentence.start, rules)),
    ...(counted ? [counted] : []),
    ...(count
      ? [
          {
            source: "elidedCount" as const,
            unit: count,
            elided: true,
            rule: `unit: a later item of a coordinated count, its noun unsaid → ${count}`,
          },
        ]
      : []),
    ...(coordinated
      ? [
          {
            source: "coordinatedFigure" as const,
            unit: coordinated,
            elided: true,
            rule: `unit: elided, written once after the coordinated amounts → ${coordinated}`,
          },
        ]
      : []),
    ...(counted
      ? []
      : elidedUnits(
          q,
          unitSource(s.sentenceClaims, text),
          currencyOfLaterAmount(q, s.sentenceQs, text),
          r.lastCurrency,
          text,
          // a headline's elided amount is restated, with its currency, in the body; one the headline
          // itself writes in a currency (« Un tour de 1,2 milliard porte sa valorisation à 20 milliards
          // de dollars ») is in that currency
          sentence.headline || sentence.heading ? documentCurrencyOf(s.sentenceQs) : r.documentCurrency,
        )),
  ];
}

/** What `explain` lists beside the unit: each source's offer, by precedence. */
function unitCandidates(offers: readonly UnitOffer[]): string {
  const options = offers.map((o) => ({
    value: o.unit,
    label: o.unit,
    features: { [o.source]: 1 } as Features<UnitSource>,
  }));
  return describeCandidates("unit", rankOptions(options, UNIT_WEIGHTS), UNIT_WEIGHTS);
}

/** The currency a document's amounts are written in: the first one it names. */
export function documentCurrencyOf(quantities: readonly QuantityMention[]): string | null {
  for (const q of quantities) if (q.unit && isCurrencyCode(q.unit)) return q.unit;
  return null;
}

/** Unit stage: numbers that are no figures (years, model names, dates) are set aside; the unit is restored. */
export function readUnit(r: DocumentReading, s: SentenceReading, q: QuantityMention): UnitReading | null {
  const { text, context } = r;
  const { sentence, times, sentenceClaims } = s;
  const rules: string[] = [];
  const figure = text.slice(q.span.start, q.span.end);
  const previous = sentenceClaims.at(-1);
  if (q.unit === null && times.some((t) => overlaps(t, q.numberSpan))) return null;
  if (/^\d{4}$/.test(text.slice(q.numberSpan.start, q.numberSpan.end)) && q.unit === null) return null;
  const prefix = text.slice(Math.max(sentence.start, q.span.start - 12), q.span.start);
  if (/\b(?:Fortune|Global|Forbes|GPT|S&P|CAC|Series|série|iPhone|Llama|Claude|Gemini)[\s-]*$/u.test(prefix))
    return null;
  const upToFigure = text.slice(sentence.start, q.span.start);
  if (
    hasNecessaryWords(CLASS_OF_COMPANIES, s.body) &&
    mayMatch(CLASS_OF_COMPANIES, upToFigure) &&
    CLASS_OF_COMPANIES.test(upToFigure)
  )
    return null;

  const offers = unitOffers(r, s, q);
  const restored = offers[0];
  if (!restored) return null;
  rules.push(unitCandidates(offers));
  if (restored.rule) rules.push(restored.rule);
  // A company's amount is never 10^18 dollars: "trillion" is the English calque, 10^12 (CLAIMS.md §4).
  const calque = isCurrencyCode(restored.unit) && (q.low ?? q.high ?? 0) >= 1e16 && /trillion/iu.test(figure);
  if (calque) rules.push("scale: 'trillion' of a company's amount read as the English calque, 10^12");
  if (implausibility(null, q.low, q.high)) {
    issue(
      context,
      "implausible_value",
      extractMessages.implausible_value(figure, "the number is too large to be a figure"),
      q.span,
    );
    return null;
  }
  rules.push(valueCandidates(q, calque));
  for (const note of q.notes) rules.push(`value: ${note}`);
  return {
    rules,
    figure,
    previous,
    unit: restored.unit,
    elided: restored.elided,
    valueDivisor: calque ? 1e6 : 1,
  };
}

type ValueFeature = "asWritten" | "calqueTrillion" | "implausible";

/** Set by hand, not fitted: the value as written, unless a company's amount would be implausible. */
export const VALUE_WEIGHTS: Weights<ValueFeature> = { asWritten: 1, calqueTrillion: 2, implausible: -10 };

/** What `explain` lists beside the value: the reading as written, and the calque reading of "trillion". */
function valueCandidates(q: QuantityMention, calque: boolean): string {
  const label = (divisor: number) => {
    const [low, high] = [q.low, q.high].map((x) => (x === null ? "" : String(x / divisor)));
    return `${q.bound} ${low === high || !high ? low : !low ? high : `${low}–${high}`}`;
  };
  const options: Option<number, ValueFeature>[] = [
    { value: 1, label: label(1), features: calque ? { asWritten: 1, implausible: 1 } : { asWritten: 1 } },
  ];
  if (calque) options.push({ value: 1e6, label: label(1e6), features: { calqueTrillion: 1 } });
  return describeCandidates("value", rankOptions(options, VALUE_WEIGHTS), VALUE_WEIGHTS);
}

/** A bare figure in a table cell whose row label or column header counts something ("| Clients entreprise | 100+ |"). */
export function unitOfTableLabel(
  q: QuantityMention,
  tables: readonly Table[],
  text: string,
  rules: string[],
): { unit: string; elided: boolean } | null {
  if (q.unit || tables.length === 0) return null;
  const place = tablePlaceAt(tables, q.span.start);
  if (!place || place.column === 0) return null;
  for (const cell of [place.label, place.header]) {
    const words = cell ? text.slice(cell.start, cell.end) : "";
    for (const [pattern, unit] of COUNTED_NOUN)
      if (words && anywhere(pattern).test(words)) {
        rules.push(`unit: the table's "${words}" counts ${unit} → ${unit}`);
        return { unit, elided: false };
      }
  }
  return null;
}

/** A bare figure reached by a counted subject ("sa base de clients dépasse les 40 000") counts it. */
function unitOfCountedSubject(
  q: QuantityMention,
  text: string,
  sentenceStart: number,
  rules: string[],
): { unit: string; elided: boolean } | null {
  if (q.unit) return null;
  const after = text.slice(q.span.end, q.span.end + 40);
  if (COUNTED_NOUN.some(([pattern]) => pattern.test(after))) return null;
  // The hedge ("dépasse les", "exceeds") is part of the figure's span: read up to the number itself.
  const before = text.slice(Math.max(sentenceStart, q.numberSpan.start - 90), q.numberSpan.start);
  for (const [pattern, unit] of COUNTED_SUBJECT)
    if (pattern.test(before)) {
      rules.push(`unit: the subject reaching the figure counts ${unit} → ${unit}`);
      return { unit, elided: false };
    }
  return null;
}

/**
 * The figure an elided unit comes from: the previous amount, or the one before it when that one
 * restates it in another currency. A percentage or a multiple in between ("3,1 milliards (+48 %),
 * dont 2 milliards") gives no unit to a scaled figure: a scale word never multiplies a ratio.
 */
function unitSource(claims: Candidate[], text: string): Candidate | undefined {
  const amounts = claims.filter((c) => c.unit !== "fraction" && c.unit !== "x");
  const last = amounts.at(-1);
  const before = amounts.at(-2);
  if (last && before && isConversion(before, last.unit, text.slice(before.q.span.end, last.q.span.start)))
    return before;
  return last;
}

/** A counted noun in the list's opening sentence ("Utilisateurs actifs hebdomadaires :") gives a bare figure its unit. */
export function unitOfListLead(
  q: QuantityMention,
  lead: Sentence | null,
  text: string,
  rules: string[],
): { unit: string; elided: boolean } | null {
  if (!lead || q.unit) return null;
  if (!SCALE_WORD.test(text.slice(q.numberSpan.start, q.numberSpan.end))) return null;
  for (const [pattern, unit] of COUNTED_NOUN)
    if (anywhere(pattern).test(lead.text)) {
      rules.push(`unit: the list opens on a count of ${unit} → ${unit}`);
      return { unit, elided: false };
    }
  return null;
}

export const unanchored = new WeakMap<RegExp, RegExp>();

/** A counted-noun pattern, written to follow a figure, found after any space instead. */
export function anywhere(pattern: RegExp): RegExp {
  let found = unanchored.get(pattern);
  if (!found) {
    found = new RegExp(pattern.source.replace(/^\^\\s\*/u, "(?:^|\\s)"), pattern.flags);
    unanchored.set(pattern, found);
  }
  return found;
}
