import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ownerMetricValue } from "../../../test/support/claims.js";

describe("a metric word owned by a list of companies", () => {
  it("is the group's", () => {
    assert.deepEqual(
      ownerMetricValue(
        "Les dépenses d'investissement cumulées de Microsoft, Alphabet, Amazon et Meta ont atteint 113 milliards de dollars au troisième trimestre.",
        "fr",
      ),
      [["Microsoft+Alphabet+Amazon+Meta", "capex", 113e9]],
    );
    assert.deepEqual(
      ownerMetricValue(
        "Les dépenses d'investissement combinées d'Amazon, d'Alphabet et de Meta ont atteint 90 milliards de dollars au deuxième trimestre.",
        "fr",
      ),
      [["Amazon+Alphabet+Meta", "capex", 90e9]],
    );
    assert.deepEqual(
      ownerMetricValue(
        "The combined capital expenditure of Amazon, Alphabet and Meta reached $90 billion in the second quarter.",
        "en",
      ),
      [["Amazon+Alphabet+Meta", "capex", 90e9]],
    );
  });
});

describe("the metric word said once for a second owner ('celui de X', 'X's')", () => {
  it("names the owner past a growth rate and its comma", () => {
    assert.deepEqual(
      ownerMetricValue(
        "Le chiffre d'affaires d'Oracle a augmenté de 12 %, à 16 milliards de dollars, tandis que celui d'AMD a progressé de 36 %, à 9,2 milliards.",
        "fr",
      ),
      [
        ["Oracle", "revenue_growth", 0.12],
        ["Oracle", "revenue", 16e9],
        ["AMD", "revenue_growth", 0.36],
        ["AMD", "revenue", 9.2e9],
      ],
    );
    assert.deepEqual(
      ownerMetricValue(
        "Oracle's revenue rose 12% to $16 billion, while AMD's rose 36%, to $9.2 billion.",
        "en",
      ),
      [
        ["Oracle", "revenue_growth", 0.12],
        ["Oracle", "revenue", 16e9],
        ["AMD", "revenue_growth", 0.36],
        ["AMD", "revenue", 9.2e9],
      ],
    );
  });
});
