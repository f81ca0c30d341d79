import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractClaims } from "../index.js";

const owners = (text: string, language: "fr" | "en") =>
  extractClaims({ text, language, published: "2025-10-20", document: "d.txt" }).claims.map((c) => [
    c.entity,
    c.value.low ?? c.value.high,
  ]);

describe("an alliance owns the figures of its consortium or joint venture", () => {
  it("when a later sentence points back at it (FR)", () => {
    const text =
      "Les fonds s'organisent\n\nBlackRock s'est associé à Microsoft et à MGX dans un nouveau fonds d'infrastructure. Créé cet été, ce véhicule doit lever 25 milliards de dollars de fonds propres.";
    const [first] = owners(text, "fr");
    assert.deepEqual(first, ["BlackRock+Microsoft+MGX", 25e9]);
  });

  it("in its own sentence, but not in a later clause with its own subject (EN)", () => {
    const text =
      "Data-centre ventures\n\nDigital Realty formed a joint venture with GIC and Blackstone that will invest $7 billion in data centres in Texas; Digital Realty owns 40% of it.";
    assert.deepEqual(owners(text, "en"), [
      ["Digital Realty+GIC+Blackstone", 7e9],
      ["Digital Realty", 0.4],
    ]);
  });

  it("leaves a deal with a partner alone when no consortium is formed", () => {
    const text =
      "Oracle and OpenAI\n\nOracle partnered with OpenAI on a cloud contract worth $30 billion a year.";
    assert.notEqual(owners(text, "en")[0]?.[0], "Oracle+OpenAI");
  });
});
