import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

describe("period: a running total of commitments read at a point", () => {
  it("a total committed 'now' is a level at publication (EN, FR)", () => {
    const en = extract("Amazon's cloud commitments to neocloud providers now exceed $45 billion.");
    assert.deepEqual(claimAt(en, 45e9).period, { asOf: "2025-11" });
    const fr = extract(
      "Les engagements d'Amazon auprès des néoclouds dépassent désormais 45 milliards de dollars.",
      "fr",
    );
    assert.deepEqual(claimAt(fr, 45e9).period, { asOf: "2025-11" });
  });

  it("a total committed to a horizon keeps its span (EN)", () => {
    const claims = extract("Amazon has committed $45 billion to neocloud providers through 2030.");
    assert.deepEqual(claimAt(claims, 45e9).period, { start: null, end: "2030-12-31" });
  });
});
