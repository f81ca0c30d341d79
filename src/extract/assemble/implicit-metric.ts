import type { Metric, Span } from "../../core/index.js";
import { STAKE_BOUGHT_BEFORE_AMOUNT } from "../lexicon.js";
import type { QuantityMention } from "../numbers/types.js";
import { hasNecessaryWords } from "../patterns.js";
import { tablePlaceAt } from "../tables.js";
import { expectedFigureMetric } from "./expected-figure.js";
import { FORECAST_OPENER, figureTakenUp, forecastTakenUpMetric } from "./forecast-taken-up.js";
import { metricOfListLead } from "./metric.js";
import { obtainingVerbMetric } from "./obtaining-verb.js";
import { pledgeFrom } from "./pledge-from.js";
import { reportedFlowMetric } from "./reported-flow.js";
import { LIST_ITEM } from "./sentence.js";
import { unitClass } from "./text.js";
import type { Candidate, DocumentReading, SentenceReading } from "./types.js";

/**
 * The metric of a figure no metric word of its own sentence claims, when the text around it still
 * says what it measures: the paragraph that opens its list, the list's earlier items, a sentence it
 * continues ("then added $4 billion", "puis 1 milliard de plus"), or a table of investors.
 */
export interface ImplicitMetric {
  metric: Metric;
  at: Span;
  /** Why, as the explanation says it. */
  rule: string;
  /** The counterparty of the figure it continues: the same deal has the same parties. */
  counterparty?: string | null;
}

/** How far back the paragraph before a list's opening line is read for a metric word. */
const LEAD_PARAGRAPH_REACH = 400;

/**
 * A list whose opening line names no metric ("Les montants annoncés :") takes the one the
 * sentences just before it in the same paragraph name ("Oracle vise … le chiffre d'affaires d'OCI").
 */
export function leadParagraphMetric(lead: Span, unit: string, text: string): ImplicitMetric | null {
  const lineStart = text.lastIndexOf("\n", lead.start - 1) + 1;
  const from = Math.max(lineStart, lead.start - LEAD_PARAGRAPH_REACH);
  if (from >= lead.start) return null;
  return namedIn({ start: from, end: lead.start }, unit, text, "the paragraph opening the list");
}

/** The metric a lead's words name, with the rule saying where they stand. */
function namedIn(span: Span, unit: string, text: string, where: string): ImplicitMetric | null {
  const named = metricOfListLead(span, unit, text);
  if (!named) return null;
  const words = text.slice(named.at.start, named.at.end);
  return { metric: named.metric, at: named.at, rule: `${where} names it ("${words}")` };
}

/** How far back the line before a list's first item is read for a metric word. */
const LINE_BEFORE_REACH = 200;

/**
 * A list's first item, under a line that ends with a full stop rather than a colon ("Amazon, Microsoft
 * … vont investir 400 milliards cette année.\n- Amazon : 125 milliards"): with no metric word of its
 * own, the item measures what the end of that line names.
 */
export function lineBeforeItemMetric(
  r: DocumentReading,
  s: SentenceReading,
  unit: string,
): ImplicitMetric | null {
  if (s.listLead || !LIST_ITEM.test(s.body)) return null;
  const lineStart = r.text.lastIndexOf("\n", s.sentence.start - 1);
  if (lineStart <= 0) return null;
  const previousStart = r.text.lastIndexOf("\n", lineStart - 1) + 1;
  const from = Math.max(previousStart, lineStart - LINE_BEFORE_REACH);
  if (from >= lineStart || LIST_ITEM.test(r.text.slice(previousStart, lineStart))) return null;
  return namedIn({ start: from, end: lineStart }, unit, r.text, "the line above the list");
}

/**
 * The latest figure of the unit's kind with a metric, read in this sentence or the one just before;
 * the value of shares handed over beside a deal is no amount a later figure adds to.
 */
function nearbyEarlier(r: DocumentReading, s: SentenceReading, unit: string): Candidate | null {
  const kind = unitClass(unit);
  // A later figure of the same kind that nothing named stands between: it is the one continued.
  const unnamed = r.unknown.findLast((c) => unitClass(c.unit) === kind);
  for (let i = r.candidates.length - 1; i >= 0; i--) {
    const c = r.candidates[i]!;
    if (c.sentenceIndex < s.sentenceIndex - 1) return null;
    if (c.metric === "deal_value") continue;
    if (c.metric && c.metricAt && unitClass(c.unit) === kind)
      return unnamed && unnamed.q.span.start > c.q.span.start ? null : c;
  }
  return null;
}

/** A tolerance around the figure before ("plus or minus 2%", "à plus ou moins 300 millions près", "±5%"). */
const TOLERANCE_LEAD = /(?:plus\s+or\s+minus|plus\s+ou\s+moins|±|\+\/-)\s*$/iu;

/** Whether the figure is the margin of error of another, which is no claim of its own. */
export function isTolerance(text: string, q: QuantityMention): boolean {
  return TOLERANCE_LEAD.test(text.slice(Math.max(0, q.span.start - 20), q.span.start));
}

/**
 * A table's column measures one thing: a cell with no metric word of its own takes the metric most of
 * the earlier cells of its column were read with ("| Microsoft | services Azure | 250 milliards |"
 * under rows of cloud contracts), when at least two agree and they are more than half.
 */
export function tableColumnMetric(
  r: DocumentReading,
  q: QuantityMention,
  unit: string,
): ImplicitMetric | null {
  if (r.tables.length === 0) return null;
  const place = tablePlaceAt(r.tables, q.span.start);
  if (!place) return null;
  const kind = unitClass(unit);
  const votes = new Map<Metric, Candidate[]>();
  let cells = 0;
  for (const c of r.candidates) {
    if (c.q.span.start < place.table.start || c.q.span.start >= q.span.start || unitClass(c.unit) !== kind)
      continue;
    if (tablePlaceAt(r.tables, c.q.span.start)?.column !== place.column) continue;
    cells++;
    if (c.metric && c.metricAt) votes.set(c.metric, [...(votes.get(c.metric) ?? []), c]);
  }
  for (const [metric, voters] of votes)
    if (voters.length >= 2 && voters.length * 2 > cells)
      return { metric, at: voters.at(-1)!.metricAt!, rule: "most earlier cells of its table column" };
  return null;
}

/** Items of one list measure one thing: an item with no metric word takes its previous sibling's. */
export function listSiblingMetric(
  r: DocumentReading,
  s: SentenceReading,
  unit: string,
): ImplicitMetric | null {
  if (!LIST_ITEM.test(s.body)) return null;
  const earlier = nearbyEarlier(r, s, unit);
  if (!earlier || earlier.sentenceIndex === s.sentenceIndex || !earlier.metricAt) return null;
  if (!LIST_ITEM.test(earlier.sentence.text)) return null;
  return {
    metric: earlier.metric!,
    at: earlier.metricAt,
    rule: "an earlier item of the same list",
    counterparty: earlier.counterparty,
  };
}

/**
 * Words that say a figure adds to, or completes, the one just read: "then added", "another",
 * "a further", "the remaining", "puis", "encore", "le solde de", "portant le total à".
 */
const CONTINUES_BEFORE =
  /(?:\b(?:then|also)\s+(?:added|invested|committed|agreed|pledged|put)|\banother|\ba\s+further|\ban\s+additional|\bthe\s+remaining|\bthe\s+rest\s+of|\b(?:taking|bringing)\s+(?:the|its)\s+total\s+to|\bpuis(?:\s+(?:jusqu'|jusqu’)à)?|\bensuite|\bencore|\ble\s+solde\s+de|\ble\s+reste\s+de|\b(?:portant|porte)\s+le\s+total\s+à)\s+(?:(?:about|some|roughly|around|nearly|up\s+to|environ|quelque|près\s+de)\s+)?$/iu;

/**
 * The same after the figure: "1 milliard de plus", "4 milliards supplémentaires", "$2 billion more";
 * not a margin over another ("3 milliards de plus qu'OpenAI", "$2 billion more than Google").
 */
const CONTINUES_AFTER =
  /^\s+(?:de\s+plus|supplémentaires?|additionnels?|more|additional|extra)\b(?!\s+(?:que\b|qu['’]|than\b))/iu;

/** A figure that continues the previous one's metric, said by a word of addition or remainder beside it. */
export function continuationMetric(
  r: DocumentReading,
  s: SentenceReading,
  q: QuantityMention,
  unit: string,
): ImplicitMetric | null {
  const before = r.text.slice(Math.max(s.sentence.start, q.span.start - 60), q.span.start);
  const after = r.text.slice(q.span.end, Math.min(s.sentence.end, q.span.end + 30));
  const continues = hasNecessaryWords(CONTINUES_BEFORE, s.body) && CONTINUES_BEFORE.test(before);
  if (!continues && !CONTINUES_AFTER.test(after)) return null;
  const earlier = nearbyEarlier(r, s, unit);
  if (!earlier?.metricAt) return null;
  return {
    metric: earlier.metric!,
    at: earlier.metricAt,
    rule: `it adds to the figure before ("${r.text.slice(earlier.q.span.start, earlier.q.span.end)}")`,
    counterparty: earlier.counterparty,
  };
}

/**
 * A sentence whose subject stands for the company just spoken of and whose verb looks ahead
 * ("Elle vise 30 milliards en 2027", "Pour 2026, nous prévoyons 9 milliards", "It expects $30 billion"):
 * the figure is the same measure's next value.
 */
const FORECAST_BY_SAME_SUBJECT =
  /^[«"“\s]*(?:[^,.;:]{0,50},\s*)?(?:elle|il|ils|elles|nous|l['’](?:entreprise|entreprise)|le\s+groupe|la\s+société|it|she|he|they|we|the\s+(?:company|group|firm))\s+(?:\p{L}+\s+){0,2}?(?:vise|visent|visons|table|tablent|tablons|prévoit|prévoient|prévoyons|espère|espèrent|espérons|anticipe|anticipons|attend|attendons|projette|aims?|aiming|targets?|targeting|expects?|expecting|projects?|forecasts?|guided|sees)\b/iu;

/** The first figure of a forecast by the same subject takes the previous sentence's metric. */
export function forecastContinuation(
  r: DocumentReading,
  s: SentenceReading,
  q: QuantityMention,
  unit: string,
): ImplicitMetric | null {
  const earlier = figureTakenUp(r, s, q, FORECAST_BY_SAME_SUBJECT, () => nearbyEarlier(r, s, unit));
  if (!earlier || earlier.sentenceIndex !== s.sentenceIndex - 1) return null;
  return {
    metric: earlier.metric!,
    at: earlier.metricAt!,
    rule: `a forecast by the same subject as the sentence before ("${r.text.slice(earlier.q.span.start, earlier.q.span.end)}")`,
  };
}

/** Right after a named subject: an aside, then a verb that looks ahead ("Amazon, à lui seul, anticipe", "Alphabet vise"). */
const FORECAST_VERB_AFTER_NAME =
  /^\s*(?:,[^,.;:]{1,30},\s*)?(?:\p{L}+\s+){0,2}?(?:vise|table|prévoit|anticipe|projette|aims|targets|expects|projects|forecasts|sees|guided|guides|(?:a|ont)\s+(?:relevé|abaissé|réduit|resserré)\s+(?:sa|ses|leur|leurs)\s+(?:\p{L}+\s+)?(?:prévisions?|objectifs?|fourchettes?)|(?:lifted|raised|cut|lowered|trimmed|narrowed|tightened|reiterated|reaffirmed)\s+(?:the\s+(?:bottom|top|low|high|lower|upper)\s+(?:end\s+)?of\s+)?(?:its|their|the)\s+(?:[\p{L}-]+\s+)?(?:forecast|guidance|outlook|range|estimate|projection)s?)\b/iu;

/**
 * "Les quatre groupes prévoient 650 milliards de dépenses d'investissement. Amazon, à lui seul, anticipe
 * 200 milliards": a company of the group (or the company) the previous sentence measured, opening a
 * sentence with a verb that looks ahead, gives the same measure's value of its own. A collective the
 * previous sentence measured ("Les géants de la tech vont investir …", "hyperscalers") counts its
 * companies among its members.
 */
export function memberForecastContinuation(
  r: DocumentReading,
  s: SentenceReading,
  q: QuantityMention,
  unit: string,
): ImplicitMetric | null {
  const subject = s.parties[0];
  if (subject?.kind !== "company" || subject.end > q.span.start) return null;
  if (!FORECAST_OPENER.test(r.text.slice(s.sentence.start, subject.start))) return null;
  if (!FORECAST_VERB_AFTER_NAME.test(r.text.slice(subject.end, q.span.start))) return null;
  if (s.figures.some((o) => o.span.end <= q.span.start)) return null;
  // The group's figure may stand a few sentences back, past siblings' ("Amazon, à lui seul, …").
  const kind = unitClass(unit);
  const earlier = r.candidates.findLast(
    (c) =>
      c.sentenceIndex >= s.sentenceIndex - 3 &&
      c.sentenceIndex < s.sentenceIndex &&
      c.metric !== null &&
      c.metricAt !== null &&
      unitClass(c.unit) === kind &&
      c.entity !== null &&
      (c.entity.split("+").includes(subject.canonical) || r.gazetteer.collectives.includes(c.entity)),
  );
  if (!earlier) return null;
  const sibling = r.candidates.findLast((c) => c.sentenceIndex === s.sentenceIndex - 1);
  if (sibling && sibling !== earlier && sibling.metric !== earlier.metric) return null;
  return {
    metric: earlier.metric!,
    at: earlier.metricAt!,
    rule: `a forecast by ${subject.canonical}, of the ${earlier.entity} just measured ("${r.text.slice(earlier.q.span.start, earlier.q.span.end)}")`,
  };
}

/** A verb of putting money in just before the amount: "engagerait 10 milliards", "pumped $2 billion". */
const PUTS_MONEY_IN = {
  fr: /(?<!\p{L})(?:engag(?:e|ent|era|eront|erait|eraient|eait|é|ée)|inject(?:e|ent|era|eront|ait|é|ée))\s+(?:(?:environ|près\s+de|quelque|jusqu['’]à)\s+)?$/iu,
  en: /\b(?:inject(?:s|ed|ing)?|pump(?:s|ed|ing)?|pour(?:s|ed|ing)?|plough(?:s|ed|ing)?|plow(?:s|ed|ing)?|sank|sunk|contribut(?:es|ed|ing))\s+(?:(?:about|some|nearly|roughly|around|up\s+to|another|a\s+further)\s+)?$/iu,
} as const;

/** What money contributed goes into: "contributed $7 billion in cash to the joint venture". */
const CONTRIBUTED_TO = /^\s*(?:in\s+(?:cash|equity|capital)\s+)?(?:to|into|towards?)\s/iu;

/** Shares bought for the amount: "un ordre d'achat de 250 millions de dollars d'actions", "bought $1 billion of its stock". */
const BUYS_SHARES_BEFORE =
  /(?<!\p{L})(?:achat|achète|achèt\p{L}+|acheté\p{L}*|bought|buy(?:s|ing)?|purchas\p{L}+)(?!\p{L})[^.;]{0,40}$/iu;
const SHARES_AFTER =
  /^\s+(?:d['’]actions|de\s+titres|of\s+(?:\p{L}+['’]s\s+|its\s+|their\s+)?(?:shares|stock))\b/iu;

/** An amount a verb of investing or a purchase of shares frames: the company's investment. */
export function investingVerbMetric(
  r: DocumentReading,
  s: SentenceReading,
  q: QuantityMention,
  unit: string,
): ImplicitMetric | null {
  if (unitClass(unit) !== "currency") return null;
  const before = r.text.slice(Math.max(s.sentence.start, q.span.start - 60), q.span.start);
  const after = r.text.slice(q.span.end, Math.min(s.sentence.end, q.span.end + 40));
  const putsMoneyIn = PUTS_MONEY_IN[r.input.language === "fr" ? "fr" : "en"];
  const putIn = hasNecessaryWords(putsMoneyIn, s.body) ? putsMoneyIn.exec(before) : null;
  // "contributed $4.3bn" alone is a share of revenue; money contributed goes "to" or "into" something.
  const verb = putIn && /^contribut/iu.test(putIn[0]) && !CONTRIBUTED_TO.test(after) ? null : putIn;
  const buysShares = hasNecessaryWords(BUYS_SHARES_BEFORE, s.body) && BUYS_SHARES_BEFORE.test(before);
  const shares = !verb && buysShares ? SHARES_AFTER.exec(after) : null;
  const stake = verb || shares ? null : STAKE_BOUGHT_BEFORE_AMOUNT.exec(before);
  const named = verb ?? stake;
  if (!named && !shares) return null;
  const at = named
    ? {
        start: q.span.start - before.length + named.index,
        end: q.span.start - before.length + named.index + named[0].trimEnd().length,
      }
    : { start: q.span.end + shares!.index, end: q.span.end + shares![0].length };
  return { metric: "investment", at, rule: `"${r.text.slice(at.start, at.end).trim()}" puts money in` };
}

/** "$20 billion from X to build …", with no verb: money X puts in, read as its investment until the build-out makes it capex. */
function pledgeFromMetric(
  r: DocumentReading,
  s: SentenceReading,
  q: QuantityMention,
  unit: string,
): ImplicitMetric | null {
  if (unitClass(unit) !== "currency") return null;
  const pledge = pledgeFrom(r.text, s.parties, q);
  return pledge
    ? { metric: "investment", at: pledge.at, rule: `money from ${pledge.party.canonical} for a build-out` }
    : null;
}

/** A table's first column of investors ("Investor", "Investisseurs", "Backers"): each amount is one's stake. */
const INVESTOR_COLUMN =
  /^(?:investors?|investisseurs?|backers?|contributors?|contributeurs?|actionnaires?)\b/iu;

/**
 * An amount in a table whose rows are investors is the row's investment, unless a strong metric
 * word stands in its own cell; `where` as the table stage words it.
 */
export function investorTableMetric(
  r: DocumentReading,
  q: QuantityMention,
  unit: string,
  chosen: { at: Span; weak: boolean } | null,
): { metric: Metric; at: Span; where: string } | null {
  if (unitClass(unit) !== "currency" || r.tables.length === 0) return null;
  const place = tablePlaceAt(r.tables, q.span.start);
  if (!place) return null;
  const first = place.table.header.cells[0];
  if (!first || !INVESTOR_COLUMN.test(r.text.slice(first.start, first.end))) return null;
  const cell = place.row.cells[place.column]!;
  if (chosen && !chosen.weak && chosen.at.start >= cell.start && chosen.at.end <= cell.end) return null;
  return {
    metric: "investment",
    at: { start: first.start, end: first.end },
    where: "first column of investors",
  };
}

/** The words that open a sentence totalling the figures before it: "Au total", "Combined", "All told". */
const TOTAL_OPENING =
  /^[\s«"“]*(?:au\s+total|en\s+tout|au\s+cumul|en\s+cumulé|cumulés?|ensemble|in\s+total|all\s+told|altogether|combined|together|taken\s+together|in\s+all)\b/iu;

/** The next sentence of the paragraph, when it opens on a total: its start and end. */
function totalAhead(text: string, end: number): Span | null {
  const rest = text.slice(end, end + 400);
  const start = rest.search(/\S/u);
  if (start < 0 || rest.slice(0, start).includes("\n\n") || !TOTAL_OPENING.test(rest.slice(start)))
    return null;
  const stop = rest.slice(start).search(/[.!?](?:\s|$)/u);
  return { start: end + start, end: end + start + (stop < 0 ? rest.length - start : stop) };
}

/**
 * Figures listed with no word of what they measure ("200 milliards pour Amazon, 185 pour Alphabet"),
 * then a sentence that adds them up ("Au total, ils prévoient d'investir 650 milliards", "Combined,
 * they plan to spend $650 billion"): each measures what the total does.
 */
export function totalAheadMetric(
  r: DocumentReading,
  s: SentenceReading,
  unit: string,
): ImplicitMetric | null {
  const kind = unitClass(unit);
  if (s.figures.filter((o) => o.unit === null || unitClass(o.unit) === kind).length < 2) return null;
  const next = totalAhead(r.text, s.sentence.end);
  const named = next ? metricOfListLead(next, unit, r.text) : null;
  return named
    ? {
        metric: named.metric,
        at: named.at,
        rule: `the next sentence totals the figures ("${r.text.slice(named.at.start, named.at.end)}")`,
      }
    : null;
}

/** A comparison just before the figure: "bien supérieurs aux", "contre", "up from", "higher than". */
const COMPARED_BEFORE =
  /(?:supérieur\p{L}*|inférieur\p{L}*|compar\p{L}*|contre|par\s+rapport|(?:plus|moins)\s+que|than|up\s+from|down\s+from|versus|vs\.?)\s+(?:(?:à|aux?|with|to|les|des|the)\s+)?$/iu;

/** A figure compared with the previous sentence's ("Des montants bien supérieurs aux 410 milliards"): the same measure. */
export function comparedMetric(
  r: DocumentReading,
  s: SentenceReading,
  q: QuantityMention,
  unit: string,
): ImplicitMetric | null {
  const before = r.text.slice(Math.max(s.sentence.start, q.span.start - 40), q.span.start);
  if (!COMPARED_BEFORE.test(before) || s.figures.some((o) => o.span.end <= q.span.start)) return null;
  const earlier = nearbyEarlier(r, s, unit);
  if (!earlier?.metricAt || earlier.sentenceIndex !== s.sentenceIndex - 1) return null;
  return {
    metric: earlier.metric!,
    at: earlier.metricAt,
    rule: `compared with the figure before ("${r.text.slice(earlier.q.span.start, earlier.q.span.end)}")`,
  };
}

/** The first of the readings above that names a metric, or null. */
export function implicitMetric(
  r: DocumentReading,
  s: SentenceReading,
  q: QuantityMention,
  unit: string,
): ImplicitMetric | null {
  return (
    (s.listLead ? leadParagraphMetric(s.listLead, unit, r.text) : null) ??
    listSiblingMetric(r, s, unit) ??
    tableColumnMetric(r, q, unit) ??
    lineBeforeItemMetric(r, s, unit) ??
    investingVerbMetric(r, s, q, unit) ??
    reportedFlowMetric(r, s, q, unit) ??
    pledgeFromMetric(r, s, q, unit) ??
    continuationMetric(r, s, q, unit) ??
    forecastContinuation(r, s, q, unit) ??
    forecastTakenUpMetric(r, s, q, unit) ??
    memberForecastContinuation(r, s, q, unit) ??
    expectedFigureMetric(r, s, q, unit) ??
    comparedMetric(r, s, q, unit) ??
    totalAheadMetric(r, s, unit) ??
    obtainingVerbMetric(r, s, q, unit)
  );
}
