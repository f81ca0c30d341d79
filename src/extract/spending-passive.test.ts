import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../test/support/claims.js";

const fields = claimFields(["entity", "metric", "value"]);

describe("an amount a passive verb says will be spent is a spending plan", () => {
  it("« seront consacrés à », and the elided amount after it (FR)", () => {
    assert.deepEqual(
      fields(
        "Cette année, Mistral AI prévoit que 3 milliards d'euros seront consacrés à l'entraînement, et 2 milliards à l'inférence.",
        "fr",
      ),
      [
        ["Mistral AI", "compute_spending_target", 3e9],
        ["Mistral AI", "compute_spending_target", 2e9],
      ],
    );
  });

  it("“will be devoted to” (EN)", () => {
    assert.deepEqual(fields("At Mistral AI, $3 billion will be devoted to training this year.", "en"), [
      ["Mistral AI", "compute_spending_target", 3e9],
    ]);
  });

  it("near miss: an amount already spent, in the past, is no plan of this wording", () => {
    const got = fields("Mistral AI a consacré 3 milliards d'euros à la recherche l'an dernier.", "fr");
    assert.ok(got.every((c) => c[1] !== "compute_spending_target"));
  });
});
