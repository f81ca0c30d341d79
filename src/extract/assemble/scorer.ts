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

interface Part<F extends string> {
  name: F;
  part: number;
}

/** The features that weigh in a score, the largest part first (an explanation shows three). */
function weighedParts<F extends string>(features: Features<F>, weights: Weights<F>): Part<F>[] {
  const parts: Part<F>[] = [];
  for (const name in features) {
    const part = (features[name] ?? 0) * (weights[name] ?? 0);
    if (part !== 0) parts.push({ name, part });
  }
  if (parts.length > 1) parts.sort((a, b) => Math.abs(b.part) - Math.abs(a.part));
  return parts;
}

/** The features a candidate has, each at its zero part: "sameParagraph 0". */
function presentFeatures<F extends string>(features: Features<F>): string[] {
  const present: string[] = [];
  for (const name in features) if (features[name]) present.push(`${name} 0`);
  return present;
}

function shownPart<F extends string>({ name, part }: Part<F>): string {
  return `${name} ${part > 0 ? "+" : ""}${round(part)}`;
}

function round(x: number): string {
  return Number.isInteger(x) ? String(x) : x.toFixed(2);
}

/**
 * One explanation part listing the candidates of a field with their scores and deciding features:
 * "entity candidates: Microsoft 6 [clauseSubject +4, nearestBefore +2] | OpenAI 0.5 [topicFallback +0.5]".
 * Shown by `explain`; never read back by extraction. Written in one pass: it is made for every field
 * of every figure.
 */
export function describeCandidates<T, F extends string>(
  field: string,
  ranked: readonly ScoredOption<T, F>[],
  weights: Weights<F>,
  limit = 4,
): string {
  let out = `${field} candidates: `;
  for (let i = 0; i < ranked.length && i < limit; i++) {
    const o = ranked[i]!;
    if (i > 0) out += " | ";
    out += `${listSafe(o.label)} ${round(o.score)} [`;
    const parts = weighedParts(o.features, weights);
    for (let k = 0; k < parts.length && k < 3; k++) out += (k > 0 ? ", " : "") + shownPart(parts[k]!);
    // A candidate no weight speaks for still shows the evidence it has.
    if (parts.length === 0) out += presentFeatures(o.features).slice(0, 3).join(", ");
    out += "]";
  }
  return ranked.length > limit ? `${out} | … ${ranked.length - limit} more` : out;
}

/** A label with the explanation's separators (";" between parts, "|" between candidates) made commas. */
function listSafe(label: string): string {
  return label.includes(";") || label.includes("|") ? label.replace(/[;|]/gu, ",") : label;
}
