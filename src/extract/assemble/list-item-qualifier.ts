/**
 * "Microsoft, Amazon et Meta investiront respectivement 12, 9 et 6 milliards", "A and B will invest
 * $12 billion and $9 billion": the figures a list of companies shares out one by one are objects of
 * one verb, so each takes the qualifier the verb gives the first (CLAIMS.md §7), whatever the words
 * between the later ones and the verb.
 */
import { SHARED_VERB_FIGURE_GAP } from "../lexicon.js";
import type { FigureReading, SentenceReading } from "./types.js";

export function reviseListItemQualifier(text: string, s: SentenceReading, f: FigureReading): void {
  reviseGappedClauseQualifier(f);
  const share = f.listShare;
  if (!share || share.index === 0) return;
  const { run, index } = share;
  const first = s.sentenceClaims.find((c) => c.q === run[0]);
  if (!first || first.qualifier === f.candidate.qualifier) return;
  for (let i = 1; i <= index; i++) {
    if (!SHARED_VERB_FIGURE_GAP.test(text.slice(run[i - 1]!.span.end, run[i]!.span.start))) return;
  }
  f.candidate.qualifier = first.qualifier;
  f.rules.push(
    `qualifier: figure ${index + 1} of the list shares the first figure's verb → ${first.qualifier}`,
  );
}

/**
 * « Nebius investira 12 milliards d'euros, Crusoe 9 milliards et Lambda 6 milliards », "Nebius will
 * invest $12 billion and Crusoe $9 billion": a clause whose verb is left out takes the qualifier of
 * the figure whose verb it shares.
 */
function reviseGappedClauseQualifier(f: FigureReading): void {
  const { previous, candidate } = f;
  if (f.entityBy !== "gapped" || !previous || previous.sentence !== candidate.sentence) return;
  if (previous.qualifier === candidate.qualifier || previous.unit !== candidate.unit) return;
  candidate.qualifier = previous.qualifier;
  f.rules.push(
    `qualifier: a clause whose verb is left out shares the previous figure's → ${previous.qualifier}`,
  );
}
