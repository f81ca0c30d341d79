import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

const ownerAndSupplier = (text: string, language: "fr" | "en", value: number) => {
  const claim = claimAt(extract(text, language), value);
  return [claim.entity, claim.counterparty];
};

describe("power a utility sells to a company", () => {
  it("is the buyer's capacity, the utility its counterparty (en)", () => {
    const text = "Vistra widened its power agreement with Meta to 2.6 GW from its Ohio nuclear plants.";
    assert.deepEqual(ownerAndSupplier(text, "en", 2.6), ["Meta", "Vistra"]);
  });

  it("is the buyer's capacity, the utility its counterparty (fr)", () => {
    const text =
      "Vistra a étendu son contrat d'électricité avec Meta à 2,6 GW issus de ses centrales nucléaires de l'Ohio.";
    assert.deepEqual(ownerAndSupplier(text, "fr", 2.6), ["Meta", "Vistra"]);
  });

  it("is the buyer's when the utility and the buyer restart a plant together (en)", () => {
    const text =
      "Constellation Energy and Microsoft will restart the 835 MW reactor, which had been idle since 2019.";
    assert.deepEqual(ownerAndSupplier(text, "en", 0.835), ["Microsoft", "Constellation Energy"]);
  });

  it("stays the utility's with no company buying it (en)", () => {
    const text = "Duke Energy added 1.5 GW of gas-fired generation in the Carolinas this year.";
    assert.deepEqual(ownerAndSupplier(text, "en", 1.5), ["Duke Energy", null]);
  });
});

describe("a utility listed with other partners of the same deals", () => {
  const owners = (text: string, language: "fr" | "en") => ownerAndSupplier(text, language, 3.2);

  it("sells nothing to the partners listed beside it (fr)", () => {
    const text =
      "Amazon mise sur l'atome. Les contrats avec Holtec, Orano et Dominion Energy permettront de produire jusqu'à 3,2 GW d'ici 2032.";
    assert.notDeepEqual(owners(text, "fr"), ["Holtec+Orano", "Dominion Energy"]);
  });

  it("sells nothing to the partners listed beside it (en)", () => {
    const text =
      "Amazon is betting on nuclear power. The agreements with Holtec, Orano and Dominion Energy will make it possible to generate up to 3.2 GW by 2032.";
    assert.notDeepEqual(owners(text, "en"), ["Holtec+Orano", "Dominion Energy"]);
  });

  it("still sells to the company it restarts a plant with (en)", () => {
    const text =
      "Dominion Energy and Amazon will restart the 3.2 GW reactor, which has been idle since 2020.";
    assert.deepEqual(owners(text, "en"), ["Amazon", "Dominion Energy"]);
  });
});

describe("a company the gazetteer does not know, signing a deal", () => {
  it("owns the capacity of its clause, not a known company named later (en)", () => {
    const text =
      "Brevix signed a supply deal with a data centre for 180 megawatts. Separately, Amazon opened a new region in Ohio.";
    assert.equal(claimAt(extract(text, "en"), 0.18).entity, "Brevix");
  });

  it("owns the capacity of its clause, not a known company named later (fr)", () => {
    const text =
      "Brevix a signé un contrat d'approvisionnement avec un centre de données pour 180 mégawatts. Amazon a par ailleurs ouvert une région dans l'Ohio.";
    assert.equal(claimAt(extract(text, "fr"), 0.18).entity, "Brevix");
  });
});
