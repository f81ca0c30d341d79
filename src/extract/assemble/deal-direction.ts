import type { Span } from "../../core/index.js";
import { foldName } from "../gazetteer.js";
import { PARTNER_BEFORE_NAME, PARTNERSHIP_LEAD } from "../lexicon.js";
import { metricIs } from "../metrics.js";
import { firstMatch } from "../patterns.js";
import { isBacklogAmount } from "./backlog-owner.js";
import { supplyVerbEnd } from "./entity-roles.js";
import type { DocumentReading, FigureReading, Party, SentenceReading } from "./types.js";
import { isPowerBuyer, isUtility, namedAsSeller } from "./utility-buyer.js";

/**
 * Which way a compute deal runs (CLAIMS.md §6: buyer or user → supplier), when the owner chosen
 * for the figure is the supplier:
 * - a supplier "provides", "supplies" or "leases" capacity to or for a company, or the capacity "is
 *   supplied by" it to a company: that company buys;
 * - in a sentence about a deal, a deal the article already set out (buyer → supplier) keeps its
 *   direction when the supplier speaks of it again ("Nebius said the contract was worth…"), the
 *   buyer named again or not;
 * - so does a figure the supplier owns only by default: taken from the article's topic, named
 *   only as the make of the hardware ("the first gigawatt of AMD chips", "18 000 puces Nvidia"),
 *   or supplied with no recipient named ("Nvidia will supply 18,000 chips").
 */
export function reviseDealDirection(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate, rules } = f;
  const supplier = candidate.entity;
  if (!candidate.metric || !metricIs(candidate.metric, "computeDeal") || !supplier) return;
  // A seller's backlog sums its buyers' orders: its total stays the seller's.
  if (isBacklogAmount(r.text, f)) return;
  if (supplier.includes("+")) {
    turnFromSuppliers(r, s, f, supplier);
    return;
  }
  if (siteOfTheMakesBuyer(r, s, f, supplier)) return;
  const powered = poweredCompany(r, f, supplier);
  if (powered) {
    turn(f, powered, supplier, candidate.counterpartyAt);
    rules.push(`roles: ${supplier} supplies power to ${powered}'s site → ${powered} → ${supplier}`);
    return;
  }
  // The deal's purpose says who is served, whatever the owner's known role ("Fluxion signed a deal to supply Meta with").
  const servedByPurpose = servedAfterFigure(r, s, f, supplier) ?? servedByPronoun(r, s, f, supplier);
  if (r.gazetteer.roles.get(supplier) !== "supplier" && !servedByPurpose) return;
  const served = servedByPurpose ?? servedCompany(r, s, f, supplier);
  if (served && (candidate.counterparty === null || candidate.counterparty === served.canonical)) {
    turn(f, served.canonical, supplier, served);
    rules.push(`roles: ${supplier} supplies ${served.canonical} → buyer ${served.canonical} → ${supplier}`);
    return;
  }
  const partner = buyingPartner(r, s, f, supplier);
  // "a campus built in partnership with OpenAI": a partner in the building buys nothing.
  if (partner && !PARTNERSHIP_LEAD.test(r.text.slice(Math.max(0, partner.start - 50), partner.start))) {
    turn(f, partner.canonical, supplier, partner);
    rules.push(
      `roles: ${supplier}'s deal with ${partner.canonical}, who sells no compute → ${partner.canonical} → ${supplier}`,
    );
    return;
  }
  const known = knownDeal(r, supplier);
  if (!known) {
    const partner =
      candidate.counterparty === null && ownedByDefault(r, s, f) ? dealPartnerBefore(r, s, supplier) : null;
    if (partner) {
      turn(f, partner, supplier);
      rules.push(
        `roles: ${supplier} only makes or ships the hardware; the model developer of the deal just set out buys → ${partner} → ${supplier}`,
      );
    }
    return;
  }
  // The buyer may be named again in the sentence ("…could expand if Microsoft increases its demands");
  // a chipmaker named only as the make of the hardware ("104,000 Nvidia GPUs") is no party to the deal.
  if (
    candidate.counterparty !== null &&
    candidate.counterparty !== known &&
    !namesOnlyTheMake(r, s, candidate.counterparty)
  )
    return;
  if (firstMatch(DEAL_WORD, s.body)) {
    turn(f, known, supplier);
    rules.push(`roles: the deal set out earlier runs ${known} → ${supplier}`);
  } else if (ownedByDefault(r, s, f)) {
    turn(f, known, supplier);
    rules.push(
      `roles: ${supplier} only makes or ships the hardware; the deal set out earlier runs ${known} → ${supplier}`,
    );
  }
}

/**
 * "EDF a signé avec Fluidstack un accord pour alimenter un site de 1 GW", "Constellation will power
 * Microsoft's 800 MW data center": a power producer sells the electricity, not the data-centre
 * capacity; the company whose site it powers, read as the counterparty, uses it (buyer → supplier).
 * A counterparty the plants are bought from ("from X", « auprès de X ») is their seller, not powered.
 */
function poweredCompany(r: DocumentReading, f: FigureReading, supplier: string): string | null {
  const { metric, counterparty } = f.candidate;
  if (metric !== "datacenter_capacity" || !isUtility(r.gazetteer, supplier)) return null;
  if (!counterparty || counterparty.includes("+") || !isPowerBuyer(r.gazetteer, counterparty)) return null;
  // "takes over ten plants from X": the company the plants come from sells them, it is powered by nothing.
  if (namedAsSeller(r.text, f.candidate.counterpartyAt)) return null;
  return counterparty;
}

/** A deal word, in the singular or the plural ("signed deals with", « des accords avec »). */
const DEALS_WORD =
  /\b(?:deals?|agreements?|contracts?|partnerships?|collaborations?|accords?|contrats?|partenariats?)\b/iu;

/**
 * "Des entreprises telles que Nvidia et Oracle ont signé des accords avec OpenAI": a group of
 * suppliers in a deal with one company that sells no compute supplies that company.
 */
function turnFromSuppliers(r: DocumentReading, s: SentenceReading, f: FigureReading, group: string): void {
  const { candidate, rules } = f;
  const buyer = candidate.counterparty;
  const { roles } = r.gazetteer;
  if (!buyer || buyer.includes("+") || roles.get(buyer) === "supplier" || !firstMatch(DEALS_WORD, s.body))
    return;
  if (!group.split("+").every((member) => roles.get(member) === "supplier")) return;
  turn(f, buyer, group, candidate.counterpartyAt);
  rules.push(
    `roles: the suppliers ${group} in a deal with ${buyer}, who sells no compute → ${buyer} → ${group}`,
  );
}

function turn(f: FigureReading, buyer: string, supplier: string, buyerAt: Span | null = null): void {
  const { candidate } = f;
  candidate.counterpartyAt = candidate.entityAt;
  candidate.entityAt = buyerAt;
  candidate.entity = buyer;
  candidate.counterparty = supplier;
}

function namedCompanies(s: SentenceReading): Party[] {
  return s.parties.filter((p) => p.kind === "company" && p.via === "name");
}

/** Words that make the sentence about a deal between companies, not one company's own build-out. */
const DEAL_WORD =
  /\b(?:deal|agreement|contract|partnership|collaboration|pact|letter\s+of\s+intent|LOI|term\s+sheet|accords?|contrats?|partenariat|lettre\s+d['’]intention|entente)\b/iu;

const SERVED = /(?:\bto|\bfor|(?<!\p{L})à|(?<!\p{L})pour|(?<!\p{L})au)\s+(?:the\s+|le\s+|la\s+|l['’])?$/iu;

/**
 * A supplier renting out to a company named right after: "Lambda loue à Microsoft", "CoreWeave rents
 * out to Meta", "Nebius leases to Microsoft". Only a supplier's verb is read so: « louer à » also means
 * renting from.
 */
const RENTS_TO =
  /^\s+(?:lui\s+)?(?:lou(?:e|ent|era|eront|ait|aient)|rents?(?:\s+out)?|rented(?:\s+out)?|leases?(?:\s+out)?|leased(?:\s+out)?)(?=\s+(?:à|au|aux|to)\s)/iu;

/**
 * A supplier putting capacity at a company's disposal, the company right after: "Nebius mettra à
 * disposition de Meta", "Nscale makes 50 MW available to Microsoft".
 */
const AT_DISPOSAL_OF =
  /^\s+(?:[\p{L}'’-]+\s+){0,3}?(?:(?:lui\s+)?(?:met|mettent|mettra|mettront|mettait|mettaient|mettre|mis|mise)\s+(?:[\p{L}'’-]+\s+){0,4}?à\s+(?:la\s+)?disposition\s+(?:de\s+|d['’]|du\s+)|(?:makes?|made|making)\s+(?:[^.;:]{0,60}?\s)?available\s+to\s+)(?:la\s+|le\s+|l['’]|the\s+)?$/iu;

/**
 * A verb of supplying whose recipient is a pronoun standing for the company already read as the
 * counterparty: "Nvidia lui a vendu pour 6,3 milliards de matériel", "Dell leur fournira 10 000 serveurs",
 * "Nvidia sold it $6.3 billion of hardware", "AMD will supply them 2 GW".
 */
const SUPPLIED_TO_PRONOUN =
  /(?<![\p{L}])(?:(?:lui|leur)\s+(?:(?:a|ont|avait|avaient|aura|auront)\s+)?(?:[\p{L}'’-]+\s+){0,2}?(?:vend\p{L}*|fourni\p{L}*|livr\p{L}*|lou\p{L}*|cèd\p{L}*|céd\p{L}*)|(?:sold|sells?|selling|suppl(?:y|ies|ied)|provid(?:e|es|ed)|deliver(?:s|ed)?|ship(?:s|ped)?|leas(?:e|es|ed)|rent(?:s|ed)?)\s+(?:it|them)(?=\s))(?![\p{L}])[^.;:]{0,60}$/iu;

/** The counterparty as the pronoun the supplier's verb serves, the supplier being that verb's subject. */
function servedByPronoun(
  r: DocumentReading,
  s: SentenceReading,
  f: FigureReading,
  supplier: string,
): Party | undefined {
  const { counterparty } = f.candidate;
  if (!counterparty || counterparty.includes("+")) return undefined;
  const subject = namedCompanies(s).findLast((p) => p.canonical === supplier && p.end <= f.q.span.start);
  if (!subject || !SUPPLIED_TO_PRONOUN.test(r.text.slice(subject.end, f.q.span.start))) return undefined;
  // The pronoun stands for a company named after the supplier: "Dell … du capital de Lambda et lui a vendu".
  return s.parties.find(
    (p) => p.canonical === counterparty && p.start >= subject.end && p.end <= f.q.span.start,
  );
}

/** A passive verb of supplying right before its supplier: "will be supplied by", « fournie par », "leased by". */
const SUPPLIED_BY =
  /(?<!\p{L})(?:suppl(?:y|ied)|provided|delivered|sold|shipped|leased|rented|fournie?s?|livrée?s?|vendue?s?|louée?s?)\s+(?:by|par)\s+(?:the\s+|le\s+|la\s+|l['’])?$/iu;

/**
 * The company a supplier's verb of supplying serves, anywhere after the verb in the sentence, with
 * "to", "for", "à", "pour" right before it ("Nebius will provide capacity to Microsoft in a deal…").
 */
function servedCompany(
  r: DocumentReading,
  s: SentenceReading,
  f: FigureReading,
  supplier: string,
): Party | undefined {
  const companies = namedCompanies(s);
  for (const p of companies) {
    if (p.canonical !== supplier) continue;
    const atDisposal = companies.find(
      (c) => c.canonical !== supplier && c.start > p.end && AT_DISPOSAL_OF.test(r.text.slice(p.end, c.start)),
    );
    if (atDisposal) return atDisposal;
    const rented = RENTS_TO.exec(r.text.slice(p.end, f.q.span.start));
    // "$14 billion of capacity will be supplied by CoreWeave to Meta": the passive's agent supplies.
    const passive = SUPPLIED_BY.test(r.text.slice(Math.max(s.sentence.start, p.start - 40), p.start));
    const verbEnd = rented
      ? p.end + rented[0].length
      : passive
        ? p.end
        : supplyVerbEnd(r.text, p, f.candidate.metric, f.q.span.start, Number.POSITIVE_INFINITY);
    if (verbEnd < 0) continue;
    const served = companies.find(
      (c) =>
        c.canonical !== supplier &&
        c.start >= verbEnd &&
        firstMatch(SERVED, r.text.slice(Math.max(verbEnd, c.start - 12), c.start)) !== null,
    );
    if (served) return served;
  }
  return undefined;
}

/** The company a deal's purpose names right after the figure: "a $14 billion agreement to supply Meta with". */
function servedAfterFigure(
  r: DocumentReading,
  s: SentenceReading,
  f: FigureReading,
  supplier: string,
): Party | undefined {
  return namedCompanies(s).find(
    (c) =>
      c.canonical !== supplier &&
      c.start >= f.q.span.end &&
      SUPPLYING_AFTER_FIGURE.test(r.text.slice(f.q.span.end, c.start)),
  );
}

/**
 * After the figure, the deal's purpose names whom the supplier serves: "a $14 billion agreement to
 * supply Meta with", "a contract to provide Microsoft with GPU capacity", "un contrat pour fournir à
 * Meta".
 */
const SUPPLYING_AFTER_FIGURE =
  /^[^.;:]{0,40}?(?:\bto|(?<!\p{L})pour|(?<!\p{L})de)\s+(?:supply|provide|deliver|sell|fournir|livrer|vendre)\s+(?:(?:[\p{L}'’-]+\s+){0,3}?(?:to|à|au|aux|for|pour)\s+)?(?:the\s+|le\s+|la\s+|l['’])?$/iu;

/** "between Nebius and Microsoft", « entre Nebius et Microsoft »: the second party of a deal named by its two ends. */
const BETWEEN_PARTNER =
  /(?:\bbetween|(?<!\p{L})entre)\s+(?:the\s+|le\s+|la\s+|l['’])?[^,;.()]{1,40}?\s+(?:and|et)\s+(?:the\s+|le\s+|la\s+|l['’])?$/iu;

/** How far back "between … and" may open before the second party. */
const BETWEEN_REACH = 60;

/** How far from the figure its deal's partner is named: the same phrase, a few words away. */
const PARTNER_REACH = 60;

/**
 * The company a supplier's deal is made "with", when it has no side selling compute (a model
 * developer, a platform, a company with no role known): a company named right after "with"/"avec"
 * or second in "between … and", « entre … et »,
 * the figure's counterparty if one was read, or that counterparty named as the deal's modifier right
 * after the figure ("lands $14bn Meta deal"). A known company with no role buys only the money of the
 * deal (capacity "with" a power producer is the power it sells); a company the gazetteer does not
 * know may be a producer of anything. A supplier, an investor or a source named
 * so is a partner of another kind and turns nothing.
 */
function buyingPartner(
  r: DocumentReading,
  s: SentenceReading,
  f: FigureReading,
  supplier: string,
): Party | undefined {
  const { counterparty, metric } = f.candidate;
  const partner = namedCompanies(s).find(
    (c) =>
      c.canonical !== supplier &&
      Math.max(c.start - f.q.span.end, f.q.span.start - c.end) <= PARTNER_REACH &&
      (counterparty === null || c.canonical === counterparty) &&
      (firstMatch(PARTNER_BEFORE_NAME, r.text.slice(Math.max(s.sentence.start, c.start - 12), c.start)) !==
        null ||
        BETWEEN_PARTNER.test(r.text.slice(Math.max(s.sentence.start, c.start - BETWEEN_REACH), c.start)) ||
        (c.canonical === counterparty && /^\s+$/u.test(r.text.slice(f.q.span.end, c.start)))),
  );
  if (!partner || partner.canonical.includes("+")) return undefined;
  const role = r.gazetteer.roles.get(partner.canonical);
  if (role === "developer" || rentsFromNeocloud(r, supplier, partner.canonical)) return partner;
  const known = r.gazetteer.byFolded.has(foldName(partner.canonical));
  return known && role === undefined && metric === "compute_commitment" ? partner : undefined;
}

/**
 * A neocloud or a data-centre operator rents out compute or capacity: its deal with a cloud or a known
 * company that is neither another such renter nor a chip or server maker ("IREN signs a $9.7 billion contract with
 * Microsoft", "Data4 a signé avec Microsoft un contrat portant sur 500 MW") is that company's purchase;
 * its deal with a power producer is the power it buys.
 */
function rentsFromNeocloud(r: DocumentReading, supplier: string, partner: string): boolean {
  const sectors = r.gazetteer.sectors;
  const rents = sectors.get(supplier) === "neocloud" || sectors.get(supplier) === "datacenter";
  if (!rents || !r.gazetteer.byFolded.has(foldName(partner))) return false;
  const sector = sectors.get(partner);
  return (
    sector !== "neocloud" &&
    sector !== "chips" &&
    sector !== "servers" &&
    sector !== "datacenter" &&
    sector !== "utility"
  );
}

/** "deploy", "déploiement", "the first phase", "le premier gigawatt", "the purchase", "une commande": the sentence speaks of buying or putting a deal's hardware to use. */
const DEPLOYMENT_WORD =
  /\b(?:deploy\p{L}*|déploi\p{L}*|déploy\p{L}*|phases?|tranches?|purchas\p{L}*|achat\p{L}*|commande\p{L}*|(?:first|initial|premier)\s+gigawatt)(?![\p{L}])/iu;

/** How many words a verb of supplying reaches over to a later object of the same sentence. */
const SUPPLY_REACH_IN_WORDS = 30;

/** Between a figure and the make of its hardware: "of", "de GPU", "chips of": a few words at most. */
const MAKE_AFTER_FIGURE = /^\s*(?:(?:of|de|d['’])\s*)?(?:[\p{L}-]+\s+){0,2}$/iu;

/**
 * In a sentence about deploying hardware, the supplier owns the figure by default only: no name
 * of the sentence chose it (the article's topic), it stands as the make of the hardware counted
 * ("500 MW of AMD accelerators", "le premier gigawatt de MI450"), or it is the subject of a verb of
 * supplying with no recipient named ("Nvidia will ship 18,000 chips for a first deployment").
 */
function ownedByDefault(r: DocumentReading, s: SentenceReading, f: FigureReading): boolean {
  if (!firstMatch(DEPLOYMENT_WORD, s.body)) return false;
  const party = f.entityParty;
  if (!party) return !f.inherited;
  if (party.kind === "product") return true;
  const gap = r.text.slice(f.q.span.end, Math.max(f.q.span.end, party.start));
  if (party.start >= f.q.span.end && gap.length <= 30 && MAKE_AFTER_FIGURE.test(gap)) return true;
  // "Nvidia will supply 18,000 chips now and several hundred thousand later": the verb reaches a later object.
  return supplyVerbEnd(r.text, party, f.candidate.metric, f.q.span.start, SUPPLY_REACH_IN_WORDS) >= 0;
}

/** After a chipmaker's name, the hardware it makes: "Nvidia GB300 graphics processing units", « puces Nvidia ». */
const HARDWARE_AFTER_MAKER =
  /^\s+(?:[\p{L}\p{N}-]+\s+){0,3}?(?:GPUs?|graphics|chips?|processors?|accelerators?|puces|processeurs|accélérateurs|cartes\s+graphiques)(?!\p{L})/iu;
const HARDWARE_BEFORE_MAKER = /(?:GPUs?|puces|processeurs|accélérateurs)\s+$/iu;

/**
 * Whether the figure's counterparty is a chipmaker the sentence names only as the make of the
 * hardware ("Nscale will deliver 104,000 Nvidia GB300 GPUs to …", « 18 000 puces Nvidia »): every
 * mention of it in the sentence stands right before or after a word for chips.
 */
function namesOnlyTheMake(r: DocumentReading, s: SentenceReading, company: string | null): boolean {
  if (!company || r.gazetteer.sectors.get(company) !== "chips") return false;
  const mentions = s.parties.filter((p) => p.canonical === company && p.via === "name");
  return (
    mentions.length > 0 &&
    mentions.every(
      (p) =>
        HARDWARE_AFTER_MAKER.test(r.text.slice(p.end, p.end + 60)) ||
        HARDWARE_BEFORE_MAKER.test(r.text.slice(Math.max(0, p.start - 16), p.start)),
    )
  );
}

/**
 * "Nscale will deliver 104,000 Nvidia GPUs to a 240-megawatt campus": a chipmaker named only as the
 * make of the hardware owns no site's power; the company the capacity was read with does, alone.
 */
function siteOfTheMakesBuyer(
  r: DocumentReading,
  s: SentenceReading,
  f: FigureReading,
  maker: string,
): boolean {
  const { candidate } = f;
  const site = candidate.counterparty;
  if (candidate.metric !== "datacenter_capacity" || !site || site.includes("+")) return false;
  if (!namesOnlyTheMake(r, s, maker)) return false;
  candidate.entity = site;
  candidate.entityAt = candidate.counterpartyAt;
  candidate.counterparty = null;
  candidate.counterpartyAt = null;
  f.rules.push(`entity: ${maker} is named only as the make of the hardware; the capacity is ${site}'s`);
  return true;
}

/** How far back a deal just set out may lie: about the sentence or two before. */
const DEAL_REACH = 400;

/**
 * The model developer of a deal set out just before the sentence, when no figure of it was read as
 * the deal ("AMD would supply OpenAI with processors, a deal that…", "Notre partenariat avec OpenAI
 * est un jalon."): the one company with the developer's role named there, the supplier aside.
 */
function dealPartnerBefore(r: DocumentReading, s: SentenceReading, supplier: string): string | null {
  const from = Math.max(0, s.sentence.start - DEAL_REACH);
  const before = r.text.slice(from, s.sentence.start);
  if (!firstMatch(DEAL_WORD, before) && !SUPPLY_WORD.test(before)) return null;
  const developers = new Set(
    r.names
      .filter((n) => n.start >= from && n.end <= s.sentence.start && n.canonical !== supplier)
      .map((n) => n.canonical)
      .filter((c) => r.gazetteer.roles.get(c) === "developer"),
  );
  return developers.size === 1 ? [...developers][0]! : null;
}

/** A verb of supplying anywhere: "would supply OpenAI with", "fournira à OpenAI". */
const SUPPLY_WORD = /\b(?:suppl(?:y|ies|ied)|provides?|fourni\p{L}*|livr\p{L}*)(?![\p{L}])/iu;

/** The buyer of the latest deal already read with this supplier. */
export function knownDeal(r: DocumentReading, supplier: string): string | null {
  for (let i = r.candidates.length - 1; i >= 0; i--) {
    const c = r.candidates[i];
    if (c?.metric && metricIs(c.metric, "computeDeal") && c.counterparty === supplier && c.entity)
      return c.entity;
  }
  return null;
}
