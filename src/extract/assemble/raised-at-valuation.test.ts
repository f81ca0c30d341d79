import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ownerMetricValue } from "../../../test/support/claims.js";

describe("an amount written before the valuation it was raised at", () => {
  it("is the round, the second amount the valuation, in a list with no lead (en)", () => {
    const text =
      "The quarter's largest deals\n\n- Orvane Labs: $6 billion at a $24 billion valuation\n- Petrel AI: $800 million at a valuation of $5 billion";
    assert.deepEqual(ownerMetricValue(text, "en"), [
      ["Orvane Labs", "funding_round", 6e9],
      ["Orvane Labs", "valuation", 24e9],
      ["Petrel AI", "funding_round", 8e8],
      ["Petrel AI", "valuation", 5e9],
    ]);
  });

  it("is the round, the second amount the valuation, in a list with no lead (fr)", () => {
    const text =
      "Les plus gros tours du trimestre\n\n- Orvane Labs : 6 milliards de dollars, pour une valorisation de 24 milliards\n- Petrel AI : 800 millions d'euros sur la base d'une valorisation de 5 milliards";
    assert.deepEqual(ownerMetricValue(text, "fr"), [
      ["Orvane Labs", "funding_round", 6e9],
      ["Orvane Labs", "valuation", 24e9],
      ["Petrel AI", "funding_round", 8e8],
      ["Petrel AI", "valuation", 5e9],
    ]);
  });

  it("keeps a sentence with its own verb as it was (en, fr)", () => {
    assert.deepEqual(ownerMetricValue("Petrel AI raised $800 million at a $5 billion valuation.", "en"), [
      ["Petrel AI", "funding_round", 8e8],
      ["Petrel AI", "valuation", 5e9],
    ]);
    assert.deepEqual(
      ownerMetricValue("Petrel AI a levé 800 millions d'euros, pour une valorisation de 5 milliards.", "fr"),
      [
        ["Petrel AI", "funding_round", 8e8],
        ["Petrel AI", "valuation", 5e9],
      ],
    );
  });
});
