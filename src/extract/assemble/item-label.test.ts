import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

describe("a generic word in an item's own label", () => {
  it("names what every figure of the item measures, over the list's lead (en)", () => {
    const text =
      "Sector Spending Trends\n- Cloud AI Spend (2025): $200 billion in total (Microsoft, Amazon)\n- Cohere Compute Deals: $40B Oracle partnership, $6B Marvell chips\n- Failure rate: 80% of pilots stall";
    const claims = extract(text, "en");
    assert.equal(claimAt(claims, 40e9).metric, "compute_commitment");
    assert.equal(claimAt(claims, 6e9).metric, "compute_commitment");
  });

  it("names them in French too", () => {
    const text =
      "Tendances des dépenses du secteur\n- Dépenses IA du cloud (2025) : 200 milliards de dollars au total\n- Accords de Mistral AI : 12 milliards de dollars avec Oracle, 3 milliards de puces Marvell";
    const claims = extract(text, "fr");
    assert.equal(claimAt(claims, 12e9).metric, "compute_commitment");
  });

  it("does not make a long opening before a colon a label", () => {
    const text =
      "Cohere spent heavily this year even as its many deals were delayed by the regulators: $2 billion went on staff costs.";
    const c = claimAt(extract(text, "en"), 2e9);
    assert.notEqual(c.metric, "compute_commitment");
  });
});
