import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

describe("qualifier: a figure joined by 'with' or « avec » shares the forecast before it", () => {
  it("a margin forecast with the year's revenue is a target (FR)", () => {
    const claims = extract(
      "Helsing vise un chiffre d'affaires de 900 millions d'euros pour l'exercice en cours avec une marge brute de 48 %.",
      "fr",
    );
    assert.equal(claimAt(claims, 900e6).qualifier, "target");
    assert.equal(claimAt(claims, 0.48).qualifier, "target");
  });

  it("a margin forecast with the year's revenue is a target (EN)", () => {
    const claims = extract(
      "Poolside expects revenue of $700 million for the current year with a gross margin of 55%.",
    );
    assert.equal(claimAt(claims, 0.55).qualifier, "target");
  });

  it("a margin reported with the revenue stays reported (EN)", () => {
    const claims = extract("Poolside reported revenue of $700 million for 2024 with a gross margin of 55%.");
    assert.equal(claimAt(claims, 0.55).qualifier, "reported");
  });
});
