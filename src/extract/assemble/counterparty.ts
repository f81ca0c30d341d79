import { isCurrencyCode, type Metric, type Span } from "../../core/index.js";
import { COUNTERPARTY_LEAD } from "../lexicon.js";
import { metricIs } from "../metrics.js";
import type { QuantityMention } from "../numbers/types.js";
import { hasMatch } from "../patterns.js";
import { acquiredCompany } from "./acquired.js";
import { coordinatedRunStart } from "./coordinated-unit.js";
import { memberAtFigure } from "./member-at-figure.js";
import { conversionAfter } from "./metric.js";
import { isNextClauseSubject } from "./next-clause-subject.js";
import { coordinatedFigureRun, runAround, saysTogether } from "./paired-figures.js";
import { isApposedParent } from "./parent-apposition.js";
import {
  GAPPED_FIGURE,
  groupMembers,
  isComplement,
  isComplementOfList,
  joinParties,
  listFrom,
  listStart,
  opensGappedClause,
} from "./parties.js";
import { sharedObjectAfterList } from "./respective-object.js";
import { respectiveSlots } from "./respective-slots.js";
import { describeCandidates, rankOptions, type Weights } from "./scorer.js";
import { isBackerMention, isComparedAside, isRivalMention } from "./side-mention.js";
import { unitClass } from "./text.js";
import type { DocumentReading, FigureReading, Party, SentenceReading } from "./types.js";

export const RESPECTIVELY = /\b(?:respectivement|respectively)\b/iu;
/** "125 milliards pour le premier et 70 milliards pour le second", "$125 billion for the former and $70 billion for the latter". */
const FIRST_THEN_SECOND =
  /\bpour\s+(?:le|la)\s+premi(?:er|ère)\b.*\b(?:le|la)\s+seconde?\b|\bpour\s+(?:le|la)\s+premi(?:er|ère)\b.*\b(?:le|la)\s+deuxième\b|\bthe\s+former\b.*\bthe\s+latter\b/isu;

/**
 * "Microsoft et Nvidia investiront respectivement 5 et 10 milliards", "A and B will hold 20% and 80%
 * respectively": with as many figures as companies listed, the n-th figure is the n-th company's.
 */
export function distributeRespectively(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { body, figures } = s;
  const { q, candidate } = f;
  const stated = hasMatch(RESPECTIVELY, body) || hasMatch(FIRST_THEN_SECOND, body);
  // Without the word, only the subject list pairs with a run of figures joined by commas and "and".
  const run = stated ? null : coordinatedFigureRun(figures, q, r.text);
  const paired = run && !saysTogether(r.text, s.sentence, figures, run) ? run : null;
  if (!stated && (!paired || paired.length < 2 || f.entityGroup.length < 2)) return;
  const unitOf = (o: QuantityMention) => (o.unit ? unitClass(o.unit) : null);
  for (const members of paired ? [f.entityGroup] : respectiveLists(r, s, f)) {
    const names = [...new Set(members.map((p) => p.canonical))];
    if (names.length < 2 || members.some((p) => p.kind === "person")) continue;
    const last = members.at(-1)!;
    const onePronoun = members.every((p) => p.start === last.start);
    if (
      !onePronoun &&
      !/^\s*(?:et|and|&)\s*(?:de\s+|d['’]|du\s+|of\s+)?$/iu.test(
        r.text.slice(members.at(-2)!.end, last.start),
      )
    )
      continue;
    const own =
      paired?.filter((o) => o.span.start > last.end) ??
      sharedRun(
        figures.filter(
          (o) =>
            o.span.start > last.end &&
            o.span.end <= f.clauseEnd &&
            (unitOf(o) ?? unitOf(q)) === (unitOf(q) ?? unitOf(o)),
        ),
        q,
        r.text,
      );
    const slots = respectiveSlots(own, s.sentenceQs, r.text);
    const i = slots.findIndex((slot) => slot.includes(q));
    if (slots.length !== names.length || i < 0) continue;
    const member = members.find((p) => p.canonical === names[i])!;
    candidate.entity = names[i]!;
    candidate.entityAt = { start: member.start, end: member.end };
    f.listShare = { run: own, index: own.indexOf(q) };
    // The other companies of the list are no counterparty of this one: each has its own figure.
    const counterparty = candidate.counterparty?.split("+").filter((n) => !names.includes(n)) ?? [];
    candidate.counterparty = counterparty.length > 0 ? counterparty.join("+") : null;
    if (candidate.counterparty === null) candidate.counterpartyAt = null;
    const shared = candidate.counterparty
      ? null
      : sharedObjectAfterList(r.text, s.parties, own, new Set(names), s.sentence.end);
    if (shared) {
      candidate.counterparty = shared.canonical;
      candidate.counterpartyAt = { start: shared.start, end: shared.end };
      f.rules.push(
        `counterparty: "${shared.surface}" after the list of figures is every figure's → ${shared.canonical}`,
      );
    }
    f.rules.push(
      paired
        ? `entity: as many figures joined by "and" as companies in the subject list; the figure ${i + 1} is the company ${i + 1}'s → ${names[i]}`
        : `entity: "respectivement" gives the figure ${i + 1} of ${slots.length} to the company ${i + 1} of the list → ${names[i]}`,
    );
    return;
  }
}

/** Where a new clause begins between two figures: a relative pronoun, a contrast, a semicolon. */
const CLAUSE_BREAK =
  /;|,\s*(?:qui|dont|lequel|laquelle|which|who|that)\b|\b(?:tandis|alors\s+que|while|whereas)\b/iu;

/**
 * The figures "respectivement" shares out: those of `q`'s own run, up to a new clause ("… 10
 * milliards et 5 milliards de dollars dans Anthropic, qui s'est engagée à acheter pour 30 milliards":
 * the relative clause's figure is Anthropic's own, not a third share).
 */
function sharedRun(figures: QuantityMention[], q: QuantityMention, text: string): QuantityMention[] {
  const at = figures.indexOf(q);
  if (at < 0) return figures;
  return runAround(figures, at, (a, b) => !CLAUSE_BREAK.test(text.slice(a.span.end, b.span.start)));
}

/**
 * The lists of companies "respectivement" may share the figures among: the owner's group, the list
 * the owner ends, and the list just before the figure ("…, tandis que Microsoft et Nvidia investiront
 * respectivement 5 et 10 milliards" when the sentence's first subject took the figure).
 */
function respectiveLists(r: DocumentReading, s: SentenceReading, f: FigureReading): Party[][] {
  const { parties, sentence } = s;
  const lists: Party[][] = [];
  if (f.entityGroup.length >= 2) lists.push(f.entityGroup);
  // "Ils ont dépensé respectivement 35 et 24 milliards": the pronoun stands for the group named before.
  const pronoun = f.entityParty;
  if (pronoun?.via === "anaphora" && pronoun.canonical.includes("+"))
    lists.push(pronoun.canonical.split("+").map((canonical) => ({ ...pronoun, canonical })));
  const endingAt = (p: Party | undefined) => {
    const at = p ? parties.indexOf(p) : -1;
    if (at >= 0) lists.push(parties.slice(listStart(parties, at, r.text, sentence.start), at + 1));
  };
  endingAt(f.entityParty ?? undefined);
  endingAt(parties.findLast((p) => p.end <= f.q.span.start && p.start >= f.clauseStart));
  return lists;
}

/**
 * Set by hand, not fitted: among the names a lead word ("avec", "from") or a deal's figure points
 * to, the nearest to the figure.
 */
/** Figures of owning a company, where a shareholder named beside it is the figure's other end. */
const OWNERSHIP_METRICS: ReadonlySet<Metric> = new Set([
  "investment",
  "equity_stake",
  "funding_share",
  "warrant_shares",
]);

export const COUNTERPARTY_WEIGHTS: Weights<"distance" | "leadWord"> = { distance: -1, leadWord: 0 };

/** "according to Bank of America", "selon Barclays", "citing Jefferies": the name is the figure's source, not the other side of it. */
const CREDITED_SOURCE =
  /(?:\baccording\s+to|\bciting|(?<!\p{L})(?:selon|d['’]après))\s+(?:the\s+|les?\s+|la\s+|l['’])?(?:(?:analysts?|analystes?|economists?)\s+(?:at|from|of|de|chez)\s+)?$/iu;

/** Counterparty stage: a name after a lead word ("avec", "auprès de", "from") or, for deals, after the figure. */
export function readCounterparty(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { text, gazetteer } = r;
  const { sentenceQs, parties } = s;
  const { q, rules, candidate, clauseStart, clauseEnd, inClause, entityParty, entityGroup, inherited } = f;
  const metric = candidate.metric;
  // A price per share offered for a company is a term of buying it: its other end is the company bought.
  if (!inherited && (metric === "acquisition_price" || metric === "share_price")) {
    const bought = acquiredCompany(text, s, f);
    if (bought) {
      candidate.counterparty = bought.name;
      candidate.counterpartyAt = bought.at;
      rules.push(bought.rule);
      return;
    }
  }
  if (!inherited && metric) {
    let counterparties: Party[] = [];
    const leads = inClause.filter(
      (p) =>
        !groupMembers(candidate.entity).has(p.canonical) &&
        p !== entityParty &&
        !entityGroup.includes(p) &&
        COUNTERPARTY_LEAD.test(text.slice(Math.max(clauseStart, p.start - 60), p.start)) &&
        !CREDITED_SOURCE.test(text.slice(Math.max(clauseStart, p.start - 30), p.start)) &&
        !isComparedAside(p, text) &&
        // "with Amazon at $150 billion and Alphabet at $120 billion": each member owns its own figure.
        !sentenceQs.some((o) => o !== q && memberAtFigure(text, s, o) === p),
    );
    const afterFigure = metricIs(metric, "counterpartyAfter")
      ? inClause.filter(
          (p) =>
            (p.start >= q.span.end ||
              (entityParty !== null && p.start > entityParty.end && p.end <= q.span.start)) &&
            !groupMembers(candidate.entity).has(p.canonical) &&
            p.kind !== "person" &&
            p.via !== "anaphora" &&
            !/\b(?:pour|for)\s+(?:\p{L}+\s+){0,3}$/iu.test(text.slice(q.span.end, p.start)) &&
            !opensGappedClause(p, q, sentenceQs, text) &&
            !isNextClauseSubject(p, q.span.end, text) &&
            !isRivalMention(p, text) &&
            !isComparedAside(p, text) &&
            !(!OWNERSHIP_METRICS.has(metric) && isBackerMention(p, text)) &&
            !CREDITED_SOURCE.test(text.slice(Math.max(clauseStart, p.start - 30), p.start)),
        )
      : [];
    const ranked = rankOptions(
      [...new Set([...leads, ...afterFigure])]
        // "Data Co, filiale du fonds X, …": the parent named in apposition is no side of the figure.
        .filter((p) => !pastAnotherAmount(p, q, s, text) && !isApposedParent(text, parties, p, q.span.start))
        .map((p) => ({
          value: p,
          label: p.canonical,
          features: { distance: Math.abs(p.start - q.span.end), leadWord: leads.includes(p) ? 1 : 0 },
        })),
      COUNTERPARTY_WEIGHTS,
    );
    const first = ranked[0]?.value;
    if (ranked.length > 0) rules.push(describeCandidates("counterparty", ranked, COUNTERPARTY_WEIGHTS));
    // Revenue and a round take a counterparty only when it is the source: "from X", "auprès de X".
    const fromSource = metric === "revenue" || metric === "funding_round";
    if (first && (metricIs(metric, "deal") || metric === "funding_share" || fromSource)) {
      if (
        !fromSource ||
        /\b(?:de\s+la\s+part\s+d|from|auprès\s+d)/iu.test(text.slice(clauseStart, first.start))
      ) {
        const head =
          first.end <= q.span.start
            ? listStart(parties, parties.indexOf(first), text, clauseStart)
            : parties.indexOf(first);
        counterparties = ownCounterparties(
          listFrom(parties, head, text, clauseEnd),
          first,
          leads.includes(first),
          sentenceQs,
          text,
        ).filter((p) => !groupMembers(candidate.entity).has(p.canonical));
      }
    }
    if (counterparties.length > 0 && counterparties.every((p) => isMakeOfGoods(r, f, p))) {
      // The make of the hardware counted yields to the other side of the deal: the supplier the
      // entity stage found, else a company after a lead word ("buy cloud services from AWS …
      // Nvidia processors", "un accord avec Microsoft portant sur 200 000 GPU de Nvidia").
      if (candidate.counterparty !== null && metricIs(metric, "computeDeal")) return;
      const other = leads.find((p) => p.kind !== "person" && !isMakeOfGoods(r, f, p));
      if (other && metricIs(metric, "computeDeal")) counterparties = [other];
    }
    if (counterparties.length > 0 && !gazetteer.programmes.has(candidate.entity ?? "")) {
      candidate.counterparty = joinParties(counterparties);
      candidate.counterpartyAt = { start: counterparties[0]!.start, end: counterparties.at(-1)!.end };
      rules.push(
        `counterparty: "${counterparties.map((p) => p.surface).join(", ")}" → ${candidate.counterparty}`,
      );
    }
  }
}

/**
 * "raised $1 billion in notes, weeks after signing a $17.4 billion agreement with Microsoft": a name
 * after another amount of money, in a clause of its own, is that amount's party, not this figure's.
 */
function pastAnotherAmount(p: Party, q: QuantityMention, s: SentenceReading, text: string): boolean {
  if (p.start < q.span.end || q.unit === null || !isCurrencyCode(q.unit)) return false;
  const conversion = conversionAfter(q, s.sentenceQs, text);
  return s.sentenceQs.some(
    (o) =>
      o !== q &&
      o !== conversion &&
      o.unit !== null &&
      isCurrencyCode(o.unit) &&
      o.span.start >= q.span.end &&
      o.span.end <= p.start &&
      s.index.breaks.within(q.span.end, o.span.start) &&
      // "investiront 8 et 4 milliards dans OpenAI": a name past coordinated amounts is each one's party.
      coordinatedRunStart(o, s.sentenceQs, text) > q.span.start,
  );
}

/**
 * The members of a counterparty list that are this figure's: a list stops at a name that opens a
 * gapped clause with a figure of its own ("dans Anthropic, et Microsoft jusqu'à 5 milliards": Microsoft
 * is the next investor); an anaphora counts only as the complement of a lead word ("its contracts with
 * the company", "in the lab").
 */
function ownCounterparties(
  list: Party[],
  first: Party,
  firstAfterLead: boolean,
  sentenceQs: QuantityMention[],
  text: string,
): Party[] {
  const own: Party[] = [];
  for (const p of list) {
    const previous = own.at(-1);
    if (
      previous &&
      (opensOwnFigure(previous, p, sentenceQs, text) || isNextClauseSubject(p, previous.end, text))
    )
      break;
    if (p.via === "anaphora" && !(p === first && firstAfterLead)) continue;
    own.push(p);
  }
  return own;
}

/** ", and Microsoft up to $5 billion", ", Amazon $9 billion" after a name: the name opens a clause with its own figure. */
function opensOwnFigure(previous: Party, p: Party, sentenceQs: QuantityMention[], text: string): boolean {
  if (!/^\s*(?:,|,?\s*(?:and|et))\s+$/iu.test(text.slice(previous.end, p.start))) return false;
  const next = sentenceQs.find((o) => o.span.start >= p.end);
  return next !== undefined && GAPPED_FIGURE.test(text.slice(p.end, next.span.start));
}

/**
 * Which end of a money deal gives (the investor, the lender, the warrant's issuer, the partner paying
 * a revenue share) and whether that end is the claim's entity (CLAIMS.md §6: investor → investee,
 * payer → partner; borrower → lender and holder → issuer for debt raised and warrants).
 */
const GIVER_IS_ENTITY: Partial<Record<Metric, boolean>> = {
  investment: true,
  revenue_share: true,
  debt_issuance: false,
  warrant_shares: false,
};

/** Verbs that hand money, shares or a loan over: "issued", "lent", "a prêté", "attribués", "verse". */
const GIVING_VERB =
  /(?<!\p{L})(?:issu(?:e|es|ed|ing)|grant(?:s|ed|ing)?|award(?:s|ed)?|lent|lend(?:s|ing)?|loan(?:s|ed)?|extend(?:s|ed)|pa(?:y|ys|id|ying)|transferr?(?:s|ed)?|attribu\p{L}*|accord(?:e|é|ée|és|ées|ent|era|eront|ait)|octroi\p{L}*|octroy\p{L}*|émis(?:es)?|émet(?:tra|tent)?|consenti(?:e|s|es)?|prêt(?:e|é|ée|és|ées|ent|era|eront|ait)|vers(?:e|é|ée|és|ées|ent|era|eront|ait)|revers\p{L}*|pai(?:e|ent|era|eront)|pay(?:é|ée|és|ées))(?!\p{L})/iu;

/** Verbs whose subject takes money, shares or a loan in: "received", "took … from", "a obtenu", "perçoit". */
export const RECEIVING_VERB =
  /(?<!\p{L})(?:receiv(?:e|es|ed|ing)|gets?|got|tak(?:e|es|en|ing)(?=[^.;:!?]{0,60}?\bfrom\s)|took(?=[^.;:!?]{0,60}?\bfrom\s)|obtain(?:s|ed|ing)?|secur(?:e|es|ed|ing)|land(?:s|ed|ing)?|attract(?:s|ed|ing)?|borrow(?:s|ed)?|décroch(?:e|é|ée|ent|era)|reçoi(?:t|vent)|reçu(?:e|s|es)?|recevr\p{L}*|recev(?:ait|ra)|obt(?:ient|iennent|enu|enue|enus|iendra)|per(?:çoit|çoivent|çu|çue|cevra|cevait)|touch(?:e|é|ent|era)|emprunt(?:e|é|ent|era))(?!\p{L})/iu;

/** What may stand between such a verb and the complement that names the other end. */
const VERB_TO_COMPLEMENT = "[^.;:!?]{0,90}?";
const ARTICLE = "(?:(?:la|le|les|the)\\s+|l['’])?";
/** Lower-case words describing the company before its name: "ecommerce giant", "géant du commerce en ligne". */
const DESCRIPTOR = "(?:[\\p{Ll}-]+\\s+){0,4}";

/** "lent $2 billion to X", "ont été attribués à X": X receives. */
const GIVEN_TO = new RegExp(
  `${GIVING_VERB.source}${VERB_TO_COMPLEMENT}(?<!\\p{L})(?:to|à|au|aux|au\\s+profit\\s+d(?:e\\s+|['’])|en\\s+faveur\\s+d(?:e\\s+|['’]))\\s*${ARTICLE}$`,
  "iu",
);

/**
 * "received $4 billion from X", "secured $4bn from ecommerce giant X", "a obtenu … auprès de X",
 * "perçoit 20 % des revenus d'X": X gives.
 */
const RECEIVED_FROM = new RegExp(
  `${RECEIVING_VERB.source}${VERB_TO_COMPLEMENT}(?<!\\p{L})(?:from\\s+|of\\s+|auprès\\s+d(?:e\\s+|['’])|de\\s+la\\s+part\\s+d(?:e\\s+|['’])|d['’]|de\\s+|du\\s+|des\\s+)${ARTICLE}${DESCRIPTOR}$`,
  "iu",
);

/** "was granted to CoreWeave by X", "ont été attribués … par X": X gives. */
const GIVEN_BY = new RegExp(
  `(?<!\\p{L})(?:was|were|is|are|be|been|being|été|est|sont|sera|seront|serait)\\s+(?:\\p{L}+\\s+)?${GIVING_VERB.source}${VERB_TO_COMPLEMENT}(?<!\\p{L})(?:by|par)\\s+${ARTICLE}$`,
  "iu",
);

/** A passive's agent: "were issued by X", "a été signé par X", "will be bought by X" (the participle is group 1). */
const PASSIVE_AGENT =
  /(?<!\p{L})(?:was|were|is|are|be|been|being|été|est|sont|sera|seront|serait)\s+(?:\p{L}+\s+)?(\p{L}+)\s+(?:by|par)\s+(?:(?:la|le|les|the)\s+|l['’])?$/iu;

/** Participles whose agent does the deal: buys, deploys, signs, makes the investment, acquires. */
const DOING_PARTICIPLE =
  /^(?:bought|purchased|acquired|deployed|signed|made|committed|contracted|booked|achet\p{L}*|rachet\p{L}*|acqui(?:s|se|ses)|déploy\p{L}*|sign\p{L}*|réalis\p{L}*|engag\p{L}*|souscrit\p{L}*)$/iu;

/** Participles of signing, which both ends of a deal do. */
const SIGNING_PARTICIPLE = /^(?:signed|contracted|sign\p{L}*|conclu\p{L}*)$/iu;

/** Another party named right after the agent: "signed by Nebius with Meta", « signé par Nebius avec Meta ». */
const WITH_AFTER = /^\s*(?:,\s*)?(?:with|avec)\s/iu;

/** A brand before what is bought ("6 gigawatts of AMD GPUs"): the company named supplies it. */
const BRAND_OF_GOODS =
  /^\s+(?:\p{L}+\s+)?(?:GPUs?|chips?|accelerators?|processors?|systems?|servers?|puces?|processeurs?|accélérateurs?|systèmes?|serveurs?)(?!\p{L})/iu;

/** "Nvidia GB300 chips", "Nvidia's GB300 chips", "processeurs GB300 de Nvidia", « puces Nvidia »: the name is the make of the goods counted. */
const MAKE_BEFORE_GOODS =
  /^(?:['’]s)?\s+(?:[\p{L}\p{N}-]+\s+){0,2}(?:GPUs?|chips?|accelerators?|processors?|systems?|servers?|puces?|processeurs?|accélérateurs?|systèmes?|serveurs?)(?!\p{L})/iu;
const GOODS_OF_BRAND =
  /(?:GPUs?|chips?|accelerators?|processors?|systems?|servers?|puces?|processeurs?(?:\s+graphiques)?|accélérateurs?|systèmes?|serveurs?)\s+(?:[\p{L}\p{N}-]+\s+)?(?:de|d['’]|from)\s*$|(?<!\p{L})(?:GPU|puces?|processeurs?|accélérateurs?)\s+$/iu;

/** Whether the name stands as the make of the goods counted ("Nvidia GB300 chips", "puces de Nvidia"). */
export function isMakeOfGoods(r: DocumentReading, f: FigureReading, p: Party): boolean {
  return (
    MAKE_BEFORE_GOODS.test(r.text.slice(p.end, f.clauseEnd)) ||
    GOODS_OF_BRAND.test(r.text.slice(Math.max(f.clauseStart, p.start - 50), p.start))
  );
}

/** The clause's subject: its first company before the figure that no preposition makes a complement. */
function clauseSubject(r: DocumentReading, s: SentenceReading, f: FigureReading): Party | null {
  return (
    f.inClause.find(
      (p) =>
        p.end <= f.q.span.start &&
        p.kind !== "person" &&
        p.kind !== "programme" &&
        !isComplement(r.text, p, f.clauseStart) &&
        !isComplementOfList(r.text, s.parties, p, f.clauseStart),
    ) ?? null
  );
}

function setRoles(f: FigureReading, entity: Party | string, counterparty: Party | string, why: string): void {
  const { candidate } = f;
  const name = (p: Party | string) => (typeof p === "string" ? p : p.canonical);
  const at = (p: Party | string, old: Span | null, oldName: string | null) =>
    typeof p === "string" ? (p === oldName ? old : null) : { start: p.start, end: p.end };
  if (candidate.entity === name(entity) && candidate.counterparty === name(counterparty)) return;
  const entityAt =
    at(entity, candidate.entityAt, candidate.entity) ??
    at(entity, candidate.counterpartyAt, candidate.counterparty);
  const counterpartyAt =
    at(counterparty, candidate.counterpartyAt, candidate.counterparty) ??
    at(counterparty, candidate.entityAt, candidate.entity);
  candidate.entity = name(entity);
  candidate.counterparty = name(counterparty);
  candidate.entityAt = entityAt;
  candidate.counterpartyAt = counterpartyAt;
  f.rules.push(`roles: ${why} → ${candidate.entity} → ${candidate.counterparty}`);
}

/** The deal's end other than `known`: the claim's other end, else the clause's subject. */
function otherEnd(
  r: DocumentReading,
  s: SentenceReading,
  f: FigureReading,
  known: string,
): Party | string | null {
  const { entity, counterparty } = f.candidate;
  const knownMembers = groupMembers(known);
  const overlaps = (name: string) => [...groupMembers(name)].some((m) => knownMembers.has(m));
  for (const name of [entity, counterparty]) if (name && !overlaps(name)) return name;
  const subject = clauseSubject(r, s, f);
  return subject && !overlaps(subject.canonical) ? subject : null;
}

interface MarkedEnds {
  giver: Party | null;
  receiver: Party | null;
  why: string[];
}

/** The parties a giving, receiving or passive phrase names as the deal's giver or receiver. */
function markedEnds(r: DocumentReading, f: FigureReading): MarkedEnds {
  const marked: MarkedEnds = { giver: null, receiver: null, why: [] };
  for (const p of f.inClause) {
    if (p.kind === "person" || p.kind === "programme") continue;
    const before = r.text.slice(Math.max(f.clauseStart, p.start - 140), p.start);
    if (!marked.receiver && GIVEN_TO.test(before)) {
      marked.receiver = p;
      marked.why.push(`"${p.surface}" is given the money or shares`);
    } else if (!marked.giver && (RECEIVED_FROM.test(before) || GIVEN_BY.test(before))) {
      marked.giver = p;
      marked.why.push(`"${p.surface}" is where the money or shares come from`);
    }
  }
  if (marked.giver?.canonical === marked.receiver?.canonical) return { giver: null, receiver: null, why: [] };
  return marked;
}

/**
 * "Microsoft a versé 11 des 13 milliards promis à l'entreprise d'IA": an anaphor given the money that
 * lands on the clause's own named subject is some other company; the giver is the subject, and the
 * roles stay as the clause reads them.
 */
function givesToItself(
  r: DocumentReading,
  s: SentenceReading,
  f: FigureReading,
  marked: MarkedEnds,
): boolean {
  const { receiver, giver } = marked;
  if (!receiver || giver || receiver.via === "name") return false;
  const subject = clauseSubject(r, s, f);
  return (
    subject?.via === "name" && subject.canonical === receiver.canonical && subject.start < receiver.start
  );
}

/** "from Microsoft and Nvidia", « de Microsoft et de Nvidia »: the companies joined to the giver give with it. */
const JOINS_GIVERS = /^\s*(?:,|and|et|&)\s*(?:(?:de|d['’])\s*)?$/iu;

/** The giver and the companies coordinated right after it, as one group ("Microsoft+Nvidia"); null when alone. */
function coordinatedGivers(r: DocumentReading, f: FigureReading, giver: Party): string | null {
  const members = [giver];
  for (const p of f.inClause) {
    const last = members[members.length - 1]!;
    if (p.start < last.end || p.kind !== "company") continue;
    if (!JOINS_GIVERS.test(r.text.slice(last.end, p.start))) break;
    members.push(p);
  }
  const names = [...new Set(members.map((m) => m.canonical))];
  return names.length > 1 ? names.join("+") : null;
}

/**
 * Roles read from the verb and the voice rather than from the word order: who gives and who receives
 * in a money deal ("were issued to X", "a prêté … à X", "receives … from X"), who does a deal named
 * in the passive ("bought by X"), and a brand before the goods bought ("GPUs AMD") as the supplier.
 */
export function readRolesFromVoice(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate } = f;
  const metric = candidate.metric;
  if (!metric || f.inherited) return;
  const giverIsEntity = GIVER_IS_ENTITY[metric];
  if (giverIsEntity !== undefined) {
    const marked = markedEnds(r, f);
    if (givesToItself(r, s, f, marked)) return;
    const known = marked.giver ?? marked.receiver;
    const givers = marked.giver ? coordinatedGivers(r, f, marked.giver) : null;
    const knownName = givers ?? known?.canonical;
    const giver = givers ?? marked.giver ?? (knownName ? otherEnd(r, s, f, knownName) : null);
    const receiver = marked.receiver ?? (knownName ? otherEnd(r, s, f, knownName) : null);
    if (giver && receiver)
      setRoles(f, giverIsEntity ? giver : receiver, giverIsEntity ? receiver : giver, marked.why.join(", "));
    return;
  }
  readDoerOfDeal(r, s, f);
}

/**
 * "$6.3 billion of unsold capacity will be bought by Nvidia", "6 GW of AMD GPUs": the buyer and the supplier.
 * What is bought is read up to the first comma: "a $9bn acquisition of Pellrow, securing 1.3 GW of power
 * capacity" buys a company, whatever capacity comes with it.
 */
function readDoerOfDeal(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { text } = r;
  const { candidate, q } = f;
  const bought = text.slice(q.span.end, f.clauseEnd);
  if (
    candidate.metric === "acquisition_price" &&
    COMPUTE_OBJECT.test(bought.split(/\b(?:by|par)\b|[,;(—–]/u)[0] ?? "")
  ) {
    candidate.metric = "compute_commitment";
    f.rules.push("metric: what is bought is capacity or compute, not a company → compute_commitment");
  }
  const metric = candidate.metric;
  if (!metric || !(metricIs(metric, "computeDeal") || metric === "acquisition_price")) return;
  for (const p of f.inClause) {
    if (p.kind === "person") continue;
    const agent = PASSIVE_AGENT.exec(text.slice(Math.max(f.clauseStart, p.start - 80), p.start));
    if (!agent || !DOING_PARTICIPLE.test(agent[1]!)) continue;
    // "signed by Nebius with Meta": both sign; the participle names no buyer.
    if (SIGNING_PARTICIPLE.test(agent[1]!) && WITH_AFTER.test(text.slice(p.end, f.clauseEnd))) return;
    const other = otherEnd(r, s, f, p.canonical);
    if (other) setRoles(f, p, other, `"${p.surface}" is the agent of "${agent[1]}"`);
    return;
  }
  const party = f.entityParty;
  if (
    f.entityBy === "possessive" &&
    party &&
    metricIs(metric, "computeDeal") &&
    BRAND_OF_GOODS.test(text.slice(party.end, f.clauseEnd))
  ) {
    const buyer = clauseSubject(r, s, f);
    if (buyer && buyer.canonical !== party.canonical)
      setRoles(f, buyer, party, `"${party.surface}" names the goods bought, ${buyer.surface} buys them`);
  }
}

/** Capacity or compute, not a company, as the thing bought. */
const COMPUTE_OBJECT =
  /\b(?:capacit\p{L}*|compute|computing|cloud|GPUs?|chips?|puces|serveurs|servers|calcul)(?!\p{L})/iu;
