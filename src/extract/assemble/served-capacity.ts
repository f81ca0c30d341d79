/**
 * Capacity a company builds, leases, hosts or hands over to another (CLAIMS.md §6: buyer or user →
 * supplier): "Crusoe is building a 1.2 GW campus for OpenAI", "IREN has leased 300 MW to
 * Microsoft", "Nscale's 230MW site in Norway will serve Microsoft", "a 1.4 GW campus, which Oracle
 * will lease", "le site de 230 MW de Nscale servira Microsoft". The company served takes the
 * figure and the supplier becomes its counterparty. Capacity with no company served stays the
 * builder's own portfolio; a builder named only as an agent ("built by Crusoe for OpenAI") is
 * read by site-builder.ts.
 */
import type { DocumentReading, FigureReading, Party, SentenceReading } from "./types.js";

/** Verbs that hand capacity over "to" someone: lease, rent, deliver, dedicate, contract. */
const HANDING_VERB =
  /\b(?:leas\p{L}*|rent\p{L}*|sublet\p{L}*|deliver\p{L}*|suppl(?:y|ies|ied|ying)|provid\p{L}*|dedicat\p{L}*|allocat\p{L}*|reserv\p{L}*|contract(?:s|ed)?|sell\p{L}*|sold|lou(?:e|é|ée|és|ées|er|era|eront|ent)|livr\p{L}*|fourni\p{L}*|dédi\p{L}*|réserv\p{L}*|attribu\p{L}*|cèd\p{L}*|céd\p{L}*)(?!\p{L})/iu;

/** Verbs that build or run capacity "for" someone: build, develop, host, operate. */
const BUILDING_VERB =
  /\b(?:build\p{L}*|built|develop\p{L}*|construct\p{L}*|host\p{L}*|operat\p{L}*|deploy\p{L}*|deliver\p{L}*|provid\p{L}*|suppl(?:y|ies|ied|ying)|bring\p{L}*|brought|construi\p{L}*|bâti\p{L}*|développ\p{L}*|héberg\p{L}*|exploit\p{L}*|déploi\p{L}*|déploy\p{L}*|livr\p{L}*|fourni\p{L}*)(?!\p{L})/iu;

/** Right before the company served by a verb of handing over: "to", "à". */
const TO_SERVED = /(?:\bto|(?<!\p{L})(?:à|au|aux))\s+(?:the\s+|la\s+|le\s+|l['’])?$/iu;
/** Right before the company a site is built or run for: "for", "on behalf of", "pour le compte d'". */
const FOR_SERVED =
  /(?:\bfor|\bon\s+behalf\s+of|(?<!\p{L})pour(?:\s+le\s+compte\s+d(?:e\s+|['’]))?)\s*(?:the\s+|la\s+|le\s+|l['’])?$/iu;
/** A site that serves or is used by the company after it: "will serve", "is used by", "servira", "sera utilisé par". */
const USED_BY =
  /(?:\bserv(?:e|es|ed|ing)|\b(?:used|taken|occupied)\s+by|\b(?:dedicated|reserved|earmarked|allocated)\s+(?:to|for)|(?<!\p{L})(?:servir\p{L}*|desservir\p{L}*|dessert|sert)|(?<!\p{L})utilisée?s?\s+par|(?<!\p{L})(?:destiné|dédié|réservé|alloué|attribué)e?s?\s+(?:à|au|aux)|(?<!\p{L})à\s+(?:la\s+)?disposition\s+d(?:e|['’]))\s*(?:the\s+|la\s+|le\s+|l['’])?$/iu;
/** The company named as the site's tenant or customer: "dont Oracle sera le locataire", "with Oracle as anchor tenant". */
const TENANT_AFTER =
  /^\s+(?:sera|serait|est|will\s+be|would\s+be|is|as)\s+(?:(?:le|la|l['’]|son|sa|the|its|an?)\s*)?(?:(?:seul|unique|principal|premier|sole|anchor|main|first)\s+)?(?:locataire|client|utilisateur|tenant|customer|user)(?!\p{L})/iu;
/** A relative clause whose subject is the tenant: "which Oracle will lease", "que Microsoft louera". */
const TENANT_OF_RELATIVE = /(?:\b(?:which|that)|(?<!\p{L})qu(?:e\s+|['’]))\s*$/iu;
const LEASES_AFTER =
  /^\s+(?:will\s+|would\s+|has\s+|plans\s+to\s+|va\s+)?(?:lease|leases|leased|rent|rents|use|uses|take|takes|occupy|occupies|louer|louera|loue|utilisera|utilise|occupera)(?!\p{L})/iu;
/** "by", "par" right before the supplier: it is an agent, not a subject or a possessor. */
const AGENT_BEFORE = /(?:\bby|(?<!\p{L})par)\s+(?:(?:the|la|le|les|l['’])\s*)?(?:[\p{Ll}-]+\s+){0,3}$/iu;

/** "signed 15-year leases with CoreWeave", "un bail avec Microsoft": the other side of a lease rents the site. */
const WITH_TENANT = /(?:\bwith|(?<!\p{L})avec)\s+(?:the\s+|la\s+|le\s+|l['’])?$/iu;
const LEASE_NOUN = /\b(?:leases?|leasing|baux|bail|location)(?!\p{L})/iu;

/** How many characters of the clause a verb and its company served may span. */
const SERVICE_REACH = 160;

function servedBy(r: DocumentReading, supplier: Party, p: Party): boolean {
  const between = r.text.slice(supplier.end, p.start);
  if (between.length > SERVICE_REACH || /[;]|[.:]\s/u.test(between)) return false;
  const before = r.text.slice(Math.max(supplier.end, p.start - 40), p.start);
  if (TO_SERVED.test(before) && HANDING_VERB.test(between)) return true;
  if (WITH_TENANT.test(before) && LEASE_NOUN.test(between)) return true;
  if (FOR_SERVED.test(before) && BUILDING_VERB.test(between)) return true;
  if (USED_BY.test(before) || TENANT_AFTER.test(r.text.slice(p.end, p.end + 50))) return true;
  return TENANT_OF_RELATIVE.test(before) && LEASES_AFTER.test(r.text.slice(p.end, p.end + 40));
}

/** The supplier as named in the clause: its subject or possessor, never the agent after "by". */
function supplierParty(r: DocumentReading, s: SentenceReading, f: FigureReading): Party | undefined {
  const at = f.candidate.entityAt;
  const named =
    f.entityParty?.canonical === f.candidate.entity
      ? f.entityParty
      : (s.parties.find((p) => at && p.start === at.start && p.end === at.end) ??
        s.parties.find((p) => !at && p.via === "name" && p.canonical === f.candidate.entity));
  if (named?.kind !== "company") return undefined;
  if (AGENT_BEFORE.test(r.text.slice(Math.max(s.sentence.start, named.start - 40), named.start)))
    return undefined;
  return named;
}

export function reviseServedCapacity(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  reviseSiteOwner(r, s, f);
  const { candidate } = f;
  const owner = candidate.entity;
  if (candidate.metric !== "datacenter_capacity" || !owner || owner.includes("+")) return;
  if (r.gazetteer.programmes.has(owner) || r.gazetteer.roles.get(owner) === "developer") return;
  const supplier = supplierParty(r, s, f);
  if (!supplier) return;
  const servedParties = s.parties.filter(
    (p) =>
      p.kind === "company" &&
      p.canonical !== owner &&
      p.start > supplier.end &&
      !r.gazetteer.programmes.has(p.canonical) &&
      r.gazetteer.roles.get(p.canonical) !== "source" &&
      servedBy(r, supplier, p),
  );
  // A site passed down a chain of leases ("loué à Oracle pour le compte de Cohere") stays the builder's.
  if (new Set(servedParties.map((p) => p.canonical)).size !== 1) return;
  const served = servedParties[0]!;
  candidate.entity = served.canonical;
  candidate.entityAt = { start: served.start, end: served.end };
  candidate.counterparty = owner;
  candidate.counterpartyAt = { start: supplier.start, end: supplier.end };
  f.rules.push(
    `roles: ${supplier.surface} builds, leases or hands the capacity to ${served.surface} → ${served.canonical} → ${owner}`,
  );
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
  if (candidate.metric !== "datacenter_capacity" || f.entityBy !== "nearest" || !f.entityParty) return;
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
