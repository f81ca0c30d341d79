import type { Issue, Language, Metric, Period, Qualifier, Span } from "../../core/index.js";
import type { WorkBudget } from "../budget.js";
import type { Gazetteer, NameMention } from "../gazetteer.js";
import type { MetricRule } from "../lexicon.js";
import type { extractMessages } from "../messages.js";
import type { QuantityMention } from "../numbers/types.js";
import type { TimeMention } from "../periods.js";
import type { Sentence } from "../sentences.js";
import type { Table } from "../tables.js";
import type { SentenceSource } from "./attribution.js";
import type { DiscourseRecord, SalientCompany } from "./discourse-candidates.js";
import type { EntityFeature, EntityOption } from "./entity.js";
import type { Option, Weights } from "./scorer.js";
import type { SentenceIndex } from "./sentence.js";

export interface AssemblyInput {
  text: string;
  language: Language;
  published: string | null;
  document: string;
}

/** A name, anaphora or pronoun that can stand for a company in one sentence. */
export interface Party extends NameMention {
  via: "name" | "anaphora" | "adhoc";
}

export interface Candidate {
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
  /** The region that owns the figure, when it is a region's stock of data-centre capacity. */
  region?: string;
}

export interface Context {
  text: string;
  language: Language;
  published: string | null;
  gazetteer: Gazetteer;
  subject: string | null;
  quantities: QuantityMention[];
  issues: Issue[];
  document: string;
  budget: WorkBudget;
  /** The document's sentences in text order, as the figures' sentence indices count them. */
  sentences: Sentence[];
}

export function issue(
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

export interface Keyword {
  start: number;
  end: number;
}

/** What the reading of a document carries from sentence to sentence. */
export interface DocumentReading {
  text: string;
  input: AssemblyInput;
  gazetteer: Gazetteer;
  subject: string | null;
  context: Context;
  budget: WorkBudget;
  names: NameMention[];
  /** Every mention of a state or public body in text order, its place uses too ("en France"), which `names` leaves out. */
  publicBodyMentions: NameMention[];
  candidates: Candidate[];
  unknown: Candidate[];
  /** The latest candidate of any kind, the latest round, the latest yearly flow with its own period. */
  latest: Candidate | undefined;
  latestRound: Candidate | undefined;
  latestYearlyFlow: Candidate | undefined;
  lastCurrency: string | null;
  /** The first currency the document names: an amount elided before any currency is written in it. */
  documentCurrency: string | null;
  defaultOutlet: string | null;
  lastPerson: string | null;
  inRelatedList: boolean;
  /** The latest warrant the article has seen granted. */
  warrant: { issuer: string; holder: string } | null;
  /** The company the latest sentences are about (their grammatical subject): what "l'entreprise" means here. */
  topic: string | null;
  /** The topic when the list being read began: each item starts from it, not from its sibling's subject. */
  listTopic: string | null;
  /** The companies the discourse has named so far (discourse-candidates.ts). */
  discourse: DiscourseRecord;
  /** The latest group that owned a figure ("Amazon+Alphabet+Meta"): what "ils", "they" mean. */
  lastGroup: string | null;
  /** The sentence that opens the list being read ("Weekly users of ChatGPT:"), while its items follow. */
  listLead: Sentence | null;
  /** The document's tables, whose headers and row labels speak for the figures in their cells. */
  tables: Table[];
  entityWeights: Weights<EntityFeature>;
  observe: ((decision: FieldDecision) => void) | undefined;
  /** The quarter the document reports (reported-quarter.ts), found when first asked; null when none. */
  reportedQuarter?: ClosedPeriod | null;
  /** The quotations closed on their own line (quoted-speaker.ts), in text order, found when first asked. */
  quotations?: Span[];
}

/** One sentence as each of its figures sees it, found once. */
export interface SentenceReading {
  sentence: Sentence;
  sentenceIndex: number;
  body: string;
  sentenceQs: QuantityMention[];
  times: TimeMention[];
  /** The company the text is about here: the latest sentences' subject, else the article's. */
  local: string | null;
  parties: Party[];
  /** Every source the sentence gives, strongest first. */
  sources: SentenceSource[];
  /** The strongest of them. */
  attribution: SentenceSource | null;
  person: Party | undefined;
  previousSentenceClaim: Candidate | undefined;
  demonstrative: RegExpExecArray | null;
  sentenceClaims: Candidate[];
  figures: QuantityMention[];
  metricKeywords: (rule: MetricRule) => Keyword[];
  index: SentenceIndex;
  /** For an item of a list, the sentence that opens the list; its words name what the items measure. */
  listLead: Sentence | null;
  /** The last date given just before the sentence (earlierDateOf), once read; undefined until asked. */
  dateBefore: TimeMention | null | undefined;
  /** The words of the sentence-wide qualifier rules found in it, by rule (readQualifier); undefined until asked. */
  sentenceQualifierWords: (string | null)[] | undefined;
  /** The companies the discourse made salient before the sentence (discourse-candidates.ts); undefined until asked. */
  salient?: SalientCompany[];
}

/** The cue that names an entity candidate in the figure's sentence. */
export type EntityCue =
  | "possessive"
  | "investor"
  | "valued"
  | "recipient"
  | "member"
  | "relative"
  | "gapped"
  | "verb"
  | "subject"
  | "nearest"
  | "after";

/** One field's candidates for one figure, as the scorer saw them (for fitting the weights). */
export interface FieldDecision {
  field: "entity";
  figure: QuantityMention;
  options: readonly Option<EntityOption, EntityFeature>[];
}

/** What the caller may change in assembly: the scorer's weights, and an observer of its decisions. */
export interface AssemblyOptions {
  entityWeights?: Weights<EntityFeature>;
  observe?: (decision: FieldDecision) => void;
}

/** One figure being read: the candidate and what each stage decided for the next. */
export interface FigureReading {
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
  entityBy: EntityCue | null;
  inherited: boolean;
  /**
   * The period is the publication's (its year for a flow, its month for a level), given for want of any
   * date: a quarterly report may say otherwise.
   */
  periodByPublication?: boolean;
  /** The run of figures a list of companies shares out one by one ("respectively"), and this figure's place in it. */
  listShare?: { run: readonly QuantityMention[]; index: number };
}

/** The unit stage's outcome for one figure, or null when the number is no figure to read. */
export interface UnitReading {
  rules: string[];
  figure: string;
  previous: Candidate | undefined;
  unit: string;
  elided: boolean;
  valueDivisor: number;
}

/** A period with both ends known, as ISO dates: a quarter, a year. */
export type ClosedPeriod = { start: string; end: string };

/** An owner found outside the figure's sentence, with the words that point to it (for `explain`). */
export interface OwnerFromOutside {
  name: string;
  surface: string;
}
