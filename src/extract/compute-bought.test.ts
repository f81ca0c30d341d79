import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../test/support/claims.js";

const roles = claimFields(["entity", "counterparty", "metric", "value"]);

/**
 * GPU capacity rented from a supplier, and computing power a supplier provides to a buyer, worth an
 * amount: a compute commitment, buyer → supplier (CLAIMS.md §2, §6).
 */
describe("GPU capacity and computing power bought for an amount", () => {
  it("is rented from its supplier (en)", () => {
    assert.deepEqual(
      roles("Microsoft agreed to rent $9.7 billion of GPU capacity from CoreWeave over five years."),
      [["Microsoft", "CoreWeave", "compute_commitment", 9.7e9]],
    );
  });

  it("is provided to its buyer (en)", () => {
    assert.deepEqual(roles("CoreWeave will provide Meta with up to $14 billion of computing power."), [
      ["Meta", "CoreWeave", "compute_commitment", 14e9],
    ]);
  });

  it("is written « capacités GPU » and « puissance de calcul » (fr)", () => {
    assert.deepEqual(
      roles("Microsoft louera pour 9,7 milliards de dollars de capacités GPU à Nebius.", "fr"),
      [["Microsoft", "Nebius", "compute_commitment", 9.7e9]],
    );
    assert.deepEqual(
      roles("CoreWeave fournira à Meta jusqu'à 14 milliards de dollars de puissance de calcul.", "fr"),
      [["Meta", "CoreWeave", "compute_commitment", 14e9]],
    );
  });

  it("leaves a spending goal in computing power a plan (near miss)", () => {
    assert.deepEqual(
      roles(
        "Mistral AI compte consacrer au total près de 450 milliards d'euros à sa puissance de calcul jusqu'en 2031.",
        "fr",
      ).map((c) => c[2]),
      ["compute_spending_target"],
    );
  });
});
