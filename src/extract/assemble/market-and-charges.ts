/**
 * Figures beside a company's that are not its claims (CLAIMS.md §8): the size or growth of a whole
 * market written around the figure ("the $60 billion worldwide storage market, up 12%", « un marché
 * du stockage de 60 milliards, en progression de 12 % »), a one-off charge for job cuts or restructuring
 * ("$1.8 billion in severance costs", « 1,8 milliard d'indemnités de licenciement »), and earnings
 * per share named by their abbreviation ("un BPA de 1,49 $", "EPS of $2.10").
 */
import { isCurrencyCode } from "../../core/index.js";
import { optionalHedge } from "../lexicon.js";
import type { NotAClaimRule } from "./not-a-claim.js";

/**
 * A market noun with up to three words of its own after it: "market", "marché mondial du cloud"; never
 * a company's "market value" or "market cap".
 */
const MARKET_NOUN = String.raw`(?:markets?|marchés?)(?!\s+(?:cap|capitali[sz]ation|value|valuation|debut)(?!\p{L}))(?:\s+(?!(?:share|shares|part|parts)(?!\p{L}))(?:du|de\s+la|des|de|d['’]|for|of|mondial|global|worldwide|[\p{Ll}-]+)){0,3}`;

/** Words that open a change right before a rate: "up", "grew", « en hausse de », « a progressé de ». */
const CHANGE_OPENING = String.raw`(?:(?:which|that|qui)\s+)?(?:(?:is|was|has|had|a|est)\s+)?(?:up|down|grew|grow(?:ing|s)?|rose|jumped|increased|fell|declined|expanded|en\s+(?:hausse|baisse|progression|croissance|recul)\s+de|(?:a\s+)?(?:progressé|augmenté|bondi|crû|cru|reculé|baissé)\s+de)\s+(?:by\s+)?${optionalHedge(["approx", "at_least"])}`;

/** What a one-off charge pays for: job cuts, severance, a restructuring, « licenciements », « plan social ». */
const JOB_CUTS = String.raw`(?:severance|restructuring|layoffs?|redundanc(?:y|ies)|job[-\s]cuts?|licenciements?|restructuration|suppressions?\s+d['’]emplois?|plan\s+social|indemnités\s+de\s+départ)`;

export const MARKET_AND_CHARGE_RULES: readonly NotAClaimRule[] = [
  {
    // "a bigger share of the $60 billion storage market": the amount sizes the market after it
    reason: "the size of a market, not of a company",
    units: isCurrencyCode,
    before: /(?<!\p{L})(?:the|a|an|this|that|its|a\s+larger\s+slice\s+of\s+the)\s+(?:US)?[$€£]?\s*$/iu,
    after:
      /^\s*(?:[\p{Ll}-]+\s+){0,3}?markets?(?!\p{L})(?!\s+(?:cap|capitali[sz]ation|value|valuation|debut|share)(?!\p{L}))/u,
  },
  {
    // « un marché mondial du stockage de 60 milliards », "a market worth $60 billion"
    reason: "the size of a market, not of a company",
    units: isCurrencyCode,
    before: new RegExp(
      String.raw`(?<!\p{L})(?:un|le|ce|a|the|this)\s+${MARKET_NOUN}\s+(?:de|d['’]|worth|of|estimé\s+à|évalué\s+à|pesant|valued\s+at|estimated\s+at)\s*${optionalHedge(["approx", "at_least"])}(?:US)?[$€£]?\s*$`,
      "iu",
    ),
  },
  {
    // "the global cloud market, up 27 percent", « le marché du cloud, en hausse de 27 % »
    reason: "the growth of a market, not of a company",
    units: (unit) => unit === "fraction",
    before: new RegExp(String.raw`(?<!\p{L})${MARKET_NOUN}\s*,?\s*${CHANGE_OPENING}$`, "iu"),
  },
  {
    reason: "a one-off charge for job cuts or restructuring, which no metric records",
    units: isCurrencyCode,
    after: new RegExp(
      String.raw`^\s*(?:(?:in|of|de|d['’])\s*)?(?:(?:estimated|expected|one-time|pre-tax|estimées?|prévues?)\s+)*(?:${JOB_CUTS}\s+(?:costs?|charges?|expenses?|payments?)|(?:indemnités|coûts|frais|charges)\s+(?:de\s+(?:licenciement|restructuration|départ)|liée?s\s+aux\s+(?:licenciements|suppressions))|charges?\s+de\s+restructuration)(?!\p{L})`,
      "iu",
    ),
  },
  {
    reason: "a one-off charge for job cuts or restructuring, which no metric records",
    units: isCurrencyCode,
    before: new RegExp(
      String.raw`(?<!\p{L})${JOB_CUTS}\s+(?:(?!(?:and|et|while|but|mais|tandis)\s)[\p{L}-]+\s+){0,3}?(?:of|de|d['’]|totall?ing|totalisant|s['’]élevant\s+à|estimated\s+at|estimées?\s+à)\s*${optionalHedge(["approx"])}(?:US)?[$€£]?\s*$`,
      "iu",
    ),
  },
  {
    // "charges of $300 million for layoffs", « des coûts de 300 millions liés aux licenciements »
    reason: "a one-off charge for job cuts or restructuring, which no metric records",
    units: isCurrencyCode,
    before: new RegExp(
      String.raw`(?<!\p{L})(?:charges?|costs?|coûts?|frais|provisions?)\s+(?:of|de|d['’]|totall?ing)\s*${optionalHedge(["approx", "at_least"])}(?:US)?[$€£]?\s*$`,
      "iu",
    ),
    after: new RegExp(
      String.raw`^\s*(?:[\p{L}-]+\s+){0,2}?(?:for|related\s+to|tied\s+to|linked\s+to|pour|liée?s?\s+(?:à|aux?))\s+(?:(?:the|its|les|la|ses|des|son|sa)\s+|l['’])?(?:\p{Ll}+\s+)?${JOB_CUTS}(?!\p{L})`,
      "iu",
    ),
  },
  {
    // "un BPA de 1,49 $", "EPS of $2.10", "diluted EPS increased 91% to $2.10": earnings per share
    reason: "earnings per share",
    units: isCurrencyCode,
    small: true,
    before: /(?<!\p{L})(?:EPS|BPA)(?!\p{L})(?:[^.;:\d]|\d+(?:[.,]\d+)?\s*(?:%|percent|per\s*cent)){0,40}$/u,
  },
];
