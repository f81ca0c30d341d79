/**
 * A figure a results verb gives with no word of what it measures, in a results summary after a yearly
 * flow ("$68.1 billion in revenue … For the full year, they reported $215 billion"; « un chiffre
 * d'affaires de 68 milliards … Sur l'exercice, le groupe a réalisé 215 milliards »): the flow just
 * measured. A segment's contribution with no destination, in a section that gave sales ("Gaming
 * contributed $4.3bn", « le jeu vidéo a contribué pour 4,3 milliards »), is a share of sales: revenue.
 */
import { optionalHedge } from "../lexicon.js";
import { METRIC_KNOWLEDGE } from "../metrics.js";
import type { QuantityMention } from "../numbers/types.js";
import type { ImplicitMetric } from "./implicit-metric.js";
import { unitClass } from "./text.js";
import type { DocumentReading, SentenceReading } from "./types.js";

const HEDGE = optionalHedge(["approx", "at_least"]);

/** A verb reporting a result right before the figure. */
const REPORTS_BEFORE = {
  en: new RegExp(
    String.raw`\b(?:reported|posted|booked|generated|brought\s+in|recorded|logged|racked\s+up)\s+${HEDGE}$`,
    "iu",
  ),
  fr: new RegExp(
    String.raw`(?<!\p{L})(?:a|ont|avait|avaient)\s+(?:réalisé|publié|dégagé|enregistré|généré|engrangé)\s+${HEDGE}$`,
    "iu",
  ),
} as const;

/** A part's contribution right before the figure. */
const CONTRIBUTES_BEFORE = {
  en: new RegExp(String.raw`\bcontribut(?:ed|es)\s+${HEDGE}$`, "iu"),
  fr: new RegExp(String.raw`(?<!\p{L})(?:a|ont)\s+contribué\s+(?:à\s+hauteur\s+de|pour)\s+${HEDGE}$`, "iu"),
} as const;

/** Where money contributed goes: "contributed $7 billion to the venture" is an investment. */
const DESTINATION_AFTER = /^\s*(?:in\s+(?:cash|equity|capital)\s+)?(?:to|into|towards?|à|au|aux|dans)\s/iu;

/** How many sentences back the flow a result continues may stand. */
const REACH = 2;
/** How many sentences back the sales a contribution is part of may stand: a results section. */
const SECTION_REACH = 8;

/** The flow a results verb reports, or revenue for a contribution, when a yearly flow was just measured. */
export function reportedFlowMetric(
  r: DocumentReading,
  s: SentenceReading,
  q: QuantityMention,
  unit: string,
): ImplicitMetric | null {
  if (unitClass(unit) !== "currency") return null;
  const language = r.input.language === "fr" ? "fr" : "en";
  const before = r.text.slice(Math.max(s.sentence.start, q.span.start - 50), q.span.start);
  const reports = REPORTS_BEFORE[language].test(before);
  const contributes =
    !reports &&
    CONTRIBUTES_BEFORE[language].test(before) &&
    !DESTINATION_AFTER.test(r.text.slice(q.span.end, q.span.end + 30));
  if (!reports && !contributes) return null;
  const flow = r.candidates.findLast(
    (c) =>
      c.metric !== null &&
      c.metricAt !== null &&
      (contributes ? c.metric === "revenue" : METRIC_KNOWLEDGE[c.metric].yearlyFlow === true) &&
      unitClass(c.unit) === "currency" &&
      s.sentenceIndex - c.sentenceIndex <= (contributes ? SECTION_REACH : REACH),
  );
  if (!flow?.metric || !flow.metricAt) return null;
  const figure = r.text.slice(flow.q.span.start, flow.q.span.end);
  return contributes
    ? {
        metric: "revenue",
        at: flow.metricAt,
        rule: `a part's contribution in a results summary ("${figure}")`,
      }
    : { metric: flow.metric, at: flow.metricAt, rule: `a result reported after the flow "${figure}"` };
}
