import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extract } from "../../../test/support/claims.js";

const yearOf = (text: string, language: "fr" | "en", value: number) => {
  const claim = extract(text, language, "2025-11-10").find((c) => c.value.low === value);
  const period = claim?.period;
  if (!period) return null;
  return ("asOf" in period ? period.asOf : (period.end ?? period.start))?.slice(0, 4) ?? null;
};

describe("a year list whose year carries a short note ('2025 (objectif) : 13 milliards')", () => {
  it("dates each figure by the year that labels it, not the next item's (fr)", () => {
    const text =
      "Chiffre d'affaires de Mistral AI : 2024 : 0,1 milliard d'euros · 2025 (objectif) : 0,3 milliard · 2028 (projection) : 2 milliards.";
    assert.equal(yearOf(text, "fr", 300000000), "2025");
    assert.equal(yearOf(text, "fr", 2000000000), "2028");
  });

  it("dates each figure by the year that labels it, not the next item's (en)", () => {
    const text = "Mistral AI revenue: 2024: €0.1bn · 2025 (target): €0.3bn · 2028 (projection): €2bn.";
    assert.equal(yearOf(text, "en", 300000000), "2025");
    assert.equal(yearOf(text, "en", 2000000000), "2028");
  });
});
