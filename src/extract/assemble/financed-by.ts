/**
 * Financers as the agent of a passive: "The $20 billion campus will be financed by A, B and C", « le
 * campus de 20 milliards de dollars sera financé par A et B », "the project is being funded by A and
 * B": the figure stands in the subject, what it pays for is built or paid for by the companies after
 * "by" / « par », and they own it together (CLAIMS.md §6: a group acting together is A+B+C).
 */
import { ALLY_GAP } from "./discourse.js";
import { joinParties } from "./parties.js";
import type { DocumentReading, FigureReading, Party, SentenceReading } from "./types.js";

/** A passive of paying for or building: "will be financed by", « sera financé par », "is funded by". */
const FINANCED_BY =
  /(?<!\p{L})(?:(?:will|would|is|are|was|were|has|have|had|to)\s+(?:be\s+|been\s+|being\s+)?(?:jointly\s+|largely\s+|mainly\s+|fully\s+|entirely\s+)?(?:financed|funded|bankrolled|paid\s+for|backed|built|developed)|(?:sera|seront|serait|seraient|est|sont|a\s+été|ont\s+été|était|étaient|sera\s+(?:entièrement|conjointement)|doit\s+être|devrait\s+être)\s+(?:conjointement\s+|entièrement\s+|principalement\s+)?(?:financée?s?|construite?s?|développée?s?|porté(?:e|s|es)?))\s+(?:by|par)\s+/giu;

/** The figures a site's financers own: what it costs, the power it has, the spending planned on it. */
const FINANCED_FIGURES = new Set(["capex", "datacenter_capacity", "compute_spending_target"]);

const isUsable = (r: DocumentReading, p: Party) =>
  (p.kind === "company" || p.kind === "periphrasis") &&
  !r.gazetteer.publicBodies.has(p.canonical) &&
  !r.gazetteer.programmes.has(p.canonical);

/** The companies listed after the passive's "by", in the figure's clause, joined as allies are. */
function financersAfter(r: DocumentReading, s: SentenceReading, from: number, clauseEnd: number): Party[] {
  const found: Party[] = [];
  let end = from;
  for (const p of s.parties) {
    if (p.start < from) continue;
    if (p.end > clauseEnd || !isUsable(r, p) || !ALLY_GAP.test(r.text.slice(end, p.start))) break;
    found.push(p);
    end = p.end;
  }
  return found;
}

/** The financers a passive after the figure names, when no company stands before the figure in its clause. */
export function financersOfFigure(r: DocumentReading, s: SentenceReading, f: FigureReading): Party[] {
  const { q, clauseStart, clauseEnd } = f;
  if (s.parties.some((p) => p.start >= clauseStart && p.end <= q.span.start)) return [];
  FINANCED_BY.lastIndex = 0;
  const after = r.text.slice(q.span.end, clauseEnd);
  const passive = FINANCED_BY.exec(after);
  if (!passive || passive.index > 80) return [];
  return financersAfter(r, s, q.span.end + passive.index + passive[0].length, clauseEnd);
}

/** The figure of a site paid for or built by the companies a passive names is theirs, together. */
export function reviseFinancedBy(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate } = f;
  if (!candidate.metric || !FINANCED_FIGURES.has(candidate.metric)) return;
  const financers = financersOfFigure(r, s, f);
  if (financers.length === 0) return;
  const owner = joinParties(financers);
  if (owner === candidate.entity) return;
  candidate.entity = owner;
  candidate.entityAt = { start: financers[0]!.start, end: financers.at(-1)!.end };
  const members = new Set(owner.split("+"));
  if (candidate.counterparty?.split("+").some((n) => members.has(n))) {
    candidate.counterparty = null;
    candidate.counterpartyAt = null;
  }
  if (financers.length > 1) r.lastGroup = owner;
  f.rules.push(
    `entity: paid for or built by "${financers.map((p) => p.surface).join(", ")}" (a passive) → ${owner}`,
  );
}
