import { isCurrencyCode, type Period, type Qualifier } from "../../core/index.js";
import {
  CONDITIONAL_ENDING,
  CONTRACTED_REVENUE,
  DEAL_NOUN_SIZED,
  FUTURE_TENSE,
  HANDING_OVER,
  HEARSAY_CONDITIONAL,
  HELD_AFTER_DEAL,
  IMPERSONAL_EXPECTATION,
  optionalHedge,
  planVerbs,
  QUALIFIER_RULES,
  SPEECH_VERB,
  STEP_TO_COME,
} from "../lexicon.js";
import { metricIs } from "../metrics.js";
import type { QuantityMention } from "../numbers/types.js";
import { firstMatch, hasMatch, matchesFrom, matchesIn } from "../patterns.js";
import { publicationAsOf } from "../periods.js";
import { type TablePlace, tablePlaceAt } from "../tables.js";
import { reviseByAgreementFrame } from "./agreement-frame.js";
import { readAttribution } from "./attribution.js";
import { reviseByCapacityPlan } from "./capacity-plan.js";
import { reviseByCollectiveForecast } from "./collective-forecast.js";
import { reviseByComputedSum } from "./computed-sum.js";
import { reviseByCreditedEstimate, reviseBySourceForecast } from "./credited-estimate.js";
import { reviseByDealSchedule } from "./deal-schedule.js";
import { reviseByDeliberation } from "./deliberation.js";
import { reviseMarketEstimate } from "./market-owner.js";
import { conversionAfter, PART_LEAD } from "./metric.js";
import { reviseByPendingRound } from "./pending-round.js";
import { maskPlanInNames } from "./plan-names.js";
import { announcementDate } from "./pledge-date.js";
import { pledgeFrom } from "./pledge-from.js";
import { reviseByDealTerms, reviseByPositionAtPeriodEnd, reviseByPresentFigure } from "./present-figure.js";
import { cueAfterPreviousFigure } from "./previous-figure-cue.js";
import { reviseByPriceHurdle } from "./price-hurdle.js";
import { reviseByPriorAct } from "./prior-act.js";
import { reviseProgrammeAnnouncement } from "./programme-announcement.js";
import { reviseByRaisedMoney } from "./raised-money.js";
import { reviseByRumourBase } from "./rumour-base.js";
import { describeCandidates, rankOptions, type Weights } from "./scorer.js";
import { reviseBySitePledge } from "./site-pledge.js";
import { reviseBySpentAmount } from "./spent-amount.js";
import { reviseByGoodsBought } from "./spent-on.js";
import { reviseByTalksBefore } from "./talks-before.js";
import type { Candidate, DocumentReading, FigureReading, SentenceReading } from "./types.js";
import { reviseByWarrantStake } from "./warrant-stake.js";

/** Analysts and brokers: their forecasts are estimates, not the company's targets. */
export const ANALYSTS = /\banalyst\p{L}*|\banalystes?\b|\bconsensus\b|\bbrokerage\b|\bcourtiers?\b/iu;

/** "selon les analystes de Morgan Stanley", "according to analysts": the whole sentence is theirs. */
export const ANALYSTS_CREDITED =
  /(?:selon|d['’]après|according\s+to|estiment|estimate|expect)\s+(?:les\s+|des\s+|the\s+|some\s+)?(?:analystes|analysts)/iu;

/**
 * An analyst who speaks after or around the figure: "…, said an analyst at Bernstein", "…, said Jane
 * Roe, an analyst at Bernstein", « …, estime un analyste de Bernstein », "Bernstein analysts estimate".
 */
export const ANALYST_SPEAKS =
  /(?<!\p{L})(?:said|says|told|wrote|estimated|estimates|expects|noted|estime|estiment|a\s+(?:estimé|déclaré|indiqué|affirmé|expliqué)|indique|affirme|explique)\s+(?:\p{Lu}[\p{L}'’.-]*\s*){0,3}?(?:,\s*)?(?:an?|one|un|une|l['’]|the)\s*(?:[\p{Ll}-]+\s+)?analyste?s?(?!\p{L})|(?<!\p{L})\p{Lu}[\p{L}&.-]*\s+analysts\s+(?:said|say|estimate|expect|wrote|note|predict|forecast)(?!\p{L})/u;

/**
 * An analyst's own voice in a note: "we model", "which we put at", "our estimates", "nos estimations".
 * A company speaking of its plans says "we expect" or "our guidance" instead.
 */
const ANALYST_VOICE =
  /\bwe\s+(?:model|put|pencil\s+in)\b|\bour\s+(?:model|estimates?|base[-\s]case)\b|\bnous\s+(?:modélisons|chiffrons)\b|\bnos\s+(?:estimations|modèles?)\b|\bselon\s+nos\s+(?:estimations|calculs|modèles?)\b/iu;

/** A forecast in the first person: "nous anticipons", "nous estimons", "we forecast", "we expect". */
const FIRST_PERSON_FORECAST =
  /(?<!\p{L})nous\s+(?:anticipons|estimons|prévoyons|tablons|attendons|projetons|voyons)(?!\p{L})|\bwe\s+(?:now\s+)?(?:forecast|expect|estimate|anticipate|project|see)\b/iu;

/**
 * What marks a text as an analyst's note (a broker, a bank, a research firm): its rating, its price
 * target, the estimates it revises. There a first-person forecast is the analyst's, not the company's.
 */
const ANALYST_NOTE =
  /\bnotes?\s+d['’]analystes?\b|\bnotes?\s+de\s+recherche\b|\bobjectif\s+de\s+cours\b|\brecommandation\s+(?:à\s+l['’])?(?:achat|vente|neutre|conserver)\b|\(\s*(?:achat|vente|neutre|surperformance|sous-performance)\s*[,)]|\bnous\s+(?:relevons|abaissons|réitérons|maintenons)\s+not(?:re|s)\s+(?:recommandation|objectif|estimation)|\banalyst\s+note\b|\bresearch\s+note\b|\bprice\s+target\b|\b(?:buy|sell|overweight|underweight|outperform|underperform)\s+rating\b|\bwe\s+(?:raise|lower|cut|reiterate|maintain)\s+our\s+(?:rating|price\s+target|estimates?|forecasts?)\b/iu;

const analystNotes = new WeakMap<DocumentReading, boolean>();

/** "au-dessus du consensus", "below consensus", "than the Street": a forecast set against the market's is an analyst's. */
const BESIDE_CONSENSUS = /\bconsensus\b|\b(?:than|above|below|ahead\s+of)\s+(?:the\s+)?Street\b/iu;

/** An analyst's own voice: "we model", "nos estimations", or a first-person forecast in an analyst's note. */
function analystVoice(r: DocumentReading, body: string): boolean {
  if (hasMatch(ANALYST_VOICE, body)) return true;
  if (!hasMatch(FIRST_PERSON_FORECAST, body)) return false;
  if (hasMatch(BESIDE_CONSENSUS, body)) return true;
  let note = analystNotes.get(r);
  if (note === undefined) {
    note = hasMatch(ANALYST_NOTE, r.text);
    analystNotes.set(r, note);
  }
  return note;
}

/**
 * "son objectif de 10 milliards", "its target of $10B", "a budget of": the figure is the plan itself,
 * so it is a target whoever reports it (unnamed sources included).
 */
export const PLAN_OBJECT =
  /(?:\b(?:objectifs?|cibles?|prévisions?|budgets?)(?:\s+(?:de|d['’]|du|des)\s*(?:revenus?|ventes|chiffre\s+d['’]affaires|dépenses))?\s+(?:de|d['’]|à|fixés?\s+à)|(?<!\b(?:exceed\p{L}*|beat(?:s|ing)?|top(?:s|ped|ping)|surpass\p{L}*|above|ahead\s+of)\s+(?:(?:its|their|the|our)\s+)?)\b(?:target|goal|forecast|budget|guidance)\s+(?:of|at|for\s+\w+\s+of))\s*(?:environ\s+|about\s+|près\s+de\s+|some\s+)?$/iu;

export function planObjectQualifier(
  text: string,
  candidate: Candidate,
): { qualifier: Qualifier; rule: string } | null {
  const start = candidate.q.span.start;
  const before = text.slice(Math.max(candidate.sentence.start, start - 60), start);
  const m = firstMatch(PLAN_OBJECT, before);
  return m ? { qualifier: "target", rule: `the figure is the object of "${m[0].trim()}" → target` } : null;
}

export function chooseQualifier(
  candidate: Candidate,
  scope: string,
  sentenceText: string,
  named: boolean,
  previous: Candidate | undefined,
  metricWord: string,
  inTable = false,
): Decision {
  const commitmentWord = QUALIFIER_RULES.find((r) => r.qualifier === "commitment")!.pattern;
  const implied: { qualifier: Qualifier; rule: string } | null =
    candidate.metric === "compute_commitment" && commitmentWord.test(metricWord)
      ? { qualifier: "commitment", rule: `the metric word "${metricWord}" is a commitment → commitment` }
      : candidate.metric === "compute_spending_target"
        ? { qualifier: "target", rule: `the metric word "${metricWord}" is a plan → target` }
        : null;
  const deal = candidate.metric === null || metricIs(candidate.metric, "deal");
  for (const rule of QUALIFIER_RULES) {
    if (rule.qualifier === "target" && implied) return implied;
    if ((rule.qualifier === "letter_of_intent" || rule.qualifier === "commitment") && !deal) continue;
    if (rule.qualifier === "commitment" && isStakeAfterStepToCome(candidate, scope)) continue;
    const where = rule.sentence ? sentenceText : scope;
    const m =
      rule.qualifier === "target"
        ? cueAfterPreviousFigure(rule.pattern, where, previous?.sentence === candidate.sentence)
        : firstMatch(rule.pattern, where);
    if (m && rule.qualifier === "rumoured" && isBackgroundFact(sentenceText, scope)) continue;
    if (m) {
      if (
        rule.qualifier === "target" &&
        hasMatch(IMPERSONAL_EXPECTATION, scope) &&
        !/objectif|target/iu.test(m[0])
      )
        continue;
      return { qualifier: rule.qualifier, rule: `"${m[0]}" → ${rule.qualifier}` };
    }
    if (rule.qualifier === "rumoured" && !named) {
      const c = hasMatch(CONDITIONAL_ENDING, scope) ? firstMatch(HEARSAY_CONDITIONAL, scope) : null;
      if (c && !reportedSpeech(sentenceText, c[0]))
        return { qualifier: "rumoured", rule: `hearsay conditional "${c[0]}" → rumoured` };
    }
  }
  if (
    previous &&
    previous.entity === candidate.entity &&
    deal &&
    previous.metric &&
    metricIs(previous.metric, "deal")
  )
    if (previous.qualifier === "commitment" || previous.qualifier === "letter_of_intent")
      return {
        qualifier: previous.qualifier,
        rule: `carried from the previous figure → ${previous.qualifier}`,
      };
  const future = firstMatch(FUTURE_TENSE, scope) ?? conditionalOfReportedSpeech(scope, sentenceText);
  const given =
    future &&
    candidate.metric &&
    metricIs(candidate.metric, "warrantTerm") &&
    (firstMatch(GIVEN_BY_DEAL, scope) ?? heldAfterDeal(scope));
  if (given)
    return {
      qualifier: "commitment",
      rule: `"${given[0]}": a stake or shares a deal gives or leaves its holder with → commitment`,
    };
  // Orders already booked stay a commitment whatever they will become: "a backlog of $73 billion that will ship".
  if (future && candidate.metric === "compute_commitment" && CONTRACTED_REVENUE.test(metricWord))
    return {
      qualifier: "commitment",
      rule: `"${metricWord}": orders already booked, not a forecast → commitment`,
    };
  if (future)
    return deal && (handingOver(candidate, scope, future) || buildsForAnother(candidate, scope))
      ? { qualifier: "commitment", rule: `"${future[0]}": money or goods to be handed over → commitment` }
      : { qualifier: "target", rule: `"${future[0]}": a figure in the future → target` };
  // "Meta anticipe 135 milliards et Microsoft 110 milliards": an elliptical clause shares the forecast.
  if (
    previous?.qualifier === "target" &&
    !inTable &&
    previous.metric === candidate.metric &&
    (previous.entity === candidate.entity || !hasMatch(OWN_VERB, scope))
  )
    return { qualifier: "target", rule: "the previous figure of the same forecast → target", carried: true };
  const shared = sharedQualifier(candidate, previous, scope, deal, inTable);
  if (shared) return shared;
  if (candidate.metric === "compute_commitment")
    return { qualifier: "commitment", rule: "commitment by metric" };
  if (candidate.metric === "compute_spending_target")
    return { qualifier: "target", rule: "target by metric" };
  return { qualifier: "reported", rule: "no hedge, source or plan word → reported" };
}

/** The future's own verb: its marker and up to five words after it, stopping at a figure. */
const FUTURE_VERB_TAIL = /^(?:[\s,]+(?![\d$€£])[\p{L}'’-]+){0,5}/u;

/**
 * The words after the figure the future's verb leads to: its purpose or its kind, "$10 billion to buy",
 * « 5 milliards pour acheter », "$2 billion in financing", « 3 milliards d'investissements ».
 */
const AFTER_FIGURE = /^\s*[$€£]?\s?\d[^.;:,]{0,60}/u;
const PURPOSE_OR_KIND =
  /(?<!\p{L})(?:to|pour|afin\s+d(?:e\s+|['’])|in|of|d['’]|de)\s*(?:new\s+|fresh\s+|nouveaux\s+|nouvel\s+)?(\p{L}+)/gu;

function handsOverAfterFigure(after: string): boolean {
  const words = AFTER_FIGURE.exec(after)?.[0] ?? "";
  return matchesIn(PURPOSE_OR_KIND, words).some((m) => hasMatch(HANDING_OVER, m[1]!));
}

/** Spending's own name, which says what is spent, not that money is handed over: "capital expenditure", « dépenses d'investissement ». */
const SPENDING_NAME =
  /(?<!\p{L})(?:dépenses?\s+d['’]investissements?|capital\s+(?:expenditures?|spending|investments?)|investment\s+spending)(?!\p{L})/giu;

/** The subject just before the future's marker: "the investment will total", « le financement sera de ». */
const SUBJECT_BEFORE = /(?:[\p{L}\d'’-]+\s+){0,5}$/u;

/**
 * "will invest $4 billion", "investira 10 milliards", "va verser", "the investment will total", "will
 * spend $10 billion to buy": the future's own verb, its subject or its purpose hands money or goods over. A word elsewhere in the clause
 * ("financing", "fund", "fournies par") does not, nor does spending's own name: "capital expenditure
 * will be $70bn", « les dépenses d'investissement dépasseraient 30 milliards » are forecasts.
 */
/**
 * Whether a future amount is money or goods handed over. A company's capital expenditure is handed
 * over only when the future's own verb, its subject or its purpose says so ("will invest", "to buy"):
 * "capital expenditure this year will be $70bn" beside a "financing" is a forecast. Other deals keep any
 * handing-over word of the clause.
 */
function handingOver(candidate: Candidate, scope: string, future: RegExpExecArray): boolean {
  return candidate.metric === "capex" ? handsOver(scope, future) : hasMatch(HANDING_OVER, scope);
}

function handsOver(scope: string, future: RegExpExecArray): boolean {
  return [future, ...matchesIn(EVERY_FUTURE, scope)].some((f) => futureHandsOver(scope, f));
}

/** Every future of a clause: "will use the cash and will invest $5 billion" hands over in its second. */
const EVERY_FUTURE = new RegExp(FUTURE_TENSE.source, `${FUTURE_TENSE.flags}g`);

function futureHandsOver(scope: string, future: RegExpExecArray): boolean {
  const end = future.index + future[0].length;
  const tail = FUTURE_VERB_TAIL.exec(scope.slice(end))?.[0] ?? "";
  const verbStart = Math.max(0, scope.lastIndexOf(" ", future.index) + 1);
  if (hasMatch(HANDING_OVER, scope.slice(verbStart, end + tail.length))) return true;
  if (handsOverAfterFigure(scope.slice(end + tail.length))) return true;
  const subject = SUBJECT_BEFORE.exec(scope.slice(0, verbStart))?.[0] ?? "";
  return hasMatch(HANDING_OVER, subject.replace(SPENDING_NAME, ""));
}

/** "a déclaré vendredi qu'elle", "a indiqué que": what follows is the speaker's own words, reported. */
const REPORTED_SPEECH =
  /(?<!\p{L})(?:a|ont|avait|avaient)\s+(?:déclaré|annoncé|indiqué|affirmé|précisé|expliqué|assuré|fait\s+savoir)\s+(?:\p{L}+\s+){0,2}?qu(?:e|['’])/iu;

/**
 * "Meta a déclaré qu'elle investirait 600 milliards", "Bpifrance a indiqué qu'elle engagerait": after
 * a company's own words reported with "que", the conditional is the future seen from the past, not
 * hearsay.
 */
function reportedSpeech(sentenceText: string, conditional: string): boolean {
  const speech = firstMatch(REPORTED_SPEECH, sentenceText);
  return speech !== null && sentenceText.indexOf(conditional, speech.index) > speech.index;
}

/** The conditional of reported speech, read as the future it stands for. */
function conditionalOfReportedSpeech(scope: string, sentenceText: string): RegExpExecArray | null {
  const c = hasMatch(CONDITIONAL_ENDING, scope) ? firstMatch(HEARSAY_CONDITIONAL, scope) : null;
  return c && !/^pourrai/iu.test(c[0]) && reportedSpeech(sentenceText, c[0]) ? c : null;
}

/** Talks not concluded: what a sentence's unnamed sources are about. */
const PENDING_TALKS =
  /\b(?:in\s+(?:(?:early|advanced|preliminary|exclusive|late|serious|initial)(?:[-\s]stage)?\s+)?(?:talks|discussions|negotiations)|would\s+value|could\s+value|is\s+(?:now\s+)?(?:raising(?!\s+the\s+bar)|seeking|looking\s+to\s+raise))\b|(?<!\p{L})(?:en\s+pourparlers|en\s+discussions?|négoci\p{L}*|valoriserai(?:t|ent)|en\s+train\s+de\s+lever|cherche\s+à\s+lever)(?!\p{L})/iu;

/** A finished act in the past: "was valued", "raised", "a levé", "avait été valorisée". */
const COMPLETED_PAST =
  /\b(?:was|were|had|raised|closed|reached)\b|\b(?:after|since)\s+(?:closing|raising|signing|securing|completing)\b|(?<!\p{L})après\s+avoir\s+\p{L}{2,}(?:é|u|is|it)(?!\p{L})|\b\p{L}{3,}ed\b|(?<!\p{L})(?:a|ont|avait|avaient)\s+(?:été\s+|déjà\s+)?\p{L}{2,}(?:é|ée|és|ées|u|is|it)(?!\p{L})/iu;

/**
 * "OpenAI was valued at $300 billion in March and is in talks over a sale that would value it at $500
 * billion, people briefed on the discussions said": the sources speak of the pending deal of another
 * clause; a finished, earlier fact beside it is no rumour.
 */
function isBackgroundFact(sentenceText: string, scope: string): boolean {
  const at = sentenceText.indexOf(scope);
  if (at < 0 || !hasMatch(COMPLETED_PAST, scope) || hasMatch(PENDING_TALKS, scope)) return false;
  if (
    hasMatch(FUTURE_TENSE, scope) ||
    (hasMatch(CONDITIONAL_ENDING, scope) && hasMatch(HEARSAY_CONDITIONAL, scope))
  )
    return false;
  const rest = `${sentenceText.slice(0, at)} ${sentenceText.slice(at + scope.length)}`;
  return hasMatch(PENDING_TALKS, rest);
}

/**
 * "the warrant would give OpenAI 10% of AMD", "l'accord lui donnera 4 %", « conférera à X 4 % »: a stake or shares that a
 * deal hands over are its terms, and so is the stake its holder "will own" under it (HELD_AFTER_DEAL); a
 * stake it will own after a step still to come (STEP_TO_COME: "after which", « à l'issue de ») stays a target.
 */
const GIVEN_BY_DEAL =
  /\b(?:give|gives|giving|grant|grants|granting|entitle|entitles|confer|confers|conferring|award|awards)\b|(?<!\p{L})(?:donn|accord|octroi|octroy|permett|conf[éè]r|attribu)(?:e|era|erait|eront|eraient|ra|rait|ront|raient)(?!\p{L})/iu;

/**
 * "Once the deal closes, X will own 35%", « après l'opération, X détiendra 35 % »: a stake its holder will
 * own after a step still to come is its forward-looking figure, a target, though the sentence names the deal.
 */
function isStakeAfterStepToCome(candidate: Candidate, scope: string): boolean {
  return (
    candidate.metric !== null &&
    metricIs(candidate.metric, "warrantTerm") &&
    hasMatch(STEP_TO_COME, scope) &&
    hasMatch(FUTURE_TENSE, scope)
  );
}

function heldAfterDeal(scope: string): RegExpExecArray | null {
  return hasMatch(STEP_TO_COME, scope) ? null : firstMatch(HELD_AFTER_DEAL, scope);
}

/**
 * What joins a figure to the previous one with no verb of its own, after a few words closing the
 * previous figure's phrase: "and $10 billion", "dans Anthropic, et Microsoft jusqu'à 5 milliards",
 * "this year and capital expenditure at", « pour l'exercice en cours avec une marge brute de ».
 */
const ELLIPTICAL_JOIN =
  /^(?:\s*[\p{L}\p{N}'’-]+){0,5}?\s*,?\s*(?:and|et|as\s+well\s+as|ainsi\s+que|plus|with(?:\s+an?(?=\s))?|avec)\s+(?:(?!(?:was|were|is|are|has|had|have|a|ont|est|sont|était|avait)\s)[\p{L}'’.-]+\s+){0,4}?(?:(?:at|à|of|de|d['’]|up\s+to|jusqu['’]à|about|around|environ|près\s+de|some|quelque)\s*)?$/iu;

/**
 * A past participle or a past tense, or a present verb that sizes what it names ("values the company
 * at", « valorise la société à », "puts its worth at"): the joined clause has a verb of its own.
 */
const JOIN_OWN_VERB =
  /\p{L}{3,}ed\b|\p{L}{2,}(?:é|és|ée|ées)(?!\p{L})|\b(?:values|puts|sets|brings|takes|lifts|pushes)\b|(?<!\p{L})(?:valorise(?:nt)?|porte(?:nt)?|fixe(?:nt)?|hisse(?:nt)?)(?!\p{L})/iu;

/**
 * "Microsoft et Nvidia investiront respectivement 5 et 10 milliards", "expenses would come in at $116
 * billion and capital expenditure at $70 billion": a figure joined to the previous one of the same
 * clause shares its forecast or its commitment.
 */
function sharedQualifier(
  candidate: Candidate,
  previous: Candidate | undefined,
  scope: string,
  deal: boolean,
  inTable: boolean,
): Decision | null {
  if (!previous || inTable || previous.sentence !== candidate.sentence) return null;
  const carried = previous.qualifier;
  if (carried !== "target" && !(carried === "commitment" && deal)) return null;
  const join = scope.slice(0, Math.max(0, candidate.q.span.start - previous.q.span.end));
  if (!ELLIPTICAL_JOIN.test(join) || JOIN_OWN_VERB.test(join)) return null;
  return {
    qualifier: carried,
    rule: `joined to the previous figure by "${join.trim()}" → ${carried}`,
    carried: true,
  };
}

/** Set by hand, not fitted: a qualifier word earlier in QUALIFIER_RULES takes precedence over a later one. */
export const QUALIFIER_WEIGHTS: Weights<"precedence"> = { precedence: 1 };

/**
 * The words of the sentence-wide qualifier rules (sources, letters of intent) found in the sentence, by
 * rule, null where none: the same for all its figures, read once.
 */
function sentenceQualifierWords(s: SentenceReading): (string | null)[] {
  s.sentenceQualifierWords ??= QUALIFIER_RULES.map((rule) => {
    const m = rule.sentence ? firstMatch(rule.pattern, s.body) : null;
    return m ? m[0] : null;
  });
  return s.sentenceQualifierWords;
}

/**
 * The qualifiers the figure's words point to, by precedence, "reported" last: what `explain` lists
 * beside the decision, which chooseQualifier takes with its exceptions (plans, analysts, deal terms).
 */
function qualifierCandidates(scope: string, s: SentenceReading): string {
  const sentenceWords = sentenceQualifierWords(s);
  const options = QUALIFIER_RULES.flatMap((rule, i) => {
    const m = rule.sentence ? null : firstMatch(rule.pattern, scope);
    const word = rule.sentence ? sentenceWords[i] : m ? m[0] : null;
    return word !== null && word !== undefined
      ? [
          {
            value: rule.qualifier,
            label: `${rule.qualifier} "${word}"`,
            features: { precedence: QUALIFIER_RULES.length - i },
          },
        ]
      : [];
  });
  options.push({ value: "reported", label: "reported", features: { precedence: 0 } });
  return describeCandidates("qualifier", rankOptions(options, QUALIFIER_WEIGHTS), QUALIFIER_WEIGHTS);
}

/** A verb of the clause's own: the clause states its figure, not the previous one's forecast. */
const OWN_VERB =
  /\b(?:was|were|is|are|had|has|have|reached|hit|stood|était|étaient|est|sont|avait|avaient|a\s+atteint|atteint)\b/iu;

/** A table column of plans ("2025 plan", "Objectif", "Guidance"): its figures are targets. */
const PLAN_HEADER =
  /\b(?:plans?|planned|objectifs?|prévisions?|guidance|outlook|forecasts?|targets?|cibles?)\b/iu;

/** Spending that, pledged or planned with no date, is a total over no given year: its size at publication. */
const UNDATED_PLEDGE_METRICS: ReadonlySet<string> = new Set(["capex", "debt_issuance"]);

/**
 * The market's expectation named before a figure: "beating analysts' estimates of $2.17 per share on
 * $79.6 billion", "les attentes des analystes, qui tablaient sur", "the consensus of", "Wall Street
 * expected".
 */
const EXPECTATION_BEFORE =
  /(?:\banalyst(?:s['’]?|['’]s)?|\banalystes|\bWall\s+Street|\bthe\s+market)\s+(?:(?:polled|surveyed|interviewed|tracked)\s+by\s+(?:\p{Lu}[\p{L}.&-]*\s+){1,3})?(?:had\s+|were\s+|was\s+)?(?:expectations?|estimates?|forecasts?|consensus|expected|expecting|projected|anticipated|estimated|forecast|predicted)\b|\b(?:attentes|estimations|prévisions|projections)\s+(?:des\s+|du\s+)(?:analystes|marché|consensus)|\b(?:analystes|marché)\s+(?:\p{L}+\s+){0,3}?(?:tablaient|attendaient|anticipaient|prévoyaient|misaient)\b|\bconsensus\b/giu;

/**
 * "an estimated 26 gigawatts", "estimée à 3 milliards", "market expectations of $8.87 billion", "des
 * attentes de 9 milliards": the figure itself is an estimate.
 */
const ESTIMATED_RIGHT_BEFORE = new RegExp(
  String.raw`(?:\ban\s+estimated|\bestim(?:é|ée|és|ées)\s+à|\bexpectations\s+(?:of|for)|(?<!\p{L})attentes\s+(?:de|d['’]))\s*${optionalHedge(["approx"])}$`,
  "iu",
);

/** "contre 54,9 milliards attendus": a figure the market expected, said after it. */
const EXPECTED_RIGHT_AFTER =
  /^\s*(?:de\s+dollars\s+|d['’]euros\s+)?(?:attendu|attendus|attendue|attendues)(?!\p{L})/iu;

/**
 * « contre 977 milliards anticipés », « escomptés »: a figure someone anticipated, said after it, is the
 * market's when the market's expectations are named just before (« supérieur aux attentes du marché »);
 * beside the company's own objective it stays the company's.
 */
const ANTICIPATED_RIGHT_AFTER = /^\s*(?:de\s+dollars\s+|d['’]euros\s+)?(?:anticipé|escompté)e?s?(?!\p{L})/iu;
const MARKET_NAMED =
  /(?<!\p{L})(?:attentes|anticipations|consensus|analystes|du\s+marché|Wall\s+Street|expectations|analysts)(?!\p{L})/iu;

/** How far before the figure the market's expectations may be named for « anticipés » to be theirs. */
const MARKET_NAMED_REACH = 300;

function anticipatedByMarket(text: string, q: QuantityMention): RegExpExecArray | null {
  const said = ANTICIPATED_RIGHT_AFTER.exec(text.slice(q.span.end, q.span.end + 30));
  if (!said) return null;
  return hasMatch(MARKET_NAMED, text.slice(Math.max(0, q.span.start - MARKET_NAMED_REACH), q.span.start))
    ? said
    : null;
}

/** "vs. $54.9 billion expected", "versus 52.4% estimated": the term a result is compared with, the market's. */
const COMPARED_BEFORE = /(?:\bvs\.?|\bversus|\bagainst|\bcompared\s+(?:with|to))\s*$/iu;
const EXPECTED_AFTER_COMPARED = /^\s*(?:expected|estimated|forecast|anticipated)(?!\p{L})/iu;

/** A list's opening line that sets the results against the market's: "compared with LSEG estimates:", « face au consensus : ». */
const ESTIMATES_HEADER =
  /(?:estimates|estimations|SmartEstimates|consensus|expectations|attentes|prévisions\s+des\s+analystes)[^\n]*:\s*$/iu;

/** A bullet's line: "- Revenue: …", "• Chiffre d'affaires : …". */
const BULLET_LINE = /^\s*[-•*–]\s/u;

/** The opening line of the bulleted list the position stands in, or null outside one. */
function bulletListHeader(text: string, at: number): string | null {
  let lineStart = text.lastIndexOf("\n", at - 1) + 1;
  if (!BULLET_LINE.test(text.slice(lineStart, at))) return null;
  while (lineStart > 0) {
    const previousStart = text.lastIndexOf("\n", lineStart - 2) + 1;
    const line = text.slice(previousStart, lineStart - 1);
    if (!BULLET_LINE.test(line)) return line;
    lineStart = previousStart;
  }
  return null;
}

function comparedExpectation(text: string, q: QuantityMention): RegExpExecArray | null {
  if (!COMPARED_BEFORE.test(text.slice(Math.max(0, q.span.start - 20), q.span.start))) return null;
  const said = EXPECTED_AFTER_COMPARED.exec(text.slice(q.span.end, q.span.end + 20));
  if (said) return said;
  const header = bulletListHeader(text, q.span.start);
  return header === null ? null : ESTIMATES_HEADER.exec(header);
}

/** How far before a figure the market's expectation still governs it, other figures of its list between. */
const EXPECTATION_REACH = 80;

/** The words that make a figure the market's or an estimate, and whether they touch the figure itself. */
export function marketExpectation(
  text: string,
  sentenceStart: number,
  q: QuantityMention,
): { words: string; direct: boolean } | null {
  const before = text.slice(Math.max(sentenceStart, q.span.start - EXPECTATION_REACH), q.span.start);
  const right =
    firstMatch(ESTIMATED_RIGHT_BEFORE, before) ??
    EXPECTED_RIGHT_AFTER.exec(text.slice(q.span.end, q.span.end + 30)) ??
    anticipatedByMarket(text, q) ??
    comparedExpectation(text, q);
  if (right) return { words: right[0].trim(), direct: true };
  const firstAt = matchesFrom(EXPECTATION_BEFORE, before);
  if (firstAt < 0) return null;
  EXPECTATION_BEFORE.lastIndex = firstAt;
  const last = [...before.matchAll(EXPECTATION_BEFORE)].at(-1);
  if (!last) return null;
  // A clause break or a verb of its own between the expectation and the figure ends its reach.
  const between = before.slice(last.index + last[0].length);
  if (/[;:!?]|\.(?!\d)|\b(?:but|mais|while|alors\s+que|tandis\s+que|whereas)\b/iu.test(between)) return null;
  return { words: last[0], direct: false };
}

/** Verbs that announce an amount ("a annoncé un investissement de", "unveiled a $10 billion plan"). */
const ANNOUNCED = /(?<!\p{L})(?:annon[cç]\p{L}*|announc\p{L}*|unveil\p{L}*|dévoil\p{L}*|officialis\p{L}*)/iu;

/**
 * A purchase told in the present ("Nvidia rachète Enfabrica pour", "s'offre", "met la main sur",
 * "buys", "is buying"): the deal just struck, not one completed before ("a racheté", "bought").
 */
const BUYING_NOW =
  /(?<!\p{L})(?:rachète|rachètent|acquiert|acquièrent|s['’]offre|s['’]offrent|met(?:tent)?\s+la\s+main\s+sur|s['’]empare|buys|is\s+buying|snaps\s+up)(?!\p{L})/iu;

/**
 * An outlet's conditional is hearsay ("selon le New York Times, la perte aurait atteint", "xAI
 * brûlerait 1 milliard par mois, selon Bloomberg"); a named speaker's is their own estimate
 * ("chaque gigawatt coûterait", says the chief executive), and "pourrait" a mere possibility.
 */
function outletHearsay(r: DocumentReading, s: SentenceReading, scope: string): string | null {
  const { attribution, person, body } = s;
  if (!attribution?.named || (person && hasMatch(SPEECH_VERB, body))) return null;
  if (!r.gazetteer.outlets.some((o) => o.endsWith(attribution.name))) return null;
  const c = hasMatch(CONDITIONAL_ENDING, scope) ? firstMatch(HEARSAY_CONDITIONAL, scope) : null;
  return c && !/^pourrai/iu.test(c[0])
    ? `"${c[0]}" reported by ${attribution.name}: hearsay → rumoured`
    : null;
}

/**
 * Where the next figure of the sentence begins (its restatement in another currency aside): the words
 * after it qualify that figure, not this one ("$2 billion in 2023 to $20 billion expected in 2025").
 */
export function nextFigureStart(text: string, q: QuantityMention, sentenceQs: QuantityMention[]): number {
  const conversion = conversionAfter(q, sentenceQs, text);
  const next = sentenceQs.find((o) => o.span.start >= q.span.end && o !== conversion);
  return next?.span.start ?? Number.POSITIVE_INFINITY;
}

/**
 * A period whose start (or date, for a level) lies after the publication month, or a quarter or
 * fiscal year that has not ended by then: not yet reportable.
 */
function notYetReportable(period: Period | null, published: string | null): boolean {
  if (!period || !published) return false;
  // Compared at the publication date's own precision: a report dated "2025" may be from December.
  const known = published.slice(0, 7);
  const from = "asOf" in period ? period.asOf : period.start;
  if (!from) return false;
  if (from.slice(0, known.length) > known) return true;
  // A quarter or fiscal year under way (not a calendar year, often reported to date): no total yet.
  const end = "asOf" in period ? null : period.end;
  return Boolean(end && end.slice(0, known.length) > known && !end.endsWith("-12-31"));
}

/**
 * A whole calendar year's flow ("capex of $85 billion in 2025") in a report published before that year
 * ended: the total cannot be known yet, so it is the company's forecast ("so far this year" ends at the
 * publication date, not on December 31).
 */
/**
 * Verbs that state an amount as booked or already reached: "reported capex of", "generated", "has brought
 * in", "revenue reached", "has topped", "a dépensé", "a réalisé", "a atteint", "a dépassé"; a verb after a
 * modal or "to" is a forecast ("will reach", "expected to hit").
 */
const ACTUAL_AMOUNT_VERB =
  /\b(?:reported|posted|recorded|booked|spent|achieved|generated|earned|brought\s+in|reached|topped|surpassed|exceeded|crossed|climbed|rose|risen|grew|grown)\b|(?<!\b(?:to|will|would|could|should|may|might|can)\s+)\bhit\b(?!\s+by\b)|(?<!\p{L})(?:a|ont|avait|avaient)\s+(?:déjà\s+)?(?:publié|enregistré|dépensé|déclaré|affiché|réalisé|généré|engrangé|encaissé|atteint|dépassé|franchi|grimpé)(?!\p{L})/iu;

/** A quarter, a half or a month named beside the figure: its period is no whole year. */
const PART_OF_YEAR = /quarter|trimestr|\bhalf\b|semestr|\bmonths?\b|(?<!\p{L})mois(?!\p{L})/iu;

/** A verb in the past that states what an amount came to: "Meta's capex was $30 billion", "a porté ses dépenses à". */
const PAST_AMOUNT_VERB =
  /\b(?:was|were|totall?ed|amounted|came\s+(?:in\s+)?(?:at|to))\b|(?<!\p{L})(?:(?:a|ont|avait|avaient)\s+(?:porté|atteint|totalisé|dépassé)|(?:s['’]est|se\s+sont)\s+élevée?s?|étai(?:t|ent)|atteignai(?:t|ent))(?!\p{L})/iu;

/** Words after a figure that place it in a span already over: "les 410 milliards des deux années précédentes". */
const PAST_SPAN_AFTER =
  /\b(?:previous|prior|last|earlier)\b|(?<!\p{L})(?:précédente?s?|dernière?s?|passée?s?|antérieure?s?)(?!\p{L})/iu;

/**
 * Capital spending with no date of its own is the year under way's (period stage), so a plan unless a
 * verb in the past states what it came to, or a table's column says which year it is.
 */
function undatedSpendingPlan(
  metric: string | null,
  ownScope: string,
  clauseAfter: string,
  inTable: boolean,
): boolean {
  return (
    metric === "capex" &&
    !inTable &&
    !hasMatch(PAST_AMOUNT_VERB, ownScope) &&
    !PAST_SPAN_AFTER.test(clauseAfter.slice(0, 60))
  );
}

function yearUnderWay(period: Period | null, published: string | null): boolean {
  if (!period || !published || published.length < 7 || "asOf" in period) return false;
  const { start, end } = period;
  if (!start?.endsWith("-01-01") || !end?.endsWith("-12-31") || start.slice(0, 4) !== end.slice(0, 4))
    return false;
  return end.slice(0, 4) === published.slice(0, 4);
}

/**
 * A flow over a quarter or a half that ended by the publication month: amounts announced for it are
 * results. A month or a year may date a pledge ("announced in March", "in 2024") as well.
 */
function closedBeforePublication(period: Period | null, published: string | null): boolean {
  if (!period || !published || "asOf" in period || !period.start || !period.end) return false;
  const days = (Date.parse(period.end) - Date.parse(period.start)) / 86_400_000;
  return days >= 80 && days <= 200 && period.end.slice(0, 7) <= published.slice(0, 7);
}

/** A qualifier and why; `carried` when it is taken from the previous figure of the sentence. */
export type Decision = { qualifier: Qualifier; rule: string; carried?: boolean };

/**
 * A year over before the year of publication: "in 2024", "last year", "en 2023". A month may date when
 * a forecast was made ("the $20 billion it had pencilled in in August"), not what it is about.
 */
function yearOverBeforePublication(period: Period | null, published: string | null): boolean {
  if (!period || !published) return false;
  const year =
    "asOf" in period
      ? period.asOf?.length === 4
        ? period.asOf
        : null
      : period.start?.endsWith("-01-01") && period.end?.endsWith("-12-31")
        ? period.end.slice(0, 4)
        : null;
  return year !== null && year < published.slice(0, 4);
}

/** The base of a comparison right before the figure: "up from", "compared with", "contre", "après". */
const COMPARED_FROM = new RegExp(
  String.raw`(?:\b(?:up|down|rising|jumping|climbing)\s+from|\bcompared\s+(?:with|to)|\bversus|\bvs\.?|(?<!\p{L})(?:contre|après|comparé\s+à))\s+${optionalHedge(["approx"])}$`,
  "iu",
);

/** A level dated to a month before the month of publication: "up from $5 billion in August". */
function monthOverBeforePublication(period: Period | null, published: string | null): boolean {
  if (!period || !published || !("asOf" in period) || !period.asOf || period.asOf.length !== 7) return false;
  return period.asOf < published.slice(0, 7);
}

/**
 * "$85 billion this year, up from $50 billion last year", "contre 52 milliards en 2024": the base of a
 * forecast's comparison, in a period already over (a month, when the figure is the base "up from" it),
 * is a result; only a forecast word of its own would make it a target.
 */
function reviseCarriedForecast(
  candidate: Candidate,
  published: string | null,
  clauseAfter: string,
  comparedFrom: boolean,
  qualifier: Decision,
): void {
  if (qualifier.qualifier !== "target" || !qualifier.carried) return;
  const over =
    candidate.periodExplicit &&
    (yearOverBeforePublication(candidate.period, published) ||
      (comparedFrom && monthOverBeforePublication(candidate.period, published)));
  if (!over && !PAST_SPAN_AFTER.test(clauseAfter.slice(0, 60))) return;
  qualifier.qualifier = "reported";
  qualifier.rule = "a figure for a period over by publication, beside a forecast → reported";
}

/** Money announced for a deal is committed; an outlet's hearsay conditional is rumoured. */
function reviseByWording(
  r: DocumentReading,
  s: SentenceReading,
  candidate: Candidate,
  ownScope: string,
  qualifier: Decision,
): void {
  const metric = candidate.metric;
  const announced =
    metric &&
    metricIs(metric, "deal") &&
    isCurrencyCode(candidate.unit) &&
    !closedBeforePublication(candidate.period, r.input.published)
      ? firstMatch(ANNOUNCED, ownScope)
      : null;
  if (qualifier.qualifier === "reported" && announced) {
    qualifier.qualifier = "commitment";
    qualifier.rule = `"${announced[0]}": an amount announced for a deal or an investment → commitment`;
  }
  const buying =
    metric === "acquisition_price" && qualifier.qualifier === "reported"
      ? firstMatch(BUYING_NOW, ownScope)
      : null;
  if (buying) {
    qualifier.qualifier = "commitment";
    qualifier.rule = `"${buying[0]}": a purchase told in the present is a deal just struck → commitment`;
  }
  const hearsay = outletHearsay(r, s, ownScope);
  if ((qualifier.qualifier === "reported" || qualifier.qualifier === "target") && hearsay) {
    qualifier.qualifier = "rumoured";
    qualifier.rule = hearsay;
  }
}

/** "by Reuters' calculation", "selon les calculs de Bloomberg": a figure an outlet or a bank worked out. */
const CALCULATED_BY =
  /\bby\s+(?:our|its|their|the\s+)?(?:[\p{Lu}][\p{L}&.-]*\s*)*(?:['’]s?\s+)?calculations?\b|\baccording\s+to\s+(?:[\p{Lu}][\p{L}&.-]*\s*)+(?:['’]s?\s+)?calculations?\b|(?<!\p{L})(?:selon|d['’]après)\s+(?:les|des|nos|ses|leurs)\s+calculs(?!\p{L})/u;

/** "analysts at one brokerage estimated the value of the contract at": their estimate of a deal's size. */
const ANALYSTS_ESTIMATE =
  /\b(?:analysts?|analystes?|brokerages?|courtiers?)\b(?:\s+\p{L}+){0,4}?\s+(?:estimated?|estiment|estimaient|ont\s+estimé|valued|put|évaluent|chiffrent)\b/iu;

/**
 * A figure worked out by an outlet, a bank or analysts is their estimate, even of a deal (CLAIMS.md §7):
 * the calculation credited after a figure covers it when no other figure stands between them.
 */
function reviseByCalculation(
  s: SentenceReading,
  q: QuantityMention,
  ownScope: string,
  qualifier: Decision,
): void {
  const at = s.sentence.start;
  const credit = qualifier.qualifier === "reported" ? firstMatch(CALCULATED_BY, s.body) : null;
  const calculated =
    credit &&
    at + credit.index >= q.span.end &&
    !s.sentenceQs.some((o) => o.span.start >= q.span.end && o.span.end <= at + credit.index)
      ? credit
      : null;
  const analysts = qualifier.qualifier === "commitment" ? firstMatch(ANALYSTS_ESTIMATE, ownScope) : null;
  const m = calculated ?? analysts;
  if (!m) return;
  qualifier.qualifier = "estimated";
  qualifier.rule = `"${m[0]}": a figure others worked out → estimated`;
}

/** "un contrat estimé à 4 milliards", "a deal worth an estimated $3 billion": the estimate sizes a deal, still a commitment. */
function dealSizeEstimated(text: string, sentenceStart: number, q: QuantityMention): boolean {
  return hasMatch(DEAL_NOUN_SIZED, text.slice(Math.max(sentenceStart, q.span.start - 60), q.span.start));
}

/** What analysts or the market expected is an estimate (CLAIMS.md §7); a rumour stays one (it comes first). */
function reviseByExpectation(
  text: string,
  sentenceStart: number,
  q: QuantityMention,
  qualifier: Decision,
): void {
  const expected = marketExpectation(text, sentenceStart, q);
  if (qualifier.qualifier === "commitment" && dealSizeEstimated(text, sentenceStart, q)) return;
  if (
    expected &&
    (qualifier.qualifier === "reported" ||
      qualifier.qualifier === "target" ||
      (expected.direct && qualifier.qualifier !== "rumoured"))
  ) {
    qualifier.qualifier = "estimated";
    qualifier.rule = `"${expected.words}": what analysts or the market expected → estimated`;
  }
}

/** ", while OpenAI is in talks …", ", alors que …": a clause set against the figure's speaks of something else. */
const CONTRAST_CLAUSE = /,\s*(?:while|whereas|alors\s+que|tandis\s+que)\s/iu;

/** Where a contrasting clause after the figure begins, within its scope: its words do not qualify the figure. */
function contrastStart(text: string, from: number, end: number): number {
  const m = CONTRAST_CLAUSE.exec(text.slice(from, end));
  return m ? from + m.index : end;
}

/** "Microsoft's holding is worth $135 billion", « sa participation est valorisée 10 milliards »: a holding's stated worth. */
const STATED_HOLDING_VALUE =
  /\b(?:is|are|was|were)\s+worth\b|\bvalued\s+at\b|(?<!\p{L})(?:valorisée?s?|vaut|valent|valait)(?!\p{L})/iu;

/** "sold its shares for $5.8 billion", « ont vendu des actions pour »: what a sale brought, even under a deal. */
const STATED_SALE =
  /\b(?:sold|sells|selling)\b|(?<!\p{L})(?:vendu|vendus|vendue|vendues|vend|vendent|vendre|vendant|cédé|cède|cédant|céder)(?!\p{L})/iu;

/** The deal component's value is stated by its metric word, not worked out: a sale's proceeds, or, when reported, a worth. */
function statesHoldingValue(
  text: string,
  candidate: FigureReading["candidate"],
  qualifier: Decision,
): boolean {
  const at = candidate.metricAt;
  if (at === null) return false;
  const word = text.slice(at.start, at.end);
  if (STATED_SALE.test(word))
    return qualifier.qualifier === "reported" || qualifier.qualifier === "commitment";
  return qualifier.qualifier === "reported" && STATED_HOLDING_VALUE.test(word);
}

/**
 * Capacity another company is to supply or host: a term of their deal, dated by when it is delivered
 * ("to take power from a 50-megawatt reactor from 2030", a table row "750 MW … jusqu'en 2028"), not a plan.
 */
function capacityUnderDeal(candidate: Candidate): boolean {
  return candidate.metric === "datacenter_capacity" && candidate.counterparty !== null;
}

/** What some metrics are whatever the wording: a deal component's value, capacity under a deal, a warrant's terms. */
function reviseByMetric(
  r: DocumentReading,
  candidate: FigureReading["candidate"],
  qualifier: Decision,
): void {
  const { warrant } = r;
  const metric = candidate.metric;
  if (metric === "deal_value" && statesHoldingValue(r.text, candidate, qualifier)) {
    qualifier.qualifier = "reported";
    qualifier.rule = "what a holding is worth, or what selling it brought, is stated → reported";
  } else if (
    metric === "deal_value" &&
    qualifier.qualifier !== "letter_of_intent" &&
    qualifier.qualifier !== "rumoured"
  ) {
    qualifier.qualifier = "estimated";
    qualifier.rule = "the value of a deal component is a computation → estimated";
  } else if (capacityUnderDeal(candidate) && qualifier.qualifier === "reported") {
    qualifier.qualifier = "commitment";
    qualifier.rule = `capacity ${candidate.counterparty} is to supply or host under a deal is a term of it → commitment`;
  } else if (
    metric === "cost_per_gw" &&
    (qualifier.qualifier === "reported" || qualifier.qualifier === "commitment")
  ) {
    // A programme's or a deal's wording does not make a cost per gigawatt a pledge: no one signs for it.
    qualifier.qualifier = "estimated";
    qualifier.rule = "what a gigawatt costs is a rule of thumb worked out from many builds → estimated";
  } else if (
    qualifier.qualifier === "reported" &&
    warrant &&
    metric &&
    metricIs(metric, "warrantTerm") &&
    candidate.entity === warrant.holder
  ) {
    qualifier.qualifier = "commitment";
    qualifier.rule = `a term of the warrant ${warrant.issuer} granted → commitment`;
  }
}

/** A pledge or plan with no date of its own is dated by publication (CLAIMS.md §5), never a year's spending. */
function datePledge(r: DocumentReading, s: SentenceReading, f: FigureReading, inTable: boolean): void {
  const { candidate, rules } = f;
  const metric = candidate.metric;
  const announced = announcementDate(r.text, s, f.q);
  if (
    (candidate.qualifier === "commitment" ||
      (candidate.qualifier === "target" && (s.times.length === 0 || announced !== null) && !inTable)) &&
    !candidate.periodExplicit &&
    !candidate.timeAt &&
    candidate.period &&
    UNDATED_PLEDGE_METRICS.has(metric ?? "")
  ) {
    if (announced) {
      candidate.period = { asOf: announced };
      rules.push("period: a pledge or plan with no date of its own is sized when it was announced");
      return;
    }
    const asOf = publicationAsOf(r.input.published);
    candidate.period = asOf ? { asOf } : null;
    rules.push("period: a pledge or plan with no date is no year's spending, but its size at publication");
  }
}

/**
 * A figure under a plan column, listed by the company that gives it, or for a period not begun or
 * still under way at publication: a plan or a pledge, not a reported figure.
 */
function reviseByPlanOrPeriod(
  r: DocumentReading,
  s: SentenceReading,
  f: FigureReading,
  ownScope: string,
  clauseAfter: string,
  place: TablePlace | null,
  qualifier: Decision,
): void {
  const { text } = r;
  const { sentence } = s;
  const { q, candidate } = f;
  const metric = candidate.metric;
  const header = place?.header;
  const plan = header ? PLAN_HEADER.exec(text.slice(header.start, header.end)) : null;
  if (qualifier.qualifier === "reported" && plan) {
    qualifier.qualifier = "target";
    qualifier.rule = `the column's header "${plan[0]}" is a plan → target`;
  }
  if (qualifier.qualifier === "reported" && pledgeFrom(text, s.parties, q)) {
    qualifier.qualifier = "commitment";
    qualifier.rule =
      "an amount listed by the company that gives it and what it builds is a pledge → commitment";
  }
  if (
    qualifier.qualifier === "reported" &&
    notYetReportable(candidate.period, r.input.published) &&
    !capacityUnderDeal(candidate)
  ) {
    qualifier.qualifier = "target";
    qualifier.rule = "a figure for a period that had not begun when the report was published → target";
  } else if (
    qualifier.qualifier === "reported" &&
    (candidate.periodExplicit || undatedSpendingPlan(metric, ownScope, clauseAfter, place !== null)) &&
    yearUnderWay(candidate.period, r.input.published) &&
    !hasMatch(ACTUAL_AMOUNT_VERB, ownScope) &&
    !hasMatch(PART_OF_YEAR, text.slice(Math.max(sentence.start, q.span.start - 60), q.span.end + 20))
  ) {
    qualifier.qualifier = "target";
    qualifier.rule = "a whole year's flow for a year still under way at publication → target";
  }
}

/** A forecast credited to analysts is their estimate, not the company's target. */
function reviseByAnalysts(
  r: DocumentReading,
  s: SentenceReading,
  f: FigureReading,
  ownScope: string,
  qualifier: Decision,
): void {
  const { text } = r;
  const { sentence, body } = s;
  const { q, previous } = f;
  if (
    qualifier.qualifier === "target" &&
    (hasMatch(ANALYSTS, ownScope) ||
      hasMatch(ANALYSTS_CREDITED, body) ||
      hasMatch(ANALYST_SPEAKS, body) ||
      analystVoice(r, body) ||
      // "analysts expect spending to rise 24% to $550 billion": their forecast covers both figures
      (previous?.qualifier === "estimated" && hasMatch(ANALYSTS, text.slice(sentence.start, q.span.start))))
  ) {
    qualifier.qualifier = "estimated";
    qualifier.rule = "a forecast credited to analysts, not the company's own → estimated";
  }
}

export function readQualifier(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { text } = r;
  const { sentence, body, attribution, person, index } = s;
  const { q, rules, previous, candidate } = f;
  const metric = candidate.metric;
  // Qualifier and attribution (CLAIMS.md §7).
  const breakAt = index.breaks.firstFrom(q.span.end);
  const scopeEnd = Math.min(breakAt < 0 ? sentence.end : breakAt, nextFigureStart(text, q, s.sentenceQs));
  // "the Canada Pension Plan", « le Plan France 2030 »: a plan word in a name is no plan cue.
  const ownScope = maskPlanInNames(
    text.slice(previous?.q.span.end ?? sentence.start, contrastStart(text, q.span.end, scopeEnd)),
  );
  const ownBody = maskPlanInNames(text.slice(sentence.start, contrastStart(text, q.span.end, sentence.end)));
  const clauseAfter = maskPlanInNames(text.slice(q.span.end, breakAt < 0 ? sentence.end : breakAt));
  readAttribution(r, s, f);
  const named = Boolean(attribution?.named) || Boolean(person && hasMatch(SPEECH_VERB, body));
  const metricWord = candidate.metricAt ? text.slice(candidate.metricAt.start, candidate.metricAt.end) : "";
  const place = r.tables.length > 0 ? tablePlaceAt(r.tables, q.span.start) : null;
  const planObject = planObjectQualifier(text, candidate);
  const qualifier =
    planObject ?? chooseQualifier(candidate, ownScope, ownBody, named, previous, metricWord, place !== null);
  reviseProgrammeAnnouncement(r, candidate, `${ownScope} ${clauseAfter}`, qualifier);
  // Money only: a product or a site "unveiled" with its chips or megawatts states what exists.
  reviseByWording(r, s, candidate, ownScope, qualifier);
  reviseByDealTerms(text, sentence.start, candidate, qualifier);
  if (!planObject) reviseByDeliberation(metric, ownScope, qualifier);
  reviseByTalksBefore(text, sentence, metric, named, qualifier, r.gazetteer.outlets);
  reviseByPendingRound(
    metric,
    text.slice(previous?.q.span.end ?? sentence.start, q.span.start),
    planObject !== null,
    qualifier,
  );
  reviseByRumourBase(text, sentence.start, metric, q.span, qualifier);
  reviseByPriorAct(text, sentence.start, q.span, qualifier);
  reviseByPlanOrPeriod(r, s, f, ownScope, clauseAfter, place, qualifier);
  reviseByInvestmentAnnounced(text, sentence.start, f, clauseAfter, qualifier);
  const comparedFrom = hasMatch(
    COMPARED_FROM,
    text.slice(Math.max(sentence.start, q.span.start - 30), q.span.start),
  );
  reviseCarriedForecast(candidate, r.input.published, clauseAfter, comparedFrom, qualifier);
  reviseBySpentAmount(text, f, notYetReportable(candidate.period, r.input.published), qualifier);
  reviseByAnalysts(r, s, f, ownScope, qualifier);
  reviseByCollectiveForecast(candidate, ownScope, qualifier);
  reviseByCreditedEstimate(s, candidate, qualifier);
  reviseBySourceForecast(r, s, candidate, qualifier);
  reviseMarketEstimate(text, sentence.start, candidate, qualifier);
  revisePartOfPledge(text, s, f, qualifier);
  reviseByGoodsBought(text, f, qualifier);
  reviseByCalculation(s, q, ownScope, qualifier);
  reviseByAgreementFrame(text, s, qualifier);
  reviseByExpectation(text, sentence.start, q, qualifier);
  reviseByComputedSum(text, s, candidate, qualifier, r.gazetteer);
  reviseBySitePledge(text, s, f, ownBody, qualifier);
  reviseByMetric(r, candidate, qualifier);
  reviseByPriceHurdle(r, candidate, qualifier);
  reviseByCapacityPlan(text, candidate, qualifier);
  reviseByDealSchedule(text, s, f, qualifier);
  reviseByWarrantStake(text, candidate, ownScope, qualifier);
  reviseByPresentFigure(text, sentence.start, candidate, ownScope, qualifier);
  reviseByPositionAtPeriodEnd(text, sentence.start, candidate, qualifier);
  reviseByRaisedMoney(candidate, qualifier);
  candidate.qualifier = qualifier.qualifier;
  rules.push(qualifierCandidates(ownScope, s), `qualifier: ${qualifier.rule}`);
  datePledge(r, s, f, place !== null);
}

/**
 * "prévoit d'investir 20 milliards d'ici 2030, dont 15 milliards pour des centres de données": a part of
 * a planned or pledged amount is planned or pledged with it.
 */
function revisePartOfPledge(text: string, s: SentenceReading, f: FigureReading, qualifier: Decision): void {
  const { q, previous } = f;
  if (qualifier.qualifier !== "reported" || !previous || previous.sentence !== f.candidate.sentence) return;
  if (previous.qualifier !== "target" && previous.qualifier !== "commitment") return;
  if (s.sentenceQs.some((o) => o.span.start >= previous.q.span.end && o.span.end <= q.span.start)) return;
  if (!PART_LEAD.test(text.slice(Math.max(previous.q.span.end, q.span.start - 30), q.span.start))) return;
  qualifier.qualifier = previous.qualifier;
  qualifier.rule = `a part ("dont", "of which") of the amount before it → ${previous.qualifier}`;
}

/** Building, running or hosting a site: done for another company, a deal's term ("Fluidstack construira pour Mistral 1 GW"). */
const SITE_WORK_VERB =
  /(?<!\p{L})(?:constru\p{L}*|bât\p{L}*|exploit\p{L}*|héberg\p{L}*|build|built|operate|host)(?!\p{L})/iu;

function buildsForAnother(candidate: Candidate, scope: string): boolean {
  return (
    candidate.metric === "datacenter_capacity" &&
    candidate.counterparty !== null &&
    hasMatch(SITE_WORK_VERB, scope)
  );
}

/** A verb that puts money into something, told as done now or to be done: "investit", "injecte", "va consacrer", "invests", "will pour". */
const INVESTING_NOW =
  /(?<!\p{L})(?<!\bto\s)(?:invest(?:it|ira)|inject(?:e|era)|apport(?:e|era)|mis(?:e|era)|prend\s+une\s+participation\s+de|consacr(?:e|era)|mobilis(?:e|era)|débloqu(?:e|era)|(?:met|mettra)\s+sur\s+la\s+table|va\s+(?:investir|injecter|consacrer|mobiliser|débloquer)|invests|is\s+investing|will\s+invest|pours|is\s+pouring|will\s+pour|earmarks|is\s+putting|will\s+put|bets|is\s+betting)\s+(?:(?:plus\s+de|près\s+de|environ|au\s+moins|jusqu['’]à|more\s+than|nearly|about|some|over|up\s+to)\s+)?$/iu;

/** A plan, a wish or a hedge before the verb: the amount is not yet committed. */
const NOT_YET_COMMITTED = new RegExp(
  String.raw`(?<!\p{L})(?:${planVerbs("unsettled")}|pourrai\p{L}*|devrai\p{L}*|aurai\p{L}*|could|may|might|would|should)(?!\p{L})`,
  "iu",
);

/** Where the money goes, right after the amount: "au Portugal", "dans ses centres de données", "in Portugal". */
const DESTINATION_AFTER =
  /^\s*(?:(?:de\s+dollars|d['’]euros|de\s+livres)\s+)?(?:dans|au|aux|en|à|pour|sur|in|into|for|across|on)(?!\p{L})/iu;

/**
 * "Microsoft investit 10 milliards au Portugal", "Amazon injecte 1,2 milliard dans ses centres de
 * données", "Google va consacrer 9 milliards à ses infrastructures", "invests $10 billion in
 * Portugal": an amount a company announces putting into a place or a project is committed
 * (CLAIMS.md §7), not a forecast of the year's spending.
 */
function reviseByInvestmentAnnounced(
  text: string,
  sentenceStart: number,
  f: FigureReading,
  clauseAfter: string,
  qualifier: Decision,
): void {
  const { candidate, q } = f;
  if (candidate.metric !== "capex" && candidate.metric !== "investment") return;
  if (qualifier.qualifier !== "target" && qualifier.qualifier !== "reported") return;
  const before = text.slice(sentenceStart, q.span.start);
  const verb = firstMatch(INVESTING_NOW, before.slice(-60));
  if (!verb || hasMatch(NOT_YET_COMMITTED, before) || !DESTINATION_AFTER.test(clauseAfter)) return;
  qualifier.qualifier = "commitment";
  qualifier.rule = `"${verb[0].trim()}": an amount put into a place or a project, announced → commitment`;
}
