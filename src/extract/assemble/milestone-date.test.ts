import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract, periodEndYear } from "../../../test/support/claims.js";

describe("period: a later clause that dates a milestone of its own", () => {
  it("breakeven projected for a later year does not date the margin before it (EN)", () => {
    const claims = extract(
      "Poolside's gross margin is about 35%, and it still loses money, with breakeven projected for 2029.",
    );
    assert.equal(periodEndYear(claimAt(claims, 0.35)), "2025");
  });

  it("« l'équilibre étant attendu en » does not date the margin before it (FR)", () => {
    const claims = extract(
      "La marge brute de Helsing atteint 30 %, l'équilibre étant attendu en 2028.",
      "fr",
    );
    assert.equal(periodEndYear(claimAt(claims, 0.3)), "2025");
  });

  it("the figure's own year stays its date (EN)", () => {
    const own = extract("Poolside's gross margin was 35% in 2024, with breakeven projected for 2029.");
    assert.equal(periodEndYear(claimAt(own, 0.35)), "2024");
    const aimed = extract("Poolside expects its gross margin to reach 45% in 2028.");
    assert.equal(periodEndYear(claimAt(aimed, 0.45)), "2028");
  });
});
