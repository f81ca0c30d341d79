import { type ClaimValue, DEFAULT_VALUE_TOLERANCE, type Period, periodYear } from "../core/index.js";
import { canonicalName, defaultGazetteer, foldName, type Gazetteer } from "./gazetteer.js";

/** The fields of a claim the comparison reads (CLAIMS.md §10); gold files may omit span and quote. */
export interface ComparableClaim {
  entity: string;
  counterparty: string | null;
  metric: string;
  value: ClaimValue;
  unit: string;
  period: Period | null;
  qualifier: string;
  explanation?: string;
}

export type ScoreMode = "main" | "strict" | "value_only";

export interface ModeScore<T> {
  matched: number;
  /** Predicted claims counted (after setting aside agreeing vague amounts and conversions). */
  predicted: number;
  reference: number;
  precision: number;
  recall: number;
  f1: number;
  unmatchedPredicted: T[];
  unmatchedReference: T[];
}

export type Score<T> = Record<ScoreMode, ModeScore<T>>;

type ValueShape = { kind: "point"; at: number } | { kind: "range"; low: number; high: number } | null;

/** A value as the checker sees it: a point (exact, approx, or the finite end of an open bound) or a range. */
export function valueShape(value: ClaimValue): ValueShape {
  if (value.bound === "range") {
    if (value.low === null || value.high === null) return null;
    return { kind: "range", low: value.low, high: value.high };
  }
  const at = value.low ?? value.high;
  return at === null ? null : { kind: "point", at };
}

function close(a: number, b: number, tolerance: number): boolean {
  return Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b));
}

export function valuesAgree(a: ClaimValue, b: ClaimValue, tolerance = DEFAULT_VALUE_TOLERANCE): boolean {
  const x = valueShape(a);
  const y = valueShape(b);
  if (!x || !y || x.kind !== y.kind) return false;
  if (x.kind === "point" && y.kind === "point") return close(x.at, y.at, tolerance);
  if (x.kind === "range" && y.kind === "range")
    return close(x.low, y.low, tolerance) && close(x.high, y.high, tolerance);
  return false;
}

/** "A+B+C" to a set of canonical, folded names. */
export function entitySet(name: string | null, gazetteer: Gazetteer): string[] {
  if (!name) return [];
  return [...new Set(name.split("+").map((part) => foldName(canonicalName(part, gazetteer))))]
    .filter(Boolean)
    .sort();
}

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Vague amounts and currency conversions are flagged in the explanation (or a `vague` key). */
export function isLenient(claim: ComparableClaim): boolean {
  if ((claim as { vague?: unknown }).vague === true) return true;
  return /\b(vague|conversion)\b/i.test(claim.explanation ?? "");
}

export function claimsMatch(
  predicted: ComparableClaim,
  reference: ComparableClaim,
  mode: ScoreMode,
  gazetteer: Gazetteer,
): boolean {
  if (predicted.unit !== reference.unit || !valuesAgree(predicted.value, reference.value)) return false;
  if (mode === "value_only") return true;
  if (predicted.metric !== reference.metric) return false;
  if (!sameSet(entitySet(predicted.entity, gazetteer), entitySet(reference.entity, gazetteer))) return false;
  if (mode === "main") return true;
  if (predicted.qualifier !== reference.qualifier) return false;
  if (periodYear(predicted.period) !== periodYear(reference.period)) return false;
  if (reference.counterparty) {
    const pair = (c: ComparableClaim) =>
      [...entitySet(c.entity, gazetteer), "|", ...entitySet(c.counterparty, gazetteer)].join(",");
    if (pair(predicted) !== pair(reference)) return false;
  }
  return true;
}

/** Maximum one-to-one matching (augmenting paths): each reference claim matches at most one prediction. */
function matchAll(edges: number[][], predictedCount: number): Int32Array {
  const owner = new Int32Array(predictedCount).fill(-1);
  const tryAssign = (reference: number, seen: Uint8Array): boolean => {
    for (const p of edges[reference] ?? []) {
      if (seen[p]) continue;
      seen[p] = 1;
      if (owner[p] === -1 || tryAssign(owner[p]!, seen)) {
        owner[p] = reference;
        return true;
      }
    }
    return false;
  };
  for (let r = 0; r < edges.length; r++) tryAssign(r, new Uint8Array(predictedCount));
  return owner;
}

function scoreMode<T extends ComparableClaim>(
  predicted: T[],
  reference: T[],
  mode: ScoreMode,
  gazetteer: Gazetteer,
): ModeScore<T> {
  const edges = reference.map((r) =>
    predicted.flatMap((p, i) => (claimsMatch(p, r, mode, gazetteer) ? [i] : [])),
  );
  const owner = matchAll(edges, predicted.length);
  const referenceMatched = new Set<number>();
  let matched = 0;
  let lenient = 0;
  owner.forEach((r, p) => {
    if (r < 0) return;
    referenceMatched.add(r);
    if (isLenient(reference[r]!) || isLenient(predicted[p]!)) lenient++;
    else matched++;
  });
  const unmatchedPredicted = predicted.filter((_, i) => owner[i]! < 0);
  const unmatchedReference = reference.filter((_, i) => !referenceMatched.has(i));
  const predictedCount = predicted.length - lenient;
  const referenceCount = reference.length - lenient;
  const precision = predictedCount === 0 ? (referenceCount === 0 ? 1 : 0) : matched / predictedCount;
  const recall = referenceCount === 0 ? 1 : matched / referenceCount;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    matched,
    predicted: predictedCount,
    reference: referenceCount,
    precision,
    recall,
    f1,
    unmatchedPredicted,
    unmatchedReference,
  };
}

/** Compares predicted claims with reference claims of one document, the CLAIMS.md §10 way. */
export function scoreClaims<T extends ComparableClaim>(
  predicted: T[],
  reference: T[],
  gazetteer: Gazetteer = defaultGazetteer(),
): Score<T> {
  return {
    main: scoreMode(predicted, reference, "main", gazetteer),
    strict: scoreMode(predicted, reference, "strict", gazetteer),
    value_only: scoreMode(predicted, reference, "value_only", gazetteer),
  };
}

/** Sums per-document scores into one (micro average). */
export function combineScores<T>(scores: ModeScore<T>[]): ModeScore<T> {
  const matched = scores.reduce((s, x) => s + x.matched, 0);
  const predicted = scores.reduce((s, x) => s + x.predicted, 0);
  const reference = scores.reduce((s, x) => s + x.reference, 0);
  const precision = predicted === 0 ? (reference === 0 ? 1 : 0) : matched / predicted;
  const recall = reference === 0 ? 1 : matched / reference;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    matched,
    predicted,
    reference,
    precision,
    recall,
    f1,
    unmatchedPredicted: scores.flatMap((x) => x.unmatchedPredicted),
    unmatchedReference: scores.flatMap((x) => x.unmatchedReference),
  };
}
