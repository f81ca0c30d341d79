import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

function deal(text: string, language: "en" | "fr", value: number): [string, string, string | null] {
  const claim = claimAt(extract(text, language), value);
  return [claim.entity, claim.metric, claim.counterparty];
}

describe("a company's unit sold: the possessive names the seller, not the buyer", () => {
  it("gives the price to the buyer and makes the possessor the counterparty (en)", () => {
    assert.deepEqual(deal("Intel's robotics unit was sold to SoftBank for $5.4 billion.", "en", 5.4e9), [
      "SoftBank",
      "acquisition_price",
      "Intel",
    ]);
    assert.deepEqual(
      deal("Oracle's advertising business will be sold to Microsoft for about $2 billion.", "en", 2e9),
      ["Microsoft", "acquisition_price", "Oracle"],
    );
  });

  it("reads the French order the same way (fr)", () => {
    assert.deepEqual(
      deal(
        "La division robotique d'Intel a été vendue à SoftBank pour 5,4 milliards de dollars.",
        "fr",
        5.4e9,
      ),
      ["SoftBank", "acquisition_price", "Intel"],
    );
  });

  it("keeps a possessive on a price noun as its owner", () => {
    assert.deepEqual(
      deal("SoftBank's purchase of Intel's robotics unit cost $5.4 billion.", "en", 5.4e9)[0],
      "SoftBank",
    );
  });
});
