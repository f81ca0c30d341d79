/**
 * A company disputing a figure just given and putting its own in its place: "Nordlab disputes this
 * number, putting the net revenue nearer $9 billion", « Nordlab conteste ce chiffre et avance plutôt
 * 9 milliards ». The new figure measures what the disputed one measures, for the same company; the
 * disputing company is its source, and the figure its estimate (CLAIMS.md §6, §7: another company's
 * reading is an estimate).
 */
import { takeUpFigure } from "./anaphoric-amount.js";
import type { DocumentReading, FigureReading, Party, SentenceReading } from "./types.js";

/** A verb of disputing and the figure taken up, then the clause up to the new figure. */
const DISPUTES_THE_FIGURE =
  /(?<!\p{L})(?:question(?:s|ed|ing)?|disput(?:es|ed|ing)|challeng(?:es|ed|ing)|contest(?:s|ed|ing)?|doubt(?:s|ed|ing)?|reject(?:s|ed|ing)?|contest(?:e|ent|ait|aient)|a\s+contesté|ont\s+contesté|remet(?:tent)?\s+en\s+(?:cause|question|doute)|met(?:tent)?\s+en\s+doute|a\s+mis\s+en\s+doute|dément|conteste)\s+(?:this|that|the|these|those|ce|cet|cette|ces|le|la|les)\s+(?:\p{L}+\s+)?(?:figures?|numbers?|estimates?|amounts?|claims?|totals?|chiffres?|montants?|estimations?|données|totaux|total)(?!\p{L})[^.;:!?]{0,90}$/iu;

/** How far back the disputed figure may stand: the sentence before, at most. */
const MAX_GAP = 400;

/** The company disputing, when the figure follows its dispute and the disputed figure is another company's. */
function disputer(r: DocumentReading, s: SentenceReading, f: FigureReading): Party | null {
  const previous = f.previous ?? s.previousSentenceClaim;
  if (!previous?.entity || !previous.metric || previous.unit !== f.candidate.unit) return null;
  if (f.q.span.start - previous.q.span.end > MAX_GAP) return null;
  const from = Math.max(s.sentence.start, previous.q.span.end);
  const lead = r.text.slice(from, f.q.span.start);
  const verb = DISPUTES_THE_FIGURE.exec(lead);
  if (!verb) return null;
  const verbAt = from + verb.index;
  const party = s.parties.findLast(
    (p) => p.kind === "company" && p.end <= verbAt && verbAt - p.end <= 12 && p.start >= from,
  );
  return party && party.canonical !== previous.entity ? party : null;
}

/** Entity and metric: those of the figure disputed; the disputing company as the source. */
export function reviseDisputedFigure(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const party = disputer(r, s, f);
  if (!party) return;
  const previous = (f.previous ?? s.previousSentenceClaim)!;
  const { candidate } = f;
  f.rules.push(
    `entity: ${party.canonical} disputes the figure before and gives its own → ${previous.metric} of ${previous.entity}, source ${party.canonical}`,
  );
  takeUpFigure(f, previous);
  candidate.attribution = party.canonical;
}

/** The qualifier: another company's reading of the figure is an estimate, unless hearsay made it a rumour. */
export function reviseDisputedQualifier(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate } = f;
  if (candidate.qualifier !== "reported" || !candidate.attribution) return;
  const party = disputer(r, s, f);
  if (party?.canonical !== candidate.attribution) return;
  candidate.qualifier = "estimated";
  f.rules.push(`qualifier: ${party.canonical}'s own reading of another company's figure → estimated`);
}
