/**
 * The programme partners act under or whose measure is given: "they would build five more sites
 * under their Stargate venture, taking planned capacity to nearly 7 gigawatts", "dans le cadre de
 * leur projet Stargate", "portant la capacité prévue du programme à 7 GW", "the venture's planned
 * capacity": the capacity and the spending are the programme's (CLAIMS.md §6), not its partners'.
 * The figures the next sentences give without another owner — "the partners", "they", "the new
 * sites", or no one — go on being the programme's.
 */
import type { Metric } from "../../core/index.js";
import { WHOLE_IT_BELONGS_TO } from "./programme-modifier.js";
import type { DocumentReading, FigureReading, Party, SentenceReading } from "./types.js";

/** What a programme sizes itself by. */
const PROGRAMME_METRICS: ReadonlySet<string> = new Set([
  "capex",
  "investment",
  "compute_commitment",
  "datacenter_capacity",
]);

/** Right before the programme's name: the frame the partners act in ("under their", "dans le cadre de leur projet"). */
const FRAME_BEFORE =
  /(?<!\p{L})(?:under|as\s+part\s+of|within|through|dans\s+le\s+cadre\s+d(?:e|u|['’])|au\s+sein\s+d(?:e|u|['’])|sous\s+l['’]égide\s+d(?:e|u|['’]))\s*(?:(?:their|its|the|his|leur|son|sa|la|l['’])\s*)?(?:(?:joint\s+|co-?)?(?:venture|programme|program|project|initiative|entreprise|projet|programme|coentreprise|co-entreprise|initiative)\s+)?$/iu;

/** The measure of the programme written as a common noun: "capacité prévue du programme", "the venture's planned capacity". */
const MEASURE_OF_PROGRAMME =
  /(?<!\p{L})(?:(?:capacité|puissance|investissements?|budget|coût)(?:\s+[\p{Ll}-]+){0,2}\s+(?:du\s+(?:programme|projet)|de\s+(?:la\s+coentreprise|l['’]initiative))|(?:capacity|investment|budget|cost)\s+of\s+the\s+(?:programme|program|project|venture|initiative)|the\s+(?:programme|program|project|venture|initiative)['’]s(?:\s+[\p{Ll}-]+){0,2}\s+(?:capacity|investment|budget|cost))(?!\p{L})/iu;

/** How many sentences after a programme's figure a later figure may still go on sizing it. */
const CONTINUED_WITHIN_SENTENCES = 2;

function programmeOf(r: DocumentReading, s: SentenceReading, f: FigureReading): Party | null {
  const before = r.text.slice(s.sentence.start, f.q.span.start);
  const programmes = s.parties.filter((p) => r.gazetteer.programmes.has(p.canonical));
  const framed = programmes.find(
    (p) =>
      p.end <= f.q.span.start &&
      FRAME_BEFORE.test(r.text.slice(Math.max(s.sentence.start, p.start - 60), p.start)),
  );
  if (framed) return framed;
  return MEASURE_OF_PROGRAMME.test(before) ? (programmes[0] ?? null) : null;
}

function giveToProgramme(f: FigureReading, programme: string, at: Party | null, why: string): void {
  const { candidate } = f;
  candidate.entity = programme;
  candidate.entityAt = at ? { start: at.start, end: at.end } : null;
  if (candidate.counterparty === programme) {
    candidate.counterparty = null;
    candidate.counterpartyAt = null;
  }
  if (at) f.entityParty = at;
  f.rules.push(`entity: ${why} → ${programme}`);
  if (candidate.metric === "investment" || candidate.metric === "compute_commitment") {
    candidate.metric = "capex" satisfies Metric;
    f.rules.push("metric: what a programme commits to is its capital spending → capex");
  }
}

/** The programme the figure's partners act under, or whose measure the figure gives, owns it. */
export function reviseProgrammeFrame(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate } = f;
  if (!PROGRAMME_METRICS.has(candidate.metric ?? "")) return;
  if (candidate.entity && r.gazetteer.programmes.has(candidate.entity)) return;
  const programme = programmeOf(r, s, f);
  if (!programme) return;
  giveToProgramme(
    f,
    programme.canonical,
    programme,
    "the partners act under the programme, or the figure measures it",
  );
}

/** A group of companies all named before the programme's figure: its partners. */
function partnersOf(r: DocumentReading, entity: string, before: number): boolean {
  const members = entity.split("+");
  const body = r.text.slice(0, before);
  return members.length > 1 && members.every((m) => body.includes(m));
}

/**
 * A figure right after one the programme owns, owned by no one named in its sentence or by the
 * programme's partners ("the partners said they remained on track for the full 10-gigawatt
 * commitment", "they can deliver more than 5.5 gigawatts"), goes on sizing the programme.
 */
export function reviseProgrammeFrameContinued(
  r: DocumentReading,
  s: SentenceReading,
  f: FigureReading,
): void {
  const { candidate } = f;
  if (!PROGRAMME_METRICS.has(candidate.metric ?? "") || f.inherited || !candidate.entity) return;
  if (r.gazetteer.programmes.has(candidate.entity)) return;
  const money = candidate.metric !== "datacenter_capacity";
  const previous = r.candidates.findLast(
    (c) => (c.metric === "datacenter_capacity") === !money && PROGRAMME_METRICS.has(c.metric ?? ""),
  );
  if (
    !previous?.entity ||
    !r.gazetteer.programmes.has(previous.entity) ||
    s.sentenceIndex - previous.sentenceIndex > CONTINUED_WITHIN_SENTENCES ||
    s.sentenceIndex === previous.sentenceIndex ||
    WHOLE_IT_BELONGS_TO.test(r.text.slice(s.sentence.start, f.q.span.start))
  )
    return;
  // A deal with another company is its own, and money has a named owner when its partners are named.
  if (money && (candidate.metric === "investment" || candidate.counterparty !== null)) return;
  const unowned = f.entityParty === null && candidate.entity === s.local;
  if (!unowned && (money || !partnersOf(r, candidate.entity, previous.q.span.start))) return;
  giveToProgramme(f, previous.entity, null, "the programme goes on being sized by its partners");
}
