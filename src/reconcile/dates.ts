/** ISO dates (partial allowed) compared as text, unknown dates last. */
export function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** a strictly before b, both known. Dates compared at the precision both give ("2025-11" vs "2025-11-06": equal). */
export function isBefore(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  const length = Math.min(a.length, b.length);
  return a.slice(0, length) < b.slice(0, length);
}
