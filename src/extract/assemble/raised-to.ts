import type { DocumentReading, FigureReading, SentenceReading } from "./types.js";

/** A verb that carries something up to a level: "bringing the project to", "portant le programme à". */
const CARRIED_BY =
  /(?<!\p{L})(?:bring(?:s|ing)?|brought|tak(?:e|es|ing)|took|lift(?:s|ed|ing)?|push(?:es|ed|ing)?|port(?:e|ent|ant|era|eront|ait)|hiss(?:e|ent|ant|era))\s+(?:the\s+|its\s+|le\s+|la\s+|les\s+|l['’]|son\s+|sa\s+)?$/iu;

/** Between the name carried and its figure: a noun or two, "to" / "à", and the level (another figure allowed before). */
const UP_TO_FIGURE = /^(?:['’]s)?(?:\s+[\p{Ll}-]+){0,3}\s+(?:to|à)\s+[^.;:!?]{0,70}$/u;

/**
 * "bringing the Stargate project to nearly 7 gigawatts", "portant le programme Stargate à 400 milliards":
 * the level reached is the figure of what the verb carries, not of the clause's subject.
 */
export function reviseByRaisedTo(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { text } = r;
  const { candidate, q } = f;
  const carried = s.parties.find(
    (p) =>
      p.kind !== "person" &&
      p.start >= f.clauseStart &&
      p.end <= q.span.start &&
      CARRIED_BY.test(text.slice(Math.max(f.clauseStart, p.start - 30), p.start)) &&
      UP_TO_FIGURE.test(text.slice(p.end, q.span.start)),
  );
  if (!carried || carried.canonical === candidate.entity) return;
  candidate.entity = carried.canonical;
  candidate.entityAt = { start: carried.start, end: carried.end };
  if (candidate.counterparty === carried.canonical) {
    candidate.counterparty = null;
    candidate.counterpartyAt = null;
  }
  f.entityParty = carried;
  f.rules.push(`entity: the level reached is that of what the verb carries → ${carried.canonical}`);
}
