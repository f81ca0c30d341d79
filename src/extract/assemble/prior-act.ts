import type { Span } from "../../core/index.js";
import { PRIOR_ACT_LEAD } from "../lexicon.js";
import type { Decision } from "./qualifier.js";

/**
 * "X is in talks over a new round, people familiar said, six weeks after closing $240 million", « X
 * chercherait à lever 300 millions, deux mois après avoir levé 105 millions »: the figure the adjunct
 * tells is a finished act from before the talks, no part of the rumour (CLAIMS.md §7), so it is reported.
 */
export function reviseByPriorAct(
  text: string,
  sentenceStart: number,
  figure: Span,
  qualifier: Decision,
): void {
  if (qualifier.qualifier !== "rumoured") return;
  const lead = text.slice(Math.max(sentenceStart, figure.start - 160), figure.start);
  const m = PRIOR_ACT_LEAD.exec(lead);
  if (!m) return;
  qualifier.qualifier = "reported";
  qualifier.rule = `the object of "${m[1]}", an act finished before the news → reported`;
}
