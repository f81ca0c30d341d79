/**
 * Capacity built, run or leased for a company is that company's (CLAIMS.md §6: a capacity deal runs
 * buyer or user → supplier): "Fluidstack construira pour Mistral un campus de 1 GW", "un site de
 * 1,4 GW destiné à OpenAI", "200 MW exploités par Nscale pour le compte de Microsoft", "a 1 GW campus
 * for Mistral", "the site leased to Anthropic". The builder or operator named in the clause is the
 * other end of it; a builder's own portfolio, with no one named as served, and a site described by
 * its builder ("construit par Crusoe pour le compte d'OpenAI", site-builder.ts) stay the builder's.
 */
import type { Span } from "../../core/index.js";
import { builderIn } from "./site-builder.js";
import type { DocumentReading, FigureReading, Party, SentenceReading } from "./types.js";

/**
 * Right before a company: the company capacity is meant for. "pour" and "for" count only after a
 * verb or noun of building, running or hosting a site, or right after the figure's noun phrase.
 */
const SERVED_LEAD =
  /(?:(?<!\p{L})pour\s+le\s+compte\s+d(?:e\s+|u\s+|['’])|(?<!\p{L})destinée?s?\s+(?:à|aux?)\s+|(?<!\p{L})au\s+profit\s+d(?:e\s+|u\s+|['’])|(?<!\p{L})(?:louée?s?|réservée?s?|dédiée?s?)\s+(?:à|aux?|pour)\s+|(?<!\p{L})à\s+(?:la\s+)?disposition\s+d(?:e\s+|u\s+|['’])|(?<!\p{L})on\s+behalf\s+of\s+|(?<!\p{L})(?:dedicated|leased|rented|reserved)\s+(?:to|for)\s+|(?<!\p{L})(?:pour|for)\s+)(?:(?:la|le|les|l['’]|the)\s*)?(?:(?:start-?up|société|groupe|laboratoire|géant|firme|américaine?|française?|startup|company|lab|group|giant)\s+){0,2}$/iu;

/** "pour"/"for" alone must follow a verb or noun of a site's building, running or hosting. */
const PLAIN_FOR =
  /(?:(?<!\p{L})pour|(?<!\p{L})for)\s+(?:(?:la|le|les|l['’]|the)\s*)?(?:[\p{Ll}-]+\s+){0,2}$/iu;

const SITE_WORK =
  /(?<!\p{L})(?:constru\p{L}*|bât\p{L}*|développ\p{L}*|exploit\p{L}*|héberg\p{L}*|opér\p{L}*|campus|sites?|centres?\s+de\s+données|data\s*cent(?:er|re)s?|build\p{L}*|buil[dt]|develop\p{L}*|operat\p{L}*|host\p{L}*|capacit\p{L}*|GW|MW|gigawatts?|mégawatts?|megawatts?)(?!\p{L})/iu;

/** How far from the figure, in characters, the company served may be named. */
const SERVED_REACH = 90;

/** "par", "by" right before a company: who builds or runs the site. */
const BY_LEAD = /(?<!\p{L})(?:par|by)\s+(?:(?:la|le|les|l['’]|the)\s*)?(?:[\p{Ll}-]+\s+){0,2}$/iu;

function leadBefore(r: DocumentReading, s: SentenceReading, p: Party): string {
  return r.text.slice(Math.max(s.sentence.start, p.start - 70), p.start);
}

/**
 * The company the figure's capacity is meant for, named close to it in the same clause; none when
 * two companies are (a site "loué à Oracle pour le compte d'OpenAI" passes through a chain of leases,
 * and stays its builder's).
 */
function servedCompany(r: DocumentReading, s: SentenceReading, f: FigureReading): Party | undefined {
  const q = f.q.span;
  const served = s.parties.filter((p) => {
    if (p.kind !== "company" || p.via !== "name" || p.canonical.includes("+")) return false;
    const from = Math.min(p.end, q.start);
    const to = Math.max(p.start, q.end);
    if (to - from > SERVED_REACH || /[;:()]/u.test(r.text.slice(from, to))) return false;
    const lead = leadBefore(r, s, p);
    if (!SERVED_LEAD.test(lead)) return false;
    if (!PLAIN_FOR.test(lead)) return true;
    const m = PLAIN_FOR.exec(lead);
    const beforeFor = lead.slice(0, m ? m.index : lead.length);
    return SITE_WORK.test(beforeFor.slice(-45)) || p.start >= q.end;
  });
  return new Set(served.map((p) => p.canonical)).size === 1 ? served[0] : undefined;
}

/** The builder or operator: a company after "par"/"by", else the owner read so far, if named in the sentence. */
function builderOf(
  r: DocumentReading,
  s: SentenceReading,
  f: FigureReading,
  served: Party,
): Party | undefined {
  const companies = s.parties.filter(
    (p) => p.kind === "company" && p.canonical !== served.canonical && !p.canonical.includes("+"),
  );
  const by = companies.find((p) => BY_LEAD.test(leadBefore(r, s, p)));
  if (by) return by;
  const owner = f.entityParty;
  if (owner && owner.kind === "company" && owner.canonical !== served.canonical) return owner;
  return companies.find((p) => p.canonical === f.candidate.entity);
}

function spanOf(p: Party): Span {
  return { start: p.start, end: p.end };
}

export function reviseCapacityBeneficiary(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate } = f;
  if (candidate.metric !== "datacenter_capacity" || !candidate.entity) return;
  // "Le campus, construit par Crusoe pour le compte d'OpenAI": a site described by its builder stays the builder's.
  if (r.gazetteer.programmes.has(candidate.entity) || builderIn(r, s)) return;
  const served = servedCompany(r, s, f);
  if (!served || r.gazetteer.programmes.has(served.canonical)) return;
  const builder = builderOf(r, s, f, served);
  if (candidate.entity === served.canonical) {
    if (candidate.counterparty || !builder) return;
    candidate.counterparty = builder.canonical;
    candidate.counterpartyAt = spanOf(builder);
    f.rules.push(`counterparty: the capacity ${served.surface} uses is built or run by ${builder.surface}`);
    return;
  }
  if (r.gazetteer.roles.get(served.canonical) === "investor") return;
  const previous = candidate.entity;
  candidate.entity = served.canonical;
  candidate.entityAt = spanOf(served);
  candidate.counterparty = builder?.canonical ?? (previous !== served.canonical ? previous : null);
  candidate.counterpartyAt = builder ? spanOf(builder) : null;
  f.rules.push(
    `entity: the capacity is meant for ${served.surface} → ${served.canonical}` +
      (candidate.counterparty ? `, built or run by ${candidate.counterparty}` : ""),
  );
}
