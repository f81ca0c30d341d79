import assert from "node:assert/strict";
import type { Claim } from "../../src/core/index.js";
import { extractClaims } from "../../src/extract/index.js";

/** The claims extracted from an invented text, published on `published`. */
export function extract(text: string, language: "fr" | "en" = "en", published = "2025-11-10"): Claim[] {
  return extractClaims({ text, language, published, document: "d.md" }).claims;
}

/**
 * A reader of invented texts: every claim of the text, in `language` and published on `published`
 * unless the call says otherwise.
 */
export function claimReader(published: string, language: "fr" | "en" = "en") {
  return (text: string, lang: "fr" | "en" = language, on = published) => extract(text, lang, on);
}

/** A reader of invented texts: the value of every claim, its low end or its high end when it has none. */
export function claimValues(published: string) {
  return (text: string, language: "fr" | "en") =>
    extract(text, language, published).map((c) => c.value.low ?? c.value.high);
}

/** A reader of invented texts: why each figure of the text that is no claim was set aside. */
export function skippedReasons(published: string) {
  return (text: string, language: "fr" | "en") =>
    extractClaims({ text, language, published, document: "d.md" })
      .issues.filter((i) => i.code === "not_a_claim")
      .map((i) => i.message);
}

/** The year a claim's period ends in, or the year of its date. */
export function periodEndYear(c: Claim): string | undefined {
  return c.period && "asOf" in c.period ? c.period.asOf?.slice(0, 4) : c.period?.end?.slice(0, 4);
}

/** The claim whose low or high end is `value`; fails naming the values there are when none is. */
export function claimAt(claims: Claim[], value: number): Claim {
  const claim = claims.find((c) => c.value.low === value || c.value.high === value);
  assert.ok(claim, `no claim of ${value} in ${JSON.stringify(claims.map((c) => c.value))}`);
  return claim;
}

/** A claim's fields by name: `value` is its low end, or its high end when it has none; `low` its low end alone. */
const FIELDS = {
  entity: (c: Claim) => c.entity,
  counterparty: (c: Claim) => c.counterparty,
  metric: (c: Claim) => c.metric,
  qualifier: (c: Claim) => c.qualifier,
  unit: (c: Claim) => c.unit,
  value: (c: Claim) => c.value.low ?? c.value.high,
  low: (c: Claim) => c.value.low,
} satisfies Record<string, (c: Claim) => string | number | null>;

export type ClaimField = keyof typeof FIELDS;

/** The named fields of every claim, in order: `fieldsOf(claims, ["entity", "value"])` is `[[entity, value], …]`. */
export function fieldsOf(
  claims: readonly Claim[],
  fields: readonly ClaimField[],
): (string | number | null)[][] {
  return claims.map((c) => fields.map((field) => FIELDS[field](c)));
}

/**
 * A reader of invented texts: the named fields of every claim of the text (of those `where` keeps),
 * in order, published on `published` unless the call says otherwise.
 */
export function claimFields(
  fields: readonly ClaimField[],
  options: { published?: string; where?: (c: Claim) => boolean } = {},
) {
  const { where = () => true } = options;
  return (text: string, language: "fr" | "en" = "en", published = options.published ?? "2025-11-10") =>
    fieldsOf(extract(text, language, published).filter(where), fields);
}

/** [entity, metric, low or high value] of every claim, in order. */
export const ownerMetricValue = claimFields(["entity", "metric", "value"]);
