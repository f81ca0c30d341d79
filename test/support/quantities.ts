import assert from "node:assert/strict";
import type { Language } from "../../src/core/index.js";
import { findQuantities } from "../../src/extract/numbers/find-quantities.js";

/** What one quantity should be: its quoted words, its two ends, its bound and its unit. */
type Expect = [quote: string, low: number | null, high: number | null, bound: string, unit: string | null];

/** Asserts that `text` holds exactly the quantities expected, in order. */
export function checkQuantities(language: Language, text: string, ...expected: Expect[]): void {
  const found = findQuantities(text, language).map((q) => [
    text.slice(q.span.start, q.span.end),
    q.low,
    q.high,
    q.bound,
    q.unit,
  ]);
  assert.equal(found.length, expected.length, `${text}\n  found ${JSON.stringify(found)}`);
  expected.forEach((e, k) => {
    const f = found[k]!;
    assert.equal(f[0], e[0], text);
    for (const m of [1, 2] as const) {
      const want = e[m];
      const got = f[m] as number | null;
      if (want === null || got === null) assert.equal(got, want, `${text}: end ${m}`);
      else assert.ok(Math.abs(got - want) <= Math.abs(want) * 1e-12, `${text}: ${got} ≠ ${want}`);
    }
    assert.equal(f[3], e[3], `${text}: bound`);
    assert.equal(f[4], e[4], `${text}: unit`);
  });
}
