import type { DocumentReading, FigureReading, SentenceReading } from "./types.js";

/** Between a figure and the programme it sizes: a hyphen, a currency written after the scale. */
const MODIFIER_GAP = /^[\s\u00a0]*(?:[-‑–][\s\u00a0]*)?(?:(?:de|d['’])\s+(?:dollars|euros)[\s\u00a0]+)?$/iu;

/**
 * A figure written right before a programme's name sizes the programme ("the $500 billion Stargate
 * programme", "OpenAI's ambitious $500 billion Stargate initiative"): the programme owns it (CLAIMS.md
 * §6), whoever the sentence's subject or the programme's possessor is.
 */
export function reviseProgrammeModifier(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate } = f;
  const end = f.q.span.end;
  const programme = s.parties.find(
    (p) =>
      r.gazetteer.programmes.has(p.canonical) &&
      p.start >= end &&
      p.start - end <= 20 &&
      MODIFIER_GAP.test(r.text.slice(end, p.start)),
  );
  if (!programme || candidate.entity === programme.canonical) return;
  candidate.entity = programme.canonical;
  candidate.entityAt = { start: programme.start, end: programme.end };
  if (candidate.counterparty === programme.canonical) {
    candidate.counterparty = null;
    candidate.counterpartyAt = null;
  }
  f.entityParty = programme;
  f.rules.push(`entity: the figure sizes the programme named after it → ${programme.canonical}`);
}
