import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const read = claimFields(["entity", "counterparty", "metric", "value"]);

describe("a part of a company bought for a price", () => {
  it("is the buyer's purchase price, the company whose part it is the counterparty", () => {
    assert.deepEqual(read("Cisco bought IBM's chip division for $900 million."), [
      ["Cisco", "IBM", "acquisition_price", 900e6],
    ]);
    assert.deepEqual(read("Dell will buy HPE's server unit for $2.2 billion."), [
      ["Dell", "HPE", "acquisition_price", 2.2e9],
    ]);
    assert.deepEqual(
      read("Orange va racheter la division serveurs d'IBM pour 1,8 milliard de dollars.", "fr"),
      [["Orange", "IBM", "acquisition_price", 1.8e9]],
    );
    assert.deepEqual(read("Engie rachète la branche puces de Qualcomm pour 700 millions d'euros.", "fr"), [
      ["Engie", "Qualcomm", "acquisition_price", 700e6],
    ]);
  });

  it("leaves a part's own revenue to its company, and goods bought to their buyer", () => {
    assert.deepEqual(read("IBM's chip division made $900 million last year."), [
      ["IBM", null, "revenue", 900e6],
    ]);
    assert.deepEqual(read("La division serveurs d'IBM a rapporté 1,8 milliard de dollars en 2025.", "fr"), [
      ["IBM", null, "revenue", 1.8e9],
    ]);
    assert.deepEqual(read("Dell will buy HPE servers for $2.2 billion."), [
      ["Dell", "HPE", "compute_commitment", 2.2e9],
    ]);
  });
  it("gives the price to the buyer when the company bought was only the name nearest the price", () => {
    assert.deepEqual(
      read("Duke Energy has announced the acquisition of Calpine in a deal valued at $3.2 billion."),
      [["Duke Energy", "Calpine", "acquisition_price", 3.2e9]],
    );
    assert.deepEqual(
      read(
        "Duke Energy a annoncé l'acquisition de Calpine dans une opération valorisée à 3,2 milliards de dollars.",
        "fr",
      ),
      [["Duke Energy", "Calpine", "acquisition_price", 3.2e9]],
    );
  });

  it("keeps the company bought when no buyer is named before the word of buying", () => {
    assert.deepEqual(read("The acquisition of Calpine was valued at $3.2 billion."), [
      ["Calpine", null, "acquisition_price", 3.2e9],
    ]);
  });

  it("keeps the bidder after a word of bidding: « l'offre de rachat de X » may be X's bid", () => {
    const got = read(
      "Les actionnaires de Calpine ont rejeté l'offre de rachat de Duke Energy, une opération qui valorisait le producteur 3,2 milliards de dollars.",
      "fr",
    );
    assert.deepEqual(
      got.map((c) => [c[0], c[2]]),
      [["Duke Energy", "acquisition_price"]],
    );
  });

  it("reads a headline's capitalised verb of buying as a purchase, not a generic deal", () => {
    assert.deepEqual(
      read("Duke Energy Acquires Calpine in $3.2 Billion Deal").map((c) => [c[0], c[2], c[3]]),
      [["Duke Energy", "acquisition_price", 3.2e9]],
    );
  });
});
