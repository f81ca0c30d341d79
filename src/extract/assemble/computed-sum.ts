import { ADDED_TO_FIGURE, SUM_WORDS } from "../lexicon.js";
import { metricIs } from "../metrics.js";
import { firstMatch } from "../patterns.js";
import type { Candidate, SentenceReading } from "./types.js";

type Decision = { qualifier: string; rule: string };

/** Spending and yearly flows: what a journalist adds up across companies or quarters. */
function summable(metric: Candidate["metric"]): boolean {
  return metric === "capex" || metricIs(metric, "yearlyFlow");
}

/**
 * "Au total, les géants de la tech prévoient d'investir plus de 650 milliards", "in total, the four
 * spent $410 billion", "Combined with $24 billion in Q1, total capex could reach $118 billion": a total
 * the writer adds up from several companies' or periods' figures is an estimate, not anyone's own figure.
 */
export function reviseByComputedSum(
  text: string,
  s: SentenceReading,
  candidate: Candidate,
  qualifier: Decision,
): void {
  if (qualifier.qualifier !== "target" && qualifier.qualifier !== "reported") return;
  if (!summable(candidate.metric)) return;
  const { q } = candidate;
  const before = text.slice(s.sentence.start, q.span.start);
  const collective = candidate.entity?.includes("+") ? firstMatch(SUM_WORDS, s.body) : null;
  // Only the figure right after the one added to it is the sum ("…, exceeding the prior forecast" is not).
  const addend = s.sentenceQs.filter((o) => o.span.end <= q.span.start).at(-1);
  const added = addend ? firstMatch(ADDED_TO_FIGURE, text.slice(s.sentence.start, addend.span.start)) : null;
  const m = collective ?? (added && before.length > 0 ? added : null);
  if (!m) return;
  qualifier.qualifier = "estimated";
  qualifier.rule = `"${m[0].trim()}": a total the writer adds up → estimated`;
}
