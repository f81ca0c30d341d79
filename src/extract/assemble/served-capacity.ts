/**
 * Capacity built, run, leased or handed over for another company is that company's (CLAIMS.md §6: a
 * capacity deal runs buyer or user → supplier): "Fluidstack construira pour Mistral un campus de 1 GW",
 * "un site de 1,4 GW destiné à OpenAI", "200 MW exploités par Nscale pour le compte de Microsoft",
 * "Crusoe is building a 1.2 GW campus for OpenAI", "IREN has leased 300 MW to Microsoft", "Nscale's
 * 230MW site in Norway will serve Microsoft", "a 1.4 GW campus, which Oracle will lease". The company
 * served takes the figure and its builder, operator or lessor becomes the counterparty. Capacity with
 * no company served stays the builder's own portfolio; a site described by its builder ("construit par
 * Crusoe pour le compte d'OpenAI", "built by Crusoe for OpenAI") is read by site-builder.ts.
 */
import type { Span } from "../../core/index.js";
import { metricIs } from "../metrics.js";
import { builderIn } from "./site-builder.js";
import { sellsTo } from "./supply-chain.js";
import type { DocumentReading, FigureReading, Party, SentenceReading } from "./types.js";

/** An article, then at most two nouns naming the company: "la start-up", "the company". */
const COMPANY_NOUNS = String.raw`(?:(?:la|le|les|l['’]|the)\s*)?(?:(?:start-?up|société|groupe|laboratoire|géant|firme|américaine?|française?|startup|company|lab|group|giant)\s+){0,2}$`;

/** Right before a company: these words, then an article and at most two nouns naming the company. */
function leadOf(words: string): RegExp {
  return new RegExp(String.raw`(?<!\p{L})(?:${words})(?:(?<=['’])|\s+)${COMPANY_NOUNS}`, "iu");
}

/** Verbs and nouns of a site's building, running or hosting. */
const SITE_WORK =
  /(?<!\p{L})(?:constru\p{L}*|bât\p{L}*|développ\p{L}*|exploit\p{L}*|héberg\p{L}*|opér\p{L}*|campus|sites?|centres?\s+de\s+données|data\s*cent(?:er|re)s?|build\p{L}*|buil[dt]|develop\p{L}*|operat\p{L}*|host\p{L}*|capacit\p{L}*|GW|MW|gigawatts?|mégawatts?|megawatts?)(?!\p{L})/iu;
/** Verbs that build or run capacity "for" someone: build, develop, host, operate. */
const BUILDING_VERB =
  /\b(?:build\p{L}*|built|develop\p{L}*|construct\p{L}*|host\p{L}*|operat\p{L}*|deploy\p{L}*|deliver\p{L}*|provid\p{L}*|suppl(?:y|ies|ied|ying)|bring\p{L}*|brought|construi\p{L}*|bâti\p{L}*|développ\p{L}*|héberg\p{L}*|exploit\p{L}*|déploi\p{L}*|déploy\p{L}*|livr\p{L}*|fourni\p{L}*)(?!\p{L})/iu;
/** Verbs that hand capacity over "to" someone: lease, rent, deliver, dedicate, contract. */
const HANDING_VERB =
  /\b(?:leas\p{L}*|rent\p{L}*|sublet\p{L}*|deliver\p{L}*|suppl(?:y|ies|ied|ying)|provid\p{L}*|dedicat\p{L}*|allocat\p{L}*|reserv\p{L}*|contract(?:s|ed)?|sell\p{L}*|sold|lou(?:e|é|ée|és|ées|er|era|eront|ent)|livr\p{L}*|fourni\p{L}*|dédi\p{L}*|réserv\p{L}*|attribu\p{L}*|cèd\p{L}*|céd\p{L}*)(?!\p{L})/iu;
const LEASE_NOUN = /\b(?:leases?|leasing|baux|bail|location)(?!\p{L})/iu;

/**
 * The words right before a company served, French and English, and what the clause must say before
 * them: `near` in the words before the lead when the company is named close to the figure, `after`
 * between the supplier and the company when it is named after its supplier. Beside a figure, "à",
 * "to", "avec", "with" name the other side of a deal ("a 6 GW agreement with AMD"), not a company served.
 */
interface ServedLead {
  lead: RegExp;
  near: RegExp | "nothing" | "never";
  after: RegExp | "nothing";
}

const SERVED_LEADS: readonly ServedLead[] = [
  // "pour le compte de", "destiné à", "servira", "à la disposition de", "on behalf of", "leased to", "will serve": the lead says it all.
  {
    lead: leadOf(
      String.raw`pour\s+le\s+compte\s+d(?:e|u|['’])|au\s+profit\s+d(?:e|u|['’])|à\s+(?:la\s+)?disposition\s+d(?:e|u|['’])|(?:destiné|loué|réservé|dédié|alloué|attribué)e?s?\s+(?:à|aux?)|(?:loué|réservé|dédié)e?s?\s+pour|servir\p{L}*|desservir\p{L}*|dessert|sert|utilisée?s?\s+par|on\s+behalf\s+of|(?:dedicated|leased|rented|reserved|earmarked|allocated)\s+(?:to|for)|serv(?:e|es|ed|ing)|(?:used|taken|occupied)\s+by`,
    ),
    near: "nothing",
    after: "nothing",
  },
  // "pour", "for": after a verb of building, running or hosting a site (near the figure, also a site noun or a unit).
  { lead: leadOf("pour|for"), near: SITE_WORK, after: BUILDING_VERB },
  // "à", "to": after a verb of handing over.
  { lead: leadOf("à|au|aux|to"), near: "never", after: HANDING_VERB },
  // "avec", "with": with a lease ("signed 15-year leases with CoreWeave").
  { lead: leadOf("avec|with"), near: "never", after: LEASE_NOUN },
];

/** The company named after the site as its tenant or customer: "dont Oracle sera le locataire", "with Oracle as anchor tenant". */
const TENANT_AFTER =
  /^\s+(?:sera|serait|est|will\s+be|would\s+be|is|as)\s+(?:(?:le|la|l['’]|son|sa|the|its|an?)\s*)?(?:(?:seul|unique|principal|premier|sole|anchor|main|first)\s+)?(?:locataire|client|utilisateur|tenant|customer|user)(?!\p{L})/iu;
/** A relative clause whose subject is the tenant: "which Oracle will lease", "que Microsoft louera". */
const TENANT_OF_RELATIVE = /(?:\b(?:which|that)|(?<!\p{L})qu(?:e\s+|['’]))\s*$/iu;
const LEASES_AFTER =
  /^\s+(?:will\s+|would\s+|has\s+|plans\s+to\s+|va\s+)?(?:lease|leases|leased|rent|rents|use|uses|take|takes|occupy|occupies|louer|louera|loue|utilisera|utilise|occupera)(?!\p{L})/iu;

/** "par", "by" right before a company: who builds or runs the site, an agent rather than a subject. */
const BY_LEAD = /(?<!\p{L})(?:par|by)\s+(?:(?:la|le|les|l['’]|the)\s*)?(?:[\p{Ll}-]+\s+){0,2}$/iu;
const AGENT_BEFORE = /(?:\bby|(?<!\p{L})par)\s+(?:(?:the|la|le|les|l['’])\s*)?(?:[\p{Ll}-]+\s+){0,3}$/iu;

/** How far from the figure, in characters, a company served by its lead alone may be named. */
const SERVED_REACH = 90;
/** How many characters of the clause a supplier's verb and its company served may span. */
const SERVICE_REACH = 160;

/** The company served, and the builder, operator or lessor serving it. */
interface Service {
  served: Party;
  supplier: Party | undefined;
  rule: string;
}

function leadBefore(r: DocumentReading, s: SentenceReading, p: Party, reach = 70): string {
  return r.text.slice(Math.max(s.sentence.start, p.start - reach), p.start);
}

function onlyCompany(parties: Party[]): Party | undefined {
  return new Set(parties.map((p) => p.canonical)).size === 1 ? parties[0] : undefined;
}

/** A company by its name or by a periphrasis of it ("le géant de Redmond"). */
function namesCompany(p: Party): boolean {
  return p.kind === "company" || p.kind === "periphrasis";
}

/** A company close to the figure whose lead alone says the capacity is meant for it ("un campus de 1 GW pour Mistral"). */
function meantFor(r: DocumentReading, s: SentenceReading, f: FigureReading, p: Party): boolean {
  if (!namesCompany(p) || p.via !== "name" || p.canonical.includes("+")) return false;
  const q = f.q.span;
  const from = Math.min(p.end, q.start);
  const to = Math.max(p.start, q.end);
  if (to - from > SERVED_REACH || /[;:()]/u.test(r.text.slice(from, to))) return false;
  const lead = leadBefore(r, s, p);
  return SERVED_LEADS.some(({ lead: words, near }) => {
    const m = words.exec(lead);
    if (!m || near === "never") return false;
    return near === "nothing" || near.test(lead.slice(0, m.index).slice(-45)) || p.start >= q.end;
  });
}

/** A company named after the supplier that its verb serves ("IREN has leased 300 MW to Microsoft"). */
function servedBy(r: DocumentReading, supplier: Party, p: Party): boolean {
  const between = r.text.slice(supplier.end, p.start);
  if (between.length > SERVICE_REACH || /[;]|[.:]\s/u.test(between)) return false;
  const before = r.text.slice(Math.max(supplier.end, p.start - 40), p.start);
  const led = SERVED_LEADS.some(
    ({ lead, after }) => lead.test(before) && (after === "nothing" || after.test(between)),
  );
  if (led || TENANT_AFTER.test(r.text.slice(p.end, p.end + 50))) return true;
  return TENANT_OF_RELATIVE.test(before) && LEASES_AFTER.test(r.text.slice(p.end, p.end + 40));
}

/** The owner read so far as named in the sentence. */
function ownerParty(s: SentenceReading, f: FigureReading): Party | undefined {
  const at = f.candidate.entityAt;
  return f.entityParty?.canonical === f.candidate.entity
    ? f.entityParty
    : (s.parties.find((p) => at && p.start === at.start && p.end === at.end) ??
        s.parties.find((p) => !at && p.via === "name" && p.canonical === f.candidate.entity));
}

/** The builder or operator of capacity meant for `served`: a company after "par"/"by", else the owner read so far. */
function builderOf(
  r: DocumentReading,
  s: SentenceReading,
  f: FigureReading,
  served: Party,
): Party | undefined {
  const by = s.parties.find(
    (p) =>
      p.kind === "company" &&
      p.canonical !== served.canonical &&
      !p.canonical.includes("+") &&
      BY_LEAD.test(leadBefore(r, s, p)),
  );
  if (by) return by;
  const owner = ownerParty(s, f);
  return owner?.kind === "company" && owner.canonical !== served.canonical ? owner : undefined;
}

/**
 * The company the figure's capacity is meant for, named close to it in the same clause; none when two
 * companies are (a site "loué à Oracle pour le compte d'OpenAI" passes through a chain of leases).
 */
function serviceNearFigure(r: DocumentReading, s: SentenceReading, f: FigureReading): Service | undefined {
  const { candidate } = f;
  if (!candidate.entity || r.gazetteer.programmes.has(candidate.entity)) return undefined;
  // "Le campus, construit par Crusoe pour le compte d'OpenAI": a site described by its builder stays the builder's.
  if (builderIn(r, s)) return undefined;
  const served = onlyCompany(s.parties.filter((p) => meantFor(r, s, f, p)));
  if (!served || r.gazetteer.programmes.has(served.canonical)) return undefined;
  const supplier = builderOf(r, s, f, served);
  if (candidate.entity === served.canonical) {
    if (candidate.counterparty || !supplier) return undefined;
    return {
      served,
      supplier,
      rule: `counterparty: the capacity ${served.surface} uses is built or run by ${supplier.surface}`,
    };
  }
  if (r.gazetteer.roles.get(served.canonical) === "investor") return undefined;
  const counterparty = supplier?.canonical ?? candidate.entity;
  return {
    served,
    supplier,
    rule: `entity: the capacity is meant for ${served.surface} → ${served.canonical}, built or run by ${counterparty}`,
  };
}

/** The company the owner read so far builds, leases or hands the capacity to, named after it in the clause. */
function serviceFromOwner(r: DocumentReading, s: SentenceReading, f: FigureReading): Service | undefined {
  const owner = f.candidate.entity;
  if (!owner || owner.includes("+") || r.gazetteer.programmes.has(owner)) return undefined;
  if (r.gazetteer.roles.get(owner) === "developer") return undefined;
  const supplier = ownerParty(s, f);
  if (supplier?.kind !== "company" || AGENT_BEFORE.test(leadBefore(r, s, supplier, 40))) return undefined;
  const served = onlyCompany(
    s.parties.filter(
      (p) =>
        namesCompany(p) &&
        p.canonical !== owner &&
        p.start > supplier.end &&
        !r.gazetteer.programmes.has(p.canonical) &&
        r.gazetteer.roles.get(p.canonical) !== "source" &&
        // « Microsoft louera 200 MW à Data4 » rents from Data4: the kinds say who sells.
        !sellsTo(r.gazetteer, p.canonical, owner) &&
        servedBy(r, supplier, p),
    ),
  );
  if (!served) return undefined;
  return {
    served,
    supplier,
    rule: `roles: ${supplier.surface} builds, leases or hands the capacity to ${served.surface} → ${served.canonical} → ${owner}`,
  };
}

function spanOf(p: Party): Span {
  return { start: p.start, end: p.end };
}

/** The company served takes the figure; its supplier, else the owner read so far, the other end. */
function settleService(f: FigureReading, { served, supplier, rule }: Service): void {
  const { candidate } = f;
  const previous = candidate.entity;
  if (previous !== served.canonical) {
    candidate.entity = served.canonical;
    candidate.entityAt = spanOf(served);
  }
  candidate.counterparty = supplier?.canonical ?? previous;
  candidate.counterpartyAt = supplier ? spanOf(supplier) : null;
  f.rules.push(rule);
}

/**
 * One reading of the company served: named close to the figure by its lead alone, else named after
 * the owner read so far (once the site's possessor has taken the figure from the nearest name).
 */
export function reviseServedCapacity(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  if (!metricIs(f.candidate.metric, "servedFor")) return;
  const near = serviceNearFigure(r, s, f);
  if (near) {
    settleService(f, near);
    return;
  }
  reviseSiteOwner(r, s, f);
  const fromOwner = serviceFromOwner(r, s, f);
  if (fromOwner) settleService(f, fromOwner);
}

/** "Meta's Hyperion campus", "xAI's Memphis site": a company's possessive, then at most two words, then a site. */
const POSSESSED_SITE =
  /^['’]s?\s+(?:[\p{L}-]+\s+){0,2}?(?:campus|site|cluster|facility|data\s+cent(?:er|re)|supercomputer|plant)(?!\p{L})/iu;

/**
 * A site's capacity owned only by the nearest name ("Meta's Hyperion campus in Louisiana, financed by
 * Blue Owl, will reach 5 GW") is the capacity of the company whose site it is, named before.
 */
function reviseSiteOwner(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate } = f;
  if (f.entityBy !== "nearest" || !f.entityParty) return;
  const weak = f.entityParty;
  const possessor = s.parties.find(
    (p) =>
      p.kind === "company" &&
      p.canonical !== candidate.entity &&
      p.end <= weak.start &&
      POSSESSED_SITE.test(r.text.slice(p.end, p.end + 50)),
  );
  if (!possessor) return;
  candidate.entity = possessor.canonical;
  candidate.entityAt = { start: possessor.start, end: possessor.end };
  if (candidate.counterparty === possessor.canonical) candidate.counterparty = null;
  f.rules.push(`entity: the site is ${possessor.surface}'s, not the nearest name's → ${possessor.canonical}`);
}
