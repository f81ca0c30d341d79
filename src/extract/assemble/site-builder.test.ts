import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

const ownerOf = (text: string, language: "fr" | "en", value: number) => {
  const claim = claimAt(extract(text, language), value);
  return [claim.entity, claim.counterparty];
};

describe("the capacity of a site whose builder is named", () => {
  it("is the builder's, not the tenant's it is built for (fr)", () => {
    const text =
      "Le campus de Temple, construit par la société Crusoe pour le compte d'OpenAI, doit atteindre 900 mégawatts en 2027.";
    assert.deepEqual(ownerOf(text, "fr", 0.9), ["Crusoe", null]);
  });

  it("is the builder's, not the tenant's it is built for (en)", () => {
    const text = "The Lancaster campus, built by Crusoe for OpenAI, will reach 800 megawatts next year.";
    assert.deepEqual(ownerOf(text, "en", 0.8), ["Crusoe", null]);
  });

  it("is the group's when companies carry the site together (fr)", () => {
    const text = "Le futur campus de 800 mégawatts près de Lyon sera porté par Eclairion et Sesterce.";
    assert.deepEqual(ownerOf(text, "fr", 0.8), ["Eclairion+Sesterce", null]);
    const single = "Le site de 300 MW sera porté par Data4 jusqu'en 2030.";
    assert.deepEqual(ownerOf(single, "fr", 0.3), ["Data4", null]);
  });

  it("is the group's when companies build the site together (en)", () => {
    const text = "The 700 megawatt campus in Ohio will be developed by Vantage and CyrusOne.";
    assert.deepEqual(ownerOf(text, "en", 0.7), ["Vantage Data Centers+CyrusOne", null]);
  });

  it("is the programme's, built by the builder, when a programme names the site (en)", () => {
    const text =
      "Spain will host Stargate Iberia, a 2-gigawatt computing cluster being built by Crusoe with OpenAI and Oracle.";
    assert.deepEqual(ownerOf(text, "en", 2), ["Stargate", "Crusoe"]);
  });

  it("is the programme's, built by the builder, when a programme names the site (fr)", () => {
    const text =
      "L'Espagne accueillera Stargate Iberia, un cluster de 2 gigawatts construit par Crusoe avec OpenAI et Oracle.";
    assert.deepEqual(ownerOf(text, "fr", 2), ["Stargate", "Crusoe"]);
  });
});

describe("a site built by one company for another named before it", () => {
  it("is the capacity of the company that takes the site (en)", () => {
    const text = "OpenAI will lease a 900-megawatt campus built by Crusoe in Texas.";
    assert.deepEqual(ownerOf(text, "en", 0.9)[0], "OpenAI");
  });
});

describe("a site a company owns, built by another", () => {
  it("is the capacity of the site's owner, from the builder (en)", () => {
    const text = "Meta's Prometheus campus, built by Blue Owl, will reach 3 gigawatts by 2029.";
    assert.deepEqual(ownerOf(text, "en", 3), ["Meta", "Blue Owl"]);
  });

  it("is the capacity of the site's owner, from the builder (fr)", () => {
    const text = "Le campus Prometheus de Meta, construit par Blue Owl, atteindra 3 gigawatts en 2029.";
    assert.deepEqual(ownerOf(text, "fr", 3), ["Meta", "Blue Owl"]);
  });
});
