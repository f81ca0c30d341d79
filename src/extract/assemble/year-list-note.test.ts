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

describe("a year list written on one line under a lead that names the metric", () => {
  const revenueYears = (text: string, language: "fr" | "en") =>
    extract(text, language, "2026-01-08")
      .filter((c) => c.metric === "revenue")
      .map((c) => c.value.low);

  it("takes the lead's metric for every item (fr)", () => {
    const text =
      "Mistral AI en chiffres\n\nLe chiffre d'affaires de Mistral AI a bondi ces dernières années :\n2023 : 10 M€ · 2024 : 60 M€ · 2025 : 300 M€ (estimation)\n";
    assert.deepEqual(revenueYears(text, "fr"), [10e6, 60e6, 300e6]);
  });

  it("takes the lead's metric for every item (en)", () => {
    const text =
      "Mistral AI in figures\n\nMistral AI's revenue has soared in recent years:\n2023: €10m · 2024: €60m · 2025: €300m (estimate)\n";
    assert.deepEqual(revenueYears(text, "en"), [10e6, 60e6, 300e6]);
  });
});
