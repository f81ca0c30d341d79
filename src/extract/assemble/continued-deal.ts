import { metricIs } from "../metrics.js";
import { firstMatch } from "../patterns.js";
import type { DocumentReading, FigureReading, SentenceReading } from "./types.js";

/**
 * Words that add a figure to a deal already named: "another $6.5 billion", "taking the total to",
 * "puis de 6,5 milliards", "a élargi son contrat", "4 milliards supplémentaires".
 */
const CONTINUED_DEAL =
  /\b(?:another|additional|further|then|again|expand(?:s|ed|ing)?|extend(?:s|ed|ing)?|taking\s+(?:the|its)\s+total|bringing\s+(?:the|its)\s+total)\b|(?<!\p{L})(?:puis|supplémentaires?|à\s+nouveau|élargi\p{L}*|étendu\p{L}*|port(?:ant|e|é)\s+(?:le|son)\s+(?:total|montant))(?!\p{L})/iu;

/** How many figures back in the document the deal a continuation adds to may stand. */
const CONTINUATION_REACH = 4;

/**
 * "OpenAI expanded its contract with CoreWeave: $4 billion in May, then another $6.5 billion in
 * September": a figure that adds to a deal of the same company, with no other party of its own,
 * shares that deal's counterparty.
 */
export function reviseContinuedDeal(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate, q } = f;
  const metric = candidate.metric;
  if (candidate.counterparty || !candidate.entity || !metric) return;
  if (!metricIs(metric, "computeDeal") && metric !== "investment" && metric !== "compute_commitment") return;
  const from = f.previous?.q.span.end ?? s.sentence.start;
  const words = firstMatch(CONTINUED_DEAL, r.text.slice(Math.max(from, q.span.start - 80), q.span.end + 40));
  if (!words) return;
  const earlier = r.candidates
    .slice(-CONTINUATION_REACH)
    .reverse()
    .find((c) => c.entity === candidate.entity && c.metric === metric && c.counterparty);
  if (!earlier?.counterparty) return;
  candidate.counterparty = earlier.counterparty;
  f.rules.push(
    `counterparty: "${words[0]}" adds to the deal with ${earlier.counterparty} → ${earlier.counterparty}`,
  );
}
