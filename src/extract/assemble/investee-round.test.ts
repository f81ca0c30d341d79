import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractClaims } from "../index.js";

const owners = (text: string, language: "fr" | "en", value: number) =>
  extractClaims({ text, language, published: "2025-06-02", document: "d.md" })
    .claims.filter((c) => (c.value.low ?? c.value.high) === value)
    .map((c) => [c.entity, c.metric]);

describe("a round no company of its sentence owns, in an article about an investor", () => {
  it("is the company the investor backs (fr)", () => {
    const text =
      "Nvidia envisagerait d'investir 500 millions de dollars dans Mistral AI. Ce montant s'ajouterait à une autre levée de fonds portant sur 900 millions de dollars.";
    assert.deepEqual(owners(text, "fr", 900e6), [["Mistral AI", "funding_round"]]);
  });

  it("is the company the investor backs (en)", () => {
    const text =
      "Nvidia plans to invest $500 million in Mistral AI. The money would come on top of a separate $900 million funding round.";
    assert.deepEqual(owners(text, "en", 900e6), [["Mistral AI", "funding_round"]]);
  });

  it("stays with a company that raises money itself (en)", () => {
    const text =
      "Mistral AI closed a $2 billion funding round led by Nvidia. Mistral AI also invested $100 million in Fluidstack. The remaining $900 million funding round is expected next year.";
    assert.deepEqual(owners(text, "en", 900e6), [["Mistral AI", "funding_round"]]);
  });
});
