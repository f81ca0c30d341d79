import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../test/support/claims.js";

describe("a purchase of compute goods only planned", () => {
  it("is a compute spending target, for a lab or a neocloud (en)", () => {
    const lab = claimAt(
      extract("Cohere said it plans to buy $3 billion of new chips from Marvell over two years.", "en"),
      3e9,
    );
    assert.deepEqual([lab.entity, lab.metric], ["Cohere", "compute_spending_target"]);
    const cloud = claimAt(
      extract("Lambda intends to purchase about $900 million of Qualcomm accelerators next year.", "en"),
      900e6,
    );
    assert.deepEqual([cloud.entity, cloud.metric], ["Lambda", "compute_spending_target"]);
  });

  it("is a compute spending target, for a lab or a neocloud (fr)", () => {
    const lab = claimAt(
      extract(
        "Mistral AI prévoit l'achat de 2 milliards de dollars de processeurs Qualcomm d'ici 2027.",
        "fr",
      ),
      2e9,
    );
    assert.deepEqual([lab.entity, lab.metric], ["Mistral AI", "compute_spending_target"]);
    const cloud = claimAt(
      extract(
        "Son patron a indiqué que Lambda envisage d'acheter pour 700 millions de dollars de puces Marvell.",
        "fr",
      ),
      700e6,
    );
    assert.deepEqual([cloud.entity, cloud.metric], ["Lambda", "compute_spending_target"]);
  });

  it("stays a commitment when a deal sets the purchase out, or when the chips are bought", () => {
    const deal = claimAt(
      extract("Under the new agreement, Cohere plans to buy $3 billion of chips from Marvell.", "en"),
      3e9,
    );
    assert.equal(deal.metric, "compute_commitment");
    const bought = claimAt(extract("Cohere will buy $3 billion of chips from Marvell.", "en"), 3e9);
    assert.equal(bought.metric, "compute_commitment");
    const contrat = claimAt(
      extract(
        "Mistral AI a signé un contrat prévoyant l'achat de 2 milliards de dollars de puces Qualcomm.",
        "fr",
      ),
      2e9,
    );
    assert.equal(contrat.metric, "compute_commitment");
  });

  it("does not read a plan to buy a company as compute", () => {
    const c = claimAt(extract("Qualcomm plans to buy Harvey for about $2 billion.", "en"), 2e9);
    assert.notEqual(c.metric, "compute_spending_target");
  });
});
