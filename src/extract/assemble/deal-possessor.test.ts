import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

const ownerAndCounterparty = (text: string, language: "fr" | "en", value: number) => {
  const claim = claimAt(extract(text, language), value);
  return [claim.entity, claim.counterparty];
};

describe("the company whose deal with another the sentence names", () => {
  it("owns the power it buys, its possessive before the deal noun (en)", () => {
    const text =
      "Utilities are busy. One example: Amazon's 17-year PPA with Talen Energy to take 1,920 MW from the Susquehanna plant.";
    assert.deepEqual(ownerAndCounterparty(text, "en", 1.92), ["Amazon", "Talen Energy"]);
  });

  it("is the buyer when the utility holds the deal: the utility is the counterparty (en)", () => {
    const text =
      "Nvidia is busy too. Brookfield Renewable's framework agreement with Google covers 3 GW of hydro capacity.";
    assert.deepEqual(ownerAndCounterparty(text, "en", 3), ["Alphabet", "Brookfield Renewable"]);
  });

  it("owns the power it buys, named as the complement of the deal noun (fr)", () => {
    const text =
      "Les électriciens sont sollicités. Ainsi, l'accord de Microsoft avec Constellation Energy porte sur 835 MW issus d'un réacteur relancé.";
    assert.deepEqual(ownerAndCounterparty(text, "fr", 0.835), ["Microsoft", "Constellation Energy"]);
  });

  it("is the buyer when the utility holds the deal (fr)", () => {
    const text =
      "Nvidia n'est pas seul. Le contrat de Vistra avec Meta porte sur 2,6 GW issus de ses centrales de l'Ohio.";
    assert.deepEqual(ownerAndCounterparty(text, "fr", 2.6), ["Meta", "Vistra"]);
  });

  it("leaves a possessive that only qualifies another company to that company (en)", () => {
    const text = "Nvidia's partner CoreWeave will bring 1.2 GW online next year.";
    assert.equal(claimAt(extract(text, "en"), 1.2).entity, "CoreWeave");
  });
});
