/**
 * The level a verb brings something to: "bringing the Stargate project to nearly 7 gigawatts",
 * "portant le programme Stargate à 400 milliards", "will bring the total capacity of Stargate to
 * 7 GW", "porteront la puissance totale des sites de Stargate à 7 GW". The level reached is the
 * figure of what is carried — the name itself, or the whole whose measure is named — not of the
 * clause's subject nor of the partners listed before the verb.
 */
import { hasMatch } from "../patterns.js";
import { ownedBy } from "./owned-by.js";
import type { DocumentReading, FigureReading, Party, SentenceReading } from "./types.js";

/** Verbs that carry something up to a level. */
const CARRYING_VERB =
  "(?:bring(?:s|ing)?|brought|tak(?:e|es|ing)|took|lift(?:s|ed|ing)?|push(?:es|ed|ing)?|port(?:e|er|ent|ant|era|eront|ait)|hiss(?:e|er|ent|ant|era))";

/** A measure of a whole followed by whose it is: "la puissance totale des sites de", "the total capacity of". */
const MEASURE_OF = String.raw`(?:[\p{L}'’-]+\s+)?(?:capacité|capacity|puissance|power|investissements?|investment|budget|parc|fleet|dépenses|spending)(?:\s+[\p{L}'’-]+){0,5}\s+(?:de|du|d['’]|of)\s*`;

/** From the verb to the name carried: "bringing the ", "portant la capacité totale de ". */
export const CARRIED_BY = new RegExp(
  String.raw`(?<!\p{L})${CARRYING_VERB}\s+(?:the\s+|its\s+|le\s+|la\s+|les\s+|l['’]|son\s+|sa\s+)?(?:${MEASURE_OF})?$`,
  "iu",
);

/** Between the name carried and its figure: a noun or two, "to" / "à", and the level (another figure allowed before). */
const UP_TO_FIGURE = /^(?:['’]s)?(?:\s+[\p{Ll}-]+){0,3}\s+(?:to|à)\s+[^.;:!?]{0,70}$/u;

/** The company or project a carrying verb brings to the level the figure states, named in the figure's clause. */
export function carriedToFigure(
  text: string,
  parties: readonly Party[],
  figure: { start: number },
  floor: number,
): Party | null {
  return (
    parties.find(
      (p) =>
        p.kind !== "person" &&
        p.start >= floor &&
        p.end <= figure.start &&
        hasMatch(CARRIED_BY, text.slice(Math.max(floor, p.start - 80), p.start)) &&
        UP_TO_FIGURE.test(text.slice(p.end, figure.start)),
    ) ?? null
  );
}

/** Gives the figure to what the verb carries, whatever the stages before chose. */
export function reviseByBroughtTo(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate, q } = f;
  const carried = carriedToFigure(r.text, s.parties, q.span, f.clauseStart);
  if (!carried) return;
  f.rules.push(`entity: the level reached is that of what the verb carries → ${carried.canonical}`);
  if (carried.canonical === candidate.entity) return;
  ownedBy(candidate, carried);
  f.entityParty = carried;
}
