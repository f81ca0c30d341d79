import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

describe("metric: a noun that measures the next amount is not the amount's before it", () => {
  it("a list item 'date : X, pour une valorisation de Y' takes the lead's metric for X (FR)", () => {
    const claims = extract(
      "H Company en chiffres.\n\nSes levées de fonds :\n- mai 2024 : 220 millions de dollars, pour une valorisation de 1,2 milliard\n- mars 2025 : 300 millions de dollars, pour une valorisation de 2 milliards\n",
      "fr",
      "2025-10-15",
    );
    assert.equal(claimAt(claims, 220e6).metric, "funding_round");
    assert.equal(claimAt(claims, 1.2e9).metric, "valuation");
    assert.equal(claimAt(claims, 300e6).metric, "funding_round");
  });

  it("the same in English items ('$X, at a valuation of $Y')", () => {
    const claims = extract(
      "Poolside in numbers.\n\nIts funding rounds:\n- October 2024: $500 million, at a valuation of $3 billion\n- June 2025: $1 billion, at a valuation of $12 billion\n",
      "en",
      "2025-10-15",
    );
    assert.equal(claimAt(claims, 500e6).metric, "funding_round");
    assert.equal(claimAt(claims, 3e9).metric, "valuation");
  });
});
