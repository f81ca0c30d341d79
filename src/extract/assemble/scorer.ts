/**
 * A linear scorer over candidates with named features: each field's stage lists what the field
 * could be, with the evidence for each, and the highest score wins (the first listed on a tie).
 */

/** A feature's value for one candidate: 1 or 0 for a yes-or-no cue, a measure otherwise. */
export type Features<F extends string> = Readonly<Partial<Record<F, number>>>;

export type Weights<F extends string> = Readonly<Record<F, number>>;

export interface Option<T, F extends string> {
  value: T;
  /** How the candidate reads in an explanation ("Microsoft", "revenue", "2025"). */
  label: string;
  features: Features<F>;
}

export interface ScoredOption<T, F extends string> extends Option<T, F> {
  score: number;
}

export function linearScore<F extends string>(features: Features<F>, weights: Weights<F>): number {
  let score = 0;
  for (const name in features) score += (features[name] ?? 0) * (weights[name] ?? 0);
  return score;
}

/** The options with their scores, best first; the order given breaks ties. */
export function rankOptions<T, F extends string>(
  options: readonly Option<T, F>[],
  weights: Weights<F>,
): ScoredOption<T, F>[] {
  if (options.length === 1) {
    const { value, label, features } = options[0]!;
    return [{ value, label, features, score: linearScore(features, weights) }];
  }
  const scores = options.map((o) => linearScore(o.features, weights));
  const order = options.map((_o, i) => i).sort((a, b) => scores[b]! - scores[a]! || a - b);
  return order.map((i) => {
    const { value, label, features } = options[i]!;
    return { value, label, features, score: scores[i]! };
  });
}

/** The features that weigh most in a score, as "name +2.0". */
export function decidingFeatures<F extends string>(
  features: Features<F>,
  weights: Weights<F>,
  count = 3,
): string[] {
  const parts: { name: F; part: number }[] = [];
  for (const name in features) {
    const part = (features[name] ?? 0) * (weights[name] ?? 0);
    if (part !== 0) parts.push({ name, part });
  }
  if (parts.length > 1) parts.sort((a, b) => Math.abs(b.part) - Math.abs(a.part));
  const shown: string[] = [];
  for (let i = 0; i < parts.length && i < count; i++) {
    const { name, part } = parts[i]!;
    shown.push(`${name} ${part > 0 ? "+" : ""}${round(part)}`);
  }
  return shown;
}

function round(x: number): string {
  return Number.isInteger(x) ? String(x) : x.toFixed(2);
}

/**
 * One explanation part listing the candidates of a field with their scores and deciding features:
 * "entity candidates: Microsoft 6 [clauseSubject +4, nearestBefore +2] | OpenAI 0.5 [topicFallback +0.5]".
 * Shown by `explain`; never read back by extraction.
 */
export function describeCandidates<T, F extends string>(
  field: string,
  ranked: readonly ScoredOption<T, F>[],
  weights: Weights<F>,
  limit = 4,
): string {
  const shown = ranked
    .slice(0, limit)
    .map(
      (o) => `${listSafe(o.label)} ${round(o.score)} [${decidingFeatures(o.features, weights).join(", ")}]`,
    );
  const more = ranked.length > limit ? ` | … ${ranked.length - limit} more` : "";
  return `${field} candidates: ${shown.join(" | ")}${more}`;
}

/** A label with the explanation's separators (";" between parts, "|" between candidates) made commas. */
function listSafe(label: string): string {
  return label.includes(";") || label.includes("|") ? label.replace(/[;|]/gu, ",") : label;
}
