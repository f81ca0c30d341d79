import { periodYear } from "../core/index.js";
import { defaultGazetteer, type Gazetteer } from "./gazetteer.js";
import { type ComparableClaim, claimsMatch, entitySet } from "./score.js";

/** The strict field a main match gets wrong (CLAIMS.md §10): a counterparty is missing or another one. */
export type StrictField = "qualifier" | "period_year" | "counterparty_missing" | "counterparty_wrong";

export const STRICT_FIELDS: readonly StrictField[] = [
  "qualifier",
  "period_year",
  "counterparty_missing",
  "counterparty_wrong",
];

export interface StrictMiss<T> {
  reference: T;
  predicted: T;
  fields: StrictField[];
}

/** The strict fields on which `predicted` differs from `reference`, both already agreeing in main. */
export function strictFieldsOff(
  predicted: ComparableClaim,
  reference: ComparableClaim,
  gazetteer: Gazetteer = defaultGazetteer(),
): StrictField[] {
  const fields: StrictField[] = [];
  if (predicted.qualifier !== reference.qualifier) fields.push("qualifier");
  if (periodYear(predicted.period) !== periodYear(reference.period)) fields.push("period_year");
  if (reference.counterparty) {
    const want = entitySet(reference.counterparty, gazetteer).join(",");
    const got = entitySet(predicted.counterparty, gazetteer).join(",");
    if (got === "") fields.push("counterparty_missing");
    else if (got !== want) fields.push("counterparty_wrong");
  }
  return fields;
}

/**
 * Reference claims that main matches and strict does not, each with the predicted claim main paired
 * it with (one not strictly matched elsewhere, when there is one) and the fields they differ on.
 */
export function strictMisses<T extends ComparableClaim>(
  unmatchedReference: T[],
  unmatchedPredicted: T[],
  predicted: T[],
  gazetteer: Gazetteer = defaultGazetteer(),
): StrictMiss<T>[] {
  const misses: StrictMiss<T>[] = [];
  const taken = new Set<T>();
  for (const reference of unmatchedReference) {
    const pairs = (pool: T[]) =>
      pool.find((p) => !taken.has(p) && claimsMatch(p, reference, "main", gazetteer));
    const partner = pairs(unmatchedPredicted) ?? pairs(predicted);
    if (!partner) continue;
    taken.add(partner);
    misses.push({ reference, predicted: partner, fields: strictFieldsOff(partner, reference, gazetteer) });
  }
  return misses;
}

/** How many strict misses each field causes (a miss may count under several fields). */
export function countStrictFields<T>(misses: StrictMiss<T>[]): Record<StrictField, number> {
  const counts = Object.fromEntries(STRICT_FIELDS.map((f) => [f, 0])) as Record<StrictField, number>;
  for (const miss of misses) for (const field of miss.fields) counts[field]++;
  return counts;
}
