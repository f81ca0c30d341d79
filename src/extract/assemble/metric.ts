import { isCurrencyCode, type Metric, type Span } from "../../core/index.js";
import type { WorkBudget } from "../budget.js";
import type { NameMention } from "../gazetteer.js";
import {
  COMPARISON_LEAD,
  DEAL_NOUNS,
  hedgeWords,
  METRIC_RULES,
  type MetricRule,
  optionalHedge,
  type UnitClass,
} from "../lexicon.js";
import { MARKET_DATA } from "../market-data.js";
import { extractMessages } from "../messages.js";
import { METRIC_KNOWLEDGE } from "../metrics.js";
import type { QuantityMention } from "../numbers/types.js";
import { hasMatch, mayMatch, withFlags } from "../patterns.js";
import type { Sentence } from "../sentences.js";
import { tablePlaceAt } from "../tables.js";
import { isYearlyRevenue } from "./annual-revenue.js";
import { inClosedAside } from "./aside.js";
import { sizesNounAfter } from "./attributive-amount.js";
import { changeBase } from "./change-base.js";
import { changeSizeBefore } from "./change-size.js";
import { coordinatedRunStart } from "./coordinated-unit.js";
import { amountAGrowthReaches } from "./growth-reaches.js";
import { abbreviatedHeaderMetric } from "./header-abbreviations.js";
import { implicitMetric, investorTableMetric, isTolerance } from "./implicit-metric.js";
import { continuesNamedList } from "./list-item-metric.js";
import { nameAppositions } from "./name-apposition.js";
import { insideUnknownName, isTitleCased } from "./name-words.js";
import { parallelMetric } from "./parallel-statement.js";
import { pricedFigureBefore } from "./rate-base-reach.js";
import { isRevenueOverReportingPeriod } from "./reporting-period.js";
import { restatedAntecedent } from "./restated-amount.js";
import { isRevenueReachedAtPoint } from "./revenue-reached.js";
import { isRoundAtValuation } from "./round-at.js";
import { describeCandidates, type Option, rankOptions, type ScoredOption, type Weights } from "./scorer.js";
import type { SentenceIndex } from "./sentence.js";
import { firstFrom, keywordsIn, nameStart, overlaps, testInSentence, unitClass } from "./text.js";
import {
  type Candidate,
  type DocumentReading,
  type FigureReading,
  issue,
  type Keyword,
  type SentenceReading,
  type UnitReading,
} from "./types.js";

export const PASSIVE_LINK =
  /^\s+(?:was|were|has\s+been|have\s+been|had\s+been|a\s+été|ont\s+été|avait\s+été|avaient\s+été)\s+$/iu;

/** Distance from a keyword to the figure; crossing another figure or (after the figure) a clause costs more. */
export function distance(
  keyword: Keyword,
  q: QuantityMention,
  index: SentenceIndex,
  text: string,
  runStart: number = q.span.start,
): number {
  if (overlaps(keyword, q.span)) return 0;
  const after = keyword.start >= q.span.end;
  // "$6 billion was raised", "600 millions ont été levés": the verb of a passive names the figure.
  if (after && PASSIVE_LINK.test(text.slice(q.span.end, keyword.start))) return -100;
  const gapStart = after ? q.span.end : keyword.end;
  // "investiront 10 milliards et 5 milliards": a word before coordinated amounts reaches each of them.
  const gapEnd = after ? keyword.start : keyword.end <= runStart ? runStart : q.span.start;
  let score = gapEnd - gapStart;
  if (after) {
    score *= 1.5;
    if (index.breaks.within(gapStart, gapEnd) || TIME_ADJUNCT_LEAD.test(text.slice(gapStart, gapEnd)))
      score += 200;
  } else if (inSideOpener(keyword, text)) score += SIDE_OPENER_DISTANCE;
  else if (index.subclauseBreaks.within(gapStart, gapEnd) || inClosedAside(keyword, q.span.start, text))
    score += 150;
  // The figure itself never lies within the gap, which ends at its start or starts at its end.
  // A metric word before an amount may cross a percentage of it: "revenue rose 11% to $14.9 billion".
  if (index.figures.anyWithin(gapStart, gapEnd))
    score += !after && q.unit !== "fraction" && !index.amounts.anyWithin(gapStart, gapEnd) ? 60 : 1000;
  return score;
}

/**
 * "Alongside the backlog surge, …", « Outre le carnet de commandes, … »: a phrase that opens the sentence
 * with something set beside its subject, closed by a comma. Its metric word measures that other thing.
 */
const SIDE_OPENER_BEFORE =
  /(?:^|[.!?]\s+|\n\s*)(?:alongside|besides|beyond|aside\s+from|apart\s+from|in\s+addition\s+to|outre|au-delà\s+d(?:e|u|es|['’])|en\s+plus\s+d(?:e|u|es|['’])|parallèlement\s+à|à\s+côté\s+d(?:e|u|es|['’]))\s*[^,;:.]{0,40}$/iu;
const SIDE_OPENER_AFTER = /^[^,;:.]{0,30},/u;
/** How much farther such a word counts: more than any bonus of a metric word. */
const SIDE_OPENER_DISTANCE = 400;

function inSideOpener(keyword: Keyword, text: string): boolean {
  return (
    SIDE_OPENER_AFTER.test(text.slice(keyword.end, keyword.end + 31)) &&
    SIDE_OPENER_BEFORE.test(text.slice(Math.max(0, keyword.start - 80), keyword.start))
  );
}

/**
 * "valorisée 11,7 milliards après l'augmentation de capital", "$1 billion in cash before its latest
 * funding round": a metric word after the figure inside a phrase of time dates the figure by another
 * event, as a clause break would separate them.
 */
const TIME_ADJUNCT_LEAD =
  /(?<!\p{L})(?:après|avant|after|before|following|ahead\s+of|depuis|since)\s+(?:(?:l['’]|la|le|les|sa|son|ses|leurs?|its|the|their|this|that|an?|une?|cette|ce)\s*)?(?:[\p{L}-]+\s+){0,2}$/iu;

/**
 * "3,9 milliards de dollars de ventes", "$2 billion of revenue": the noun right after an amount is
 * what it measures. (A counted figure's noun is its unit: "900 millions d'utilisateurs par semaine".)
 */
function isComplement(keyword: Keyword, q: QuantityMention, text: string): boolean {
  return keyword.start >= q.span.end && OWN_MEASURE.test(text.slice(q.span.end, keyword.start));
}

/**
 * "raised $1 billion in convertible notes, weeks after signing a $17.4 billion capacity agreement": the
 * noun right after an earlier amount measures that amount, as if it lay past it; so does the noun right
 * before a later one ("600 millions d'euros, pour une valorisation de 5,8 milliards").
 */
function complementOfAnother(
  keyword: Keyword,
  q: QuantityMention,
  figures: readonly QuantityMention[],
  text: string,
): boolean {
  return figures.some(
    (o) =>
      o !== q &&
      (o.unit === null || isCurrencyCode(o.unit)) &&
      ((o.span.end <= keyword.start &&
        keyword.end <= q.span.start &&
        (isComplement(keyword, o, text) ||
          DATED_NOUN_GAP.test(text.slice(o.span.end, keyword.start)) ||
          (MODIFIED_COMPLEMENT_GAP.test(text.slice(o.span.end, keyword.start)) &&
            NOUN_PHRASE_END.test(text.slice(keyword.end, keyword.end + 12))))) ||
        (q.span.end <= keyword.start &&
          keyword.end <= o.span.start &&
          MEASURE_OF.test(text.slice(keyword.end, o.span.start)))),
  );
}

/**
 * Between an amount and the noun it sizes, a year and a word or two: "$200 billion 2026 capex guidance",
 * "its $135 billion 2026 AI spending plan". The noun belongs to that amount, not to a later figure.
 */
const DATED_NOUN_GAP = /^\s+(?:FY\s?)?(?:19|20)\d{2}\s+(?:(?:AI|IA|[\p{Ll}-]+)\s+){0,2}$/u;

/**
 * Between an amount and its complement, a word or two qualifying the noun: "$35 million in annualized
 * revenue", "$15 billion of previously committed investment", « 3 milliards de nouveaux engagements ».
 */
const MODIFIED_COMPLEMENT_GAP =
  /^\s*(?:in|of|de|d['’])\s*(?:(?!(?:an?|the|its|their|this|that|un|une|le|la|les|son|sa|ses|leurs?|ce|cette)\s)[\p{L}-]+\s+){1,2}$/iu;
/** The complement's noun ends its phrase: a stop, a comma, a preposition or a relative pronoun follows. */
const NOUN_PHRASE_END =
  /^\p{L}*(?:\s*[,.;:)—–]|\s+(?:at|by|in|for|from|to|on|and|that|which|as|en|à|au|d['’]ici|pour|et|qui|que|fin|selon)(?!\p{L})|\s*$)/iu;

/** "un tour de table de 500 millions", "a round of $500 million": the figure is the measure of the noun before it. */
const MEASURE_OF = /^\s*(?:de|d['’]|of)\s*$/iu;

/**
 * The metrics whose noun binds the figure that measures it over a nearer word ("une levée de 600
 * millions valorisant …", « un rythme annualisé de 13 milliards de dollars de revenus »).
 */
const MEASURED_NOUNS: ReadonlySet<Metric> = new Set(["funding_round", "valuation", "revenue_run_rate"]);

/** The metric word is a round's or a valuation's noun, right before the figure it is measured by. */
function isMeasuredNoun(rule: MetricRule, keyword: Keyword, q: QuantityMention, text: string): boolean {
  return (
    MEASURED_NOUNS.has(rule.metric) &&
    keyword.end <= q.span.start &&
    MEASURE_OF.test(text.slice(keyword.end, q.span.start))
  );
}

/** How much nearer than adjacent a metric word counts when it is the figure's own complement. */
const COMPLEMENT_BONUS = 50;

/**
 * How much farther a generic word ("deal", "data centres") counts than a word naming the kind of money
 * ("debt", "levée"), when neither lies past another figure.
 */
const WEAK_WORD_PENALTY = 30;

/** The distance at which a metric word lies past another figure (distance). */
const CROSSES_FIGURE = 1000;

/** How far (as distance) a per-unit word ("par gigawatt", "per share") still qualifies the figure's complement. */
const PER_UNIT_REACH = 200;

export interface MetricChoice {
  metric: Metric;
  at: Keyword;
  unit: string;
  score: number;
  weak: boolean;
}

/** The metric a demonstrative names ("cet investissement" → investment), if any. */
export function demonstrativeMetric(phrase: string, unit: string): Metric | null {
  for (const rule of METRIC_RULES) {
    if (rule.weak || !rule.units.includes(unitClass(unit))) continue;
    if (hasMatch(withFlags(rule.pattern, rule.pattern.flags.replace("g", "")), phrase)) return rule.metric;
  }
  return null;
}

/**
 * The metric words of one sentence, per rule, each looked for once and shared by the sentence's
 * figures; a word inside a company's name ("Google Cloud"), known or not ("the Public Investment
 * Fund"), or in an apposition describing one ("Amazon, its biggest cloud rival, spent") is none.
 */
export function metricKeywordsOf(
  sentence: Sentence,
  text: string,
  names: NameMention[],
): (rule: MetricRule) => Keyword[] {
  const found = new Map<MetricRule, Keyword[]>();
  // The names and appositions of the sentence, found when a figure first asks (many sentences hold none).
  let inSentence: NameMention[] | null = null;
  let appositions: Span[] = [];
  let headline: boolean | undefined;
  const isHeadline = () => {
    headline ??= isTitleCased(text.slice(sentence.start, sentence.end));
    return headline;
  };
  return (rule) => {
    let keywords = found.get(rule);
    if (!keywords) {
      keywords = keywordsIn(rule.pattern, text, sentence.start, sentence.end);
      if (keywords.length > 0) {
        if (!inSentence) {
          inSentence = namesWithin(names, sentence);
          appositions = nameAppositions(text, inSentence);
        }
        const within = inSentence;
        // A word inside an unknown name is looked for first: most metric words are in lower case,
        // and then the sentence's capitals need not be counted.
        keywords = keywords.filter(
          (k) =>
            !within.some((n) => n.start <= k.start && k.end <= n.end) &&
            !appositions.some((a) => a.start <= k.start && k.end <= a.end) &&
            (!insideUnknownName(text, sentence.start, k.start, k.end) || isHeadline()),
        );
      }
      found.set(rule, keywords);
    }
    return keywords;
  };
}

/** The names that overlap the sentence, in text order. */
function namesWithin(names: NameMention[], sentence: Sentence): NameMention[] {
  const inSentence: NameMention[] = [];
  for (let i = Math.max(0, firstFrom(names, sentence.start, nameStart) - 1); i < names.length; i++) {
    const n = names[i]!;
    if (n.start >= sentence.end) break;
    if (n.end > sentence.start) inSentence.push(n);
  }
  return inSentence;
}

/** What a metric candidate is scored on: its word's distance to the figure, and the word's own weight. */
export type MetricFeature = "distance" | "ruleBonus";

/**
 * Set by hand, not fitted: the nearest metric word wins, a more telling word counting as nearer by
 * its rule's bonus (lexicon.ts). A distance of 1000 or more crosses another figure.
 */
export const METRIC_WEIGHTS: Weights<MetricFeature> = { distance: -1, ruleBonus: 1 };

/** The metric rules a unit class fits, in the lexicon's order: each figure's class picks its rules once. */
const rulesByClass = new Map<UnitClass, MetricRule[]>();

function metricRulesFor(cls: UnitClass): MetricRule[] {
  let rules = rulesByClass.get(cls);
  if (!rules) {
    rules = METRIC_RULES.filter((rule) => rule.units.includes(cls));
    rulesByClass.set(cls, rules);
  }
  return rules;
}

/** "de son activité d'infrastructure", "from its": a chain of complements, no verb among them. */
const COMPLEMENT_CHAIN =
  /^(?:\s*(?:de|du|des|d['’]|of|from)\s*(?:(?:la|le|les|l['’]|son|sa|ses|leurs?|its|the|their)\s*)?[\p{L}-]+)*\s*$/iu;

/**
 * "les revenus de son activité d'infrastructure cloud", "revenue from its cloud business": a
 * generic word inside the complement of a word naming the money measures nothing of its own.
 */
function modifiesAStrongerNoun(
  k: { rule: MetricRule; keyword: Keyword },
  found: readonly { rule: MetricRule; keyword: Keyword }[],
  text: string,
): boolean {
  return (
    k.rule.weak === true &&
    found.some(
      (o) =>
        !o.rule.weak &&
        o.rule.metric !== k.rule.metric &&
        o.keyword.end < k.keyword.start &&
        k.keyword.start - o.keyword.end <= 60 &&
        COMPLEMENT_CHAIN.test(text.slice(o.keyword.end, k.keyword.start)),
    )
  );
}

/** Every metric word of the sentence the figure's unit fits, scored; the best first. */
export function chooseMetric(
  q: QuantityMention,
  unit: string,
  index: SentenceIndex,
  keywordsOf: (rule: MetricRule) => Keyword[],
  text: string,
  budget: WorkBudget,
  figures: readonly QuantityMention[] = [],
): { best: MetricChoice | null; ranked: ScoredOption<MetricChoice, MetricFeature>[] } {
  // A word inside a multiple belongs to it ("37 times its run rate" is a multiple of the run rate).
  const ownedByAnother = (k: Keyword) =>
    figures.some(
      (o) =>
        o !== q &&
        o.unit === "x" &&
        o.span.start <= k.start &&
        k.end <= o.span.end &&
        !overlaps(o.span, q.span),
    );
  const cls = unitClass(unit);
  const size = Math.max(q.low ?? 0, q.high ?? 0);
  const runStart = Math.min(
    coordinatedRunStart(q, figures, text),
    changeSizeBefore(text, q, figures)?.span.start ?? q.span.start,
  );
  const found: { rule: MetricRule; keyword: Keyword; distance: number }[] = [];
  for (const rule of metricRulesFor(cls)) {
    const known = METRIC_KNOWLEDGE[rule.metric];
    if (size > (known.choiceCeiling ?? Number.POSITIVE_INFINITY)) continue;
    if (cls === "currency" && size < (known.choiceFloor ?? 0)) continue;
    const keywords = keywordsOf(rule);
    budget.spend(keywords.length);
    for (const keyword of keywords) {
      if (ownedByAnother(keyword)) continue;
      const d =
        cls === "currency" && (isComplement(keyword, q, text) || isMeasuredNoun(rule, keyword, q, text))
          ? -COMPLEMENT_BONUS
          : cls === "currency" && sizesNounAfter(keyword, q, text)
            ? 0
            : complementOfAnother(keyword, q, figures, text)
              ? CROSSES_FIGURE + distance(keyword, q, index, text, runStart)
              : distance(keyword, q, index, text, runStart);
      // A rate's base ("each gigawatt", "per share") prices the figure beside it: an amount in the
      // next clause past that figure is a total ("each gigawatt costs $45 billion, so the campus is
      // $450 billion"), unlike one coordinated with it ("$50 billion in Texas and $35 billion in Norway").
      if (rule.unit !== undefined && d >= CROSSES_FIGURE && pricedFigureBefore(keyword, q, figures, text))
        continue;
      found.push({ rule, keyword, distance: d });
    }
  }
  // "dépenses d'investissement": a word inside a longer metric word is read as part of it.
  const longest = found.filter(
    (k) =>
      !found.some(
        (o) =>
          o !== k &&
          o.keyword.start <= k.keyword.start &&
          k.keyword.end <= o.keyword.end &&
          o.keyword.end - o.keyword.start > k.keyword.end - k.keyword.start &&
          o.distance >= CROSSES_FIGURE &&
          k.distance < CROSSES_FIGURE,
      ),
  );
  found.splice(0, found.length, ...longest.filter((k) => !modifiesAStrongerNoun(k, longest, text)));
  // "50 milliards d'investissement par gigawatt": a per-unit word in the clause qualifies the complement.
  const complemented = found.some((k) => k.distance === -COMPLEMENT_BONUS);
  const options = found.map(({ rule, keyword, distance: d }): Option<MetricChoice, MetricFeature> => {
    const perUnit = complemented && rule.unit !== undefined && d < PER_UNIT_REACH;
    const features = {
      distance: perUnit ? -COMPLEMENT_BONUS : d,
      ruleBonus: (rule.bonus ?? 0) - (rule.weak && d < CROSSES_FIGURE ? WEAK_WORD_PENALTY : 0),
    };
    return {
      value: {
        metric: rule.metric,
        at: keyword,
        unit: rule.unit && cls === "currency" ? rule.unit : unit,
        score: features.distance - features.ruleBonus,
        weak: rule.weak === true,
      },
      label: `${rule.metric} "${text.slice(keyword.start, keyword.end)}"`,
      features,
    };
  });
  const ranked = rankOptions(options, METRIC_WEIGHTS);
  return { best: ranked[0]?.value ?? null, ranked };
}

/** The metric word that measures a figure: the nearest cue, else a demonstrative, a colon's lead or a table's label. */
function metricWordChoice(
  r: DocumentReading,
  s: SentenceReading,
  q: QuantityMention,
  unit: UnitReading["unit"],
  rules: string[],
): MetricChoice | null {
  const { text, context } = r;
  const { sentence, demonstrative, metricKeywords, index } = s;
  const chosen = chooseMetric(q, unit, index, metricKeywords, text, context.budget, s.figures);
  let metricChoice = chosen.best;
  if (chosen.ranked.length > 0) rules.push(describeCandidates("metric", chosen.ranked, METRIC_WEIGHTS));
  if (metricChoice?.weak && demonstrative) {
    const named = demonstrativeMetric(demonstrative[0], unit);
    if (named && named !== metricChoice.metric) {
      rules.push(`metric: "${demonstrative[0]}" names the deal → ${named}`);
      metricChoice = { ...metricChoice, metric: named, weak: false };
    }
  }
  // The label a sentence opens on before a colon, found once for both readings of a generic word.
  const label = metricChoice?.weak ? itemLabel(text, sentence.start, q) : null;
  if (metricChoice?.weak && label && isInItemLabel(text, label, metricChoice.at)) {
    rules.push(`metric: "${text.slice(metricChoice.at.start, metricChoice.at.end)}" labels the item`);
    metricChoice = { ...metricChoice, score: 0, weak: false };
  }
  // "Revenue breakdown: Gaming, $1.65B; Data Center, $1.75B": a short lead ending in a colon names
  // what each item after it measures, over a generic word in the item.
  const colonLead = metricChoice?.weak && label ? metricOfListLead(label, unit, text) : null;
  if (colonLead) {
    metricChoice = { metric: colonLead.metric, at: colonLead.at, unit, score: 0, weak: false };
    rules.push(
      `metric: "${text.slice(colonLead.at.start, colonLead.at.end)}" before the colon names the items after it`,
    );
  }
  const fromTable = investorTableMetric(r, q, unit, metricChoice) ?? tableMetric(r, q, unit, metricChoice);
  if (fromTable) {
    metricChoice = { metric: fromTable.metric, at: fromTable.at, unit, score: 0, weak: false };
    rules.push(`metric: the table's ${fromTable.where} names it`);
  }
  if (metricChoice && unitClass(unit) === "currency" && isRevenueOverReportingPeriod(text, q, metricChoice)) {
    rules.push(
      `metric: money over a reporting period, named only by "${text.slice(metricChoice.at.start, metricChoice.at.end)}" → revenue`,
    );
    metricChoice = { ...metricChoice, metric: "revenue", weak: false };
  }
  if (metricChoice?.metric === "revenue_run_rate" && isYearlyRevenue(text, metricChoice.at, sentence)) {
    rules.push(
      `metric: "${text.slice(metricChoice.at.start, metricChoice.at.end)}" dated to no point in time is a year's revenue → revenue`,
    );
    metricChoice = { ...metricChoice, metric: "revenue" };
  }
  if (
    metricChoice?.metric === "revenue" &&
    unitClass(unit) === "currency" &&
    isRevenueReachedAtPoint(text, q, sentence)
  ) {
    rules.push("metric: revenue reached at a point in time → revenue_run_rate");
    metricChoice = { ...metricChoice, metric: "revenue_run_rate" };
  }
  if (metricChoice && isRoundBeforeItsValuation(text, q, metricChoice)) {
    rules.push("metric: the amount raised, before the valuation it was raised at → funding_round");
    metricChoice = { ...metricChoice, metric: "funding_round", score: 0, weak: false };
  }
  if (metricChoice && isRoundAtValuation(text, q, metricChoice)) {
    rules.push('metric: "at" after the round names the value it was raised at → valuation');
    metricChoice = { ...metricChoice, metric: "valuation", score: 0, weak: false };
  }
  return metricChoice;
}

/**
 * What lies between a figure and the valuation word of the next one when the figure is the money
 * raised at that valuation: "$6 billion at a $24 billion valuation", "$6 billion at a valuation of",
 * "6 milliards, pour une valorisation de", "6 milliards sur la base d'une valorisation de".
 */
const RAISED_AT_VALUATION =
  /^\s*,?\s*(?:at|on|with|for|pour|avec|à|sur\s+(?:la\s+)?base\s+d['’]\s*)\s*(?:an?|une)\s+(?:[$€£]?\s?\d[\d.,\s]*(?:trillion|billion|million|bn|milliards?|millions?)?\s+(?:(?:de\s+|d['’]\s*)?(?:dollars|euros)\s+)?)?(?:(?:post|pre)-money\s+)?$/iu;

/** "valuation of $24 billion", "valorisation de 24 milliards": the valuation word's own figure. */
const VALUATION_FIGURE_AFTER = /^\s+(?:of\s+|de\s+|d['’]\s*)(?:about\s+|around\s+|environ\s+)?[$€£]?\s?\d/iu;

/**
 * A bare amount opening its sentence's figures, its currency left out, whose only metric word lies past
 * another figure: it goes on with the previous sentence's figure of its paragraph ("elle était valorisée
 * 6 milliards. Six mois plus tard, elle atteignait les 12 milliards, après une levée de fonds de 2
 * milliards", "it was valued at $6bn. Six months later it reached 12 billion, after a $2bn round").
 */
function seriesContinued(
  s: SentenceReading,
  q: QuantityMention,
  choice: MetricChoice | null,
): Candidate | undefined {
  const before = s.previousSentenceClaim;
  if (!before || !q.currencyElided || q.unit !== null) return undefined;
  if (!choice || choice.score < CROSSES_FIGURE) return undefined;
  return before.sentence.paragraph === s.sentence.paragraph ? before : undefined;
}

/** A metric word that carries its own preposition ("en dette", "in debt"): right after a figure, its complement. */
const WORD_WITH_ITS_PREPOSITION = /^(?:de|d['’]|of|in|en)[\s'’]/iu;

/** The metric word right after the figure is its complement: "1 milliard de dette", "12 milliards en dette". */
function isOwnComplement(text: string, q: QuantityMention, at: Span): boolean {
  const gap = text.slice(q.span.end, at.start);
  return (
    OWN_MEASURE.test(gap) ||
    (/^\s*$/u.test(gap) && WORD_WITH_ITS_PREPOSITION.test(text.slice(at.start, at.end)))
  );
}

/** Between a figure and the noun it measures: "20 milliards de chiffre d'affaires", "$2 billion in annual revenue". */
const MEASURED_NOUN_GAP = /^\s*(?:de\s+|d['’]\s*|of\s+|in\s+)$/iu;

/**
 * Whether the figure names its own metric right after it, another than the previous figure's: "100
 * millions de revenus mensuels et vise 2 milliards de chiffre d'affaires annuel", "$90 million of monthly
 * revenue and $2 billion in annual revenue". A unit elided after "et", "and" takes back no metric then.
 */
function metricNamedAfter(text: string, q: QuantityMention, choice: MetricChoice, previous: Metric): boolean {
  return (
    choice.metric !== previous &&
    choice.score < 1000 &&
    choice.at.start >= q.span.end &&
    (MEASURED_NOUN_GAP.test(text.slice(q.span.end, choice.at.start)) || isOwnComplement(text, q, choice.at))
  );
}

/** Whether the figure's only metric word is the valuation of the figure after it, at which it was raised. */
function isRoundBeforeItsValuation(text: string, q: QuantityMention, choice: MetricChoice): boolean {
  if (choice.metric !== "valuation" || choice.at.start < q.span.end) return false;
  const between = text.slice(q.span.end, choice.at.start);
  if (!RAISED_AT_VALUATION.test(between)) return false;
  return /\d/u.test(between) || VALUATION_FIGURE_AFTER.test(text.slice(choice.at.end, choice.at.end + 20));
}

/** The metric a figure takes from the figure before it, the unit it keeps, and why. */
interface CarriedMetric {
  metric: Metric;
  metricAt: Span | null;
  unit: string;
  rule: string;
}

/**
 * Carry-over stage: a part ("dont", "of which") takes its total's metric; a figure whose metric is
 * elided, restated in another currency or compared, or whose nearest metric word lies past another
 * figure, takes the previous figure's (or that of the series it continues from the sentence
 * before), unless a noun right after it names a metric of its own. Null when nothing carries.
 */
function carriedMetric(
  r: DocumentReading,
  s: SentenceReading,
  q: QuantityMention,
  u: UnitReading,
  unit: string,
  metricChoice: MetricChoice | null,
): CarriedMetric | null {
  const { text } = r;
  const { previous } = u;
  const leadIn = leadInPastDate(s, text, previous?.q.span.end ?? s.sentence.start, q.span.start);
  const conversion = isConversion(previous, unit, leadIn);
  const elided =
    conversion ||
    (previous && !q.unit && mayMatch(COMPARISON_LEAD, leadIn) && COMPARISON_LEAD.test(leadIn)) ||
    (previous && COMPARED_WITH.test(leadIn)) ||
    (previous && continuesNamedList(text, s, previous.q, q));
  // A metric word before the base of a change that reaches it without crossing a figure is its own.
  const ownWordBefore =
    metricChoice !== null && metricChoice.at.start < q.span.start && metricChoice.score < CROSSES_FIGURE;
  const base = ownWordBefore ? undefined : changeBase(text, s, q, unit, previous);
  const carryFrom = base ?? previous ?? seriesContinued(s, q, metricChoice);
  const total = partOfTotal(r, s, q, unit, metricChoice?.at ?? null);
  if (total?.metric) {
    const rule = `metric: a part ("dont", "of which") of the amount before it → ${total.metric}`;
    return { metric: total.metric, metricAt: total.metricAt, unit, rule };
  }
  if (
    !carryFrom?.metric ||
    unitClass(carryFrom.unit) !== unitClass(unit) ||
    !(
      base ||
      elided ||
      !metricChoice ||
      metricChoice.score >= 1000 ||
      farWeakWordAfter(q, metricChoice, carryFrom, s)
    ) ||
    (!conversion && metricChoice && metricNamedAfter(text, q, metricChoice, carryFrom.metric))
  )
    return null;
  const { metric } = carryFrom;
  return {
    metric,
    metricAt: carryFrom.metricAt,
    // An elided unit was restored past a conversion in parentheses (unit stage): keep it.
    unit: !conversion && !q.unit && !u.elided ? carryFrom.unit : unit,
    rule: conversion
      ? `metric: the previous figure in another currency → ${metric}`
      : base
        ? `metric: the amount a percentage change starts from measures what the change does → ${metric}`
        : `metric: elided, carried from the previous figure → ${metric}`,
  };
}

/**
 * Metric stage: the metric word nearest the figure (chooseMetric), a demonstrative naming the deal,
 * or the previous figure's metric when this one elides it; null when the figure is set aside.
 */
export function readMetric(
  r: DocumentReading,
  s: SentenceReading,
  q: QuantityMention,
  u: UnitReading,
): FigureReading | null {
  const { text, context } = r;
  const { body } = s;
  const { rules } = u;
  let unit = u.unit;
  let metricChoice = metricWordChoice(r, s, q, unit, rules);
  let metric: Metric | null = metricChoice?.metric ?? null;
  let metricAt: Span | null = metricChoice
    ? { start: metricChoice.at.start, end: metricChoice.at.end }
    : null;
  if (metricChoice) {
    unit = metricChoice.unit;
    rules.push(
      `metric: "${text.slice(metricChoice.at.start, metricChoice.at.end)}" → ${metricChoice.metric}`,
    );
  }
  let carried = false;
  const carry = carriedMetric(r, s, q, u, unit, metricChoice);
  if (carry) {
    ({ metric, metricAt, unit } = carry);
    metricChoice = null;
    carried = true;
    rules.push(carry.rule);
  }
  // A weak word far from the figure ("centres de données" at the end of a table row) says less than
  // the list's lead or the section's heading.
  const farWeak = metricChoice?.weak === true && metricChoice.score >= FAR_WEAK_WORD;
  // A list item's only metric word measuring another figure of the item says less than the list's lead.
  const crossedInItem = s.listLead !== null && !carried && (metricChoice?.score ?? 0) >= CROSSES_FIGURE;
  if (metric === null || farWeak || crossedInItem) {
    const around = metricAround(text, s, unit, rules);
    if (around) {
      ({ metric, at: metricAt } = around);
      carried = true;
    }
  }
  const implicit = metric === null ? implicitMetric(r, s, q, unit) : null;
  if (implicit) {
    metric = implicit.metric;
    metricAt = implicit.at;
    carried = true;
    rules.push(`metric: ${implicit.rule} → ${metric}`);
  }
  const parallel = metric === null ? parallelMetric(r, s, q, unit) : null;
  if (parallel) {
    metric = parallel.metric;
    metricAt = parallel.at;
    carried = true;
    rules.push(`metric: ${parallel.company} restates the previous sentence's figure → ${metric}`);
  }
  const reached = metric === null ? amountAGrowthReaches(r, s, q, unit) : null;
  if (reached) {
    ({ metric, at: metricAt } = reached);
    carried = true;
    rules.push(`metric: the amount a growth rate reaches is the level of what grew → ${metric}`);
  }
  if (metric === null && unit === "GPUs") {
    // The chip word may be a product's name ("TPU"), which is no metric word: the unit still says what is counted.
    metric = "gpu_count";
    carried = true;
    rules.push("metric: a count of chips → gpu_count");
  }
  ({ metric, unit } = refineByMetric(metric, unit, s.body, rules, q));
  if (isTolerance(text, q)) return null;
  const unmeasured =
    (unitClass(unit) === "x" && metric !== "expense_to_revenue" && metric !== "valuation_multiple") ||
    (unit === "fraction" && metric === null);
  if (unmeasured) {
    issue(context, "unknown_metric", extractMessages.unknown_metric(u.figure), q.span);
    return null;
  }
  if (metric === null && mayMatch(MARKET_DATA, body) && MARKET_DATA.test(body)) return null;
  const counterparty = implicit?.counterparty ?? null;
  return figureReading(s, q, u, { metric, metricAt, unit, rules, counterparty }, !metricChoice && !carried);
}

/**
 * The words from the previous figure to this one, past a date written right after the previous
 * figure: "30 milliards en 2026, contre 14,9 milliards", "$40 billion in the spring, or about €37
 * billion" relate the two figures as if the date were not there.
 */
function leadInPastDate(s: SentenceReading, text: string, from: number, to: number): string {
  const date = s.times.find((t) => t.start >= from && t.end <= to && text.slice(from, t.start).trim() === "");
  return text.slice(date?.end ?? from, to);
}

/**
 * "to $70 billion from $66 billion", "3 milliards, contre 2,1 milliards", "$35 million, a sharp increase
 * from $13 million": a figure written right
 * after another, as what it is compared with, measures the same thing even with its unit repeated.
 */
const COMPARED_WITH =
  /^\s*,?\s*(?:(?:an?\s+(?:[\p{L}-]+\s+){0,2})?(?:increase|rise|jump|gain|climb|decline|drop|fall)\s+from|up\s+from|down\s+from|from|contre|compared\s+(?:with|to)|against|versus|vs\.?|par\s+rapport\s+(?:à|aux?))\s+(?:(?:les|des|the|an?|un|une)\s+)?(?:(?:estimated|expected|prévus?|attendus?)\s+)?$/iu;

/** How far (in characters, after the figure counting half again) a weak metric word stops naming the figure. */
const FAR_WEAK_WORD = 150;

/**
 * "Pellworth has put $6 billion into Orvane Labs and Cambry Capital has added $2.5 billion, which
 * helps its cloud ambitions", « Kestrel a investi 400 millions, et Harbor 150 millions, qui financeront des centres de
 * données »: a generic word ("cloud", "data centres", "deal") past the figure and past a clause break
 * says less than the metric of the figure before it in the same sentence, which the clause restates.
 */
function farWeakWordAfter(
  q: QuantityMention,
  choice: MetricChoice,
  carryFrom: Candidate,
  s: SentenceReading,
): boolean {
  return (
    choice.weak &&
    choice.at.start >= q.span.end &&
    choice.score >= FAR_WEAK_WORD &&
    carryFrom.sentenceIndex === s.sentenceIndex
  );
}

/**
 * "dont", "of which", "including" right before a figure, or the instalments it is paid in ("paid in
 * stages – $350m on closing", "versé en deux fois : 350 millions à la signature"): a part of the amount
 * just given.
 */
export const PART_LEAD = new RegExp(
  String.raw`(?:\bdont|\bincluding|\bof\s+which|(?:paid|payable|released|pa(?:yé|yée|yés|yées)|vers(?:é|ée|és|ées)|réglée?s?)\s+(?:in|en)\s+(?:\p{L}+\s+)?(?:stages|instal?ments|tranches|parts|fois|versements|étapes)\s*[–—:-])\s*${optionalHedge(["approx", "at_least"])}[$€]?\s*$`,
  "iu",
);
/** A metric word right after the figure as its complement ("1 milliard de dette"): the part's own measure. */
const OWN_MEASURE = /^\s*(?:de|d['’]|of|in)\s*$/iu;

/**
 * "3,1 milliards de revenus (+48 %), dont 2 milliards pour le cloud": the part of a
 * total is measured as the total, the last amount of the sentence in the same kind of unit, unless
 * a metric word is its own complement or a company is named between them.
 */
function partOfTotal(
  r: DocumentReading,
  s: SentenceReading,
  q: QuantityMention,
  unit: string,
  metricAt: Span | null,
): Candidate | undefined {
  const { text } = r;
  if (!testInSentence(PART_LEAD, s, text, Math.max(s.sentence.start, q.span.start - 30), q.span.start))
    return undefined;
  if (metricAt && metricAt.start >= q.span.end && isOwnComplement(text, q, metricAt)) return undefined;
  const sameKind = (c: Candidate) => unitClass(c.unit) === unitClass(unit);
  const last = s.sentenceClaims.findLast(sameKind);
  const total =
    s.sentenceClaims.findLast((c) => c.metric && sameKind(c)) ?? (last && restatedAntecedent(r, last));
  // "8 milliards sur les 12 milliards levés par X, dont …": a company named in between may own another total.
  if (!total || s.parties.some((p) => p.start >= total.q.span.end && p.end <= q.span.start)) return undefined;
  return total;
}

/** The metric the list the figure is an item of, or the section it lies in, names for its unit. */
function metricAround(
  text: string,
  s: SentenceReading,
  unit: string,
  rules: string[],
): { metric: Metric; at: Span } | null {
  const lead = s.listLead ? metricOfListLead(s.listLead, unit, text) : null;
  if (lead) {
    rules.push(`metric: "${text.slice(lead.at.start, lead.at.end)}" opens the list → ${lead.metric}`);
    return lead;
  }
  const heading = sectionHeading(text, s.sentence.start);
  const named = heading ? metricOfListLead(heading, unit, text) : null;
  if (named)
    rules.push(
      `metric: the section's heading "${text.slice(named.at.start, named.at.end)}" names it → ${named.metric}`,
    );
  return named;
}

/** What the metric says of the unit: cash burnt a month is in the currency, a price beside shares a share's. */
function refineByMetric(
  metric: Metric | null,
  unit: string,
  body: string,
  rules: string[],
  q: QuantityMention,
): { metric: Metric | null; unit: string } {
  if ((metric === "cash_burn" || metric === "compute_commitment") && unit.endsWith("_per_month")) {
    // "brûlerait 1 milliard de dollars par mois", "will pay Oracle $1 billion a month": the amount
    // burnt or paid each month, in the currency.
    const perMonth = unit.slice(0, unit.indexOf("_per_"));
    rules.push(`unit: ${metric === "cash_burn" ? "cash burnt" : "paid"} each month → ${perMonth} a month`);
    return { metric, unit: perMonth };
  }
  if (metric === "unit_price" && hasMatch(SHARE_TERMS, body) && !hasMatch(MARKET_QUOTE, body)) {
    rules.push("metric: a price in a sentence about shares is a deal's share price → share_price");
    return { metric: "share_price", unit: "USD_per_share" };
  }
  if (metric === null && isUnnamedSharePrice(unit, body, q)) {
    rules.push("metric: an amount no word names, a share's price in a sentence about shares → share_price");
    return { metric: "share_price", unit: "USD_per_share" };
  }
  return { metric, unit };
}

/** The figure's reading once its unit and metric are known: a candidate claim for the later stages. */
function figureReading(
  s: SentenceReading,
  q: QuantityMention,
  u: UnitReading,
  read: {
    metric: Metric | null;
    metricAt: Span | null;
    unit: string;
    rules: string[];
    counterparty: string | null;
  },
  unsure: boolean,
): FigureReading {
  const { previous } = u;
  const { sentence, sentenceIndex } = s;
  const { metric, metricAt, unit, rules, counterparty } = read;
  const candidate: Candidate = {
    q,
    sentence,
    sentenceIndex,
    unit,
    metric,
    metricAt,
    entity: null,
    entityAt: null,
    counterparty,
    counterpartyAt: null,
    period: null,
    periodExplicit: false,
    timeAt: null,
    qualifier: "reported",
    attribution: null,
    item: null,
    vague: q.vague,
    confidence: 0.9,
    rules,
    headline: sentence.headline || sentence.heading,
    valueDivisor: u.valueDivisor,
  };
  if (unsure) candidate.confidence -= 0.2;
  return {
    q,
    rules,
    figure: u.figure,
    previous,
    candidate,
    unitElided: u.elided,
    clauseStart: sentence.start,
    clauseEnd: sentence.end,
    inClause: [],
    entityParty: null,
    entityGroup: [],
    how: "",
    entityBy: null,
    inherited: false,
  };
}

/** Shares, stock and warrants: a price beside them is a share's. */
const SHARE_TERMS = /\b(?:actions?|shares?|stock|warrants?|bons\s+de\s+souscription)\b/iu;

/**
 * A currency amount no metric word names, small enough to be the price of one share, in a sentence
 * about shares that quotes no market move: "acquise si notre action atteint 600 dollars", "buys
 * class A shares at $87.20 each".
 */
function isUnnamedSharePrice(unit: string, body: string, q: QuantityMention): boolean {
  const value = q.high ?? q.low;
  const ceiling = METRIC_KNOWLEDGE.share_price.choiceCeiling ?? 0;
  return (
    isCurrencyCode(unit) &&
    value !== null &&
    value <= ceiling &&
    hasMatch(SHARE_TERMS, body) &&
    !hasMatch(MARKET_QUOTE, body) &&
    !(mayMatch(MARKET_DATA, body) && MARKET_DATA.test(body))
  );
}

/** A market quote ("sur la base d'un cours de 203 dollars", "shares closed at"): never a deal term. */
const MARKET_QUOTE = /\b(?:cours|closed|traded|trading|clôtur\p{L}*)\b/iu;

/** How far back a section heading is looked for: a few paragraphs. */
const HEADING_REACH = 2500;

/** A line that closes no sentence: a heading, when it stands alone between blank lines. */
const OPEN_LINE = /[^.!?…:;»"”)\]]\s*$/u;

/** A figure in the line: a heading that carries one is a headline, not a section's name. */
const LINE_FIGURE = /\d\s*(?:%|milliards?|millions?|billions?|bn\b|tn\b|trillions?)|[$€£]\s?\d/iu;

/**
 * Whether the line from `start` to `end` (its newline) reads as a heading: short, with no final
 * punctuation and no figure, a blank line after it.
 */
export function isHeadingLine(text: string, start: number, end: number): boolean {
  const line = text.slice(start, end);
  return (
    text[end + 1] === "\n" &&
    line.trim() !== "" &&
    line.length <= 90 &&
    OPEN_LINE.test(line) &&
    !LINE_FIGURE.test(line)
  );
}

/**
 * The heading of the section `at` lies in ("Revenue, year by year", "## Le revenu annualisé"): the
 * nearest earlier line standing alone between blank lines, short, with no final punctuation and no
 * figure; null past the document's first line (its headline) or HEADING_REACH.
 */
export function sectionHeading(text: string, at: number): Span | null {
  const from = Math.max(0, at - HEADING_REACH);
  let end = text.lastIndexOf("\n", at - 1);
  while (end > from) {
    const start = text.lastIndexOf("\n", end - 1) + 1;
    if (start === 0) return null;
    if (text[start - 2] === "\n" && isHeadingLine(text, start, end)) return { start, end };
    end = start - 1;
  }
  return null;
}

/**
 * "11,7 milliards d'euros (près de 13,7 milliards de dollars)", "11,7 milliards d'euros après
 * l'augmentation de capital (13,7 milliards de dollars)": the same amount in another currency, in
 * parentheses right after it or after a few words that name no other figure.
 */
const CONVERSION_LEAD = new RegExp(
  String.raw`^\s*(?:[(,–—-]|[^\d,.;:()[\]$€£]{1,40}\()\s*(?:soit\s+|or\s+|i\.e\.\s+)?${hedgeWords(["approx"])}?\s*$`,
  "iu",
);

/** Whether the second of two amounts written one after the other restates the first in another currency. */
function restatesInAnotherCurrency(first: string, second: string, between: string): boolean {
  return first !== second && isCurrencyCode(first) && isCurrencyCode(second) && CONVERSION_LEAD.test(between);
}

/** The figure right after `q` when it restates `q` in another currency ("$600 billion (€515 billion)"), else null. */
export function conversionAfter(
  q: QuantityMention,
  sentenceQs: QuantityMention[],
  text: string,
): QuantityMention | null {
  const next = sentenceQs.find((other) => other.span.start >= q.span.end);
  if (!next?.unit || !q.unit) return null;
  return restatesInAnotherCurrency(q.unit, next.unit, text.slice(q.span.end, next.span.start)) ? next : null;
}

/** A figure that restates the previous one in another currency: it measures the same thing. */
export function isConversion(previous: Candidate | undefined, unit: string, leadIn: string): boolean {
  return previous !== undefined && restatesInAnotherCurrency(previous.unit, unit, leadIn);
}

/**
 * A figure in a table cell with no metric word of its own in the cell: its column's header says what
 * it measures ("| Company | 2025 capex plan |"), else the paragraph that introduces the table.
 */
function tableMetric(
  r: DocumentReading,
  q: QuantityMention,
  unit: string,
  chosen: MetricChoice | null,
): { metric: Metric; at: Keyword; where: string } | null {
  if (r.tables.length === 0) return null;
  const place = tablePlaceAt(r.tables, q.span.start);
  if (!place) return null;
  const cell = place.row.cells[place.column]!;
  if (chosen && !chosen.weak && chosen.at.start >= cell.start && chosen.at.end <= cell.end) return null;
  const header = place.header
    ? (metricOfListLead(place.header, unit, r.text) ?? abbreviatedHeaderMetric(place.header, unit, r.text))
    : null;
  const lead = place.table.lead ? metricOfListLead(place.table.lead, unit, r.text) : null;
  // The header speaks for its column unless the introduction's word is the more telling one; an
  // introduction naming the header's measure among others ("capex and revenue (in $bn)") defers to it.
  if (
    header &&
    (!lead || header.bonus >= lead.bonus || namesMetric(place.table.lead!, header.metric, unit, r.text))
  )
    return { ...header, where: "column header" };
  // "| Chiffre d'affaires | 1 Md$ | 5 Md$ |": a row named after a measure says more than the introduction.
  if (chosen && !chosen.weak && chosen.at.start >= place.label.start && chosen.at.end <= place.label.end)
    return null;
  if (lead) return { ...lead, where: "introduction" };
  // "| Capex (in $bn) | 2024 | 2025 |": the corner over the labels names what the table measures.
  const corner = place.table.header.cells[0];
  const cornerMetric = corner ? metricOfListLead(corner, unit, r.text) : null;
  return cornerMetric ? { ...cornerMetric, where: "table's corner" } : null;
}

/** The short label a sentence opens on before a colon ("Cloud deals:"), when it stands before the figure. */
function itemLabel(text: string, sentenceStart: number, q: QuantityMention): Span | null {
  const colon = text.slice(sentenceStart, Math.min(q.span.start, sentenceStart + 60)).indexOf(":");
  if (colon < 0) return null;
  const lead = text.slice(sentenceStart, sentenceStart + colon);
  if (lead.trim().split(/\s+/u).length > 6) return null;
  return { start: sentenceStart, end: sentenceStart + colon };
}

/**
 * "Chip deals: $4B with Norrel, $2B with Vantis": a generic word ("deals", « accords ») in the item's own
 * label names what its figures measure, however far the label stands from each of them.
 */
function isInItemLabel(text: string, label: Span, at: Span): boolean {
  return at.start >= label.start && at.end <= label.end && DEAL_NOUN.test(text.slice(at.start, at.end));
}

/** A deal's noun alone: a business's name in a label ("Microsoft Cloud:") is no deal. */
const DEAL_NOUN = new RegExp(`^(?:${DEAL_NOUNS.en}|${DEAL_NOUNS.fr})$`, "iu");

/** Whether a stretch of text holds a word of `metric` for the unit. */
function namesMetric(span: Span, metric: Metric, unit: string, text: string): boolean {
  const cls = unitClass(unit);
  return METRIC_RULES.some(
    (rule) =>
      rule.metric === metric &&
      rule.units.includes(cls) &&
      !rule.weak &&
      keywordsIn(rule.pattern, text, span.start, span.end).length > 0,
  );
}

/** The metric the list's opening sentence names for the unit: its most telling metric word, else its first. */
export function metricOfListLead(
  lead: Span,
  unit: string,
  text: string,
): { metric: Metric; at: Span; bonus: number } | null {
  const cls = unitClass(unit);
  let best: { metric: Metric; at: Span; bonus: number } | null = null;
  for (const rule of METRIC_RULES) {
    if (!rule.units.includes(cls) || rule.weak) continue;
    const bonus = rule.bonus ?? 0;
    // The more telling word ("hebdomadaires" over "utilisateurs"), then the first.
    for (const k of keywordsIn(rule.pattern, text, lead.start, lead.end))
      if (!best || bonus > best.bonus || (bonus === best.bonus && k.start < best.at.start))
        best = { metric: rule.metric, at: { start: k.start, end: k.end }, bonus };
  }
  return best;
}
