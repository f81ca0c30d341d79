import type { Gazetteer } from "../gazetteer.js";
import { isInvestorCollective } from "./investor-collectives.js";
import { firstFrom, nameStart } from "./text.js";
import type { DocumentReading, FigureReading, SentenceReading } from "./types.js";

/** A preposition that places money in a country: « en France », « aux États-Unis », "in the UK", "into India". */
const LOCATIVE_BEFORE = /(?<!\p{L})(?:en|au|aux|in|into|dans)\s+(?:(?:le|la|les|l['’]|the)\s*)?$/iu;

/** Public bodies that are no country: their name after "in" is no place money goes to. */
const NO_PLACE = /commission/iu;

/**
 * Who puts money into a country rather than into its own sites: a state, an investor (a fund, a
 * sovereign fund), or an unnamed collective of investors (« les investisseurs étrangers »).
 */
export function investsInCountries(gazetteer: Gazetteer, entity: string): boolean {
  return (
    gazetteer.publicBodies.has(entity) ||
    gazetteer.roles.get(entity) === "investor" ||
    isInvestorCollective(gazetteer, entity)
  );
}

/**
 * « Abou Dhabi a promis d'investir 1 400 milliards aux États-Unis », "Brookfield will invest €20
 * billion in France", « les investisseurs étrangers ont promis 37 milliards en France »: a state's or
 * an investor's investment that names no company it goes into goes into the country it names (CLAIMS.md
 * §6, investor → investee).
 */
export function countryInvestee(r: DocumentReading, s: SentenceReading, f: FigureReading): string | null {
  const entity = f.candidate.entity;
  if (!entity || !investsInCountries(r.gazetteer, entity)) return null;
  const { start, end } = s.sentence;
  const mentions = r.publicBodyMentions;
  for (let i = firstFrom(mentions, start, nameStart); i < mentions.length; i++) {
    const name = mentions[i]!;
    if (name.end > end) break;
    if (name.canonical === entity || NO_PLACE.test(name.canonical)) continue;
    if (LOCATIVE_BEFORE.test(r.text.slice(Math.max(start, name.start - 12), name.start)))
      return name.canonical;
  }
  return null;
}
