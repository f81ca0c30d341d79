import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

/** [entity, counterparty, metric, value] of every claim, in order. */
const roles = claimFields(["entity", "counterparty", "metric", "value"]);

describe("the company an acquisition price pays for", () => {
  it("is the object of the verb of buying (EN, FR)", () => {
    assert.deepEqual(roles("Vantor Labs agreed to buy Quellix for $1.2 billion.", "en"), [
      ["Vantor Labs", "Quellix", "acquisition_price", 1.2e9],
    ]);
    assert.deepEqual(
      roles("La société Brivelle a racheté la start-up Quellix pour 300 millions d'euros.", "fr"),
      [["Brivelle", "Quellix", "acquisition_price", 3e8]],
    );
  });

  it("is the subject of a passive, the buyer named after 'by' / « par » (EN, FR)", () => {
    assert.deepEqual(roles("Quellix was acquired by Vantor Labs for $1.2 billion.", "en"), [
      ["Vantor Labs", "Quellix", "acquisition_price", 1.2e9],
    ]);
    assert.deepEqual(
      roles("Quellix, a maker of design software, has been bought by Nvidia for $900 million.", "en"),
      [["Nvidia", "Quellix", "acquisition_price", 9e8]],
    );
    assert.deepEqual(
      roles("Quellix a été rachetée par la société Brivelle pour 300 millions d'euros.", "fr"),
      [["Brivelle", "Quellix", "acquisition_price", 3e8]],
    );
  });

  it("is never the supplier of goods bought", () => {
    assert.deepEqual(
      roles("Vantor Labs bought 10,000 GPUs from Nvidia for $300 million.", "en").map(
        ([, , metric]) => metric,
      ),
      ["gpu_count", "compute_commitment"],
    );
  });
});
