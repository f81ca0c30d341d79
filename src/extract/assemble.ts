import {
  type Claim,
  FLOW_METRICS,
  type Issue,
  isCurrencyCode,
  type Language,
  type Metric,
  type Period,
  QUALIFIERS,
  type Qualifier,
  type Span,
} from "../core/index.js";
import { WorkBudget } from "./budget.js";
import { type BreakIndex, clauseBreaks, SpanIndex, SubclauseStarts, subclauseBreaks } from "./clauses.js";
import type { Gazetteer, NameMention } from "./gazetteer.js";
import { findNames } from "./gazetteer.js";
import {
  ANAPHORA,
  ATTRIBUTION_LEAD,
  CLASS_OF_COMPANIES,
  COMPARISON_LEAD,
  COMPLEMENT_BEFORE,
  CONDITIONAL_ENDING,
  COUNTED_NOUN,
  COUNTERPARTY_LEAD,
  DEAL_DEMONSTRATIVE,
  HEARSAY_CONDITIONAL,
  IMPERSONAL_EXPECTATION,
  ITEM_RULES,
  ITEM_TRANSLATIONS,
  MARKET_DATA,
  METRIC_RULES,
  type MetricRule,
  PRICED_ITEM,
  QUALIFIER_RULES,
  SAME_PERIOD,
  SPEECH_VERB,
  UNNAMED_SOURCES,
  type UnitClass,
} from "./lexicon.js";
import { extractMessages } from "./messages.js";
import { implausibility, METRIC_KNOWLEDGE, metricIs } from "./metrics.js";
import type { QuantityMention } from "./numbers/types.js";
import { mayMatch, withFlags } from "./patterns.js";
import { findTimeMentions, periodFor, publicationAsOf, type TimeMention } from "./periods.js";
import { type Sentence, splitSentences } from "./sentences.js";
import { boundSentences, MAX_SENTENCE_CHARACTERS, MAX_SENTENCE_FIGURES } from "./windows.js";

export interface AssemblyInput {
  text: string;
  language: Language;
  published: string | null;
  document: string;
}

/** A name, anaphora or pronoun that can stand for a company in one sentence. */
interface Party extends NameMention {
  via: "name" | "anaphora" | "adhoc";
}

interface Candidate {
  q: QuantityMention;
  sentence: Sentence;
  sentenceIndex: number;
  unit: string;
  metric: Metric | null;
  metricAt: Span | null;
  entity: string | null;
  entityAt: Span | null;
  counterparty: string | null;
  counterpartyAt: Span | null;
  period: Period | null;
  periodExplicit: boolean;
  timeAt: Span | null;
  qualifier: Qualifier;
  attribution: string | null;
  item: string | null;
  vague: boolean;
  confidence: number;
  rules: string[];
  headline: boolean;
  /** What the recognized value is divided by: 10^6 when "trillion" is read as the calque. */
  valueDivisor: number;
}

/** A relative clause right after a name: ", which", ", qui", ", lequel". */
const RELATIVE_PRONOUN = /^\s*,\s*(which|who|that|qui|lequel|laquelle|lesquels|dont)\b/iu;

/** Words that make a committed amount a purchase of compute rather than money put into a company. */
const COMPUTE_NOUN =
  /\b(?:cloud|contrats?|contracts?|puces|chips|GPUs?|processeurs|processors|capacit\p{L}*|data\s*cent(?:er|re)s?|centres?\s+de\s+données|compute|computing|calcul|infrastructure|gigawatts?|serveurs|servers)\b/iu;

/** Words before a date that make it an event's date on its own ("pas avant février 2027"), not the figure's. */
const EVENT_DATE_LEAD =
  /\b(?:avant|before|au\s+plus\s+tôt|at\s+the\s+earliest|until|jusqu['’]en)\s+(?:\p{L}+\s+)?$/iu;

/** "or more", "ou plus": a hedge written after the figure. */
const TRAILING_AT_LEAST = /^\s*(?:or\s+more|or\s+higher|and\s+up|ou\s+plus|voire\s+plus|au\s+moins)\b/iu;

/** What may stand between a name and its figure when the verb is left out ("and Nvidia up to $10 billion"). */
const GAPPED_FIGURE =
  /^\s*,?\s*(?:(?:up\s+to|about|around|nearly|some|more\s+than|over|jusqu['’]à|environ|près\s+de|plus\s+de|pour)\s*)?$/iu;

/** Words after a name that make it a speaker or an owner rather than the subject of the figure. */
const NOT_THE_SUBJECT_AFTER =
  /^\s+(?:has\s+|had\s+|have\s+)?(?:said|says|told|announced|stated|reported|expects|a\s+(?:déclaré|indiqué|affirmé|annoncé|précisé)|affirme|indique|déclare|estime)(?![\p{L}\p{N}_])|^['’]s\s+(?:rival|competitor|partner|investor|backer|customer|supplier|largest|biggest|main)\b/iu;

/** "AMD issued OpenAI a warrant", "a accordé à OpenAI des bons": issuer, verb, holder. */
const WARRANT_GRANT =
  /^\s+(?:has\s+|have\s+)?(?:issued|granted|gave|given|awarded|offered|a\s+(?:accordé|octroyé|émis|attribué|consenti)|accorde|octroie|émet|attribue)\s+(?:(?:à|to)\s+)?$/iu;

const WARRANT_WORD = /warrants?|bons?\s+de\s+souscription/iu;

/** The issuer and holder of the warrant a sentence grants ("AMD granted OpenAI a warrant"), if any. */
function warrantGrantIn(
  sentence: Sentence,
  text: string,
  parties: Party[],
): { issuer: string; holder: string } | null {
  if (!WARRANT_WORD.test(sentence.text)) return null;
  for (let i = 0; i + 1 < parties.length; i++) {
    const issuer = parties[i]!;
    const holder = parties[i + 1]!;
    if (issuer.canonical === holder.canonical || holder.kind === "person") continue;
    if (WARRANT_GRANT.test(text.slice(issuer.end, holder.start)))
      return { issuer: issuer.canonical, holder: holder.canonical };
  }
  return null;
}

/** Analysts and brokers: their forecasts are estimates, not the company's targets. */
const ANALYSTS = /\banalyst\p{L}*|\banalystes?\b|\bconsensus\b|\bbrokerage\b|\bcourtiers?\b/iu;

/** "selon les analystes de Morgan Stanley", "according to analysts": the whole sentence is theirs. */
const ANALYSTS_CREDITED =
  /(?:selon|d['’]après|according\s+to|estiment|estimate|expect)\s+(?:les\s+|des\s+|the\s+|some\s+)?(?:analystes|analysts)/iu;

/** "SoftBank led a round": the subject is the lead investor, not the company raising. */
const ROUND_LEADER = /^\s+(?:has\s+|had\s+)?(?:led|co-led|leads|a\s+mené|mène|a\s+piloté|pilote)\b/iu;

const VALUED_PRONOUN =
  /(?:valu(?:ed|es|e|ing)\s+(?:it|them)\s+at|l['’]a\s+valoris\p{L}*\s+à)\s+(?:\p{L}+\s+)?$/iu;

const VALUED_VERB = /(?:valu(?:ed|es|e|ing)|valoris(?:e|ent|ant|ait|ée?|és))\s+$/iu;

const PASSIVE_LINK =
  /^\s+(?:was|were|has\s+been|have\s+been|had\s+been|a\s+été|ont\s+été|avait\s+été|avaient\s+été)\s+$/iu;

const FUNDING_WORD =
  /\braised?\b|\braising\b|lev(?:ée|é|er)(?!\p{L})|tour\s+de\s+table|funding\s+round|\bround\b/iu;

const REVENUE_WORD = /revenu|chiffre\s+d|ventes|recettes|revenue|sales|turnover|\bCA\b/giu;
const CAPEX_WORD =
  /capex|capital\s+expenditure|capital\s+spending|dépenses\s+d['’](?:investissement|équipement)|investissements|outlays/giu;

/** "le programme", "the project": the programme last named (Stargate). */
const PROGRAMME_ANAPHORA =
  /\b(?:le\s+programme|le\s+projet|the\s+programme|the\s+program|the\s+project|the\s+initiative)(?![\p{L}])/giu;

/** A scale word or letter; "4.5B" is found by its last digit, so that a run of digits is read once. */
const SCALE_WORD =
  /mill|milliard|billion|trillion|\bmn\b|\bMds?\b|\bmds\b|\bbn\b|\btn\b|\b[MBTK]\b|\bk\b|mille|\d[.,]?\s*[MBTK]\b/iu;

function unitClass(unit: string): UnitClass {
  return isCurrencyCode(unit) ? "currency" : (unit as UnitClass);
}

function qualifierRank(q: Qualifier): number {
  return QUALIFIERS.indexOf(q);
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Index of the first of `items` (sorted by start) that starts at or after `start`. */
function firstFrom<T>(items: readonly T[], start: number, startOf: (item: T) => number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (startOf(items[middle]!) < start) low = middle + 1;
    else high = middle;
  }
  return low;
}

const nameStart = (name: NameMention): number => name.start;
const quantityStart = (q: QuantityMention): number => q.span.start;

/** The quantities (sorted by start) that lie within `span`, in order. */
function quantitiesWithin(sorted: readonly QuantityMention[], span: Span): QuantityMention[] {
  const within: QuantityMention[] = [];
  for (let i = firstFrom(sorted, span.start, quantityStart); i < sorted.length; i++) {
    const q = sorted[i]!;
    if (q.span.start > span.end) break;
    if (q.span.end <= span.end) within.push(q);
  }
  return within;
}

/** Article subject: the company named most in the headline and first paragraphs. */
function findSubject(sentences: Sentence[], names: NameMention[], gazetteer: Gazetteer): string | null {
  const counts = new Map<string, number>();
  const end = sentences.findLast((s) => s.paragraph <= 3)?.end ?? 0;
  const headlines = sentences.filter((s) => s.headline);
  for (const name of names) {
    if (gazetteer.programmes.has(name.canonical) || name.kind === "programme") continue;
    const headline = headlines.some((s) => name.start >= s.start && name.end <= s.end);
    const weight = headline ? 3 : name.start < end ? 1 : 0.25;
    counts.set(name.canonical, (counts.get(name.canonical) ?? 0) + weight);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [name, count] of counts)
    if (count > bestCount) {
      best = name;
      bestCount = count;
    }
  return best;
}

function fullPersonName(surface: string, canonical: string, gazetteer: Gazetteer): string {
  const folded = surface.replace(/\s+/g, " ");
  const longer = gazetteer.entries.find(
    (e) => e.kind === "person" && e.canonical === canonical && e.surface.endsWith(folded),
  );
  return longer?.surface ?? folded;
}

/** "elle", "elles" as a subject: the company in French. */
const FEMININE_PRONOUN = /(?:^|[,;]\s*|\bqu['’]|\bque\s+)(elle|elles)\b/giu;

/** The latest name before `at` that `accept` takes, as written in the gazetteer. */
function latestNameBefore(
  names: NameMention[],
  at: number,
  accept: (n: NameMention) => boolean,
): string | null {
  for (let i = firstFrom(names, at, nameStart) - 1; i >= 0; i--)
    if (accept(names[i]!)) return names[i]!.canonical;
  return null;
}

/**
 * Names, anaphora and ad hoc company names ("la startup io Products") of one sentence; `names`
 * are the document's, in text order.
 */
function partiesOf(
  sentence: Sentence,
  text: string,
  names: NameMention[],
  subject: string | null,
  gazetteer: Gazetteer,
): Party[] {
  const parties: Party[] = [];
  for (let i = firstFrom(names, sentence.start, nameStart); i < names.length; i++) {
    const n = names[i]!;
    if (n.start >= sentence.end) break;
    if (n.end <= sentence.end)
      parties.push({
        start: n.start,
        end: n.end,
        canonical: n.canonical,
        kind: n.kind,
        surface: n.surface,
        via: "name",
      });
  }
  const body = text.slice(sentence.start, sentence.end);
  ANAPHORA.lastIndex = 0;
  const anaphora = mayMatch(ANAPHORA, body) ? body.matchAll(ANAPHORA) : [];
  for (const m of anaphora) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    const after = text.slice(end, end + 40);
    const named =
      /^\s*["“«]?\s*(\p{Lu}[\p{L}\p{N}.&-]*(?:\s+\p{Lu}[\p{L}\p{N}.&-]*)*|[a-z]{1,3}\s+\p{Lu}\p{L}+)/u.exec(
        after,
      );
    if (named) {
      if (!parties.some((p) => p.start >= end && p.start <= end + named[0].length + 2)) {
        const surface = named[1]!.replace(/[.&-]+$/u, "");
        const s = end + after.indexOf(surface);
        parties.push({
          start: s,
          end: s + surface.length,
          canonical: surface,
          kind: "company",
          surface,
          via: "adhoc",
        });
      }
      continue;
    }
    if (/^\s+(?:d['’]|de\s+)(?:IA|intelligence|AI|l['’]IA)/iu.test(after) && subject === null) continue;
    // "la start-up" in a report about a chipmaker is the model developer last named, not the chipmaker.
    const startup =
      /start-?up|jeune\s+pousse/iu.test(m[0]) && subject && gazetteer.roles.get(subject) !== "developer"
        ? latestNameBefore(names, start, (n) => gazetteer.roles.get(n.canonical) === "developer")
        : null;
    const meant = startup ?? subject;
    if (meant)
      parties.push({ start, end, canonical: meant, kind: "company", surface: m[0], via: "anaphora" });
  }
  if (mayMatch(PROGRAMME_ANAPHORA, body))
    for (const m of body.matchAll(PROGRAMME_ANAPHORA)) {
      const start = sentence.start + m.index;
      const programme = latestNameBefore(names, start, (n) => gazetteer.programmes.has(n.canonical));
      if (programme)
        parties.push({
          start,
          end: start + m[0].length,
          canonical: programme,
          kind: "programme",
          surface: m[0],
          via: "anaphora",
        });
    }
  if (subject && mayMatch(FEMININE_PRONOUN, body))
    for (const m of body.matchAll(FEMININE_PRONOUN)) {
      const start = sentence.start + m.index + m[0].length - m[1]!.length;
      parties.push({
        start,
        end: start + m[1]!.length,
        canonical: subject,
        kind: "company",
        surface: m[1]!,
        via: "anaphora",
      });
    }
  return parties.sort((a, b) => a.start - b.start);
}

/** What may stand between two complements of one list ("auprès de X, Y et Z"). */
const COMPLEMENT_LIST_GAP = /^\s*(?:,|\bet\b|\band\b|&)\s*$/iu;

/** "auprès d'Andreessen Horowitz, General Catalyst et Bpifrance": every name of the list is a complement. */
function isComplementOfList(text: string, parties: Party[], party: Party, sentenceStart: number): boolean {
  const index = parties.indexOf(party);
  const first = listStart(parties, index, text, sentenceStart, COMPLEMENT_LIST_GAP);
  return parties.slice(first, index).some((p) => isComplement(text, p, sentenceStart));
}

function isComplement(text: string, party: Party, sentenceStart: number): boolean {
  const before = text.slice(Math.max(sentenceStart, party.start - 30), party.start);
  return COMPLEMENT_BEFORE.test(before);
}

/** What may stand between two names of one list ("Oracle, NVIDIA, AMD et Broadcom"). */
const LIST_GAP = /^[\s,"“”«»'’]*(?:(?:et|and|ou|or|ainsi\s+qu['’]e?|as\s+well\s+as|&)\s*)?[\s,"“”«»'’]*$/iu;

/** The first name of the list that ends with `parties[last]` ("with Oracle, Nvidia, AMD and Broadcom"). */
function listStart(parties: Party[], last: number, text: string, floor: number, gap = LIST_GAP): number {
  let first = last;
  while (first > 0) {
    const before = parties[first - 1]!;
    if (before.start < floor || !gap.test(text.slice(before.end, parties[first]!.start))) break;
    first--;
  }
  return first;
}

/** Companies in a list starting at `first` ("Oracle, NVIDIA, AMD et Broadcom"). */
function listFrom(parties: Party[], first: number, text: string, limit: number): Party[] {
  const list = [parties[first]!];
  for (let i = first + 1; i < parties.length; i++) {
    const previous = list.at(-1)!;
    const next = parties[i]!;
    if (next.start > limit) break;
    if (!LIST_GAP.test(text.slice(previous.end, next.start))) break;
    list.push(next);
  }
  return list;
}

/** "… up to $5 billion and Nvidia up to $10 billion": the name after "and" is the next figure's subject. */
function opensGappedClause(
  party: Party,
  q: QuantityMention,
  sentenceQs: QuantityMention[],
  text: string,
): boolean {
  if (!/^\s*,?\s*(?:and|et)\s+$/iu.test(text.slice(q.span.end, party.start))) return false;
  const next = sentenceQs.find((o) => o.span.start >= party.end);
  return next !== undefined && GAPPED_FIGURE.test(text.slice(party.end, next.span.start));
}

function joinParties(list: Party[]): string {
  return [...new Set(list.map((p) => p.canonical))].join("+");
}

interface Context {
  text: string;
  language: Language;
  published: string | null;
  gazetteer: Gazetteer;
  subject: string | null;
  quantities: QuantityMention[];
  issues: Issue[];
  document: string;
  budget: WorkBudget;
}

function issue(
  context: Context,
  code: keyof typeof extractMessages,
  message: string,
  span: Span | null,
): void {
  context.issues.push({
    code,
    message,
    severity:
      code === "unresolved_entity" || code === "unknown_metric" || code === "implausible_value"
        ? "warning"
        : "info",
    location: span ? { kind: "span", document: context.document, ...span } : { kind: "none" },
  });
}

interface Keyword {
  start: number;
  end: number;
}

function keywordsIn(pattern: RegExp, text: string, from: number, to: number): Keyword[] {
  const found: Keyword[] = [];
  const slice = text.slice(from, to);
  if (!mayMatch(pattern, slice)) return found;
  const global = withFlags(pattern, pattern.global ? pattern.flags : `${pattern.flags}g`);
  global.lastIndex = 0;
  for (let m = global.exec(slice); m; m = global.exec(slice)) {
    if (m[0] === "") global.lastIndex = nextIndex(slice, global.lastIndex, global.unicode);
    found.push({ start: from + m.index, end: from + m.index + m[0].length });
  }
  return found;
}

/** Where a global search resumes after an empty match at `index`, as `matchAll` steps. */
function nextIndex(text: string, index: number, unicode: boolean): number {
  return index + (unicode && (text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1);
}

/** What one sentence knows once for all its figures: its clause breaks and where its figures lie. */
interface SentenceIndex {
  breaks: BreakIndex;
  subclauseBreaks: BreakIndex;
  subclauseStarts: SubclauseStarts;
  /** The figures a metric word must not cross. */
  figures: SpanIndex;
  /** Every quantity of the sentence. */
  quantities: SpanIndex;
}

function indexSentence(
  text: string,
  sentence: Sentence,
  figures: QuantityMention[],
  quantities: QuantityMention[],
): SentenceIndex {
  return {
    breaks: clauseBreaks(text, sentence.start, sentence.end),
    subclauseBreaks: subclauseBreaks(text, sentence.start, sentence.end),
    subclauseStarts: new SubclauseStarts(text, sentence.end),
    figures: new SpanIndex(figures.map((f) => f.span)),
    quantities: new SpanIndex(quantities.map((f) => f.span)),
  };
}

/** The sentence index, built on its first use: sentences whose figures are all set aside never need it. */
function lazyIndex(build: () => SentenceIndex): SentenceIndex {
  let built: SentenceIndex | null = null;
  const get = () => {
    built ??= build();
    return built;
  };
  return {
    get breaks() {
      return get().breaks;
    },
    get subclauseBreaks() {
      return get().subclauseBreaks;
    },
    get subclauseStarts() {
      return get().subclauseStarts;
    },
    get figures() {
      return get().figures;
    },
    get quantities() {
      return get().quantities;
    },
  };
}

/** Distance from a keyword to the figure; crossing another figure or (after the figure) a clause costs more. */
function distance(keyword: Keyword, q: QuantityMention, index: SentenceIndex, text: string): number {
  if (overlaps(keyword, q.span)) return 0;
  const after = keyword.start >= q.span.end;
  // "$6 billion was raised", "600 millions ont été levés": the verb of a passive names the figure.
  if (after && PASSIVE_LINK.test(text.slice(q.span.end, keyword.start))) return -100;
  const gapStart = after ? q.span.end : keyword.end;
  const gapEnd = after ? keyword.start : q.span.start;
  let score = gapEnd - gapStart;
  if (after) {
    score *= 1.5;
    if (index.breaks.within(gapStart, gapEnd)) score += 200;
  } else if (index.subclauseBreaks.within(gapStart, gapEnd)) score += 150;
  // The figure itself never lies within the gap, which ends at its start or starts at its end.
  if (index.figures.anyWithin(gapStart, gapEnd)) score += 1000;
  return score;
}

interface MetricChoice {
  metric: Metric;
  at: Keyword;
  unit: string;
  score: number;
  weak: boolean;
}

/** The metric a demonstrative names ("cet investissement" → investment), if any. */
function demonstrativeMetric(phrase: string, unit: string): Metric | null {
  for (const rule of METRIC_RULES) {
    if (rule.weak || !rule.units.includes(unitClass(unit))) continue;
    if (withFlags(rule.pattern, rule.pattern.flags.replace("g", "")).test(phrase)) return rule.metric;
  }
  return null;
}

/** The metric words of one sentence: each rule's are looked for once and shared by the sentence's figures. */
/** The metric words of one sentence, per rule; a word inside a company's name ("Google Cloud") is none. */
function metricKeywordsOf(
  sentence: Sentence,
  text: string,
  names: NameMention[],
): (rule: MetricRule) => Keyword[] {
  const found = new Map<MetricRule, Keyword[]>();
  const inSentence: NameMention[] = [];
  for (let i = Math.max(0, firstFrom(names, sentence.start, nameStart) - 1); i < names.length; i++) {
    const n = names[i]!;
    if (n.start >= sentence.end) break;
    if (n.end > sentence.start) inSentence.push(n);
  }
  return (rule) => {
    let keywords = found.get(rule);
    if (!keywords) {
      keywords = keywordsIn(rule.pattern, text, sentence.start, sentence.end).filter(
        (k) => !inSentence.some((n) => n.start <= k.start && k.end <= n.end),
      );
      found.set(rule, keywords);
    }
    return keywords;
  };
}

function chooseMetric(
  q: QuantityMention,
  unit: string,
  index: SentenceIndex,
  keywordsOf: (rule: MetricRule) => Keyword[],
  text: string,
  budget: WorkBudget,
): MetricChoice | null {
  const cls = unitClass(unit);
  const size = Math.max(q.low ?? 0, q.high ?? 0);
  let best: MetricChoice | null = null;
  for (const rule of METRIC_RULES) {
    if (!rule.units.includes(cls)) continue;
    const known = METRIC_KNOWLEDGE[rule.metric];
    if (size > (known.choiceCeiling ?? Number.POSITIVE_INFINITY)) continue;
    if (cls === "currency" && size < (known.choiceFloor ?? 0)) continue;
    const keywords = keywordsOf(rule);
    budget.spend(keywords.length);
    for (const keyword of keywords) {
      const score = distance(keyword, q, index, text) - (rule.bonus ?? 0);
      if (!best || score < best.score)
        best = {
          metric: rule.metric,
          at: keyword,
          unit: rule.unit && cls === "currency" ? rule.unit : unit,
          score,
          weak: rule.weak === true,
        };
    }
  }
  return best;
}

function restoreUnit(
  q: QuantityMention,
  previous: Candidate | undefined,
  lastCurrency: string | null,
  text: string,
  rules: string[],
): { unit: string; elided: boolean } | null {
  if (q.unit) return { unit: q.unit, elided: false };
  const after = text.slice(q.span.end, q.span.end + 40);
  for (const [pattern, unit] of COUNTED_NOUN)
    if (pattern.test(after)) {
      rules.push(`unit: counted noun → ${unit}`);
      return { unit, elided: false };
    }
  const figure = text.slice(q.numberSpan.start, q.numberSpan.end);
  if (!SCALE_WORD.test(figure)) return null;
  if (previous) {
    rules.push(`unit: elided, restored from the previous figure → ${previous.unit}`);
    return { unit: previous.unit, elided: true };
  }
  if (lastCurrency) {
    rules.push(`unit: elided currency restored from context → ${lastCurrency}`);
    return { unit: lastCurrency, elided: true };
  }
  return null;
}

function sentenceAttribution(
  sentence: Sentence,
  text: string,
  parties: Party[],
  gazetteer: Gazetteer,
): { name: string; named: boolean; rule: string } | null {
  const body = text.slice(sentence.start, sentence.end);
  ATTRIBUTION_LEAD.lastIndex = 0;
  const leads = mayMatch(ATTRIBUTION_LEAD, body) ? body.matchAll(ATTRIBUTION_LEAD) : [];
  for (const m of leads) {
    const rest = body.slice(m.index + m[0].length);
    const credited = rest.replace(/^["“«\s]+/, "");
    const outlet = gazetteer.outlets.find((o) => credited.startsWith(o));
    if (outlet)
      return {
        name: outlet.replace(/^The\s+(?=Wall|New)/, ""),
        named: true,
        rule: `"${m[0].trim()} ${outlet}"`,
      };
    const at = sentence.start + m.index + m[0].length;
    const person = parties.find((p) => p.kind === "person" && p.start >= at && p.start <= at + 3);
    if (person) {
      const name = fullPersonName(person.surface, person.canonical, gazetteer);
      return { name, named: true, rule: `"${m[0].trim()} ${person.surface}"` };
    }
  }
  for (const outlet of gazetteer.outlets) {
    const at = body.indexOf(outlet);
    if (at < 0) continue;
    const after = body.slice(at + outlet.length, at + outlet.length + 40);
    if (
      /^\s*(?:a\s+rapporté|rapporte|a\s+révélé|révèle|écrit|a\s+écrit|reported|reports|wrote|writes|said|says)/iu.test(
        after,
      )
    )
      return { name: outlet, named: true, rule: `"${outlet}" reports` };
  }
  for (const [pattern, label] of UNNAMED_SOURCES)
    if (mayMatch(pattern, body) && pattern.test(body))
      return { name: label, named: false, rule: `unnamed: "${body.match(pattern)?.[0]}"` };
  const speaker = parties.find((p) => p.kind === "person");
  if (speaker && SPEECH_VERB.test(body)) {
    const name = fullPersonName(speaker.surface, speaker.canonical, gazetteer);
    return { name, named: true, rule: `speaker ${name}` };
  }
  return null;
}

/**
 * "son objectif de 10 milliards", "its target of $10B", "a budget of": the figure is the plan itself,
 * so it is a target whoever reports it (unnamed sources included).
 */
const PLAN_OBJECT =
  /(?:\b(?:objectifs?|cibles?|prévisions?|budgets?)(?:\s+(?:de|d['’]|du|des)\s*(?:revenus?|ventes|chiffre\s+d['’]affaires|dépenses))?\s+(?:de|d['’]|à|fixés?\s+à)|\b(?:target|goal|forecast|budget|guidance)\s+(?:of|at|for\s+\w+\s+of))\s*(?:environ\s+|about\s+|près\s+de\s+|some\s+)?$/iu;

function planObjectQualifier(
  text: string,
  candidate: Candidate,
): { qualifier: Qualifier; rule: string } | null {
  const start = candidate.q.span.start;
  const before = text.slice(Math.max(candidate.sentence.start, start - 60), start);
  const m = mayMatch(PLAN_OBJECT, before) ? PLAN_OBJECT.exec(before) : null;
  return m ? { qualifier: "target", rule: `the figure is the object of "${m[0].trim()}" → target` } : null;
}

function chooseQualifier(
  candidate: Candidate,
  scope: string,
  sentenceText: string,
  named: boolean,
  previous: Candidate | undefined,
  metricWord: string,
): { qualifier: Qualifier; rule: string } {
  const commitmentWord = QUALIFIER_RULES.find((r) => r.qualifier === "commitment")!.pattern;
  const implied: { qualifier: Qualifier; rule: string } | null =
    candidate.metric === "compute_commitment" && commitmentWord.test(metricWord)
      ? { qualifier: "commitment", rule: `the metric word "${metricWord}" is a commitment → commitment` }
      : candidate.metric === "compute_spending_target"
        ? { qualifier: "target", rule: `the metric word "${metricWord}" is a plan → target` }
        : null;
  const deal = candidate.metric === null || metricIs(candidate.metric, "deal");
  for (const rule of QUALIFIER_RULES) {
    if (rule.qualifier === "target" && implied) return implied;
    if ((rule.qualifier === "letter_of_intent" || rule.qualifier === "commitment") && !deal) continue;
    const where = rule.sentence ? sentenceText : scope;
    const m = mayMatch(rule.pattern, where) ? rule.pattern.exec(where) : null;
    if (m) {
      if (
        rule.qualifier === "target" &&
        IMPERSONAL_EXPECTATION.test(scope) &&
        !/objectif|target/iu.test(m[0])
      )
        continue;
      return { qualifier: rule.qualifier, rule: `"${m[0]}" → ${rule.qualifier}` };
    }
    if (rule.qualifier === "rumoured" && !named) {
      const c = CONDITIONAL_ENDING.test(scope) ? HEARSAY_CONDITIONAL.exec(scope) : null;
      if (c) return { qualifier: "rumoured", rule: `hearsay conditional "${c[0]}" → rumoured` };
    }
  }
  if (
    previous &&
    previous.entity === candidate.entity &&
    deal &&
    previous.metric &&
    metricIs(previous.metric, "deal")
  )
    if (previous.qualifier === "commitment" || previous.qualifier === "letter_of_intent")
      return {
        qualifier: previous.qualifier,
        rule: `carried from the previous figure → ${previous.qualifier}`,
      };
  if (candidate.metric === "compute_commitment")
    return { qualifier: "commitment", rule: "commitment by metric" };
  if (candidate.metric === "compute_spending_target")
    return { qualifier: "target", rule: "target by metric" };
  return { qualifier: "reported", rule: "no hedge, source or plan word → reported" };
}

const BASIS_ITEMS: ReadonlySet<string> = new Set(["post-money", "pre-money", "IPO", "secondary"]);

function chooseItem(
  candidate: Candidate,
  sentence: Sentence,
  text: string,
  parties: Party[],
  window: Span,
): string | null {
  const body = text.slice(sentence.start, sentence.end);
  const metric = candidate.metric;
  if (metric === "unit_price") {
    const before = text.slice(sentence.start, candidate.q.span.start);
    const matches = [...before.matchAll(withFlags(PRICED_ITEM, "giu"))];
    const last = matches.at(-1)?.[0];
    if (last) return ITEM_TRANSLATIONS[last.toLowerCase()] ?? last;
  }
  for (const [pattern, label] of ITEM_RULES) {
    if (label === "adjusted" && metric !== "gross_margin" && metric !== "net_loss") continue;
    if (label === "strategic investors" && metric !== "funding_share") continue;
    if (label === "per tranche" && metric !== "investment") continue;
    const m = mayMatch(pattern, body) ? pattern.exec(body) : null;
    if (!m) continue;
    if (label === null && /^(?:Fortune|Global|Forbes)/u.test(m[0]) && metric !== "adoption_rate") continue;
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    // A basis (post-money, IPO, secondary) belongs to the figures it stands between, not to the sentence.
    if (label && BASIS_ITEMS.has(label) && (end <= window.start || start >= window.end)) continue;
    if (label === "per tranche") {
      // "dix versements de 10 milliards", "10 milliards à chaque étape": the tranche words touch the figure.
      if (end < candidate.q.span.start - 2 || start > candidate.q.span.end + 3) continue;
    }
    return label ?? m[0];
  }
  if (
    metric &&
    /users|subscribers|revenue|seats|unit_price|paid_conversion/.test(metric) &&
    parties.some((p) => p.kind === "product")
  ) {
    const products = parties.filter((p) => p.kind === "product");
    const nearest = products.sort(
      (a, b) => Math.abs(a.start - candidate.q.span.start) - Math.abs(b.start - candidate.q.span.start),
    )[0]!;
    return nearest.surface;
  }
  return null;
}

/** "$100 billion or more": an exact figure followed by an open-ended hedge is a lower bound. */
function trailingHedge(q: QuantityMention, text: string): QuantityMention {
  if (q.bound !== "exact" && q.bound !== "approx") return q;
  const m = TRAILING_AT_LEAST.exec(text.slice(q.span.end, q.span.end + 20));
  if (!m) return q;
  const end = q.span.end + m[0].length;
  return {
    ...q,
    span: { start: q.span.start, end },
    low: q.low ?? q.high,
    high: null,
    bound: "at_least",
    notes: [...q.notes, `hedge '${m[0].trim()}' after the figure → at_least`],
  };
}

const NOW_MARKER =
  /\b(?:actuellement|aujourd['’]hui|désormais|à\s+ce\s+jour|currently|today|now|to\s+date)\b/giu;

/** The time expressions of a sentence that are no part of its figures, "now" markers included. */
function timesOf(
  body: string,
  sentenceStart: number,
  sentenceQs: QuantityMention[],
  published: string | null,
): TimeMention[] {
  const times = findTimeMentions(body, published, sentenceStart).filter(
    (t) => !sentenceQs.some((q) => q.unit !== null && overlaps(q.span, t)),
  );
  const markers = mayMatch(NOW_MARKER, body) ? body.matchAll(NOW_MARKER) : [];
  for (const m of markers) {
    const start = sentenceStart + m.index;
    if (times.some((t) => overlaps(t, { start, end: start + m[0].length }))) continue;
    const asOf = publicationAsOf(published);
    times.push({
      start,
      end: start + m[0].length,
      flow: null,
      asOf,
      horizon: false,
      year: null,
      note: `"${m[0]}" → publication date ${asOf ?? "(unknown)"}`,
    });
  }
  return times;
}

/** What the reading of a document carries from sentence to sentence. */
interface DocumentReading {
  text: string;
  input: AssemblyInput;
  gazetteer: Gazetteer;
  subject: string | null;
  context: Context;
  budget: WorkBudget;
  names: NameMention[];
  candidates: Candidate[];
  unknown: Candidate[];
  /** The latest candidate of any kind, the latest round, the latest yearly flow with its own period. */
  latest: Candidate | undefined;
  latestRound: Candidate | undefined;
  latestYearlyFlow: Candidate | undefined;
  lastCurrency: string | null;
  defaultOutlet: string | null;
  lastPerson: string | null;
  inRelatedList: boolean;
  /** The latest warrant the article has seen granted. */
  warrant: { issuer: string; holder: string } | null;
  /** The company the latest sentences are about (their grammatical subject): what "l'entreprise" means here. */
  topic: string | null;
  /** The sentence that opens the list being read ("Weekly users of ChatGPT:"), while its items follow. */
  listLead: Sentence | null;
}

/** One sentence as each of its figures sees it, found once. */
interface SentenceReading {
  sentence: Sentence;
  sentenceIndex: number;
  body: string;
  sentenceQs: QuantityMention[];
  times: TimeMention[];
  /** The company the text is about here: the latest sentences' subject, else the article's. */
  local: string | null;
  parties: Party[];
  attribution: ReturnType<typeof sentenceAttribution>;
  person: Party | undefined;
  previousSentenceClaim: Candidate | undefined;
  demonstrative: RegExpExecArray | null;
  sentenceClaims: Candidate[];
  figures: QuantityMention[];
  metricKeywords: (rule: MetricRule) => Keyword[];
  index: SentenceIndex;
  /** For an item of a list, the sentence that opens the list; its words name what the items measure. */
  listLead: Sentence | null;
}

/** One figure being read: the candidate and what each stage decided for the next. */
interface FigureReading {
  q: QuantityMention;
  rules: string[];
  figure: string;
  previous: Candidate | undefined;
  candidate: Candidate;
  unitElided: boolean;
  clauseStart: number;
  clauseEnd: number;
  inClause: Party[];
  entityParty: Party | null;
  entityGroup: Party[];
  how: string;
  /** Which entity candidate won: later stages revise a weak pick ("nearest", "after") more readily. */
  entityBy: "possessive" | "investor" | "relative" | "gapped" | "subject" | "nearest" | "after" | null;
  inherited: boolean;
}

/** The unit stage's outcome for one figure, or null when the number is no figure to read. */
interface UnitReading {
  rules: string[];
  figure: string;
  previous: Candidate | undefined;
  unit: string;
  elided: boolean;
  valueDivisor: number;
}

/** Unit stage: numbers that are no figures (years, model names, dates) are set aside; the unit is restored. */
function readUnit(r: DocumentReading, s: SentenceReading, q: QuantityMention): UnitReading | null {
  const { text, context, lastCurrency } = r;
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
  if (mayMatch(CLASS_OF_COMPANIES, upToFigure) && CLASS_OF_COMPANIES.test(upToFigure)) return null;

  const restored =
    unitOfListLead(q, s.listLead, text, rules) ?? restoreUnit(q, previous, lastCurrency, text, rules);
  if (!restored) return null;
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

/**
 * Metric stage: the metric word nearest the figure (chooseMetric), a demonstrative naming the deal,
 * or the previous figure's metric when this one elides it; null when the figure is set aside.
 */
function readMetric(
  r: DocumentReading,
  s: SentenceReading,
  q: QuantityMention,
  u: UnitReading,
): FigureReading | null {
  const { text, context } = r;
  const { sentence, sentenceIndex, body, demonstrative, metricKeywords, index } = s;
  const { rules, previous } = u;
  let unit = u.unit;
  let metricChoice = chooseMetric(q, unit, index, metricKeywords, text, context.budget);
  if (metricChoice?.weak && demonstrative) {
    const named = demonstrativeMetric(demonstrative[0], unit);
    if (named && named !== metricChoice.metric) {
      rules.push(`metric: "${demonstrative[0]}" names the deal → ${named}`);
      metricChoice = { ...metricChoice, metric: named, weak: false };
    }
  }
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
  const leadIn = text.slice(previous?.q.span.end ?? sentence.start, q.span.start);
  const elided = previous && !q.unit && mayMatch(COMPARISON_LEAD, leadIn) && COMPARISON_LEAD.test(leadIn);
  let carried = false;
  if (
    previous?.metric &&
    unitClass(previous.unit) === unitClass(unit) &&
    (elided || !metricChoice || metricChoice.score >= 1000)
  ) {
    metric = previous.metric;
    metricAt = previous.metricAt;
    unit = previous.unit;
    metricChoice = null;
    carried = true;
    rules.push(`metric: elided, carried from the previous figure → ${metric}`);
  }
  if (metric === null && s.listLead) {
    const lead = metricOfListLead(s.listLead, unit, text);
    if (lead) {
      metric = lead.metric;
      metricAt = lead.at;
      carried = true;
      rules.push(`metric: "${text.slice(lead.at.start, lead.at.end)}" opens the list → ${metric}`);
    }
  }
  if (unitClass(unit) === "x" && metric !== "expense_to_revenue" && metric !== "valuation_multiple")
    return null;
  if (unit === "fraction" && metric === null) return null;
  if (metric === null && mayMatch(MARKET_DATA, body) && MARKET_DATA.test(body)) return null;

  const candidate: Candidate = {
    q,
    sentence,
    sentenceIndex,
    unit,
    metric,
    metricAt,
    entity: null,
    entityAt: null,
    counterparty: null,
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
  if (!metricChoice && !carried) candidate.confidence -= 0.2;
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

/** A list item: a line opened by a bullet or a number ("- juin 2025 : 10 milliards", "2) …"). */
const LIST_ITEM = /^(?:[-•·*–]|\d{1,2}[.)])\s/u;

/**
 * The sentence opening the list `sentence` belongs to, if it is an item: the latest sentence before
 * the items that ends with a colon. Any other sentence closes the list.
 */
function followListLead(r: DocumentReading, sentence: Sentence, body: string): Sentence | null {
  if (LIST_ITEM.test(body)) return r.listLead;
  r.listLead = /:\s*$/u.test(body) ? sentence : null;
  return null;
}

/** A counted noun in the list's opening sentence ("Utilisateurs actifs hebdomadaires :") gives a bare figure its unit. */
function unitOfListLead(
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

const unanchored = new WeakMap<RegExp, RegExp>();

/** A counted-noun pattern, written to follow a figure, found after any space instead. */
function anywhere(pattern: RegExp): RegExp {
  let found = unanchored.get(pattern);
  if (!found) {
    found = new RegExp(pattern.source.replace(/^\^\\s\*/u, "(?:^|\\s)"), pattern.flags);
    unanchored.set(pattern, found);
  }
  return found;
}

/** The metric the list's opening sentence names for the unit: its most telling metric word, else its first. */
function metricOfListLead(lead: Sentence, unit: string, text: string): { metric: Metric; at: Span } | null {
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

/**
 * Money a company puts into its own data centres, servers or infrastructure ("pour ses centres de
 * données", "on its own data centers", "dépensé … en investissements"): capital expenditure, not a
 * compute contract, an investment in another company or an operating expense.
 */
const OWN_INFRASTRUCTURE =
  /\b(?:ses|leurs|sa|son|its|their)\s+(?:propres\s+|own\s+)?(?:\p{L}+\s+){0,2}?(?:centres?\s+de\s+données|data[\s-]*cent(?:er|re)s?|infrastructures?|campus|serveurs|servers)\b|\b(?:dépens\p{L}*|spen[dt]\p{L}*)\s+(?:\p{L}+\s+){0,6}?en\s+investissements\b/iu;

const SPENDING_READ_AS: ReadonlySet<Metric | null> = new Set<Metric | null>([
  "compute_commitment",
  "investment",
  "total_expenses",
]);

function reviseOwnInfrastructure(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate, clauseStart, clauseEnd } = f;
  if (!SPENDING_READ_AS.has(candidate.metric) || candidate.counterparty) return;
  const clause = r.text.slice(clauseStart, clauseEnd);
  const m = OWN_INFRASTRUCTURE.exec(clause);
  if (!m || s.parties.some((p) => p.kind === "programme")) return;
  f.rules.push(`metric: "${m[0]}" is the company's own build-out → capex`);
  candidate.metric = "capex";
}

const RESPECTIVELY = /\b(?:respectivement|respectively)\b/iu;

/**
 * "Microsoft et Nvidia investiront respectivement 5 et 10 milliards", "A and B will hold 20% and 80%
 * respectively": with as many figures as companies listed, the n-th figure is the n-th company's.
 */
function distributeRespectively(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { text } = r;
  const { sentence, body, parties, figures } = s;
  const { q, candidate, entityParty } = f;
  if (!entityParty || !RESPECTIVELY.test(body)) return;
  let members = f.entityGroup;
  if (members.length < 2) {
    const at = parties.indexOf(entityParty);
    members = parties.slice(listStart(parties, at, text, sentence.start), at + 1);
  }
  const names = [...new Set(members.map((p) => p.canonical))];
  if (names.length < 2 || members.some((p) => p.kind === "person")) return;
  const last = members.at(-1)!;
  if (!/^\s*(?:et|and|&)\s*$/iu.test(text.slice(members.at(-2)!.end, last.start))) return;
  const unitOf = (o: QuantityMention) => (o.unit ? unitClass(o.unit) : null);
  const own = figures.filter(
    (o) =>
      o.span.start > last.end &&
      o.span.end <= f.clauseEnd &&
      (unitOf(o) ?? unitOf(q)) === (unitOf(q) ?? unitOf(o)),
  );
  const i = own.indexOf(q);
  if (own.length !== names.length || i < 0) return;
  const member = members.find((p) => p.canonical === names[i])!;
  candidate.entity = names[i]!;
  candidate.entityAt = { start: member.start, end: member.end };
  // The other companies of the list are no counterparty of this one: each has its own figure.
  const counterparty = candidate.counterparty?.split("+").filter((n) => !names.includes(n)) ?? [];
  candidate.counterparty = counterparty.length > 0 ? counterparty.join("+") : null;
  if (candidate.counterparty === null) candidate.counterpartyAt = null;
  f.rules.push(
    `entity: "respectivement" gives the figure ${i + 1} of ${own.length} to the company ${i + 1} of the list → ${names[i]}`,
  );
}

/** One figure through the stages in their fixed order: unit → metric → entity and counterparty → period → qualifier. */
function readFigure(r: DocumentReading, s: SentenceReading, q: QuantityMention): void {
  r.budget.spend(1 + s.parties.length + s.times.length);
  const unit = readUnit(r, s, q);
  if (!unit) return;
  const f = readMetric(r, s, q, unit);
  if (!f) return;
  entityByWords(r, s, f);
  entityByClause(r, s, f);
  entityBySubject(r, s, f);
  if (!settleEntity(r, s, f)) return;
  readCounterparty(r, s, f);
  distributeRespectively(r, s, f);
  reviseByParties(r, s, f);
  reviseByRound(r, s, f);
  reviseDealRoles(r, s, f);
  reviseOwnInfrastructure(r, s, f);
  if (!reviseWarrantAndGrowth(r, s, f)) return;
  readPeriod(r, s, f);
  readQualifier(r, s, f);
  finishCandidate(r, s, f);
}

/** What one sentence offers every figure in it, found once; null for a related-reading list. */
function readSentence(
  r: DocumentReading,
  sentences: Sentence[],
  sentenceIndex: number,
  byStart: QuantityMention[],
): SentenceReading | null {
  const { text, input, gazetteer, names, subject } = r;
  const sentence = sentences[sentenceIndex]!;
  const body = text.slice(sentence.start, sentence.end);
  r.budget.spend(body.length);
  if (/^(?:lire\s+aussi|à\s+lire\s+aussi|read\s+(?:also|more)|see\s+also|related)\b/iu.test(body)) {
    r.inRelatedList = true;
    return null;
  }
  if (r.inRelatedList && /^[-•·*]\s/u.test(body)) return null;
  r.inRelatedList = false;

  const sentenceQs = quantitiesWithin(byStart, sentence);
  const times = sentenceQs.length > 0 ? timesOf(body, sentence.start, sentenceQs, input.published) : [];
  // A new paragraph that opens on "the company" goes back to the article's subject.
  if (sentenceIndex > 0 && sentences[sentenceIndex - 1]!.paragraph !== sentence.paragraph) r.topic = null;
  const local = r.topic ?? subject;
  const parties = partiesOf(sentence, text, names, local, gazetteer);
  // Bare small numbers ("six months", "dix versements") are no figures a metric word must not cross.
  const figures = sentenceQs.filter(
    (o) => o.unit !== null || SCALE_WORD.test(text.slice(o.numberSpan.start, o.numberSpan.end)),
  );
  r.warrant = warrantGrantIn(sentence, text, parties) ?? r.warrant;
  return {
    sentence,
    sentenceIndex,
    body,
    sentenceQs,
    times,
    local,
    parties,
    attribution: sentenceAttribution(sentence, text, parties, gazetteer),
    person: parties.find((p) => p.kind === "person"),
    previousSentenceClaim: r.latest?.sentenceIndex === sentenceIndex - 1 ? r.latest : undefined,
    demonstrative:
      sentenceQs.length > 0 && mayMatch(DEAL_DEMONSTRATIVE, body) ? DEAL_DEMONSTRATIVE.exec(body) : null,
    sentenceClaims: [],
    figures,
    metricKeywords: metricKeywordsOf(sentence, text, names),
    index: lazyIndex(() => indexSentence(text, sentence, figures, sentenceQs)),
    listLead: followListLead(r, sentence, body),
  };
}

/** After a sentence: the outlet it credits, the person it quotes, the company it is about. */
function closeSentence(r: DocumentReading, s: SentenceReading): void {
  const { text, gazetteer } = r;
  const { sentence, sentenceQs, parties, attribution, person } = s;
  if (attribution?.named && !person && gazetteer.outlets.includes(attribution.name))
    r.defaultOutlet ??= attribution.name;
  if (person) r.lastPerson = fullPersonName(person.surface, person.canonical, gazetteer);
  const firstFigure = sentenceQs[0]?.span.start ?? sentence.end;
  const sentenceSubject = parties.find(
    (p) =>
      p.start - sentence.start <= 40 &&
      p.start < firstFigure &&
      !gazetteer.programmes.has(p.canonical) &&
      !isComplement(text, p, sentence.start),
  );
  if (sentenceSubject) r.topic = sentenceSubject.canonical;
}

/** Builds the claims of one document from its quantities. Pure. */
export function assembleClaims(
  input: AssemblyInput,
  found: QuantityMention[],
  gazetteer: Gazetteer,
  budget: WorkBudget = new WorkBudget(input.text.length),
): { claims: Claim[]; issues: Issue[] } {
  const { text } = input;
  const quantities = found.map((q) => trailingHedge(q, text));
  const byStart = [...quantities].sort((a, b) => a.span.start - b.span.start);
  const issues: Issue[] = [];
  if (text.trim() === "") {
    issues.push({
      code: "empty_text",
      message: extractMessages.empty_text(),
      severity: "info",
      location: { kind: "none" },
    });
    return { claims: [], issues };
  }
  const bounded = boundSentences(
    splitSentences(text, input.language),
    text,
    byStart.map((q) => q.span),
  );
  const sentences = bounded.sentences;
  const names = findNames(text, gazetteer);
  const subject = findSubject(sentences, names, gazetteer);
  const context: Context = {
    text,
    language: input.language,
    published: input.published,
    gazetteer,
    subject,
    quantities,
    issues,
    document: input.document,
    budget,
  };
  for (const { sentence, parts } of bounded.cut)
    issue(
      context,
      "long_sentence",
      extractMessages.long_sentence(
        sentence.end - sentence.start,
        parts,
        MAX_SENTENCE_CHARACTERS,
        MAX_SENTENCE_FIGURES,
      ),
      sentence,
    );
  const reading: DocumentReading = {
    text,
    input,
    gazetteer,
    subject,
    context,
    budget,
    names,
    candidates: [],
    unknown: [],
    latest: undefined,
    latestRound: undefined,
    latestYearlyFlow: undefined,
    lastCurrency: null,
    defaultOutlet: null,
    lastPerson: null,
    inRelatedList: false,
    warrant: null,
    topic: null,
    listLead: null,
  };
  for (let i = 0; i < sentences.length; i++) {
    const sentence = readSentence(reading, sentences, i, byStart);
    if (!sentence) continue;
    for (const q of sentence.sentenceQs) readFigure(reading, sentence, q);
    closeSentence(reading, sentence);
  }
  const merged = mergeDuplicates(reading.candidates, reading.unknown, context);
  const claims = merged.map((c) => toClaim(c, input, byStart));
  return { claims, issues };
}

/** Entity stage, first candidates: a possessive on the metric word ("les revenus de X", "X's revenue"), or the investor named after an investment. */
function entityByWords(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { text } = r;
  const { sentence, body, parties } = s;
  const { q } = f;
  const { candidate } = f;
  const metricAt = candidate.metricAt;
  const metric = candidate.metric;
  // Entity and counterparty (CLAIMS.md §6).
  const semicolonBefore = body.lastIndexOf(";", q.span.start - sentence.start);
  const clauseStart = semicolonBefore < 0 ? sentence.start : sentence.start + semicolonBefore + 1;
  const semicolonAfter = body.indexOf(";", q.span.end - sentence.start);
  const clauseEnd = semicolonAfter < 0 ? sentence.end : sentence.start + semicolonAfter;
  const inClause = parties.filter((p) => p.start >= clauseStart && p.end <= clauseEnd);
  let entityParty: Party | null = null;
  const entityGroup: Party[] = [];
  let how = "";
  if (metricAt) {
    const afterMetric = text.slice(metricAt.end, metricAt.end + 45);
    const possessive = /^\s*(?:\p{L}+\s+){0,2}?(?:de\s+la\s+|de\s+l['’]|d['’]|de\s+|du\s+|of\s+)/iu.exec(
      afterMetric,
    );
    if (possessive) {
      const at = metricAt.end + possessive[0].length;
      const owner = parties.find((p) => p.start >= at && p.start <= at + 2);
      if (owner && !overlaps(owner, q.span)) {
        entityParty = owner;
        how = `possessive "${text.slice(metricAt.start, owner.end)}"`;
        f.entityBy = "possessive";
      }
    }
    if (!entityParty) {
      const owner = parties.find(
        (p) =>
          p.end <= metricAt!.start &&
          /^['’]s\s+(?:\p{L}+\s+){0,3}$/u.test(text.slice(p.end, metricAt!.start)),
      );
      if (owner) {
        entityParty = owner;
        how = `possessive "${text.slice(owner.start, metricAt.end)}"`;
        f.entityBy = "possessive";
      }
    }
  }
  if (!entityParty && metric === "investment") {
    const after = text.slice(q.span.end, q.span.end + 12);
    const source = /^\s*(?:de\s+la\s+part\s+)?(?:du|de|d['’]|from)\s*(?:la\s+|l['’])?/iu.exec(after);
    if (source) {
      const at = q.span.end + source[0].length;
      const investor = parties.find((p) => p.start >= at && p.start <= at + 2);
      if (investor) {
        entityParty = investor;
        how = `investor "${text.slice(q.span.end, investor.end).trim()}"`;
        f.entityBy = "investor";
      }
    }
  }
  f.clauseStart = clauseStart;
  f.clauseEnd = clauseEnd;
  f.inClause = inClause;
  f.entityParty = entityParty;
  f.entityGroup = entityGroup;
  f.how = how;
}

/** Entity stage: the company a relative pronoun stands for, or the subject of a clause whose verb is left out. */
function entityByClause(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { text } = r;
  const { sentence, parties } = s;
  const { q } = f;
  let { entityParty, how } = f;
  if (!entityParty) {
    // "Microsoft, which has committed …", "L'entreprise, qui a racheté …": the figure's clause
    // is about the company the relative pronoun stands for.
    const relative = parties.findLast((p) => {
      if (p.end > q.span.start || p.start < sentence.start) return false;
      const m = RELATIVE_PRONOUN.exec(text.slice(p.end, q.span.start));
      return (
        m !== null &&
        !/[,;:.—–()]/u.test(text.slice(p.end + m[0].length, q.span.start).replace(/(?<=\d)[.,](?=\d)/gu, ""))
      );
    });
    if (relative) {
      entityParty = relative;
      how = `relative clause "${relative.surface}, ${RELATIVE_PRONOUN.exec(text.slice(relative.end))?.[1]} …"${relative.via === "anaphora" ? ` (anaphora → ${relative.canonical})` : ""}`;
      f.entityBy = "relative";
    }
  }
  if (!entityParty) {
    // "… and Nvidia up to $10 billion": a name right before the figure, the verb left out.
    const gapped = parties.findLast((p) => p.end <= q.span.start && p.start >= sentence.start);
    if (
      gapped &&
      GAPPED_FIGURE.test(text.slice(gapped.end, q.span.start)) &&
      /(?:\band|\bet|,)\s*$/iu.test(text.slice(sentence.start, gapped.start))
    ) {
      entityParty = gapped;
      how = `subject "${gapped.surface}" of a clause whose verb is left out`;
      f.entityBy = "gapped";
    }
  }
  f.entityParty = entityParty;
  f.how = how;
}

/** Entity stage: the subject of the figure's own clause, the nearest name before it, or a subject after it. */
function entityBySubject(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { text } = r;
  const { sentence, parties, index } = s;
  const { q, clauseStart, inClause } = f;
  let { entityParty, entityGroup, how } = f;
  const { candidate } = f;
  const metric = candidate.metric;
  if (!entityParty) {
    // The subject of the figure's own clause: after ", while", "; ", "tandis que" when one is there.
    const subclauseStart = index.subclauseStarts.after(clauseStart, q.span.start);
    const subjects = inClause.filter(
      (p, _i, all) =>
        p.end <= q.span.start &&
        !isComplement(text, p, sentence.start) &&
        !isComplementOfList(text, parties, p, sentence.start) &&
        !(
          (NOT_THE_SUBJECT_AFTER.test(text.slice(p.end, p.end + 40)) ||
            /^['’]s\s+(?!\p{L}+\s+(?:of|de)\b)/u.test(text.slice(p.end, p.end + 30))) &&
          all.some((o) => o.start > p.end && o.end <= q.span.start && o.via !== "anaphora")
        ),
    );
    const first = subjects.find((p) => p.start >= subclauseStart) ?? subjects[0];
    if (first) {
      entityParty = first;
      const index = parties.indexOf(first);
      const list = listFrom(parties, index, text, q.span.start).filter((p) => p.end <= q.span.start);
      if (list.length > 1 && /^\s*(?:et|and|&)\s*/iu.test(text.slice(list[0]!.end, list[1]!.start)))
        entityGroup = list;
      how = `subject "${first.surface}"${first.via === "anaphora" ? ` (anaphora → ${first.canonical})` : ""}`;
      f.entityBy = "subject";
    }
  }
  if (!entityParty) {
    const before = parties.filter((p) => p.end <= q.span.start && p.start >= sentence.start);
    const nearest = before.at(-1);
    if (nearest && !COUNTERPARTY_LEAD.test(text.slice(sentence.start, nearest.start))) {
      entityParty = nearest;
      how = `nearest name "${nearest.surface}"`;
      f.entityBy = "nearest";
    }
  }
  if (!entityParty) {
    const after = inClause.filter(
      (p) =>
        p.start >= q.span.end &&
        !isComplement(text, p, sentence.start) &&
        !isComplementOfList(text, parties, p, sentence.start) &&
        !(metric && metricIs(metric, "counterpartyAfter")),
    );
    if (after[0]) {
      entityParty = after[0];
      how = `subject "${after[0].surface}" after the figure`;
      f.entityBy = "after";
    }
  }
  f.entityParty = entityParty;
  f.entityGroup = entityGroup;
  f.how = how;
}

/** Entity stage, decision: the candidate found, the previous sentence's deal a demonstrative names, or the company the text is about; false when there is none. */
function settleEntity(r: DocumentReading, s: SentenceReading, f: FigureReading): boolean {
  const { gazetteer, subject, context } = r;
  const { local, previousSentenceClaim, demonstrative } = s;
  const { q, rules, figure, candidate, entityParty, entityGroup, how } = f;
  let inherited = false;
  if (!entityParty && demonstrative && previousSentenceClaim?.entity) {
    candidate.entity = previousSentenceClaim.entity;
    candidate.counterparty = previousSentenceClaim.counterparty;
    inherited = true;
    rules.push(
      `entity: "${demonstrative[0]}" refers to the previous sentence's deal → ${candidate.entity}${candidate.counterparty ? ` → ${candidate.counterparty}` : ""}`,
    );
  }
  if (entityParty) {
    candidate.entity = entityGroup.length > 1 ? joinParties(entityGroup) : entityParty.canonical;
    candidate.entityAt = { start: entityParty.start, end: (entityGroup.at(-1) ?? entityParty).end };
    rules.push(`entity: ${how} → ${candidate.entity}`);
    if (entityParty.kind === "person") {
      const name = fullPersonName(entityParty.surface, entityParty.canonical, gazetteer);
      r.lastPerson = name;
      candidate.attribution = name;
      rules.push(`attribution: the person speaks for the company → ${name}`);
    }
    if (entityParty.kind === "product") candidate.item = entityParty.surface;
  } else if (!inherited) {
    if (!local) {
      issue(context, "unresolved_entity", extractMessages.unresolved_entity(figure), q.span);
      return false;
    }
    candidate.entity = local;
    candidate.confidence -= 0.15;
    rules.push(
      local === subject
        ? `entity: no company in the sentence → the article's subject ${subject}`
        : `entity: no company in the sentence → the company the previous sentences are about, ${local}`,
    );
  }
  f.inherited = inherited;
  return true;
}

/** Counterparty stage: a name after a lead word ("avec", "auprès de", "from") or, for deals, after the figure. */
function readCounterparty(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { text, gazetteer } = r;
  const { sentenceQs, parties } = s;
  const { q, rules, candidate, clauseStart, clauseEnd, inClause, entityParty, entityGroup, inherited } = f;
  const metric = candidate.metric;
  if (!inherited && metric) {
    let counterparties: Party[] = [];
    const leads = inClause.filter(
      (p) =>
        p.canonical !== candidate.entity &&
        p !== entityParty &&
        !entityGroup.includes(p) &&
        COUNTERPARTY_LEAD.test(text.slice(Math.max(clauseStart, p.start - 60), p.start)),
    );
    const afterFigure = metricIs(metric, "counterpartyAfter")
      ? inClause.filter(
          (p) =>
            (p.start >= q.span.end ||
              (entityParty !== null && p.start > entityParty.end && p.end <= q.span.start)) &&
            p.canonical !== candidate.entity &&
            p.kind !== "person" &&
            p.via !== "anaphora" &&
            !/\b(?:pour|for)\s+(?:\p{L}+\s+){0,3}$/iu.test(text.slice(q.span.end, p.start)) &&
            !opensGappedClause(p, q, sentenceQs, text),
        )
      : [];
    const first = [...leads, ...afterFigure].sort(
      (a, b) => Math.abs(a.start - q.span.end) - Math.abs(b.start - q.span.end),
    )[0];
    if (first && (metricIs(metric, "deal") || metric === "funding_share" || metric === "revenue")) {
      if (
        metric !== "revenue" ||
        /\b(?:de\s+la\s+part\s+d|from|auprès\s+d)/iu.test(text.slice(clauseStart, first.start))
      ) {
        const head =
          first.end <= q.span.start
            ? listStart(parties, parties.indexOf(first), text, clauseStart)
            : parties.indexOf(first);
        counterparties = listFrom(parties, head, text, clauseEnd).filter(
          (p) => p.canonical !== candidate.entity && p.via !== "anaphora",
        );
      }
    }
    if (counterparties.length > 0 && !gazetteer.programmes.has(candidate.entity ?? "")) {
      candidate.counterparty = joinParties(counterparties);
      candidate.counterpartyAt = { start: counterparties[0]!.start, end: counterparties.at(-1)!.end };
      rules.push(
        `counterparty: "${counterparties.map((p) => p.surface).join(", ")}" → ${candidate.counterparty}`,
      );
    }
  }
}

/** Metric and roles revised once the parties are known: a programme's capex, a cost per GW, a round's leader, the company valued. */
function reviseByParties(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { text, gazetteer, subject } = r;
  const { sentence, parties } = s;
  const { q, rules, candidate, entityParty } = f;
  let metric = candidate.metric;
  // Metric adjustments that depend on the parties.
  if (candidate.entity && gazetteer.programmes.has(candidate.entity) && isCurrencyCode(candidate.unit)) {
    if (
      metric === null ||
      metric === "compute_commitment" ||
      metric === "investment" ||
      metric === "total_expenses"
    ) {
      candidate.metric = metric = "capex";
      rules.push("metric: a programme's own amount → capex");
    }
  }
  if (metric === "cost_per_gw" && isCurrencyCode(candidate.unit)) candidate.unit = "USD_per_GW";
  if (metric === "cost_per_gw" && entityParty?.kind === "person" && subject && candidate.entity !== subject) {
    const own = /\b(?:son|sa|ses|its|their|leur)\b/iu.test(text.slice(sentence.start, q.span.start));
    if (!own) {
      rules.push(
        `entity: a generic cost per GW quoted about ${subject}'s plan → ${subject} (speaker kept as attribution)`,
      );
      candidate.entity = subject;
      candidate.counterparty = null;
    }
  }
  if (
    metric === "funding_round" &&
    entityParty &&
    ROUND_LEADER.test(text.slice(entityParty.end, q.span.start))
  ) {
    // "SoftBank led a $40bn round … that valued OpenAI": the round is the company's that raises it.
    const raiser =
      parties.find(
        (p) =>
          p.start > q.span.end &&
          p.canonical !== entityParty!.canonical &&
          p.kind !== "person" &&
          gazetteer.roles.get(p.canonical) === "developer",
      )?.canonical ?? (subject !== entityParty.canonical ? subject : null);
    if (raiser) {
      rules.push(`entity: ${entityParty.canonical} led the round; the company raising it → ${raiser}`);
      candidate.entity = raiser;
      candidate.counterparty = null;
    }
  }
  if (metric === "valuation") {
    // "valued OpenAI at $300bn", "valorise Mistral à 11,7 milliards": the company named between.
    const valued = parties.find(
      (p) =>
        p.end <= q.span.start &&
        p.start >= sentence.start &&
        VALUED_VERB.test(text.slice(Math.max(sentence.start, p.start - 20), p.start)) &&
        /^\s+(?:at|à)\s+(?:\p{L}+\s+)?$/u.test(text.slice(p.end, q.span.start)),
    );
    if (valued && valued.canonical !== candidate.entity) {
      rules.push(
        `entity: "${text.slice(valued.start, q.span.start).trim()}" → the company valued, ${valued.canonical}`,
      );
      candidate.entity = valued.canonical;
      candidate.counterparty = null;
    }
  }
}

/** Metric and roles revised by the latest round: what "it" is, whose valuation, whose investment. */
function reviseByRound(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { text, gazetteer, subject, latestRound } = r;
  const { sentence, body, local, parties } = s;
  const { q, rules, candidate, clauseStart, clauseEnd, entityParty } = f;
  const metricAt = candidate.metricAt;
  let metric = candidate.metric;
  const round = latestRound;
  if (
    metric === "valuation" &&
    round?.entity &&
    round.entity !== candidate.entity &&
    VALUED_PRONOUN.test(text.slice(sentence.start, q.span.start)) &&
    (!entityParty ||
      f.entityBy === "after" ||
      f.entityBy === "nearest" ||
      ROUND_LEADER.test(text.slice(entityParty.end, entityParty.end + 20)))
  ) {
    rules.push(`entity: "it" is the company of the round just reported → ${round.entity}`);
    candidate.entity = round.entity;
    candidate.counterparty = null;
  }
  if (
    (metric === "valuation" || metric === "funding_share") &&
    round?.entity &&
    round.entity !== candidate.entity &&
    (f.entityBy === "after" || f.entityBy === "nearest")
  ) {
    candidate.entity = round.entity;
    candidate.counterparty = null;
    rules.push(`entity: the company raising the round is the one valued or funded → ${round.entity}`);
  }
  if (
    metric === "market_cap" &&
    (gazetteer.roles.get(candidate.entity ?? "") === "developer" || FUNDING_WORD.test(body))
  ) {
    candidate.metric = metric = "valuation";
    rules.push("metric: a market value set by a funding round, not a listed price → valuation");
  }
  const clauseText = text.slice(clauseStart, clauseEnd);
  if (
    metric === "compute_commitment" &&
    candidate.entity &&
    gazetteer.roles.get(candidate.entity) === "supplier" &&
    /commit|engag/iu.test(text.slice(metricAt?.start ?? 0, metricAt?.end ?? 0)) &&
    !COMPUTE_NOUN.test(clauseText)
  ) {
    candidate.metric = metric = "investment";
    rules.push(
      `metric: ${candidate.entity} commits money with no compute bought → investment (a supplier's commitment to a partner)`,
    );
  }
  if (
    metric === "equity_stake" &&
    !candidate.counterparty &&
    candidate.entity &&
    subject &&
    candidate.entity !== subject
  ) {
    candidate.counterparty = subject;
    rules.push(`counterparty: the company held is the article's subject → ${subject}`);
  }
  if (metric === "investment" && !candidate.counterparty && candidate.entity) {
    const others = parties.filter(
      (p) => p.canonical !== candidate.entity && p.via === "name" && p.kind !== "person",
    );
    const investee =
      round?.entity && round.entity !== candidate.entity
        ? { name: round.entity, why: "the company raising the round" }
        : local && local !== candidate.entity
          ? { name: local, why: "the company the text is about" }
          : subject && subject !== candidate.entity
            ? { name: subject, why: "the article's subject" }
            : null;
    if (investee && others.length === 0) {
      candidate.counterparty = investee.name;
      rules.push(`counterparty: the investee is ${investee.why} → ${investee.name}`);
    } else if (subject && candidate.entity !== subject) {
      candidate.counterparty = subject;
      rules.push(`counterparty: the investee is the article's subject → ${subject}`);
    } else if (others.length === 0) {
      const target = /\b(?:objectif|prévoi|vise|visant|plan|target|aims?)/iu.test(body);
      candidate.metric = metric = target ? "compute_spending_target" : "capex";
      rules.push(`metric: an investment with no investee → ${metric}`);
    }
  }
}

/** Roles of a compute deal: buyer → supplier. */
function reviseDealRoles(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { gazetteer, subject } = r;
  const { body } = s;
  const { rules, candidate } = f;
  const metric = candidate.metric;
  if (
    metric &&
    metricIs(metric, "computeDeal") &&
    candidate.entity &&
    candidate.counterparty &&
    gazetteer.roles.get(candidate.entity) === "supplier" &&
    gazetteer.roles.get(candidate.counterparty) === "developer"
  ) {
    [candidate.entity, candidate.counterparty] = [candidate.counterparty, candidate.entity];
    [candidate.entityAt, candidate.counterpartyAt] = [candidate.counterpartyAt, candidate.entityAt];
    rules.push(
      `roles: a compute deal runs buyer → supplier → ${candidate.entity} → ${candidate.counterparty}`,
    );
  }
  if (
    metric &&
    metricIs(metric, "computeDeal") &&
    !candidate.counterparty &&
    candidate.entity &&
    subject &&
    candidate.entity !== subject &&
    gazetteer.roles.get(candidate.entity) === "supplier" &&
    gazetteer.roles.get(subject) === "developer" &&
    /\b(?:suppl\p{L}*|provid\p{L}*|fourni\p{L}*|livr\p{L}*|deliver\p{L}*|sell\p{L}*|vend\p{L}*)\b/iu.test(
      body,
    )
  ) {
    candidate.counterparty = candidate.entity;
    candidate.entity = subject;
    rules.push(
      `roles: ${candidate.counterparty} supplies the compute → buyer ${subject} (the article's subject) → ${candidate.counterparty}`,
    );
  }
  if (
    candidate.entity &&
    metric &&
    metricIs(metric, "computeDeal") &&
    candidate.entity.split("+").length === 2
  ) {
    const [a, b] = candidate.entity.split("+") as [string, string];
    const buyer = [a, b].find((m) => gazetteer.roles.get(m) === "developer");
    const seller = [a, b].find((m) => gazetteer.roles.get(m) === "supplier");
    if (buyer && seller) {
      candidate.entity = buyer;
      candidate.counterparty = seller;
      rules.push(
        `roles: a deal between a developer and a supplier runs buyer → supplier → ${buyer} → ${seller}`,
      );
    }
  }
  if (candidate.entity && candidate.entity.split("+").length > 1 && metric === "investment") {
    const members = candidate.entity.split("+");
    if (subject && members.includes(subject) && members.length === 2) {
      candidate.entity = members.find((m) => m !== subject)!;
      candidate.counterparty = subject;
      rules.push(`entity: joint deal with the article's subject → investor ${candidate.entity} → ${subject}`);
    }
  }
}

/** Roles of a warrant's terms (holder → issuer) and what a growth rate is the growth of; false when it is of nothing named. */
function reviseWarrantAndGrowth(r: DocumentReading, s: SentenceReading, f: FigureReading): boolean {
  const { warrant } = r;
  const { sentence, body } = s;
  const { q, rules, candidate } = f;
  let metric = candidate.metric;
  if (
    warrant &&
    metric &&
    metricIs(metric, "warrantTerm") &&
    (candidate.entity === warrant.issuer || candidate.entity === warrant.holder) &&
    (metric !== "equity_stake" || candidate.entity === warrant.holder || WARRANT_WORD.test(body))
  ) {
    if (candidate.entity !== warrant.holder || candidate.counterparty !== warrant.issuer)
      rules.push(
        `roles: a term of the warrant ${warrant.issuer} issued to ${warrant.holder} → holder → issuer`,
      );
    candidate.entity = warrant.holder;
    candidate.counterparty = warrant.issuer;
  }
  if (metric === "revenue_growth") {
    const nearestWord = (pattern: RegExp) => {
      let best = Number.POSITIVE_INFINITY;
      for (const m of body.matchAll(pattern))
        best = Math.min(best, Math.abs(sentence.start + m.index - q.span.start));
      return best;
    };
    const revenueAt = nearestWord(REVENUE_WORD);
    const capexAt = nearestWord(CAPEX_WORD);
    if (capexAt < revenueAt) {
      candidate.metric = metric = "capex_growth";
      rules.push("metric: the growth of capital spending, named nearer than revenue → capex_growth");
    } else if (revenueAt === Number.POSITIVE_INFINITY) return false;
  }
  return true;
}

/** Period stage (CLAIMS.md §5): the nearest date in the clause, a period carried over, or the publication date. */
function readPeriod(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { text, input, context, latestYearlyFlow } = r;
  const { sentence, body, sentenceQs, times, previousSentenceClaim, demonstrative, index } = s;
  const { q, rules, previous, candidate } = f;
  const metricAt = candidate.metricAt;
  let metric = candidate.metric;
  // Period (CLAIMS.md §5).
  const isFlow = metric !== null && FLOW_METRICS.has(metric);
  const firstQStart = sentenceQs[0]?.span.start ?? sentence.end;
  const usable = times.filter((t) => {
    // The figure itself never lies between it and a date.
    const crossing = index.quantities.anyWithin(Math.min(t.end, q.span.end), Math.max(t.start, q.span.start));
    return !crossing || t.end <= firstQStart;
  });
  const cumulative = isFlow || metric === "compute_spending_target" || metric === "compute_commitment";
  const cost = (t: TimeMention) => {
    const before = t.end <= q.span.start;
    const [gapStart, gapEnd] = before ? [t.end, q.span.start] : [q.span.end, t.start];
    let d = Math.max(0, gapEnd - gapStart);
    // A date in another clause, or a "now" marker for a flow, loses to one in the figure's clause.
    if (index.breaks.within(gapStart, gapEnd)) d += 500;
    if (cumulative && t.flow === null && !t.horizon) d += 1000;
    return d;
  };
  const time = usable
    .filter((t) => !EVENT_DATE_LEAD.test(text.slice(Math.max(sentence.start, t.start - 30), t.start)))
    .sort((a, b) => cost(a) - cost(b))[0];
  const scope = text.slice(previous?.q.span.end ?? sentence.start, q.span.end + 60);
  if (previous?.period && mayMatch(SAME_PERIOD, scope) && SAME_PERIOD.test(scope)) {
    candidate.period = previous.period;
    candidate.periodExplicit = true;
    const m = SAME_PERIOD.exec(text.slice(q.span.start, sentence.end));
    if (m) candidate.timeAt = { start: q.span.start + m.index, end: q.span.start + m.index + m[0].length };
    rules.push(`period: "${SAME_PERIOD.exec(scope)?.[0]}" → the previous figure's period`);
  } else if (time && metric) {
    const timeText = text.slice(time.start, time.end);
    const metricWord = metricAt ? text.slice(metricAt.start, metricAt.end + 12) : "";
    if (
      metric === "revenue_run_rate" &&
      time.flow?.start?.endsWith("-01-01") &&
      time.flow.end?.endsWith("-12-31") &&
      !/fin|end|late|décembre|december/iu.test(timeText) &&
      /annuel|annual|yearly/iu.test(metricWord) &&
      !/annualis|annualiz|run|\bARR\b|rythme|pace|récurrent|recurring/iu.test(metricWord)
    ) {
      candidate.metric = metric = "revenue";
      rules.push(`metric: annual revenue of a whole year ("${timeText}"), not a rate at a date → revenue`);
    }
    candidate.period = periodFor(metric, metric === "revenue" || isFlow, time);
    candidate.periodExplicit = candidate.period !== null;
    candidate.timeAt = { start: time.start, end: time.end };
    rules.push(`period: "${text.slice(time.start, time.end)}" ${time.note}`);
    if (time.unresolved)
      issue(
        context,
        "unresolved_period",
        extractMessages.unresolved_period(text.slice(time.start, time.end)),
        time,
      );
  } else if (metric && metricIs(metric, "yearlyFlow")) {
    // Paragraphs only grow: the latest such flow is the paragraph's if any is.
    const carried =
      latestYearlyFlow?.sentence.paragraph === sentence.paragraph ? latestYearlyFlow : undefined;
    if (carried) {
      candidate.period = carried.period;
      candidate.periodExplicit = true;
      rules.push("period: carried from the previous sentence of the paragraph");
    } else if (
      /\b(?:par\s+an|annuel\p{L}*|per\s+year|a\s+year|annual\p{L}*)\b/iu.test(body) &&
      input.published
    ) {
      const year = input.published.slice(0, 4);
      candidate.period = { start: `${year}-01-01`, end: `${year}-12-31` };
      rules.push(`period: yearly figure with no date → the publication year ${year}`);
    }
  } else if (time && !metric && time.asOf) {
    candidate.period = { asOf: time.asOf };
    candidate.periodExplicit = true;
    candidate.timeAt = { start: time.start, end: time.end };
    rules.push(`period: "${text.slice(time.start, time.end)}" ${time.note}`);
  } else if (metric && demonstrative && previousSentenceClaim?.periodExplicit && !isFlow) {
    candidate.period = previousSentenceClaim.period;
    candidate.periodExplicit = true;
    rules.push(`period: "${demonstrative[0]}" → the previous sentence's date`);
  } else if (metric && !isFlow) {
    const asOf = publicationAsOf(input.published);
    candidate.period = asOf ? { asOf } : null;
    rules.push(
      asOf ? `period: level with no date → publication ${asOf}` : "period: no date and no publication date",
    );
  }
}

/** Qualifier and attribution stage (CLAIMS.md §7). */
function readQualifier(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { text, gazetteer, defaultOutlet, lastPerson, warrant } = r;
  const { sentence, body, attribution, person, index } = s;
  const { q, rules, previous, candidate } = f;
  const metric = candidate.metric;
  // Qualifier and attribution (CLAIMS.md §7).
  const breakAt = index.breaks.firstFrom(q.span.end);
  const ownScope = text.slice(previous?.q.span.end ?? sentence.start, breakAt < 0 ? sentence.end : breakAt);
  if (attribution) {
    candidate.attribution ??= attribution.name;
    if (attribution.name !== candidate.attribution) candidate.attribution = attribution.name;
    rules.push(`attribution: ${attribution.rule}`);
  } else if (/selon\s+(?:lui|elle)|according\s+to\s+(?:him|her)/iu.test(body) && lastPerson) {
    candidate.attribution = lastPerson;
    rules.push(`attribution: "selon lui" → ${lastPerson}`);
  } else if (!candidate.attribution && defaultOutlet) {
    candidate.attribution = defaultOutlet;
    rules.push(`attribution: the article's source → ${defaultOutlet}`);
  }
  const named = Boolean(attribution?.named) || Boolean(person && SPEECH_VERB.test(body));
  const metricWord = candidate.metricAt ? text.slice(candidate.metricAt.start, candidate.metricAt.end) : "";
  const qualifier =
    planObjectQualifier(text, candidate) ??
    chooseQualifier(candidate, ownScope, body, named, previous, metricWord);
  if (
    qualifier.qualifier === "reported" &&
    candidate.entity &&
    gazetteer.programmes.has(candidate.entity) &&
    metric &&
    metricIs(metric, "deal")
  ) {
    qualifier.qualifier = "commitment";
    qualifier.rule = "a programme's announced amount → commitment";
  }
  if (qualifier.qualifier === "target" && (ANALYSTS.test(ownScope) || ANALYSTS_CREDITED.test(body))) {
    qualifier.qualifier = "estimated";
    qualifier.rule = "a forecast credited to analysts, not the company's own → estimated";
  }
  if (
    metric === "deal_value" &&
    qualifier.qualifier !== "letter_of_intent" &&
    qualifier.qualifier !== "rumoured"
  ) {
    qualifier.qualifier = "estimated";
    qualifier.rule = "the value of a deal component is a computation → estimated";
  } else if (
    qualifier.qualifier === "reported" &&
    warrant &&
    metric &&
    metricIs(metric, "warrantTerm") &&
    candidate.entity === warrant.holder
  ) {
    qualifier.qualifier = "commitment";
    qualifier.rule = `a term of the warrant ${warrant.issuer} granted → commitment`;
  }
  candidate.qualifier = qualifier.qualifier;
  rules.push(`qualifier: ${qualifier.rule}`);
}

/** Item and confidence, then the candidate is filed; false when its value is refused. */
function finishCandidate(r: DocumentReading, s: SentenceReading, f: FigureReading): boolean {
  const { text, context, candidates, unknown } = r;
  const { sentence, sentenceQs, parties, sentenceClaims } = s;
  const { q, rules, candidate, unitElided } = f;
  const metric = candidate.metric;
  // A basis word qualifies the figure after it ("a secondary sale valued it at …") or just before it
  // ("$183 billion post-money").
  const before = sentenceQs.findLast((o) => o.span.end <= q.span.start);
  const after = sentenceQs.find((o) => o.span.start >= q.span.end);
  const neighbours = {
    start: before?.span.end ?? sentence.start,
    end: Math.min(
      after?.span.start ?? sentence.end,
      q.span.end + (/[,;:(]/u.exec(text.slice(q.span.end, q.span.end + 16))?.index ?? 16),
    ),
  };
  candidate.item ??= chooseItem(candidate, sentence, text, parties, neighbours);
  if (candidate.item) rules.push(`item: ${candidate.item}`);
  if (candidate.vague) {
    candidate.confidence = Math.min(candidate.confidence, 0.3);
    rules.push("vague amount: order-of-magnitude range");
  }
  if (unitElided) candidate.confidence -= 0.05;

  if (isCurrencyCode(candidate.unit)) r.lastCurrency = candidate.unit;
  sentenceClaims.push(candidate);
  if (refusedAsImplausible(candidate, context)) return false;
  r.latest = candidate;
  if (metric === null) unknown.push(candidate);
  else {
    candidates.push(candidate);
    if (metric === "funding_round" && candidate.entity) r.latestRound = candidate;
    if (
      candidate.periodExplicit &&
      candidate.period &&
      !("asOf" in candidate.period) &&
      metricIs(metric, "yearlyFlow")
    )
      r.latestYearlyFlow = candidate;
  }
  return true;
}

function partySet(c: Candidate): Set<string> {
  return new Set([...(c.entity?.split("+") ?? []), ...(c.counterparty?.split("+") ?? [])]);
}

function pointOrRange(c: Candidate): [number, number] | null {
  const { low, high, bound } = c.q;
  if (bound === "range") return low !== null && high !== null ? [low, high] : null;
  const at = low ?? high;
  return at === null ? null : [at, at];
}

function sameValue(a: Candidate, b: Candidate): boolean {
  if (a.unit !== b.unit || (a.q.bound === "range") !== (b.q.bound === "range")) return false;
  const x = pointOrRange(a);
  const y = pointOrRange(b);
  if (!x || !y) return false;
  const close = (u: number, v: number) => Math.abs(u - v) <= 0.01 * Math.max(Math.abs(u), Math.abs(v));
  return close(x[0], y[0]) && close(x[1], y[1]);
}

function completeness(c: Candidate): number {
  let score = 0;
  if (c.periodExplicit) score += 2;
  if (c.attribution) score += 1;
  if (c.counterparty) score += 1;
  if (c.item) score += 0.5;
  if (c.q.bound !== "exact") score += 0.5;
  if (c.headline) score -= 3;
  return score + c.confidence;
}

/**
 * Candidates filed by unit, shape and value, so that those `sameValue` may accept are found without
 * comparing every pair: values within 1 % of each other fall in the same or a neighbouring bin.
 * Each bin keeps its items by order (a group's index), lowest first.
 */
class ValueBins<T> {
  readonly #bins = new Map<string, { orders: number[]; items: T[][] }>();

  static keys(c: Candidate, prefix: string, neighbours: boolean): string[] {
    const at = pointOrRange(c);
    if (!at) return [];
    const head = `${prefix}\u0000${c.unit}\u0000${c.q.bound === "range"}\u0000`;
    const x = at[0];
    if (x === 0 || !Number.isFinite(x)) return [`${head}${x}`];
    const bin = Math.floor(Math.log(Math.abs(x)) / 0.011);
    const sign = x < 0 ? "-" : "+";
    return (neighbours ? [bin - 1, bin, bin + 1] : [bin]).map((b) => `${head}${sign}${b}`);
  }

  add(keys: string[], order: number, item: T): void {
    for (const key of keys) {
      let bin = this.#bins.get(key);
      if (!bin) {
        bin = { orders: [], items: [] };
        this.#bins.set(key, bin);
      }
      const at = firstFrom(bin.orders, order, (o) => o);
      if (bin.orders[at] === order) bin.items[at]!.push(item);
      else {
        bin.orders.splice(at, 0, order);
        bin.items.splice(at, 0, [item]);
      }
    }
  }

  /** The items filed under `keys`, by order, lowest first. */
  *near(keys: string[]): Generator<{ order: number; items: T[] }> {
    const bins = keys.flatMap((key) => this.#bins.get(key) ?? []);
    const next = bins.map(() => 0);
    for (;;) {
      let pick = -1;
      for (let b = 0; b < bins.length; b++) {
        const order = bins[b]!.orders[next[b]!];
        if (order !== undefined && (pick < 0 || order < bins[pick]!.orders[next[pick]!]!)) pick = b;
      }
      if (pick < 0) return;
      const bin = bins[pick]!;
      const order = bin.orders[next[pick]!]!;
      const items: T[] = [];
      for (let b = 0; b < bins.length; b++) {
        const at = next[b]!;
        if (bins[b]!.orders[at] !== order) continue;
        items.push(...bins[b]!.items[at]!);
        next[b] = at + 1;
      }
      yield { order, items };
    }
  }
}

/** Whether `c` restates `o`: the same metric, value and entity, and no counterparty or period against it. */
function restates(o: Candidate, c: Candidate): boolean {
  return (
    o.metric === c.metric &&
    sameValue(o, c) &&
    o.entity === c.entity &&
    (!o.counterparty || !c.counterparty || o.counterparty === c.counterparty) &&
    !(o.periodExplicit && c.periodExplicit && JSON.stringify(o.period) !== JSON.stringify(c.period))
  );
}

/** One fact, one claim (CLAIMS.md §9): restatements merge into their most complete mention. */
function mergeDuplicates(candidates: Candidate[], unknown: Candidate[], context: Context): Candidate[] {
  const groups: Candidate[][] = [];
  const members = new ValueBins<Candidate>();
  for (const c of candidates) {
    const filed = `${c.metric}\u0000${c.entity}`;
    // The first group (in the order groups were made) with a member that c restates.
    let group = -1;
    for (const { order, items } of members.near(ValueBins.keys(c, filed, true))) {
      context.budget.spend(1);
      if (items.some((o) => restates(o, c))) {
        group = order;
        break;
      }
    }
    if (group >= 0) groups[group]!.push(c);
    else {
      group = groups.length;
      groups.push([c]);
    }
    members.add(ValueBins.keys(c, filed, false), group, c);
  }
  const heads = new ValueBins<Candidate[]>();
  groups.forEach((g, order) => {
    heads.add(ValueBins.keys(g[0]!, "", false), order, g);
  });
  for (const c of unknown) {
    const parties = partySet(c);
    let best: Candidate[] | null = null;
    let bestShared = 0;
    for (const { items } of heads.near(ValueBins.keys(c, "", true))) {
      context.budget.spend(1);
      const g = items[0]!;
      const head = g[0]!;
      if (!sameValue(head, c)) continue;
      const other = partySet(head);
      const shared = [...parties].filter((p) => other.has(p)).length;
      if (shared > bestShared) {
        best = g;
        bestShared = shared;
      }
    }
    if (best) {
      c.rules.push(`metric: the same amount between the same parties as another claim → ${best[0]!.metric}`);
      best.push(c);
      continue;
    }
    const deal =
      isCurrencyCode(c.unit) &&
      (c.qualifier === "letter_of_intent" ||
        /accord|contrat|deal|agreement|contract|partenariat|partnership/iu.test(c.sentence.text));
    if (deal) {
      c.metric = "compute_commitment";
      if (refusedAsImplausible(c, context)) continue;
      if (c.qualifier === "reported") c.qualifier = "commitment";
      c.confidence -= 0.2;
      c.rules.push("metric: an unnamed deal amount → compute_commitment (low confidence)");
      const alone = [c];
      heads.add(ValueBins.keys(c, "", false), groups.length, alone);
      groups.push(alone);
    } else {
      issue(
        context,
        "unknown_metric",
        extractMessages.unknown_metric(context.text.slice(c.q.span.start, c.q.span.end)),
        c.q.span,
      );
    }
  }
  return groups
    .map((group) => {
      const labelled = group.filter((c) => !unknown.includes(c));
      const base = [...(labelled.length > 0 ? labelled : group)].sort(
        (a, b) => completeness(b) - completeness(a),
      )[0]!;
      if (group.length === 1) return base;
      // A headline's wording ("drafts a plan as losses reach …") qualifies the body's figure only
      // when the body says nothing else.
      const body = group.filter((c) => !c.headline);
      const qualifier = (body.length > 0 ? body : group).reduce<Qualifier>(
        (q, c) => (qualifierRank(c.qualifier) < qualifierRank(q) ? c.qualifier : q),
        base.qualifier,
      );
      const explicit = group.find((c) => c.periodExplicit && c.period);
      const merged: Candidate = {
        ...base,
        qualifier,
        period: base.periodExplicit ? base.period : (explicit?.period ?? base.period),
        periodExplicit: base.periodExplicit || Boolean(explicit),
        counterparty: base.counterparty ?? group.find((c) => c.counterparty)?.counterparty ?? null,
        attribution: base.attribution ?? group.find((c) => c.attribution)?.attribution ?? null,
        item: base.item ?? group.find((c) => c.item)?.item ?? null,
        confidence: Math.max(...group.map((c) => c.confidence)),
        rules: [
          ...base.rules,
          `merged ${group.length} mentions of one fact (kept the most complete)${qualifier !== base.qualifier ? `; qualifier ${qualifier} from another mention` : ""}`,
        ],
      };
      return merged;
    })
    .sort((a, b) => a.q.span.start - b.q.span.start);
}

/** `quantities` are the document's, sorted by start. */
function quoteSpan(c: Candidate, text: string, quantities: QuantityMention[]): Span {
  const { sentence, q } = c;
  let start = q.span.start;
  let end = q.span.end;
  const others = quantitiesWithin(quantities, sentence).filter((o) => o !== q);
  const include = (span: Span | null, reach: number) => {
    if (!span || span.start < sentence.start || span.end > sentence.end) return;
    if (span.end < q.span.start - reach || span.start > q.span.end + reach) return;
    const s = Math.min(start, span.start);
    const e = Math.max(end, span.end);
    if (others.some((o) => o.span.start >= s && o.span.end <= e)) return;
    start = s;
    end = e;
  };
  include(c.metricAt, 140);
  include(c.entityAt, 160);
  include(c.timeAt, 90);
  include(c.counterpartyAt, 120);
  const rest = text.slice(end, sentence.end);
  const stop = rest.search(/[,;:.!?—–(]/u);
  if (stop >= 0 && stop <= 25) end += stop;
  while (end > start && /[\s,;:]/u.test(text[end - 1]!)) end--;
  const closers: Record<string, string> = { "»": "«", "”": "“", ")": "(" };
  const next = text[end];
  if (next && closers[next] && text.slice(start, end).includes(closers[next]!)) end++;
  return { start, end };
}

/** The claim's value: the recognized one, rescaled when the scale word was read another way. */
function scaledValue(c: Candidate): Claim["value"] {
  const { low, high, bound } = c.q;
  if (c.valueDivisor === 1) return { low, high, bound };
  return {
    low: low === null ? null : low / c.valueDivisor,
    high: high === null ? null : high / c.valueDivisor,
    bound,
  };
}

/** Whether the candidate's value is beyond its metric's: then it is refused with a note. */
function refusedAsImplausible(c: Candidate, context: Context): boolean {
  const value = scaledValue(c);
  const refusal = implausibility(c.metric, value.low, value.high);
  if (refusal?.kind !== "beyond") return false;
  const figure = context.text.slice(c.q.span.start, c.q.span.end);
  const largest = Math.max(Math.abs(value.low ?? 0), Math.abs(value.high ?? 0));
  issue(
    context,
    "implausible_value",
    extractMessages.implausible_value(
      figure,
      `${largest.toExponential(2)} ${c.unit} is beyond any plausible ${c.metric} (at most ${refusal.ceiling.toExponential(0)})`,
    ),
    c.q.span,
  );
  return true;
}

function toClaim(c: Candidate, input: AssemblyInput, quantities: QuantityMention[]): Claim {
  const span = quoteSpan(c, input.text, quantities);
  const value = scaledValue(c);
  const confidence = Math.round(Math.min(0.99, Math.max(0.05, c.confidence)) * 100) / 100;
  return {
    entity: c.entity ?? "",
    counterparty: c.counterparty,
    metric: c.metric!,
    value,
    unit: c.unit,
    period: c.period,
    qualifier: c.qualifier,
    attribution: c.attribution,
    item: c.item,
    span,
    quote: input.text.slice(span.start, span.end),
    document: input.document,
    confidence,
    explanation: c.rules.join("; "),
  };
}
