import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ownerMetricValue } from "../../../test/support/claims.js";

describe("an investment a model developer takes in", () => {
  it("is money raised when the sentence names a round or its investors", () => {
    assert.deepEqual(
      ownerMetricValue("Cohere's first round, an early investment from a few angels, was $40 million.", "en"),
      [["Cohere", "funding_round", 40e6]],
    );
    assert.deepEqual(
      ownerMetricValue(
        "Le tour de table de Kyutai, un investissement très précoce, s'élevait à 300 millions d'euros.",
        "fr",
      ),
      [["Kyutai", "funding_round", 300e6]],
    );
    assert.deepEqual(
      ownerMetricValue(
        "Kyutai prépare une levée de fonds. Elle se compose de 300 millions d'euros de capital apportés par des investisseurs stratégiques.",
        "fr",
      ),
      [["Kyutai", "funding_round", 300e6]],
    );
  });

  it("stays a builder's own spending when no round or investor is named", () => {
    assert.deepEqual(ownerMetricValue("Meta will invest $600 billion across the country.", "en"), [
      ["Meta", "capex", 600e9],
    ]);
  });
});
