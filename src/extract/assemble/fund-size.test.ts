import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const read = claimFields(["entity", "metric", "value"], { published: "2026-03-02" });

describe("a fund sized by an amount is its owner's investment (CLAIMS.md §2)", () => {
  it("a fund created, launched or prepared (EN, FR)", () => {
    assert.deepEqual(read("Velmont Ventures is preparing a $7 billion growth fund.", "en"), [
      ["Velmont Ventures", "investment", 7e9],
    ]);
    assert.deepEqual(
      read("Oracle has set up a $3 billion AI fund for start-ups building on its cloud.", "en"),
      [["Oracle", "investment", 3e9]],
    );
    assert.deepEqual(
      read("Oracle lance un fonds de 2 milliards d'euros pour soutenir les start-up de l'IA.", "fr"),
      [["Oracle", "investment", 2e9]],
    );
    assert.deepEqual(
      read("Nvidia a créé un nouveau fonds d'investissement de 500 millions de dollars.", "fr"),
      [["Nvidia", "investment", 5e8]],
    );
  });

  it("a sovereign fund sized in apposition (FR, EN)", () => {
    assert.deepEqual(
      read(
        "Quarkon Capital, un fonds souverain de 60 milliards de dollars consacré à l'IA, finance un campus de 1,2 GW.",
        "fr",
      )[0],
      ["Quarkon Capital", "investment", 6e10],
    );
    assert.deepEqual(
      read("Le fonds Quarkon, doté de 40 milliards d'euros, investit dans les centres de données.", "fr"),
      [["Quarkon", "investment", 4e10]],
    );
    assert.deepEqual(
      read(
        "Quarkon Capital, a $60 billion sovereign fund focused on AI, is financing a 1.2 GW campus.",
        "en",
      )[0],
      ["Quarkon Capital", "investment", 6e10],
    );
  });

  it("leaves fundraising, equity and a fund closed by its manager to the round", () => {
    assert.deepEqual(read("Mistral AI a finalisé une levée de fonds de 380 millions d'euros.", "fr"), [
      ["Mistral AI", "funding_round", 3.8e8],
    ]);
    assert.deepEqual(read("Mistral AI a levé 300 millions d'euros en fonds propres.", "fr"), [
      ["Mistral AI", "funding_round", 3e8],
    ]);
    assert.deepEqual(read("Velmont Ventures closed a $950 million fund last week.", "en"), [
      ["Velmont Ventures", "funding_round", 9.5e8],
    ]);
  });

  it("leaves a fund an investor already manages out (outside-deal.ts)", () => {
    assert.deepEqual(
      read(
        "Halcyon Partners backs Crusoe. The firm also manages a $12 billion fund dedicated to infrastructure.",
        "en",
      ),
      [],
    );
  });
});
