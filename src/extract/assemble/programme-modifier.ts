import { IS_A_PART_AFTER } from "../lexicon.js";
import { ownedBy } from "./owned-by.js";
import type { DocumentReading, FigureReading, Party, SentenceReading } from "./types.js";

/** Between a figure and the programme it sizes: a hyphen, a currency written after the scale. */
const MODIFIER_GAP = /^[\s\u00a0]*(?:[-‑–][\s\u00a0]*)?(?:(?:de|d['’])\s+(?:dollars|euros)[\s\u00a0]+)?$/iu;

/** Between a capacity and the programme it is for or that it names: "GPU pour", "chips for the", ", baptisé". */
const CAPACITY_GAP =
  /^[\s\u00a0]*(?:(?:[\p{L}-]+[\s\u00a0]+){0,3}?(?:pour|for)[\s\u00a0]+(?:le[\s\u00a0]+projet[\s\u00a0]+|the[\s\u00a0]+)?|,[\s\u00a0]*(?:baptisée?|dubbed|called|named|nommée?|appelée?)[\s\u00a0]+)$/iu;

/** What a programme's site is sized by. */
const CAPACITY_METRICS: ReadonlySet<string> = new Set(["datacenter_capacity", "gpu_count"]);

/** The gap a figure of this metric may leave before the programme it sizes. */
function sizesProgramme(metric: string | null, gap: string): boolean {
  if (gap.length <= 20 && MODIFIER_GAP.test(gap)) return true;
  return gap.length <= 40 && CAPACITY_METRICS.has(metric ?? "") && CAPACITY_GAP.test(gap);
}

/** The programme owns the figure, and is then no counterparty of it. */
function ownedByProgramme(f: FigureReading, programme: Party, why: string): void {
  const { candidate } = f;
  ownedBy(candidate, programme);
  f.entityParty = programme;
  f.rules.push(`entity: ${why} → ${programme.canonical}`);
}

/**
 * A figure written right before a programme's name sizes the programme ("the $500 billion Stargate
 * programme", "OpenAI's ambitious $500 billion Stargate initiative"), and so does a capacity written
 * for it or naming it ("50 000 GPU pour Stargate UK", "a 1-gigawatt cluster, dubbed Stargate UAE"):
 * the programme owns it (CLAIMS.md §6), whoever the sentence's subject or the programme's possessor is.
 */
export function reviseProgrammeModifier(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate } = f;
  const end = f.q.span.end;
  const programme = s.parties.find(
    (p) =>
      r.gazetteer.programmes.has(p.canonical) &&
      p.start >= end &&
      sizesProgramme(candidate.metric, r.text.slice(end, p.start)),
  );
  if (!programme || candidate.entity === programme.canonical) return;
  ownedByProgramme(f, programme, "the figure sizes the programme named after it");
}

/** What a programme sizes itself by: its spending, its power, its chips. */
const PROGRAMME_METRICS: ReadonlySet<string> = new Set([
  "capex",
  "investment",
  "datacenter_capacity",
  "gpu_count",
]);

/**
 * A figure no company of its sentence owns, in a sentence that speaks of a programme and names no
 * company before the figure ("L'investissement global dépasse 400 milliards … au terme du projet",
 * "The facility will require 1.2 gigawatts and serves as the flagship site of the Stargate
 * project"): the programme's own figure (CLAIMS.md §6), not the article's subject's.
 */
export function reviseProgrammeOwnFigure(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate } = f;
  if (f.entityParty !== null || f.inherited || !PROGRAMME_METRICS.has(candidate.metric ?? "")) return;
  const start = f.q.span.start;
  if (s.parties.some((p) => p.kind === "company" && p.via === "name" && p.end <= start)) return;
  const programme = s.parties.find((p) => p.kind === "programme" || r.gazetteer.programmes.has(p.canonical));
  if (!programme || candidate.entity === programme.canonical) return;
  // "a 5-gigawatt campus, of which Stargate will be a part": the figure sizes the whole, not the programme.
  if (IS_A_PART_AFTER.test(r.text.slice(programme.end, programme.end + 40))) return;
  ownedByProgramme(f, programme, "no company owns it in a sentence about the programme");
  // A programme's investment is what it spends (CLAIMS.md §2: capex).
  if (candidate.metric === "investment") {
    candidate.metric = "capex";
    f.rules.push("metric: a programme's investment is its capital spending → capex");
  }
}

/** "It is part of a 5-gigawatt campus", "s'inscrit dans un campus": the figure sizes a whole the programme belongs to. */
export const WHOLE_IT_BELONGS_TO =
  /\b(?:part\s+of|within|s['’]inscri\p{L}*\s+dans|fai\p{L}*\s+partie\s+d|au\s+sein\s+d)/iu;

/** How many sentences back a programme's capacity may still be the one a later figure continues. */
const CONTINUED_WITHIN_SENTENCES = 2;

/**
 * A capacity figure whose sentence names no owner, right after a capacity the programme owns, goes
 * on sizing the programme: its first phase or tranche, what its site may later be brought to ("Une
 * première tranche de 200 mégawatts doit entrer en service", "Le site pourrait ensuite être porté à
 * 520 mégawatts", "the first 200 megawatts are due in 2026"), not the article's subject (CLAIMS.md §6).
 */
export function reviseProgrammeCapacityContinued(
  r: DocumentReading,
  s: SentenceReading,
  f: FigureReading,
): void {
  const { candidate } = f;
  if (candidate.metric !== "datacenter_capacity" || f.entityParty !== null || f.inherited) return;
  if (candidate.entity !== s.local) return;
  const previous = r.candidates.findLast((c) => c.metric === "datacenter_capacity");
  if (
    !previous?.entity ||
    !r.gazetteer.programmes.has(previous.entity) ||
    s.sentenceIndex - previous.sentenceIndex > CONTINUED_WITHIN_SENTENCES ||
    WHOLE_IT_BELONGS_TO.test(r.text.slice(s.sentence.start, f.q.span.start))
  )
    return;
  candidate.entity = previous.entity;
  candidate.entityAt = null;
  f.rules.push(
    `entity: no owner named, the capacity goes on sizing the programme just sized → ${previous.entity}`,
  );
}
