import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ownerMetricValue } from "../../../test/support/claims.js";

describe("a generic word inside the complement of a word naming the money", () => {
  it("measures nothing of its own: the revenue of a cloud business is revenue", () => {
    assert.deepEqual(
      ownerMetricValue(
        "Oracle prévoit que les revenus de son activité d'infrastructure cloud atteindront 144 milliards de dollars en 2030.",
        "fr",
      ),
      [["Oracle", "revenue", 144e9]],
    );
    assert.deepEqual(
      ownerMetricValue(
        "Microsoft expects revenue from its cloud business to reach $150 billion in 2027.",
        "en",
      ),
      [["Microsoft", "revenue", 150e9]],
    );
  });
});

describe("spending 'en investissements'", () => {
  it("is capital expenditure, not total expenses", () => {
    assert.deepEqual(
      ownerMetricValue(
        "Alphabet a dépensé 24 milliards de dollars en investissements au troisième trimestre, en hausse de 83 %.",
        "fr",
      ),
      [
        ["Alphabet", "capex", 24e9],
        ["Alphabet", "capex_growth", 0.83],
      ],
    );
  });
});
