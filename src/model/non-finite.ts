/**
 * NaN and infinite values in a run: counted per checked formula (variables, then scalars, then
 * events) and block by block, so that tallies from any number of workers merge to the same total,
 * with the first offending (block, sample, period) kept to locate the cause afterwards.
 */

export interface NonFiniteSite {
  /** Index among checked formulas: variables, then scalars, then events. */
  formula: number;
  block: number;
  sample: number;
  /** Period index, or null for scalars and events. */
  period: number | null;
}

export interface NonFiniteTally {
  counts: number[];
  first: NonFiniteSite | null;
}

export function emptyTally(formulas: number): NonFiniteTally {
  return { counts: new Array<number>(formulas).fill(0), first: null };
}

/** Counts the non-finite values among values[0, n); a cheap pass first (x·0 is NaN only for them). */
export function countNonFinite(
  tally: NonFiniteTally,
  formula: number,
  values: Float64Array,
  n: number,
  block: number,
  period: number | null,
): void {
  let probe = 0;
  for (let i = 0; i < n; i++) probe += values[i]! * 0;
  if (probe === 0) return;
  let count = 0;
  let firstSample = -1;
  for (let i = 0; i < n; i++)
    if (!Number.isFinite(values[i]!)) {
      count++;
      if (firstSample < 0) firstSample = i;
    }
  tally.counts[formula]! += count;
  if (!tally.first || block < tally.first.block)
    tally.first = { formula, block, sample: firstSample, period };
}

export function mergeTally(into: NonFiniteTally, other: NonFiniteTally): void {
  other.counts.forEach((count, i) => {
    into.counts[i]! += count;
  });
  if (other.first && (!into.first || other.first.block < into.first.block)) into.first = other.first;
}
