import type { Span } from "../../core/index.js";
import { type BreakIndex, clauseBreaks, SpanIndex, SubclauseStarts, subclauseBreaks } from "../clauses.js";
import { BUSINESS_LINE, DEAL_DEMONSTRATIVE, METRIC_RULES } from "../lexicon.js";
import type { QuantityMention } from "../numbers/types.js";
import { firstMatch, matchesIn } from "../patterns.js";
import { findTimeMentions, publicationAsOf, type TimeMention } from "../periods.js";
import type { Sentence } from "../sentences.js";
import { tableAt, tableRowAt } from "../tables.js";
import { anchorCountedDates } from "./anchored-dates.js";
import { sentenceSources } from "./attribution.js";
import { breakdownLead } from "./breakdown-lead.js";
import { withCollectiveGroups } from "./collectives.js";
import { sentenceFiscalYearEnd } from "./fiscal-calendar.js";
import { itemOpeningCompany } from "./item-company.js";
import { headsListBelow, INLINE_LIST, LABELLED_LINE } from "./list-lines.js";
import { isHeadingLine, metricKeywordsOf } from "./metric.js";
import { fullPersonName, gapBetween, isComplement, listFrom, partiesOf, warrantGrantIn } from "./parties.js";
import { sentenceTopic, withPlaceOwners } from "./salience.js";
import { withoutStatementMedia } from "./statement-medium.js";
import { overlaps, quantitiesWithin, SCALE_WORD } from "./text.js";
import type { DocumentReading, Party, SentenceReading } from "./types.js";

/** What one sentence knows once for all its figures: its clause breaks and where its figures lie. */
export interface SentenceIndex {
  breaks: BreakIndex;
  subclauseBreaks: BreakIndex;
  subclauseStarts: SubclauseStarts;
  /** The figures a metric word must not cross. */
  figures: SpanIndex;
  /** The figures that are not percentages ("revenue rose 11% to $14.9 billion" crosses only a share). */
  amounts: SpanIndex;
  /** Every quantity of the sentence. */
  quantities: SpanIndex;
}

export function indexSentence(
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
    amounts: new SpanIndex(figures.filter((f) => f.unit !== "fraction").map((f) => f.span)),
    quantities: new SpanIndex(quantities.map((f) => f.span)),
  };
}

/** The sentence index, built on its first use: sentences whose figures are all set aside never need it. */
export function lazyIndex(build: () => SentenceIndex): SentenceIndex {
  return new LazyIndex(build);
}

/** A class rather than an object literal with getters, which V8 makes slowly, once per sentence. */
class LazyIndex implements SentenceIndex {
  #built: SentenceIndex | null = null;
  readonly #build: () => SentenceIndex;

  constructor(build: () => SentenceIndex) {
    this.#build = build;
  }

  #get(): SentenceIndex {
    this.#built ??= this.#build();
    return this.#built;
  }

  get breaks(): BreakIndex {
    return this.#get().breaks;
  }

  get subclauseBreaks(): BreakIndex {
    return this.#get().subclauseBreaks;
  }

  get subclauseStarts(): SubclauseStarts {
    return this.#get().subclauseStarts;
  }

  get figures(): SpanIndex {
    return this.#get().figures;
  }

  get amounts(): SpanIndex {
    return this.#get().amounts;
  }

  get quantities(): SpanIndex {
    return this.#get().quantities;
  }
}

export const NOW_MARKER =
  /\b(?:actuellement|aujourd['’]hui|désormais|à\s+ce\s+jour|currently|today|now|to\s+date)\b/giu;

/** The time expressions of a sentence that are no part of its figures, "now" markers included. */
export function timesOf(
  body: string,
  sentenceStart: number,
  sentenceQs: QuantityMention[],
  published: string | null,
  fiscalEnd: number | null = null,
): TimeMention[] {
  const times = findTimeMentions(body, published, sentenceStart, fiscalEnd).filter(
    // "a five-year, $11.9 billion agreement": a term written around the amount stays the deal's.
    (t) =>
      !sentenceQs.some(
        (q) =>
          q.unit !== null &&
          overlaps(q.span, t) &&
          !(t.fromPublication && t.start < q.span.start && t.end > q.span.end),
      ),
  );
  const markers = matchesIn(NOW_MARKER, body);
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

/** A list item: a line opened by a bullet or a number ("- juin 2025 : 10 milliards", "2) …"). */
export const LIST_ITEM = /^(?:[-•·*–]|\d{1,2}[.)])\s/u;

/** Two lines that are items of one list, the second right after the first. */
/** A list item that opens on a pronoun or "the company": it goes on about its sibling's company. */
const ITEM_GOES_ON =
  /^(?:[-•·*–]|\d{1,2}[.)])\s+(?:it|its|they|their|the\s+(?:company|group|firm)|il|elle|ils|elles|sa|son|ses|leurs?|la\s+soci[ée]t[ée]|le\s+groupe|l['’]entreprise)\b/iu;

function continuesList(before: Sentence, body: string): boolean {
  return LIST_ITEM.test(body) && LIST_ITEM.test(before.text);
}

/**
 * The sentence opening the list `sentence` belongs to, if it is an item: the latest sentence before
 * the items that ends with a colon. Any other sentence closes the list.
 */
export function followListLead(r: DocumentReading, sentence: Sentence, body: string): Sentence | null {
  const breakdown = breakdownLead(r, sentence, body);
  if (breakdown) return breakdown;
  if (LIST_ITEM.test(body) || INLINE_LIST.test(body)) return r.listLead;
  const line = lineOf(r.text, sentence);
  if (r.listLead && line && LABELLED_LINE.test(body)) return r.listLead;
  const heading = line !== null && (line.start === 0 || r.text[line.start - 2] === "\n");
  const heads =
    heading &&
    line &&
    (isHeadingLine(r.text, line.start, line.end) || headsListBelow(r.text, line.start, line.end));
  r.listLead = /:\s*$/u.test(body) || heads ? sentence : null;
  return null;
}

/** The line the sentence is, when it is a whole line of the text. */
function lineOf(text: string, sentence: Sentence): Span | null {
  if (sentence.start > 0 && text[sentence.start - 1] !== "\n") return null;
  const newline = text.indexOf("\n", sentence.end);
  const end = newline < 0 ? text.length : newline;
  return text.slice(sentence.end, end).trim() === "" ? { start: sentence.start, end } : null;
}

/**
 * A table row's first cell names what the row is about ("| Mistral AI | septembre 2025 | 1,7 Md€ |"):
 * a company the gazetteer does not know is still the row's party.
 */
/** A first column headed "Métrique", "Metric", "KPI": its rows name what is measured, not who. */
const MEASURE_HEADER =
  /^\s*(?:m[ée]triques?|metrics?|indicateurs?|indicators?|kpis?|mesures?|measures?|postes?|items?|chiffres?|figures?|donn[ée]es?|data)\s*$/iu;

/** A label that is a date and nothing else ("T1 2025", "Q3 FY26", "Septembre 2025"): when, not who. */
function namesOnlyAPeriod(label: string, published: string | null): boolean {
  const words = label.trim();
  return findTimeMentions(words, published).some((t) => t.start === 0 && t.end >= words.length);
}

/** A row's first cell as an owner the gazetteer does not know; none when it names a measure or a date. */
function tableRowLabel(r: DocumentReading, sentence: Sentence, parties: Party[]): Party | null {
  if (r.tables.length === 0) return null;
  const found = tableRowAt(r.tables, sentence.start);
  const label = found?.row.cells[0];
  if (!found || !label || label.end - label.start > 60) return null;
  const surface = r.text.slice(label.start, label.end).replace(/\s*\(.*\)$/u, "");
  if (!/^\p{Lu}/u.test(surface) || parties.some((p) => p.start >= label.start && p.end <= label.end))
    return null;
  const header = found.table.header.cells[0];
  if (header && MEASURE_HEADER.test(r.text.slice(header.start, header.end))) return null;
  if (BUSINESS_LINE.test(surface) || METRIC_RULES.some((rule) => surface.search(rule.pattern) >= 0))
    return null;
  if (namesOnlyAPeriod(surface, r.input.published)) return null;
  return {
    start: label.start,
    end: label.start + surface.length,
    canonical: surface,
    kind: "company",
    surface,
    via: "adhoc",
  };
}

/**
 * "It expects …", "Elle prévoit …" opening a paragraph: the pronoun stands for the company the
 * previous paragraph ended on, not for the article's subject (impersonal "it is", "il y a" aside).
 */
const OPENS_ON_PRONOUN =
  /^(?:it|il|elle)\s(?!\s*(?:y|faut|s['’]agit|semble|reste|est\s+\p{L}+\s+(?:de|que|d['’])|is|was|'s|seems|appears|remains|would\s+be|will\s+be|means|takes|also\s+(?:is|was))(?![\p{L}]))/iu;

/** What one sentence offers every figure in it, found once; null for a related-reading list. */
export function readSentence(
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
  const fiscalEnd = sentenceQs.length > 0 ? sentenceFiscalYearEnd(r, sentence.start, sentence.end) : null;
  const times =
    sentenceQs.length > 0
      ? anchorCountedDates(
          text,
          timesOf(body, sentence.start, sentenceQs, input.published, fiscalEnd),
          input.published,
          fiscalEnd,
        )
      : [];
  // A new paragraph that opens on "the company" goes back to the article's subject; the next item of
  // a list or row of a table is no new paragraph, nor is the first item after the line that opens it.
  const before = sentences[sentenceIndex - 1];
  const nextItem = before !== undefined && continuesList(before, body);
  const tableRow = tableAt(r.tables, sentence.start) !== null;
  const firstItem = before !== undefined && r.listLead === before && (LIST_ITEM.test(body) || tableRow);
  const nextRow = before !== undefined && tableRow && tableAt(r.tables, before.start) !== null;
  if (
    before &&
    before.paragraph !== sentence.paragraph &&
    !nextItem &&
    !firstItem &&
    !nextRow &&
    !OPENS_ON_PRONOUN.test(body)
  )
    r.topic = null;
  // Items of a list are siblings: a company one item is about does not own the next item's figures,
  // unless the item goes on about it ("- It then added $4 billion").
  if ((nextItem && !ITEM_GOES_ON.test(body)) || nextRow) r.topic = r.listTopic;
  else if (LIST_ITEM.test(body) || tableRow) r.listTopic = r.topic;
  // An item that opens on its company and points back at it: its anaphora stand for that company.
  const itemCompany = LIST_ITEM.test(body) ? itemOpeningCompany(r, sentence) : null;
  if (itemCompany) r.topic = itemCompany;
  const local = r.topic ?? subject;
  const parties = withPlaceOwners(
    r,
    withCollectiveGroups(
      r,
      sentences,
      sentenceIndex,
      withoutStatementMedia(
        text,
        partiesOf(sentence, text, names, local, gazetteer, r.lastGroup, subject),
        sentence.start,
      ),
    ),
    sentence.start,
  );
  const rowLabel = tableRowLabel(r, sentence, parties);
  if (rowLabel) parties.unshift(rowLabel);
  // Bare small numbers ("six months", "dix versements") are no figures a metric word must not cross.
  const figures = sentenceQs.filter(
    (o) => o.unit !== null || SCALE_WORD.test(text.slice(o.numberSpan.start, o.numberSpan.end)),
  );
  r.warrant = warrantGrantIn(sentence, text, parties) ?? r.warrant;
  const sources = sentenceSources(sentence, text, parties, gazetteer);
  return {
    sentence,
    sentenceIndex,
    body,
    sentenceQs,
    times,
    local,
    parties,
    sources,
    attribution: sources[0] ?? null,
    person: parties.find((p) => p.kind === "person"),
    previousSentenceClaim: r.latest?.sentenceIndex === sentenceIndex - 1 ? r.latest : undefined,
    demonstrative: sentenceQs.length > 0 ? firstMatch(DEAL_DEMONSTRATIVE, body) : null,
    sentenceClaims: [],
    figures,
    metricKeywords: metricKeywordsOf(sentence, text, names),
    index: lazyIndex(() => indexSentence(text, sentence, figures, sentenceQs)),
    listLead: followListLead(r, sentence, body),
    dateBefore: undefined,
    sentenceQualifierWords: undefined,
  };
}

/** "NVIDIA Blackwell", "AMD Instinct": a product right after its maker's name is one name with it. */
function namesItsMakersProduct(text: string, maker: Party | undefined, product: Party): boolean {
  return (
    maker !== undefined &&
    product.kind === "product" &&
    maker.canonical === product.canonical &&
    /^\s+$/u.test(text.slice(maker.end, product.start))
  );
}

/**
 * "The deal gives Microsoft…", "L'accord donne à Microsoft…": a sentence opening on a noun and its
 * verb; the company after them is the verb's object, not what the sentence is about.
 */
const NOUN_PHRASE_THEN_VERB =
  /^(?:The|This|That|Le|La|Les|L['’]|Ce|Cet|Cette)\s*[\p{Ll}-]+\s+(?:[\p{Ll}'’-]+\s+){1,3}$/u;

/** After a sentence: the outlet it credits, the person it quotes, the company it is about. */
export function closeSentence(r: DocumentReading, s: SentenceReading): void {
  const { text, gazetteer } = r;
  const { sentence, sentenceQs, parties, attribution, person } = s;
  if (attribution?.named && !person && gazetteer.outlets.includes(attribution.name))
    r.defaultOutlet ??= attribution.name;
  if (person) r.lastPerson = fullPersonName(person.surface, person.canonical, gazetteer);
  const firstFigure = sentenceQs[0]?.span.start ?? sentence.end;
  const sentenceSubject = parties.find(
    (p, i) =>
      p.start - sentence.start <= 40 &&
      !NOUN_PHRASE_THEN_VERB.test(text.slice(sentence.start, p.start)) &&
      !namesItsMakersProduct(text, parties[i - 1], p) &&
      p.start < firstFigure &&
      !gazetteer.programmes.has(p.canonical) &&
      gazetteer.roles.get(p.canonical) !== "source" &&
      !isComplement(text, p, sentence.start),
  );
  // "Chiffre d'affaires d'OpenAI par année :": a line opening a list is about the company it names.
  const listLeadCompany =
    sentenceSubject === undefined && sentenceQs.length === 0 && /:\s*$/u.test(s.body)
      ? parties.find((p) => p.kind === "company" && gazetteer.roles.get(p.canonical) !== "source")
      : undefined;
  const topic = sentenceTopic(r, s, sentenceSubject ?? listLeadCompany);
  if (topic) r.topic = topic;
  const joint =
    (sentenceSubject && jointSubjects(text, parties, sentenceSubject, firstFigure)) ||
    jointAgents(text, parties, firstFigure);
  if (joint) r.lastGroup = joint;
}

/** A past participle and "by", "par": « exploité par », "operated by", "run by", « détenu par ». */
const PASSIVE_AGENT_BEFORE =
  /(?<!\p{L})(?:\p{Ll}+(?:ed|é|ée|és|ées|is|ise|it|ite|u|ue|us)|run|held|led|built|owned|made)\s+(?:(?:jointly|together|conjointement|ensemble)\s+)?(?:by|par)\s+$/u;

/**
 * "The campus is operated by Oracle and Crusoe. They will invest…", « Le site est exploité par Oracle
 * et Crusoe. Ils investiront… »: companies coordinated as the agent of a passive verb act together,
 * the group "they", « ils » mean next.
 */
function jointAgents(text: string, parties: Party[], limit: number): string | null {
  for (let i = 0; i < parties.length; i++) {
    const first = parties[i]!;
    if (first.start > limit) break;
    if (!PASSIVE_AGENT_BEFORE.test(text.slice(Math.max(0, first.start - 40), first.start))) continue;
    const list = listFrom(parties, i, text, limit);
    if (list.length < 2 || list.some((p) => p.kind !== "company" || p.via !== "name")) continue;
    if (!LAST_JOINT_GAP.test(gapBetween(text, list.at(-2)!, list.at(-1)!))) continue;
    const names = new Set(list.map((p) => p.canonical));
    if (names.size === list.length) return [...names].join("+");
  }
  return null;
}

/** Between the last two of subjects acting together, and after them their verb: "A et B ont publié". */
const LAST_JOINT_GAP = /^\s*,?\s*(?:et|and|&)\s*$/iu;
const VERB_AFTER_SUBJECTS =
  /^\s+(?:ont|sont|avaient|seront|vont|doivent|\p{Ll}+(?:ent|ront|aient)|have|had|are|were|will|would|plan|\p{Ll}+ed|operate|run|own|build|share|control|manage|lead|develop|co-own|jointly\s+\p{Ll}+)(?!\p{L})/u;

/**
 * "Microsoft et Alphabet ont publié leurs résultats. Ils ont dépensé respectivement…": companies
 * opening a sentence together as the subject of a plural verb are the group "ils", "they" mean next.
 */
function jointSubjects(text: string, parties: Party[], first: Party, limit: number): string | null {
  const list = listFrom(parties, parties.indexOf(first), text, limit);
  const last = list.at(-1)!;
  if (list.length < 2 || list.some((p) => p.kind !== "company" || p.via !== "name")) return null;
  if (!LAST_JOINT_GAP.test(gapBetween(text, list.at(-2)!, last))) return null;
  if (!VERB_AFTER_SUBJECTS.test(text.slice(last.end, last.end + 20))) return null;
  const names = new Set(list.map((p) => p.canonical));
  return names.size === list.length ? [...names].join("+") : null;
}
