import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const read = claimFields(["entity", "counterparty", "metric", "value"]);

describe("an amount that buys a stake", () => {
  it("is the buyer's investment in the company, the amount before the stake", () => {
    assert.deepEqual(read("Salesforce acquired a $260 million stake in Cohere in March."), [
      ["Salesforce", "Cohere", "investment", 260e6],
    ]);
    assert.deepEqual(read("Qualcomm bought a $45 million minority stake in Poolside."), [
      ["Qualcomm", "Poolside", "investment", 45e6],
    ]);
    assert.deepEqual(read("Orange a acquis une participation de 120 millions d'euros dans Kyutai.", "fr"), [
      ["Orange", "Kyutai", "investment", 120e6],
    ]);
  });

  it("is the buyer's investment in the company, the amount paid for the stake after it", () => {
    assert.deepEqual(read("Samsung acquired a stake in Runway for $75 million."), [
      ["Samsung", "Runway", "investment", 75e6],
    ]);
    assert.deepEqual(
      read(
        "Engie rachète une participation minoritaire dans Sesterce pour environ 60 millions d'euros.",
        "fr",
      ),
      [["Engie", "Sesterce", "investment", 60e6]],
    );
  });

  it("is the buyer's investment in the company when the stake bought is named by its share", () => {
    assert.deepEqual(read("Qualcomm acquired a 15% stake in Poolside for $300 million."), [
      ["Qualcomm", "Poolside", "equity_stake", 0.15],
      ["Qualcomm", "Poolside", "investment", 300e6],
    ]);
    assert.deepEqual(read("Engie a acquis 12 % du capital de Sesterce pour 200 millions d'euros.", "fr"), [
      ["Engie", "Sesterce", "equity_stake", 0.12],
      ["Engie", "Sesterce", "investment", 200e6],
    ]);
  });

  it("leaves the price of a company bought, and a stake's share, as they are", () => {
    assert.deepEqual(read("Salesforce acquired Cohere for $260 million."), [
      ["Salesforce", "Cohere", "acquisition_price", 260e6],
    ]);
    assert.deepEqual(read("Orange a acquis Kyutai pour 120 millions d'euros.", "fr"), [
      ["Orange", "Kyutai", "acquisition_price", 120e6],
    ]);
    assert.deepEqual(read("Qualcomm bought a 12% stake in Poolside."), [
      ["Qualcomm", "Poolside", "equity_stake", 0.12],
    ]);
    assert.deepEqual(read("Engie a acquis une participation de 8 % dans Sesterce.", "fr"), [
      ["Engie", "Sesterce", "equity_stake", 0.08],
    ]);
  });
});
