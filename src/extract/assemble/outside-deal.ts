import { isCurrencyCode } from "../../core/index.js";
import { FUND_CREATING_VERB, optionalHedge } from "../lexicon.js";
import type { QuantityMention } from "../numbers/types.js";
import type { DocumentReading, Party, SentenceReading } from "./types.js";
import { isPowerBuyer, isUtility } from "./utility-buyer.js";

/**
 * Figures that describe a third party or a thing beside the deal rather than a deal or a company's
 * finance (CLAIMS.md §8): the size of an investment firm or of a fund it has, a power plant's
 * capacity given as a yardstick in parentheses, a utility's own generation fleet, a cryptocurrency
 * facility's power and the shares held in such plants and facilities, what a generic task requires.
 */

const HEDGE = optionalHedge(["approx", "at_least"]);

/** "a $40 billion investment firm", "a $5bn private equity group": the firm's size, not a deal. */
const INVESTMENT_FIRM_AFTER =
  /^\s*(?:[\p{L}-]+\s+)?(?:investment|asset[-\s]management|private[-\s]equity|venture(?:[-\s]capital)?|buyout|hedge[-\s]fund|wealth[-\s]management)\s+(?:firm|manager|company|group|house|fund|shop)s?(?!\p{L})/iu;

/** « TWG, une société d'investissement de 40 milliards de dollars » : the firm's size after its noun. */
const INVESTMENT_FIRM_BEFORE = new RegExp(
  String.raw`(?<!\p{L})(?:sociétés?|firmes?|groupes?|gestionnaires?|maisons?)\s+(?:d['’]investissement|de\s+capital[-\s](?:investissement|risque)|de\s+gestion(?:\s+d['’]actifs)?|de\s+private\s+equity)\s+(?:[\p{L}-]+\s+)?(?:de|d['’])\s*${HEDGE}$`,
  "iu",
);

/** A verb of having before a fund's size: "also has a $15 billion fund", « dispose aussi d'un fonds de 15 milliards ». */
const HAS_FUND_BEFORE = new RegExp(
  String.raw`(?<!\p{L})(?:(?:has|have|had|holds?|runs?|operates?|manages?|oversees?|also\s+has)\s+(?:also\s+)?(?:an?|its)\s+(?:[\p{L}-]+\s+)?${HEDGE}(?:US)?[$€£]?\s*|(?:dispose|disposait|disposent|possède|possèdent|gère|gèrent|détient)\s+(?:aussi\s+|également\s+|déjà\s+)?(?:d['’]un|un)\s+fonds(?:\s+d['’]investissement)?\s+(?:de|d['’])\s*${HEDGE})$`,
  "iu",
);

/**
 * A verb creating the fund right before its size: "is preparing a $7 billion growth fund", « lance un
 * fonds de 2 milliards d'euros »: a new fund is money its owner commits, a claim, not a firm's size.
 */
const CREATES_FUND_BEFORE = new RegExp(
  String.raw`(?<!\p{L})(?:${FUND_CREATING_VERB})\p{L}*\s+(?:(?:a|an|its|their|new|un|son|leur|nouveau)\s+)+(?:(?:[\p{L}-]+\s+)?${HEDGE}(?:US)?[$€£]?\s*|fonds(?:\s+(?!de\s|d['’])[\p{L}'’-]+){0,3}?\s+(?:de|d['’])\s*${HEDGE})$`,
  "iu",
);

/** The fund right after the amount, in English: "$15 billion fund", "$2bn venture fund". */
const FUND_AFTER = /^\s*(?:[\p{L}-]+\s+)?(?:fund|vehicle)s?(?!\p{L})/iu;

/** A comparison whose second term is given in parentheses: "s'approche de celle du réacteur EPR (1,6 GW)". */
const COMPARISON_IN_PARENTHESES = new RegExp(
  String.raw`(?<!\p{L})(?:s['’]approch\p{L}*\s+(?:de|du|des|d['’])|compar(?:able|ables|ée?s?)\s+(?:à|aux?|to|with)|équivalen\p{L}*|equivalent|autant\s+que|as\s+(?:much|large|big)\s+as|similar\s+to|close\s+to|proche\s+(?:de|du|des|d['’])|rival\p{L}*|that\s+of|those\s+of|celles?\s+(?:de|du|des|d['’])|ceux\s+(?:de|du|des|d['’])|celui\s+(?:de|du|des|d['’]))(?:[^.;:()]|\([^()]*\)){3,160}\(\s*${HEDGE}$`,
  "iu",
);

/** A power plant and its production verb right before its output: « la centrale de Golfech produit environ 2,6 GW ». */
const PLANT_OUTPUT_BEFORE = new RegExp(
  String.raw`(?<!\p{L})(?:centrales?|réacteurs?|barrages?|(?:power|nuclear|coal|gas)\s+(?:plants?|stations?)|reactors?|dams?)(?:(?!(?<!\p{L})(?:pour|for|to|à|avec|with)(?!\p{L}))[^.;:,]){0,60}?(?<!\p{L})(?:produit|produisent|génère|génèrent|fournit|fournissent|produces?|generates?|delivers?|outputs?|has\s+(?:a\s+)?(?:capacity|output)\s+of|a\s+une\s+puissance\s+de)\s+${HEDGE}$`,
  "iu",
);

/** A cryptocurrency facility just after a capacity ("200 MW currently associated with the Nautilus cryptocurrency facility"). */
const CRYPTO_FACILITY_AFTER =
  /^[^.;]{0,60}?(?:crypto(?:currency|currencies|-?monnaies?)?|bitcoin|minage)\s+(?:[\p{L}-]+\s+)?(?:facility|facilities|operations?|farms?|mines?|mining|sites?|installations?|fermes?)(?!\p{L})/iu;

/** A physical plant or facility, a relative pronoun, a holding verb: "facility, in which Talen will retain its 75% interest". */
const STAKE_IN_FACILITY_BEFORE = new RegExp(
  String.raw`(?<!\p{L})(?:plants?|stations?|reactors?|facilit(?:y|ies)|mines?|centrales?|réacteurs?|installations?|usines?)(?:\s+[\p{L}-]+){0,3}\s*,?\s*(?:in\s+which|of\s+which|dans\s+laquelle|dans\s+lequel|dont)\s+[^.;]{0,40}?(?<!\p{L})(?:retain|hold|own|keep|conserv|détien|possèd|garde)\p{L}*\s+(?:(?:its|their|a|an|the|sa|leur|une)\s+)?(?:(?:stake|interest|participation)\s+(?:of|de)\s+)?${HEDGE}$`,
  "iu",
);

/** "Allegheny Electric owns the other 10%", « EDF détient les 10 % restants » : the rest of what the text just split. */
const REMAINING_SHARE_BEFORE =
  /(?<!\p{L})(?:owns?|holds?|has|détien(?:t|nent)|possèd(?:e|ent))\s+(?:the\s+(?:other|remaining)|les(?:\s+(?:autres|derniers))?)\s+$/iu;

/** A power plant or a generation asset named in the last sentences before a share of it. */
const GENERATION_ASSET =
  /(?<!\p{L})(?:plants?|nuclear\s+(?:facility|reactor)|reactors?|(?:electric\s+)?station|centrales?|réacteurs?|barrages?|dams?|(?:wind|solar)\s+farms?|parcs?\s+(?:éolien|solaire)s?)(?!\p{L})/iu;

/** A utility's generation fleet named before its size: "its generation fleet of 10.7 GW", « son parc de production de 10 GW ». */
const GENERATION_FLEET_BEFORE = new RegExp(
  String.raw`(?<!\p{L})(?:generation|generating)\s+(?:fleet|portfolio|capacity)\s+(?:of\s+)?${HEDGE}$|(?<!\p{L})parcs?\s+(?:de\s+production|nucléaire|électrique|de\s+centrales)\s+(?:[\p{L}-]+\s+)?(?:de|d['’])\s*${HEDGE}$`,
  "iu",
);

/** A verb of owning right after a utility's name, before its capacity: "Talen owns about 10.7 GW". */
const OWNS_CAPACITY = new RegExp(
  String.raw`^\s+(?:(?:also|still|now|aussi|déjà)\s+)?(?:owns|operates|controls|possède|exploite|détient|contrôle)\s+${HEDGE}$`,
  "iu",
);

/** A data centre beside the power: then it is a site's capacity, not the fleet. */
const DATA_CENTRE_AFTER =
  /^[^.;]{0,80}?(?<!\p{L})(?:data\s*cent(?:er|re)s?|datacenters?|centres?\s+de\s+données|campus|AI|IA)(?!\p{L})/iu;

/** A generic task's requirement before a vague amount: « … exige une infrastructure hors normes : des milliers de GPU ». */
const REQUIREMENT_BEFORE =
  /(?<!\p{L})(?:exige\p{L}*|nécessite\p{L}*|requiert|requièrent|demande(?:nt)?|requires?|required|demands?|needs?|takes?)(?!\p{L})[^.;]{0,80}$/iu;

/** A company named after the figure that may buy power: the power is then sold, a deal. */
const namedBuyerAfter = (r: DocumentReading, q: QuantityMention) => (p: Party) =>
  p.kind === "company" && p.via === "name" && p.start >= q.span.end && isPowerBuyer(r.gazetteer, p.canonical);

const fleetOfUtility = (r: DocumentReading, s: SentenceReading, q: QuantityMention): boolean => {
  const owner = s.parties.findLast((p: Party) => p.kind === "company" && p.end <= q.span.start);
  if (!owner || !isUtility(r.gazetteer, owner.canonical)) return false;
  if (!OWNS_CAPACITY.test(r.text.slice(owner.end, q.span.start))) return false;
  return (
    !DATA_CENTRE_AFTER.test(r.text.slice(q.span.end, s.sentence.end)) &&
    !s.parties.some(namedBuyerAfter(r, q))
  );
};

/** A cost verb after one gigawatt: "1 GW of AI compute can cost $20–25 billion", « 1 GW de capacité coûte 50 milliards ». */
const UNIT_PRICED_AFTER =
  /^\s*(?:(?:of|de|d['’])\s*[^.;,\d]{0,40}?\s)?(?:(?:can|could|would|will|may|might|typically|generally|peut|pourrait|devrait)\s+)?(?:costs?|run\s+(?:to|at)|coûte\p{L}*|représente\p{L}*\s+un\s+coût)(?!\p{L})/iu;

function capacityOutsideDeal(r: DocumentReading, s: SentenceReading, q: QuantityMention): string | null {
  const before = r.text.slice(s.sentence.start, q.span.start);
  const after = r.text.slice(q.span.end, s.sentence.end);
  if (q.low === 1 && q.high === 1 && UNIT_PRICED_AFTER.test(after))
    return "one gigawatt as the unit a cost is given for, not a capacity";
  if (COMPARISON_IN_PARENTHESES.test(before) && /^\s*\)/u.test(after))
    return "a yardstick given in parentheses for a comparison, not a company's figure";
  if (PLANT_OUTPUT_BEFORE.test(before) && !s.parties.some(namedBuyerAfter(r, q)))
    return "a power plant's output given as a yardstick, outside AI-company finance";
  if (CRYPTO_FACILITY_AFTER.test(after))
    return "the power of a cryptocurrency facility, outside AI-company finance";
  if (GENERATION_FLEET_BEFORE.test(before) || fleetOfUtility(r, s, q))
    return "a utility's own generation fleet, outside AI-company finance";
  return null;
}

function shareOutsideDeal(r: DocumentReading, s: SentenceReading, q: QuantityMention): string | null {
  const before = r.text.slice(s.sentence.start, q.span.start);
  const reason = "a share of a power plant or facility, outside AI-company finance";
  if (STAKE_IN_FACILITY_BEFORE.test(before)) return reason;
  if (!REMAINING_SHARE_BEFORE.test(before)) return null;
  const lookback = r.text.slice(Math.max(0, s.sentence.start - 300), q.span.start);
  return GENERATION_ASSET.test(lookback) ? reason : null;
}

function moneyOutsideDeal(r: DocumentReading, s: SentenceReading, q: QuantityMention): string | null {
  const before = r.text.slice(s.sentence.start, q.span.start);
  const after = r.text.slice(q.span.end, s.sentence.end);
  const reason = "the size of an investment firm or of its fund, not a figure of the deal";
  if (CREATES_FUND_BEFORE.test(before)) return null;
  if (INVESTMENT_FIRM_AFTER.test(after) || INVESTMENT_FIRM_BEFORE.test(before)) return reason;
  if (HAS_FUND_BEFORE.test(before) && (FUND_AFTER.test(after) || /fonds/iu.test(before.slice(-40))))
    return reason;
  return null;
}

/** A vague amount in a sentence that states what a generic task requires, naming no company before it. */
function genericRequirement(s: SentenceReading, r: DocumentReading, q: QuantityMention): string | null {
  if (!q.vague) return null;
  if (s.parties.some((p) => p.kind === "company" && p.start < q.span.start)) return null;
  return REQUIREMENT_BEFORE.test(r.text.slice(s.sentence.start, q.span.start))
    ? "a vague amount a generic task requires, no company's figure"
    : null;
}

/** The GPU word used as a modifier of what is counted: "10,000 GPU servers", "2 million GPU hours". */
const GPU_MODIFIED_AFTER =
  /^\s*(?:(?:AI\s+)?GPUs?\s+)?(?:servers?|nodes?|racks?|hours?|clusters?|instances?|heures|serveurs|nœuds|baies)(?!\p{L})/iu;

/** Why a figure describes a third party or a thing beside the deal (CLAIMS.md §8); null when it does not. */
export function outsideDealReason(
  r: DocumentReading,
  s: SentenceReading,
  q: QuantityMention,
  unit: string,
): string | null {
  if (unit === "GW") return capacityOutsideDeal(r, s, q) ?? genericRequirement(s, r, q);
  if (unit === "fraction") return shareOutsideDeal(r, s, q);
  if (unit === "GPUs" && GPU_MODIFIED_AFTER.test(r.text.slice(q.span.end, s.sentence.end)))
    return "a count of GPU servers or hours, not of GPUs";
  if (isCurrencyCode(unit)) return moneyOutsideDeal(r, s, q) ?? genericRequirement(s, r, q);
  return genericRequirement(s, r, q);
}
