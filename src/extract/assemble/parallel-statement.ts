/**
 * "Anthropic expects revenue of $4.7 billion this year. Its rival OpenAI, by contrast, projects
 * $12.7 billion", "Microsoft a dépensé 35 milliards de dollars en investissements. Amazon a dépensé
 * 34 milliards": a figure with no metric word, right after a sentence whose claim measured it for
 * another single company, in a clause whose subject is a company acting on the figure alone,
 * measures the same thing for that company (CLAIMS.md §4, elisions restored from the neighbours).
 */

import type { Metric, Span } from "../../core/index.js";
import { optionalHedge } from "../lexicon.js";
import type { QuantityMention } from "../numbers/types.js";
import { unitClass } from "./text.js";
import type { DocumentReading, SentenceReading } from "./types.js";

/**
 * Between the subject and its figure: an aside set off by commas ("by contrast", "its rival"), then
 * one verb, maybe with an auxiliary and a hedge: "projects", "spent", "a dépensé", "table sur".
 */
const SUBJECT_VERB_FIGURE = new RegExp(
  String.raw`^(?:\s*,[^,.;:()]{1,40},)?\s+(?:(?:has|had|will|would|now|also|a|avait|aura|prévoit\s+de)\s+)?(?:\p{Ll}+(?:s|ed)|spent|made|saw|hit|took|brought|vise|prévoit|table\s+sur|anticipe|affiche|annonce|a\s+\p{Ll}+é)\s+${optionalHedge(["approx", "at_least", "up_to"])}$`,
  "u",
);

/** The previous sentence's metric for the figure, when its clause restates it for another company. */
export function parallelMetric(
  r: DocumentReading,
  s: SentenceReading,
  q: QuantityMention,
  unit: string,
): { metric: Metric; at: Span | null; company: string } | null {
  const previous = s.previousSentenceClaim;
  if (!previous?.metric || !previous.entity || previous.sentenceIndex !== s.sentenceIndex - 1) return null;
  if (unitClass(previous.unit) !== unitClass(unit)) return null;
  if (previous.sentence.paragraph !== s.sentence.paragraph) return null;
  const subject = s.parties.findLast((p) => p.end <= q.span.start);
  if (subject?.kind !== "company" || subject.via !== "name") return null;
  // A group's figure is restated only by its own members (implicit-metric.ts), never by an outsider.
  if (subject.canonical === previous.entity || previous.entity.includes("+")) return null;
  if (!SUBJECT_VERB_FIGURE.test(r.text.slice(subject.end, q.span.start))) return null;
  return { metric: previous.metric, at: previous.metricAt, company: subject.surface };
}
