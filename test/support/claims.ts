import assert from "node:assert/strict";
import type { Claim } from "../../src/core/index.js";
import { extractClaims } from "../../src/extract/index.js";

/** The claims extracted from an invented text, published on `published`. */
export function extract(text: string, language: "fr" | "en" = "en", published = "2025-11-10"): Claim[] {
  return extractClaims({ text, language, published, document: "d.md" }).claims;
}

/** The claim whose low or high end is `value`; fails naming the values there are when none is. */
export function claimAt(claims: Claim[], value: number): Claim {
  const claim = claims.find((c) => c.value.low === value || c.value.high === value);
  assert.ok(claim, `no claim of ${value} in ${JSON.stringify(claims.map((c) => c.value))}`);
  return claim;
}

/** [entity, metric, low or high value] of every claim, in order. */
export function ownerMetricValue(text: string, language: "fr" | "en", published = "2025-11-10") {
  return extract(text, language, published).map((c) => [c.entity, c.metric, c.value.low ?? c.value.high]);
}
