import { isCurrencyCode, type Metric, type Span } from "../../core/index.js";
import type { Gazetteer } from "../gazetteer.js";
import { BUILD_OUT_SPENDERS, optionalHedge, PARTNERSHIP_LEAD, ROUND_NAMED } from "../lexicon.js";
import { extractMessages } from "../messages.js";
import { metricIs } from "../metrics.js";
import type { QuantityMention } from "../numbers/types.js";
import { firstMatch, hasMatch } from "../patterns.js";
import { anaphoricInvestee } from "./anaphoric-investee.js";
import { growthOfCapexBase } from "./capex-growth-base.js";
import { isCollectiveGroup } from "./collectives.js";
import { companyOfAKind, investsInACompanyOfAKind } from "./company-kind-investee.js";
import { RECEIVING_VERB } from "./counterparty.js";
import { countryInvestee } from "./country-investee.js";
import { earlierInvestee, latestInvestee } from "./earlier-investee.js";
import { investsInFacilityBuilt } from "./facility-investment.js";
import { growthOfABusiness, growthOfEarningsPerShare, rateOfOtherMeasure } from "./growth-measure.js";
import { DECLINE_AFTER, DECLINE_BEFORE, signedByDecline } from "./growth-sign.js";
import { isInvestorCollective } from "./investor-collectives.js";
import { investsInOwnSites } from "./own-sites-investment.js";
import { kindFit } from "./owner-kinds.js";
import { groupMembers, WARRANT_WORD } from "./parties.js";
import { isPublicOwner } from "./public-owner-metric.js";
import { isInvestmentTakenIn } from "./raised-investment.js";
import { stakeInvestee } from "./stake-investee.js";
import { spentOnGoodsOf } from "./supplier-content-per-gw.js";
import {
  type Candidate,
  type DocumentReading,
  type FigureReading,
  issue,
  type Party,
  type SentenceReading,
} from "./types.js";

/** Words that make a committed amount a purchase of compute rather than money put into a company. */
export const COMPUTE_NOUN =
  /\b(?:(?:neo-?)?clouds?|contrats?|contracts?|puces|chips|GPUs?|processeurs|processors|capacit\p{L}*|data\s*cent(?:er|re)s?|centres?\s+de\s+données|compute|computing|calcul|infrastructure|gigawatts?|serveurs|servers)\b/iu;

/** "SoftBank led a round": the subject is the lead investor, not the company raising. */
export const ROUND_LEADER = /^\s+(?:has\s+|had\s+)?(?:led|co-led|leads|a\s+mené|mène|a\s+piloté|pilote)\b/iu;

export const VALUED_PRONOUN =
  /(?:valu(?:ed|es|e|ing)\s+(?:it|them)\s+at|l['’]a\s+valoris\p{L}*\s+à)\s+(?:\p{L}+\s+)?$/iu;

export const VALUED_VERB = /(?:valu(?:ed|es|e|ing)|valoris(?:e|ent|ant|ait|ée?|és))\s+$/iu;

/**
 * A company whose kinds, by the metric records, raise private rounds and are not listed (a lab, a
 * start-up): what it is worth is a valuation, not a market capitalisation.
 */
function isPrivatelyValued(gazetteer: Gazetteer, entity: string | null): boolean {
  return (
    entity !== null &&
    kindFit(gazetteer, entity, "valuation") === "fits" &&
    kindFit(gazetteer, entity, "market_cap") !== "fits"
  );
}

export const FUNDING_WORD =
  /\braised?\b|\braising\b|lev(?:ée|é|er)(?!\p{L})|tour\s+de\s+table|funding\s+round|\bround\b/iu;

export const REVENUE_WORD = /revenu|chiffre\s+d|ventes|recettes|revenue|sales|turnover|\bCA\b/giu;

export const CAPEX_WORD =
  /capex|capital\s+expenditure|capital\s+spending|dépenses\s+d['’](?:investissement|équipement)|investissements|outlays/giu;

/**
 * Money a company puts into its own data centres, servers or infrastructure ("pour ses centres de
 * données", "on its own data centers", "dépensé … en investissements"): capital expenditure, not a
 * compute contract, an investment in another company or an operating expense.
 */
export const OWN_INFRASTRUCTURE =
  /\b(?:ses|leurs|sa|son|its|their)\s+(?:propres\s+|own\s+)?(?:\p{L}+\s+){0,2}?(?:centres?\s+de\s+données|data[\s-]*cent(?:er|re)s?|infrastructures?|campus|serveurs|servers)\b|\b(?:dépens\p{L}*|spen[dt]\p{L}*)\s+(?:\p{L}+\s+){0,6}?en\s+investissements\b/iu;

export const SPENDING_READ_AS: ReadonlySet<Metric | null> = new Set<Metric | null>([
  "compute_commitment",
  "investment",
  "total_expenses",
]);

/**
 * Money spent or invested on a physical build-out ("$80 billion on AI-enabled data centres",
 * "investir 10 milliards d'euros dans un supercalculateur", "$165 billion in chip plants", "$2bn to
 * build out two data centres", "afin de construire un campus"): the
 * spender's capital expenditure, whoever spends it, when no contract or partner makes it a deal.
 */
const BUILD_OUT_SPENDING =
  /\b(?:on|in|into|for|dans|pour|en|afin\s+de|to\s+(?:build|construct|develop|expand|equip|fund|finance)(?:\s+out)?)\s+(?!(?:la\s+|the\s+|its\s+|sa\s+)?(?:division|segment|activité|business|unit)\b)(?:[\p{L}'’]+[\s-]+){0,6}?(?:l['’])?(?:centres?\s+de\s+données|data[\s-]*cent(?:er|re)s?|infrastructures?|campus|supercomput\p{L}*|supercalculateurs?|serveurs|servers|(?:chip\s+)?plants|usines|fabs|capital\s+projects|projets\s+d['’]investissement|investissements)\b/iu;

/** Words that make an amount a contract between two companies rather than spending of one's own. */
const CONTRACT_WORD =
  /\b(?:contrats?|contracts?|deal|accords?|agreements?|location|lease|leasing|rent(?:s|ing|ed)?|lou(?:er|e|ent|era|eront)|cloud\s+services?)\b/iu;

/**
 * "a $20 billion commitment by X to invest in data centers", "s'est engagé à investir 5 milliards dans
 * des centres de données": a pledge whose money goes into sites, not a compute contract.
 */
const PLEDGE_TO_BUILD =
  /(?:to\s+invest|d['’]investir|à\s+investir)\s+(?:[^.;]{0,40}?\s)?(?:in|into|dans|en)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:data\s*cent(?:er|re)s?|centres?\s+de\s+données|infrastructures?|campus|usines|plants|fabs)(?!\p{L})/iu;

/** A commitment ("engagements", "commitment", "promis") stays one: a term owed, not money spent. */
const COMMITMENT_WORD = /engag|commit|promi|pledg/iu;

/** Metric words of their own that a build-out does not override. */
const BUILD_OUT_READ_AS: ReadonlySet<Metric | null> = new Set<Metric | null>([
  null,
  "compute_commitment",
  "investment",
  "total_expenses",
  "compute_spending_target",
]);

export function reviseOwnInfrastructure(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate, clauseStart, clauseEnd } = f;
  if (candidate.counterparty || s.parties.some((p) => p.kind === "programme")) return;
  const clause = r.text.slice(clauseStart, clauseEnd);
  const own = SPENDING_READ_AS.has(candidate.metric) ? OWN_INFRASTRUCTURE.exec(clause) : null;
  if (own) {
    f.rules.push(`metric: "${own[0]}" is the company's own build-out → capex`);
    candidate.metric = "capex";
    return;
  }
  if (reviseSiteSpending(r, s, f, clause)) return;
  const pledge =
    BUILD_OUT_READ_AS.has(candidate.metric) && isCurrencyCode(candidate.unit)
      ? PLEDGE_TO_BUILD.exec(clause)
      : null;
  if (pledge) {
    f.rules.push(`metric: a pledge "${pledge[0]}", money for sites of its own → capex`);
    candidate.metric = "capex";
    return;
  }
  if (reviseBuilderSpending(r, s, f, clause)) return;
  if (
    !BUILD_OUT_READ_AS.has(candidate.metric) ||
    !isCurrencyCode(candidate.unit) ||
    CONTRACT_WORD.test(clause)
  )
    return;
  const metricWord = candidate.metricAt ? r.text.slice(candidate.metricAt.start, candidate.metricAt.end) : "";
  if (COMMITMENT_WORD.test(metricWord)) return;
  // An investor's investment into infrastructure builds no sites of its own.
  const owner = candidate.entity ?? "";
  if (
    candidate.metric === "investment" &&
    (r.gazetteer.roles.get(owner) === "investor" || isInvestorCollective(r.gazetteer, owner))
  )
    return;
  const after = r.text.slice(f.q.span.end, clauseEnd);
  const spent = BUILD_OUT_SPENDING.exec(after);
  if (!spent || spent.index > 60) return;
  f.rules.push(`metric: spent "${spent[0].trim()}", a build-out of its own → capex`);
  candidate.metric = "capex";
}

/** A site word the figure's metric may rest on alone, weakly: "data centres" say where, not who is paid. */
const SITE_WORD = /^(?:centres?\s+de\s+données|data\s*cent(?:er|re)s?)$/iu;

/** A company in the figure's clause, other than the owner's members, that `accept` takes. */
function otherCompanyInClause(
  s: SentenceReading,
  f: FigureReading,
  members: readonly string[],
  accept: (p: Party) => boolean,
): boolean {
  return s.parties.some(
    (p) =>
      p.kind === "company" &&
      p.start >= f.clauseStart &&
      p.end <= f.clauseEnd &&
      !members.includes(p.canonical) &&
      accept(p),
  );
}

/** Spending or building verbs: the figure is money the subject lays out, not a term owed to another. */
const SPENDING_VERB =
  /\b(?:spen[dt]\p{L}*|dépens\p{L}*|invest\p{L}*|consacr\p{L}*|built|build\p{L}*|construi\p{L}*|bâti\p{L}*|expand\p{L}*|agrandi\p{L}*|outlays?)\b/iu;

/**
 * "Microsoft, racing to expand its data centers, spent $35 billion in the quarter", "xAI built a
 * data centre with $700 million worth of chips": a figure read as a compute deal on a site word
 * alone, with a spending or building verb, no contract and no other company in the clause, buys
 * the spender's own sites. Nobody is paid under a deal: capital expenditure.
 */
function reviseSiteSpending(
  r: DocumentReading,
  s: SentenceReading,
  f: FigureReading,
  clause: string,
): boolean {
  const { candidate } = f;
  if (candidate.metric !== "compute_commitment" || !candidate.metricAt || !candidate.entity) return false;
  if (!SITE_WORD.test(r.text.slice(candidate.metricAt.start, candidate.metricAt.end))) return false;
  if (CONTRACT_WORD.test(clause) || COMMITMENT_WORD.test(clause) || !SPENDING_VERB.test(clause)) return false;
  const members = candidate.entity.split("+");
  if (otherCompanyInClause(s, f, members, () => true)) return false;
  f.rules.push("metric: money laid out on its own sites, no supplier paid under a deal → capex");
  candidate.metric = "capex";
  return true;
}

/** How far back the text is read for what a builder's spending is about: about a paragraph. */
const BUILDER_CONTEXT = 400;

/**
 * Spending or investing by a company that builds compute for others (a cloud, chip or data-centre
 * supplier), with no company it is paid to and no contract, in text about infrastructure or AI:
 * its capital expenditure ("Meta anticipe jusqu'à 135 milliards de dollars de dépenses", "Alphabet
 * plans to invest $185 billion"), not an investment in a company or an operating expense.
 */
function reviseBuilderSpending(
  r: DocumentReading,
  s: SentenceReading,
  f: FigureReading,
  clause: string,
): boolean {
  const { candidate } = f;
  if (!BUILDER_SPENDING_READ_AS.has(candidate.metric) || !isCurrencyCode(candidate.unit)) return false;
  const members = candidate.entity?.split("+") ?? [];
  const builds = (name: string) =>
    r.gazetteer.roles.get(name) === "supplier" ||
    BUILD_OUT_SPENDERS.has(name) ||
    (r.gazetteer.collectives.includes(name) && !isInvestorCollective(r.gazetteer, name));
  if (members.length === 0 || !members.every(builds)) return false;
  // A company in the clause that builds nothing for others is the one money goes to ("dans Anthropic").
  const investee = otherCompanyInClause(s, f, members, (p) => !p.canonical.split("+").every(builds));
  if (investee || CONTRACT_WORD.test(clause) || MONEY_RECEIVED.test(clause) || ROUND_NAMED.test(clause))
    return false;
  const at = candidate.metricAt;
  const word = at ? r.text.slice(Math.max(0, at.start - 8), at.end + 16) : "";
  if (NAMED_EXPENSES.test(word) || isFundSize(r.text, at) || isPlannedPurchase(candidate.metric, word))
    return false;
  const around = r.text.slice(
    Math.max(0, s.sentence.start - BUILDER_CONTEXT),
    Math.max(s.sentence.end, at && at.start >= s.sentence.end ? at.end + 120 : 0),
  );
  const about = INFRASTRUCTURE_TOPIC.exec(around);
  if (!about) return false;
  f.rules.push(`metric: a builder's own spending, in text about "${about[0]}" → capex`);
  candidate.metric = "capex";
  return true;
}

const BUILDER_SPENDING_READ_AS: ReadonlySet<Metric | null> = new Set<Metric | null>([
  "investment",
  "total_expenses",
  "compute_spending_target",
  "cash_burn",
]);

/**
 * "CoreWeave vient de recevoir 2 milliards de la part de Nvidia", "has received $2 billion from
 * Nvidia", "took $2 billion from Nvidia": money that comes to someone from the builder, who spends
 * nothing on its own sites.
 */
const MONEY_RECEIVED =
  /(?<!\p{L})(?:re[çc]oi(?:t|vent)|re[çc]u(?:e|s|es)?|recev\p{L}*|receiv(?:e|es|ed|ing)|obtenu\p{L}*|obtien\p{L}*|obtain\p{L}*|secured|de\s+la\s+part\s+d(?:e|u|es|['’])|(?:takes|took|taking|taken)(?=[^.;]{0,60}\bfrom\s))(?!\p{L})/iu;

/** Expenses named as such ("total expenses", "charges d'exploitation") stay expenses. */
const NAMED_EXPENSES =
  /total|charges|coûts|costs|operating|d['’]exploitation|opérationnel|burn|trésorerie|cash/iu;

/** A purchase word: goods bought from others ("plans to buy", « prévoit l'achat »). */
const PURCHASE_WORD = /(?<!\p{L})(?:achats?|achet\p{L}*|acquérir|buy|purchas\p{L}*)(?!\p{L})/iu;

/** A planned purchase of compute goods stays a spending target: bought from a supplier, not built. */
function isPlannedPurchase(metric: Metric | null, word: string): boolean {
  return metric === "compute_spending_target" && PURCHASE_WORD.test(word);
}

const INFRASTRUCTURE_TOPIC =
  /\b(?:centres?\s+de\s+données|data[\s-]*cent(?:er|re)s?|infrastructures?|capex|capital\s+(?:expenditures?|spending)|dépenses\s+d['’]investissement|intelligence\s+artificielle|artificial\s+intelligence|IA|AI)\b/u;

/** Right after a cost per GW: the speaker's firm's own goods it is made of ("worth of its chips", « de ses puces »). */
const OWN_CONTENT_AFTER =
  /^\s*(?:(?:de\s+dollars|dollars)\s+)?(?:worth\s+of|of|in|de|d['’]|en)\s+(?:its|their|ses|leurs)(?!\p{L})/iu;

/** Metric and roles revised once the parties are known: a programme's capex, a cost per GW, a round's leader, the company valued. */
export function reviseByParties(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { text, gazetteer, subject } = r;
  const { sentence, parties } = s;
  const { q, rules, candidate, entityParty } = f;
  let metric = candidate.metric;
  // Metric adjustments that depend on the parties.
  if (candidate.entity && gazetteer.programmes.has(candidate.entity) && isCurrencyCode(candidate.unit)) {
    if (
      metric === null ||
      metric === "compute_commitment" ||
      metric === "investment" ||
      metric === "total_expenses"
    ) {
      candidate.metric = metric = "capex";
      rules.push("metric: a programme's own amount → capex");
    }
  }
  if (metric === "cost_per_gw" && isCurrencyCode(candidate.unit)) candidate.unit = "USD_per_GW";
  if (metric === "cost_per_gw" && entityParty?.kind === "person" && subject && candidate.entity !== subject) {
    // "calls for $20 billion worth of its servers", « 20 milliards de ses serveurs »: the speaker's firm's own content.
    const own =
      /\b(?:son|sa|ses|its|their|leur)\b/iu.test(text.slice(sentence.start, q.span.start)) ||
      OWN_CONTENT_AFTER.test(text.slice(q.span.end, Math.min(sentence.end, q.span.end + 40))) ||
      (candidate.entity !== null && spentOnGoodsOf(text, s, f, candidate.entity));
    if (!own) {
      rules.push(
        `entity: a generic cost per GW quoted about ${subject}'s plan → ${subject} (speaker kept as attribution)`,
      );
      candidate.entity = subject;
      candidate.counterparty = null;
    }
  }
  if (
    metric === "funding_round" &&
    entityParty &&
    ROUND_LEADER.test(text.slice(entityParty.end, q.span.start))
  ) {
    // "SoftBank led a $40bn round … that valued OpenAI": the round is the company's that raises it.
    const raiser =
      parties.find(
        (p) =>
          p.start > q.span.end &&
          p.canonical !== entityParty!.canonical &&
          p.kind !== "person" &&
          gazetteer.roles.get(p.canonical) === "developer",
      )?.canonical ?? (subject !== entityParty.canonical ? subject : null);
    if (raiser) {
      rules.push(`entity: ${entityParty.canonical} led the round; the company raising it → ${raiser}`);
      candidate.entity = raiser;
      candidate.counterparty = null;
    }
  }
  if (metric === "valuation") {
    // "valued OpenAI at $300bn", "valorise Mistral à 11,7 milliards": the company named between.
    const valued = parties.find(
      (p) =>
        p.end <= q.span.start &&
        p.start >= sentence.start &&
        p.via !== "anaphora" &&
        VALUED_VERB.test(text.slice(Math.max(sentence.start, p.start - 20), p.start)) &&
        /^\s+(?:at|à)\s+(?:\p{L}+\s+)?$/u.test(text.slice(p.end, q.span.start)),
    );
    if (valued && valued.canonical !== candidate.entity) {
      rules.push(
        `entity: "${text.slice(valued.start, q.span.start).trim()}" → the company valued, ${valued.canonical}`,
      );
      candidate.entity = valued.canonical;
      candidate.counterparty = null;
    }
  }
}

/**
 * Commitments a supplier receives, not makes: "$60 billion in new commitments from customers such as
 * Zorbex", "commitments by clients", « 60 milliards d'engagements de la part de clients », « des
 * engagements de ses clients »: the customers' contracts with it, its contracted revenue.
 */
const COMMITMENT_RECEIVED =
  /^\s+(?:(?:from|by)\s|de\s+la\s+part\s+d|(?:de|des|d['’])\s*(?:(?:ses|leurs|grands|gros|nouveaux)\s+)?(?:clients|customers)(?!\p{L}))/iu;

/**
 * A supplier's commitment to a partner, a backer's to an AI developer ("le solde d'un engagement
 * total de 30 milliards" owed to OpenAI), or a partner's to a joint programme ("each committed $19
 * billion to Stargate"), buys no compute when its clause names none: an investment.
 * Returns the figure's metric after the revision.
 */
function reviseUnboughtCompute(r: DocumentReading, f: FigureReading): Metric | null {
  const { text, gazetteer } = r;
  const { rules, candidate, clauseStart, clauseEnd } = f;
  const metricAt = candidate.metricAt;
  const clauseText = text.slice(clauseStart, clauseEnd);
  const members = candidate.entity ? [...groupMembers(candidate.entity)] : [];
  const committer = members.every((member) => gazetteer.roles.get(member) === "supplier")
    ? "a supplier's commitment to a partner"
    : gazetteer.roles.get(candidate.counterparty ?? "") === "developer" &&
        members.every((member) => gazetteer.roles.get(member) !== "developer")
      ? "a backer's commitment to a developer"
      : gazetteer.programmes.has(candidate.counterparty ?? "") &&
          !gazetteer.programmes.has(candidate.entity ?? "")
        ? "a partner's commitment to a joint programme"
        : null;
  // A commitment to a neocloud buys its compute, whoever makes it.
  const toComputeSeller = gazetteer.sectors.get(candidate.counterparty ?? "") === "neocloud";
  if (
    members.length > 0 &&
    committer &&
    !toComputeSeller &&
    /commit|engag/iu.test(text.slice(metricAt?.start ?? 0, metricAt?.end ?? 0)) &&
    !COMPUTE_NOUN.test(clauseText) &&
    !COMMITMENT_RECEIVED.test(text.slice(metricAt?.end ?? 0, (metricAt?.end ?? 0) + 60))
  ) {
    candidate.metric = "investment";
    rules.push(
      `metric: ${candidate.entity} commits money with no compute bought → investment (${committer})`,
    );
  }
  return candidate.metric;
}

/** Metric and roles revised by the latest round: what "it" is, whose valuation, whose investment. */
export function reviseByRound(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { text, gazetteer, subject, latestRound } = r;
  const { sentence, body, local } = s;
  const { q, rules, candidate, clauseEnd, entityParty } = f;
  let metric = candidate.metric;
  const round = latestRound;
  if (
    metric === "valuation" &&
    round?.entity &&
    round.entity !== candidate.entity &&
    VALUED_PRONOUN.test(text.slice(sentence.start, q.span.start)) &&
    (!entityParty ||
      f.entityBy === "after" ||
      f.entityBy === "nearest" ||
      ROUND_LEADER.test(text.slice(entityParty.end, entityParty.end + 20)))
  ) {
    rules.push(`entity: "it" is the company of the round just reported → ${round.entity}`);
    candidate.entity = round.entity;
    candidate.counterparty = null;
  }
  if (
    (metric === "valuation" || metric === "funding_share") &&
    round?.entity &&
    round.entity !== candidate.entity &&
    (f.entityBy === "after" ||
      f.entityBy === "nearest" ||
      ledRoundOfAnother(text, s, q.span.start, round, candidate.entity))
  ) {
    candidate.entity = round.entity;
    candidate.counterparty = null;
    rules.push(`entity: the company raising the round is the one valued or funded → ${round.entity}`);
  }
  if (
    metric === "market_cap" &&
    (gazetteer.roles.get(candidate.entity ?? "") === "developer" ||
      isPrivatelyValued(gazetteer, candidate.entity) ||
      hasMatch(FUNDING_WORD, body))
  ) {
    candidate.metric = metric = "valuation";
    rules.push(
      "metric: a private company's value or one set by a funding round, not a listed price → valuation",
    );
  }
  if (metric === "compute_commitment") metric = reviseUnboughtCompute(r, f);
  const referred =
    (metric === "equity_stake" || metric === "investment") && !candidate.counterparty && candidate.entity
      ? anaphoricInvestee(text, s, q.span.end, clauseEnd, candidate.entity, round?.entity ?? local)
      : null;
  // "Microsoft et Nvidia investiront respectivement … dans la société": no investor of the list is the investee.
  if (referred && !f.entityGroup.some((p) => p.canonical === referred.name)) {
    candidate.counterparty = referred.name;
    rules.push(`counterparty: "${referred.phrase}" stands for the company invested in → ${referred.name}`);
  }
  // "invested $2 billion in Synopsys, taking a stake of 2.6%": the stake is in the company just invested in.
  const boughtInto =
    metric === "equity_stake" && !candidate.counterparty && candidate.entity
      ? s.sentenceClaims.findLast(
          (c) => c.entity === candidate.entity && c.metric === "investment" && c.counterparty,
        )
      : undefined;
  if (boughtInto?.counterparty) {
    candidate.counterparty = boughtInto.counterparty;
    rules.push(`counterparty: the stake comes with the investment in ${boughtInto.counterparty} just before`);
  }
  // "AMD joined in, granting OpenAI warrants for a 10% stake": the clause's subject hands over its own shares.
  const granter =
    metric === "equity_stake" && !candidate.counterparty && f.entityBy === "recipient" && f.entityParty
      ? s.parties.find(
          (p) =>
            p.kind === "company" &&
            p.start >= f.clauseStart &&
            p.end <= f.entityParty!.start &&
            p.canonical !== candidate.entity,
        )
      : undefined;
  if (granter) {
    candidate.counterparty = granter.canonical;
    rules.push(`counterparty: ${granter.surface} hands the stake over → ${granter.canonical}`);
  }
  if (
    metric === "equity_stake" &&
    !candidate.counterparty &&
    candidate.entity &&
    subject &&
    candidate.entity !== subject
  ) {
    candidate.counterparty = subject;
    rules.push(`counterparty: the company held is the article's subject → ${subject}`);
  }
  if (metric === "investment") reviseInvestee(r, s, f);
}

/** "The investment", "cet investissement", "the deal": the sentence speaks of an investment already set out. */
const INVESTMENT_ANAPHORA =
  /\b(?:the|this|that)\s+(?:investment|deal)\b|(?<!\p{L})(?:l['’]|cet\s+)investissement(?!\p{L})/iu;

/**
 * "The two giants will invest up to $15 billion in Anthropic. Nvidia will invest up to $10 billion and
 * Microsoft up to $5 billion": a company that has just invested in another is that money's co-investor,
 * not its investee; the company it invested in is.
 */
function coInvestee(
  r: DocumentReading,
  investor: string,
  own: ReadonlySet<string>,
): { name: string; why: string } | null {
  const investee = latestInvestee(r, investor, CO_INVESTOR_REACH);
  if (!investee || investee === investor || [...groupMembers(investee)].some((m) => own.has(m))) return null;
  return { name: investee, why: `where ${investor}, a co-investor, has just invested` };
}

/** How many figures back a co-investor's investment may stand: the sentence or two before. */
const CO_INVESTOR_REACH = 3;

/** The metric word is a fund's noun: "venture fund", « fonds souverain de ». */
function isFundSize(text: string, at: Span | null): boolean {
  return at !== null && /(?<!\p{L})(?:funds?|fonds)(?!\p{L})/iu.test(text.slice(at.start, at.end));
}

/** An investment's investee, or what the money is when no investee can be named (capex, a round, a target). */
function reviseInvestee(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate } = f;
  // A fund sized by the amount (« un fonds de 2 milliards », "a $10 billion venture fund") is money its
  // owner will put to work in companies not yet named: an investment with no investee.
  if (!candidate.counterparty && isFundSize(r.text, candidate.metricAt)) return;
  const country = candidate.counterparty ? null : countryInvestee(r, s, f);
  const entity = candidate.entity;
  if (!candidate.counterparty && entity && investsAsOne(r, f, entity)) {
    const leads = investeeLeads(r, s, f, entity, country);
    INVESTEE_RULES.some((rule) => rule(r, s, f, leads));
  } else if (country && !candidate.counterparty && entity && isInvestorCollective(r.gazetteer, entity)) {
    candidate.counterparty = country;
    f.rules.push(`counterparty: the investors' money goes into the country named → ${country}`);
  }
}

/**
 * An investor that is one company or a named group, not an unnamed collective ("les géants de la
 * tech") or investors putting money into companies at large: its investee can be looked for. A
 * collective's spending is read later.
 */
function investsAsOne(r: DocumentReading, f: FigureReading, entity: string): boolean {
  const { gazetteer } = r;
  return (
    !gazetteer.collectives.includes(entity) &&
    !isInvestorCollective(gazetteer, entity) &&
    !isCollectiveGroup(f.entityParty) &&
    !investsInCompaniesAtLarge(r.text, entity, f.q.span.end)
  );
}

/** What the text offers as an investment's investee, read once for every rule group of `reviseInvestee`. */
interface InvesteeLeads {
  /** The company or group that invests. */
  entity: string;
  /** The country the money may go into. */
  country: string | null;
  /** The investor's own members, and the list it was shared out with. */
  own: ReadonlySet<string>;
  /** Companies and bodies named in the sentence, other than the investor's own. */
  others: readonly Party[];
  /** The investor is a state or a public body. */
  state: boolean;
  /** The investor's role is "investor". */
  investor: boolean;
  /** The company raising the latest round, the company the text is about, or the article's subject. */
  investee: { name: string; why: string } | null;
  /** The investor's latest investment a few figures back. */
  earlier: string | null;
  /** Where the article's subject, a co-investor, has just invested. */
  alongside: string | undefined;
  /** The company of a stake the sentence speaks of. */
  named: string | null;
}

function investeeLeads(
  r: DocumentReading,
  s: SentenceReading,
  f: FigureReading,
  entity: string,
  country: string | null,
): InvesteeLeads {
  const { text, gazetteer, subject, latestRound: round } = r;
  const { body, local, parties } = s;
  const { candidate } = f;
  // A group ("Amazon+Alphabet+Meta") invests in none of its own members, nor does one of a list
  // whose figures were shared out ("respectivement", "pour le premier … pour le second").
  const own = new Set([...groupMembers(entity), ...f.entityGroup.map((p) => p.canonical)]);
  const others = parties.filter((p) => !own.has(p.canonical) && p.via === "name" && p.kind !== "person");
  // A state's pledge goes into the companies or the country its sentence names, not into the company
  // the article is about ("the EU has pledged €200 billion" in a piece on OpenAI).
  const state = isPublicOwner(gazetteer, entity);
  const investee =
    round?.entity && !own.has(round.entity)
      ? { name: round.entity, why: "the company raising the round" }
      : state
        ? null
        : local && !own.has(local) && !spendsOnItsOwn(r, local)
          ? (coInvestee(r, local, own) ?? { name: local, why: "the company the text is about" })
          : subject && !own.has(subject) && !spendsOnItsOwn(r, subject)
            ? (coInvestee(r, subject, own) ?? { name: subject, why: "the article's subject" })
            : null;
  const earlier =
    !investee && (f.entityParty || INVESTMENT_ANAPHORA.test(body)) ? earlierInvestee(r, candidate) : null;
  const alongside = subject && !state && !own.has(subject) ? coInvestee(r, subject, own)?.name : undefined;
  // An investor's money stays an investment though no investee is named ("BlackRock will put $30
  // billion of equity into AI infrastructure projects").
  const investor = gazetteer.roles.get(entity) === "investor";
  const named = others.length === 0 ? stakeInvestee(text, body, f.q) : null;
  return { entity, country, own, others, state, investor, investee, earlier, alongside, named };
}

/** A rule group of `reviseInvestee`: true when it has read the investment, and no later group may. */
type InvesteeRule = (
  r: DocumentReading,
  s: SentenceReading,
  f: FigureReading,
  leads: InvesteeLeads,
) => boolean;

/** An investment naming no investee that goes into the spender's own sites: capex. */
const reviseAsOwnSites: InvesteeRule = (r, s, f, leads) => {
  const { candidate, rules } = f;
  if (leads.others.length === 0 && !leads.investor && buildsItsOwn(r.text, s, f)) {
    candidate.metric = "capex";
    rules.push("metric: an investment in the spender's own sites, naming no investee → capex");
    return true;
  }
  const { entity } = leads;
  if (investsInOwnSites(r.gazetteer, entity, s.body)) {
    candidate.metric = "capex";
    rules.push(
      `metric: ${entity} builds and runs its own sites; naming no investee, it invests in them → capex`,
    );
    return true;
  }
  return false;
};

/** The investee named or implied: the country, the company raising or written about, an earlier investee, the subject. */
const placeWithInvestee: InvesteeRule = (r, s, f, leads) => {
  const { gazetteer, subject } = r;
  const { candidate, rules } = f;
  const { country, own, others, state, investee, earlier, alongside } = leads;
  if (country && others.every((p) => gazetteer.publicBodies.has(p.canonical))) {
    candidate.counterparty = country;
    rules.push(`counterparty: a state's or an investor's money goes into the country named → ${country}`);
  } else if (investee && others.length === 0) {
    candidate.counterparty = investee.name;
    rules.push(`counterparty: the investee is ${investee.why} → ${investee.name}`);
  } else if (earlier) {
    candidate.counterparty = earlier;
    rules.push(`counterparty: the investor's latest investment a few figures back went to ${earlier}`);
  } else if (alongside) {
    candidate.counterparty = alongside;
    rules.push(
      `counterparty: the investee is where ${subject}, a co-investor, has just invested → ${alongside}`,
    );
  } else if (
    subject &&
    !state &&
    !own.has(subject) &&
    !spendsInParallel(s, subject) &&
    !spendsOnItsOwn(r, subject)
  ) {
    candidate.counterparty = subject;
    rules.push(`counterparty: the investee is the article's subject → ${subject}`);
  } else return false;
  return true;
};

/** A company taking the investment in, from no investor named or in a round: a funding round. */
const reviseAsMoneyTakenIn: InvesteeRule = (r, s, f, leads) => {
  const { candidate, rules } = f;
  if (leads.others.length > 0) return false;
  if (receivesIt(r.text, f)) {
    candidate.metric = "funding_round";
    rules.push("metric: the company takes the investment in, from no investor named → funding_round");
    return true;
  }
  if (isInvestmentTakenIn(r.gazetteer.roles, leads.entity, s.body)) {
    candidate.metric = "funding_round";
    rules.push("metric: a developer's investment with a round or investors named → funding_round");
    return true;
  }
  return false;
};

/**
 * Money placed in no company, by neither an investor nor a state: a developer's plan is spending on
 * compute it buys, anyone else's builds its own (capex).
 */
const reviseAsUnplacedSpending: InvesteeRule = (r, s, f, leads) => {
  const { candidate, rules } = f;
  if (leads.others.length > 0 || leads.investor || leads.state) return false;
  // Money someone receives ("vient de recevoir une injection de 2 milliards de la part de Nvidia") is
  // put into that company, whoever it is: never the giver's own build-out.
  if (takenIn(r.text.slice(s.sentence.start, f.q.span.start))) return false;
  if (investsInACompanyOfAKind(r.text, f)) {
    rules.push("metric: the investee is named by its kind ('dans la licorne') → investment");
    const investee = companyOfAKind(r, f, candidate.entity);
    if (investee) {
      candidate.counterparty = investee;
      rules.push(`counterparty: the company of that kind is the developer named last → ${investee}`);
    }
    return true;
  }
  const target =
    r.gazetteer.roles.get(leads.entity) === "developer" &&
    /\b(?:objectif|prévoi|vise|visant|plan|target|aims?)/iu.test(s.body);
  candidate.metric = target ? "compute_spending_target" : "capex";
  rules.push(`metric: an investment with no investee → ${candidate.metric}`);
  return true;
};

/** The sentence speaks of a stake, naming no other company: the amount goes into the stake's company. */
const placeInStakeCompany: InvesteeRule = (_r, _s, f, leads) => {
  if (leads.others.length > 0 || !leads.named) return false;
  f.candidate.counterparty = leads.named;
  f.rules.push(
    `counterparty: the sentence speaks of a stake; the amount goes into ${leads.named} → ${leads.named}`,
  );
  return true;
};

/**
 * The rule groups of an investment's investee, in order: the spender's own sites, an investee named
 * or implied, money the company takes in, a stake's company, and last what money placed nowhere is.
 */
const INVESTEE_RULES: readonly InvesteeRule[] = [
  reviseAsOwnSites,
  placeWithInvestee,
  reviseAsMoneyTakenIn,
  placeInStakeCompany,
  reviseAsUnplacedSpending,
];

/**
 * "investirait 380 milliards de yuans dans le cloud et l'infrastructure d'IA", "son centre de données
 * Fairwater, un investissement de 3,3 milliards": money put into sites of the spender's own.
 */
function buildsItsOwn(text: string, s: SentenceReading, f: FigureReading): boolean {
  if (OWN_INFRASTRUCTURE.test(s.body)) return true;
  if (investsInFacilityBuilt(text.slice(s.sentence.start, f.q.span.start))) return true;
  // Only the figure's own phrase: "€20 billion in France, much of it in a data centre" is an investment.
  const phrase = text.slice(f.q.span.end, f.clauseEnd).split(/[,;:(—]/u, 1)[0]!;
  const spent = BUILD_OUT_SPENDING.exec(phrase);
  return spent !== null && spent.index <= 60;
}

/** The company spends on its own earlier in the sentence ("Amazon plans to spend …; Alphabet plans to invest …"): no investee. */
function spendsInParallel(s: SentenceReading, name: string): boolean {
  return s.sentenceClaims.some(
    (c) => c.entity === name && (c.metric === "capex" || c.metric === "compute_spending_target"),
  );
}

/**
 * The company spends on its own among the last few figures ("Microsoft a dépensé 34,9 milliards …
 * Alphabet relève sa prévision d'investissements"): a peer in a list of spenders, never the investee.
 */
const PEER_SPENDING_REACH = 3;

function spendsOnItsOwn(r: DocumentReading, name: string): boolean {
  return r.candidates
    .slice(-PEER_SPENDING_REACH)
    .some((c) => c.entity === name && (c.metric === "capex" || c.metric === "capex_growth"));
}

/** A receiving verb, or its infinitive ("vient de recevoir", "devrait obtenir"). */
const RECEIVING_INFINITIVE = /(?<!\p{L})(?:recevoir|obtenir|percevoir|toucher|décrocher)(?!\p{L})/iu;

/** Whether the words before a figure say someone takes the money in. */
function takenIn(before: string): boolean {
  return RECEIVING_VERB.test(before) || RECEIVING_INFINITIVE.test(before);
}

/** "Anthropic is close to securing a $2bn investment", "X a obtenu un investissement de…": X raises it. */
function receivesIt(text: string, f: FigureReading): boolean {
  const owner = f.entityParty;
  if (!owner || owner.end > f.q.span.start || owner.start < f.clauseStart) return false;
  return RECEIVING_VERB.test(text.slice(owner.end, f.q.span.start));
}

/** "won a contract from", "a décroché un contrat … auprès de": the supplier is the subject. */
const WON_FROM =
  /\b(?:won|wins|secured|secures|landed|lands|clinched|a\s+(?:décroché|remporté|obtenu|signé)|décroche|remporte)(?!\p{L}).{0,80}?\b(?:from|auprès\s+d['’e])/iu;

/**
 * A lease or a purchase the subject took "from" or "auprès de" a company ("a signé un contrat de location
 * de 4,5 GW auprès de Crusoe", "secured a 300 MW lease from Aligned"): the subject rents or buys, so
 * the contract was not won from a buyer.
 */
const TAKEN_ON_LEASE =
  /(?<!\p{L})(?:location|locations|leasing|bail|baux|achat|achats|lease|leases|rental|purchase|purchases)(?!\p{L})/iu;

/** A verb of supplying, not its agent noun: "Fluidstack, a cloud provider, will spend" names no supply. */
const SUPPLY_VERB =
  /\b(?!(?:suppliers?|providers?|fournisseurs?|livreurs?|sellers?|vendeurs?)\b)(?:suppl\p{L}*|provid\p{L}*|fourni\p{L}*|livr\p{L}*|deliver\p{L}*|sell\p{L}*|vend\p{L}*)\b/iu;

/**
 * An order or a contract the subject received from a company: "received a $14 billion order from Meta",
 * "got a contract from", « a reçu de Meta une commande », « a obtenu de Meta un contrat », « a
 * enregistré une commande de 3 milliards auprès de Meta ». Only the order's noun tells it from goods
 * received ("received 1 GW of capacity from Google" is bought).
 */
const ORDER_RECEIVED_FROM =
  /\b(?:received|receives|receiving|got|gets|obtained|obtains|booked|books)(?!\p{L})[^.;:]{0,40}?(?<!\p{L})(?:orders?|contracts?)(?!\p{L})[^.;:]{0,60}?\bfrom\s|(?<!\p{L})(?:a\s+(?:reçu|obtenu|décroché|remporté|enregistré)|reçoit|obtient|décroche|remporte|enregistre)\s+(?:[^.;:]{0,40}?(?<!\p{L})(?:commandes?|contrats?)(?!\p{L})[^.;:]{0,60}?(?:auprès\s+d|de\s+la\s+part\s+d)|(?:de\s+|d['’]|du\s+)\p{Lu}[^.;:]{0,40}?(?<!\p{L})(?:une?|des)\s+(?:\p{L}+\s+)?(?:commandes?|contrats?))/iu;

/** "won a contract from Meta", "received an order from Meta", not "signed a lease from Crusoe". */
function wonFromBuyer(body: string): boolean {
  const won =
    (hasMatch(WON_FROM, body) ? firstMatch(WON_FROM, body) : null) ??
    (hasMatch(ORDER_RECEIVED_FROM, body) ? firstMatch(ORDER_RECEIVED_FROM, body) : null);
  return won !== null && !TAKEN_ON_LEASE.test(won[0]);
}

/** "a campus developed in partnership with OpenAI": a partner in the building, not the buyer of a deal. */
function namedAsPartner(text: string, at: Span | null): boolean {
  return at !== null && PARTNERSHIP_LEAD.test(text.slice(Math.max(0, at.start - 50), at.start));
}

/** Roles of a compute deal: buyer → supplier. */
export function reviseDealRoles(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { gazetteer, subject } = r;
  const { body } = s;
  const { rules, candidate } = f;
  const metric = candidate.metric;
  if (
    metric &&
    metricIs(metric, "computeDeal") &&
    candidate.entity &&
    candidate.counterparty &&
    wonFromBuyer(body)
  ) {
    // "CoreWeave won a contract from Meta": the company that won it supplies; the one it came from buys.
    [candidate.entity, candidate.counterparty] = [candidate.counterparty, candidate.entity];
    [candidate.entityAt, candidate.counterpartyAt] = [candidate.counterpartyAt, candidate.entityAt];
    rules.push(
      `roles: a contract won from a buyer runs buyer → supplier → ${candidate.entity} → ${candidate.counterparty}`,
    );
    return;
  }
  if (
    metric &&
    metricIs(metric, "computeDeal") &&
    candidate.entity &&
    candidate.counterparty &&
    gazetteer.roles.get(candidate.entity) === "supplier" &&
    gazetteer.roles.get(candidate.counterparty) === "developer" &&
    !namedAsPartner(r.text, candidate.counterpartyAt)
  ) {
    [candidate.entity, candidate.counterparty] = [candidate.counterparty, candidate.entity];
    [candidate.entityAt, candidate.counterpartyAt] = [candidate.counterpartyAt, candidate.entityAt];
    rules.push(
      `roles: a compute deal runs buyer → supplier → ${candidate.entity} → ${candidate.counterparty}`,
    );
  }
  if (
    metric &&
    metricIs(metric, "computeDeal") &&
    !candidate.counterparty &&
    candidate.entity &&
    subject &&
    candidate.entity !== subject &&
    gazetteer.roles.get(candidate.entity) === "supplier" &&
    gazetteer.roles.get(subject) === "developer" &&
    SUPPLY_VERB.test(body)
  ) {
    candidate.counterparty = candidate.entity;
    candidate.entity = subject;
    rules.push(
      `roles: ${candidate.counterparty} supplies the compute → buyer ${subject} (the article's subject) → ${candidate.counterparty}`,
    );
  }
  if (
    candidate.entity &&
    metric &&
    metricIs(metric, "computeDeal") &&
    candidate.entity.split("+").length === 2
  ) {
    const [a, b] = candidate.entity.split("+") as [string, string];
    const buyer = [a, b].find((m) => gazetteer.roles.get(m) === "developer");
    const seller = [a, b].find((m) => gazetteer.roles.get(m) === "supplier");
    if (buyer && seller) {
      candidate.entity = buyer;
      candidate.counterparty = seller;
      rules.push(
        `roles: a deal between a developer and a supplier runs buyer → supplier → ${buyer} → ${seller}`,
      );
    }
  }
  // "Microsoft and Nvidia invested $15 billion in Anthropic": with an investee named, the pair invests together.
  if (
    candidate.entity &&
    candidate.entity.split("+").length > 1 &&
    metric === "investment" &&
    !candidate.counterparty &&
    // "Amazon and Alphabet invested $3 billion in the start-up": a third company, named by its kind, takes it.
    !investsInACompanyOfAKind(r.text, f)
  ) {
    const members = candidate.entity.split("+");
    if (subject && members.includes(subject) && members.length === 2) {
      candidate.entity = members.find((m) => m !== subject)!;
      candidate.counterparty = subject;
      rules.push(`entity: joint deal with the article's subject → investor ${candidate.entity} → ${subject}`);
    }
  }
}

/** Shares a growth rate is misread as. */
const SHARE_READ_AS_GROWTH: ReadonlySet<Metric> = new Set<Metric>([
  "equity_stake",
  "funding_share",
  "revenue_share",
]);

/** "16 % de plus que l'an dernier", "16% more than", "16% higher": a comparison, after the figure. */
const GROWTH_AFTER =
  /^\s*(?:de\s+plus|de\s+moins|more\s+than|less\s+than|higher|lower|up\s+from|down\s+from|en\s+hausse|en\s+baisse|year[-\s]on[-\s]year|year[-\s]over[-\s]year|sur\s+un\s+an|par\s+rapport\s+à)(?![\p{L}])/iu;
/** "en hausse de 16 %", « une hausse marquée de 16 % », "up 16%", "grew 16%": a change, before the figure. */
const GROWTH_BEFORE = new RegExp(
  String.raw`(?:(?:hausse|croissance|progression|augmentation|bondi|bond|rise|increase|growth|grew|gained|jumped|rose|(?<!(?:make|makes|making|made)\s)up)\s+(?:de\s+|d['’]|of\s+|by\s+)?|(?:hausse|croissance|progression|augmentation)\s+\p{Ll}+\s+(?:de\s+|d['’]))${optionalHedge(["approx", "at_least"])}$`,
  "iu",
);

function isGrowthRate(text: string, sentenceStart: number, q: QuantityMention): boolean {
  if (q.unit !== "fraction") return false;
  const before = text.slice(Math.max(sentenceStart, q.span.start - 40), q.span.start);
  const after = text.slice(q.span.end, q.span.end + 40);
  return (
    GROWTH_AFTER.test(after) ||
    GROWTH_BEFORE.test(before) ||
    DECLINE_BEFORE.test(before) ||
    DECLINE_AFTER.test(after)
  );
}

/**
 * "spent $34.9 billion in the quarter, a 74% jump from a year ago": a growth rate right after an
 * amount of capital spending, with no sales named between them, is that spending's growth.
 */
function growthOfCapexBefore(r: DocumentReading, s: SentenceReading, f: FigureReading): boolean {
  const before = s.sentenceClaims.findLast((c) => c.q.span.end <= f.q.span.start && isCurrencyCode(c.unit));
  if (before?.metric !== "capex") return false;
  const between = r.text.slice(before.q.span.end, f.q.span.start);
  // search() leaves the shared global pattern's lastIndex as it was.
  if (between.search(REVENUE_WORD) >= 0) return false;
  return !s.figures.some((o) => o.span.start >= before.q.span.end && o.span.end <= f.q.span.start);
}

/**
 * The sentence up to the end of the growth rate's clause or its next figure: a clause after it that
 * opens with its own conjunction ("…, up 207%, and the company expects capital spending of…"), or
 * the words past the next figure ("Cloud growth (+34% to $15.2B), raising capex to …"), measure
 * something else. The next figure's own complement ("a 40% increase to $12 billion in capital
 * expenditures") names what the growth reached.
 */
function growthClause(s: SentenceReading, q: QuantityMention): string {
  const next = s.index.subclauseBreaks.firstFrom(q.span.end);
  const figure = s.figures.find((o) => o.span.start >= q.span.end);
  const complement = figure ? FIGURE_COMPLEMENT.exec(s.body.slice(figure.span.end - s.sentence.start)) : null;
  const figureEnd = !figure
    ? s.sentence.end
    : complement
      ? figure.span.end + complement[0].length
      : figure.span.start;
  return s.body.slice(0, (next < 0 ? figureEnd : Math.min(next, figureEnd)) - s.sentence.start);
}

/** The noun phrase right after an amount that says what it measures: "in capital expenditures", "de ventes". */
const FIGURE_COMPLEMENT = /^\s*(?:of|in|de|d['’])\s*[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2}/u;

/** Roles of a warrant's terms (holder → issuer) and what a growth rate is the growth of; false when it is of nothing named. */
export function reviseWarrantAndGrowth(r: DocumentReading, s: SentenceReading, f: FigureReading): boolean {
  const { warrant } = r;
  const { sentence, body } = s;
  const { q, rules, candidate } = f;
  const metric = candidate.metric;
  if (
    warrant &&
    metric &&
    metricIs(metric, "warrantTerm") &&
    (candidate.entity === warrant.issuer || candidate.entity === warrant.holder) &&
    (metric !== "equity_stake" || candidate.entity === warrant.holder || hasMatch(WARRANT_WORD, body))
  ) {
    if (candidate.entity !== warrant.holder || candidate.counterparty !== warrant.issuer)
      rules.push(
        `roles: a term of the warrant ${warrant.issuer} issued to ${warrant.holder} → holder → issuer`,
      );
    candidate.entity = warrant.holder;
    candidate.counterparty = warrant.issuer;
  }
  if (metric && SHARE_READ_AS_GROWTH.has(metric) && isGrowthRate(r.text, sentence.start, q)) {
    candidate.metric = "revenue_growth";
    candidate.counterparty = null;
    rules.push(
      'metric: a percentage compared with another time ("16 % de plus", "up 16%") is a growth rate, not a share',
    );
  }
  const measures = [REVENUE_WORD, CAPEX_WORD];
  if (
    metric === "revenue_growth" &&
    (rateOfOtherMeasure(r.text, q.span.end, measures) ||
      growthOfEarningsPerShare(r.text.slice(sentence.start, q.span.start), measures))
  ) {
    issue(
      r.context,
      "unknown_metric",
      extractMessages.unknown_metric(r.text.slice(q.span.start, q.span.end)),
      q.span,
    );
    return false;
  }
  if (metric === "revenue_growth") {
    const own = growthClause(s, q);
    const nearestWord = (pattern: RegExp) => {
      let best = Number.POSITIVE_INFINITY;
      for (const m of own.matchAll(pattern))
        best = Math.min(best, Math.abs(sentence.start + m.index - q.span.start));
      return best;
    };
    const revenueAt = nearestWord(REVENUE_WORD);
    const capexAt = nearestWord(CAPEX_WORD);
    const ofCapexBase = revenueAt === Number.POSITIVE_INFINITY && growthOfCapexBase(r, s, f);
    if (capexAt < revenueAt || growthOfCapexBefore(r, s, f) || ofCapexBase) {
      candidate.metric = "capex_growth";
      rules.push("metric: the growth of capital spending, named nearer than revenue → capex_growth");
    } else if (revenueAt === Number.POSITIVE_INFINITY && !growthOfABusiness(r, s, f, own)) return false;
  }
  if (candidate.metric === "revenue_growth" || candidate.metric === "capex_growth") {
    const previous = s.sentenceClaims.findLast((c) => c.q.span.end <= q.span.start);
    const fall = signedByDecline(r.text, sentence.start, q, previous);
    if (fall) {
      candidate.q = fall;
      rules.push('value: a growth written as a fall ("down 34%", "en baisse de 8 %") is negative');
    }
  }
  return true;
}

/** "led", "a mené": the subject of the sentence led the round. */
const LED_ROUND =
  /\b(?:led|co-led|headed|anchored)\b|(?<!\p{L})(?:a|ont)\s+(?:co-)?(?:mené|dirigé)(?!\p{L})/iu;

/**
 * "SoftBank led a $40 billion round in OpenAI at a $300 billion valuation": the valuation set by a round
 * the subject led in another company, with no other name between, is that company's.
 */
function ledRoundOfAnother(
  text: string,
  s: SentenceReading,
  figureStart: number,
  round: Candidate,
  entity: string | null,
): boolean {
  if (round.sentence !== s.sentence || !entity || round.counterparty === entity) return false;
  if (!LED_ROUND.test(text.slice(s.sentence.start, round.q.span.start))) return false;
  const roundEntity = round.entity;
  return s.parties.every(
    (p) => p.start < round.q.span.end || p.start >= figureStart || p.canonical === roundEntity,
  );
}

/** "into AI companies", "dans des start-up": the investees are companies at large, none named. */
const COMPANIES_AT_LARGE =
  /^\s*(?:[\p{L}-]+\s+){0,2}?(?:into|in|dans)\s+(?:les\s+|des\s+|de\s+)?(?:[\p{Ll}-]+\s+){0,3}?(?:companies|startups|start-ups?|firms|entreprises|sociétés|jeunes\s+pousses)(?!\p{L})/iu;

/** "venture investors put $50 billion into AI companies": a collective written as a common noun, investing in companies at large. */
function investsInCompaniesAtLarge(text: string, entity: string, figureEnd: number): boolean {
  return (
    /^\p{Ll}[\p{Ll}\s'’-]*$/u.test(entity) && COMPANIES_AT_LARGE.test(text.slice(figureEnd, figureEnd + 80))
  );
}
