/**
 * An amount that takes up the previous one: « valorisée à 80 milliards. Un montant déjà énorme qui
 * pourrait monter à 200 milliards lors de la prochaine levée », "valued at $80 billion, a figure that
 * could climb to $200 billion", "invest at least $2 billion, with the amount rising to as much as $6
 * billion". The new figure measures what its antecedent measures (a valuation here), not what a noun
 * near it names ("levée de fonds", "funding round").
 */
import type { Candidate, DocumentReading, FigureReading, SentenceReading } from "./types.js";

/**
 * The anaphoric noun heading the figure's clause, up to the figure: "Un montant déjà énorme qui pourrait
 * monter à", "with the amount rising to", « le montant pouvant atteindre ».
 */
const AMOUNT_ANAPHOR =
  /(?:^|[,;:—–(]\s*)(?:(?:with|avec)\s+)?(?:(?:un|ce|le|cette|la|a|this|that|the)\s+|l['’]\s*)(?:(?:montant|somme|chiffre|niveau|figure|amount|sum|number|level|valuation|valorisation)\s+)(?:[^.;:,]{0,40}?\s)?(?:qui|que|which|that|could|may|might|pourrait|pourraient|aurait|est|is|will|va|rising|climbing|growing|increasing|going|pouvant|allant|montant|grimpant|passant)[\s,][^.;:]{0,80}$/iu;

/** Between a figure and the noun it measures, past a few modifiers, no determiner: "in monthly subscription", « de ». */
const OWN_MEASURE_GAP =
  /^\s*(?:in|of|de|d['’]|en)\s*(?:(?!(?:its|their|the|an?|this|that|sa|son|ses|leurs?|la|le|les|une?|cette|ce)\s)[\p{L}-]+\s+){0,3}$/iu;

/**
 * "That figure implies about $12 million in monthly revenue", « ce chiffre suppose 40 millions de ventes
 * mensuelles »: a figure followed by the noun it measures is a new measure derived from the antecedent.
 */
function namesItsOwnMeasure(text: string, f: FigureReading): boolean {
  const at = f.candidate.metricAt;
  return at !== null && at.start >= f.q.span.end && OWN_MEASURE_GAP.test(text.slice(f.q.span.end, at.start));
}

/** How far back the antecedent may stand: the sentence before, at most. */
const MAX_GAP = 240;

/** A figure taking up the previous amount: the previous figure's metric and owner. */
export function reviseAnaphoricAmount(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate } = f;
  const previous = f.previous ?? s.previousSentenceClaim;
  if (!previous?.metric || previous.unit !== candidate.unit || !previous.entity) return;
  if (f.q.span.start - previous.q.span.end > MAX_GAP) return;
  const from = Math.max(s.sentence.start, previous.q.span.end);
  // Up to the number: a hedge read into the figure may hold the verb ("pouvant atteindre 9 milliards").
  if (!AMOUNT_ANAPHOR.test(r.text.slice(from, Math.max(from, f.q.numberSpan.start)))) return;
  if (candidate.metric === previous.metric && candidate.entity === previous.entity) return;
  if (namesItsOwnMeasure(r.text, f)) return;
  f.rules.push(`metric: the amount takes up the previous one → ${previous.metric} of ${previous.entity}`);
  takeUpFigure(f, previous);
}

/** The figure measures what an earlier one measures, for the same parties. */
export function takeUpFigure(f: FigureReading, previous: Candidate): void {
  const { candidate } = f;
  candidate.metric = previous.metric;
  candidate.metricAt = previous.metricAt;
  candidate.entity = previous.entity;
  candidate.entityAt = previous.entityAt;
  candidate.counterparty = previous.counterparty;
  candidate.counterpartyAt = previous.counterpartyAt;
  f.entityGroup = [];
}

/** A definite noun phrase opening on the figure: "The fresh $60 billion commitment", "ces 60 milliards". */
const DEFINITE_BEFORE =
  /(?:^|[,;:(—–]\s*|\b(?:and|et|but|mais)\s+)(?:the|this|that|le|la|les|ce|cet|cette|ces)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/** How far back the amount repeated may stand: a few paragraphs. */
const REPEAT_REACH = 2000;

/**
 * The same amount, of the same owner, taken up with a definite article a few paragraphs later ("a
 * $60 billion investment into neocloud providers … The fresh $60 billion commitment"): it measures
 * what it measured the first time.
 */
export function reviseRepeatedAmount(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate, q } = f;
  if (!candidate.metric || !candidate.entity) return;
  const first = r.candidates.find(
    (c) =>
      c.q.span.end <= s.sentence.start &&
      q.span.start - c.q.span.end <= REPEAT_REACH &&
      c.entity === candidate.entity &&
      c.unit === candidate.unit &&
      c.q.low === q.low &&
      c.q.high === q.high &&
      c.metric !== null,
  );
  if (!first?.metric || first.metric === candidate.metric) return;
  // Looked for once the same amount was found before: few figures repeat one.
  const lead = r.text.slice(Math.max(s.sentence.start, q.span.start - 60), q.span.start);
  if (!DEFINITE_BEFORE.test(lead)) return;
  f.rules.push(`metric: the same amount of ${first.entity} taken up again → ${first.metric}`);
  candidate.metric = first.metric;
  candidate.metricAt = first.metricAt;
}
