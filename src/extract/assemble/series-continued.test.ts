import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

const metricOf = (text: string, language: "fr" | "en", value: number) =>
  claimAt(extract(text, language, "2025-08-07"), value).metric;

describe("a bare amount going on with the previous sentence's figure", () => {
  it("takes that figure's metric, not a word past the next figure (fr)", () => {
    const text =
      "En mars 2024, Mistral AI était valorisée 6 milliards d'euros. Six mois plus tard, elle atteignait les 12 milliards, après l'annonce d'une levée de fonds de 2 milliards d'euros menée par ASML.";
    assert.equal(metricOf(text, "fr", 12e9), "valuation");
    assert.equal(metricOf(text, "fr", 2e9), "funding_round");
  });

  it("takes that figure's metric, not a word past the next figure (en)", () => {
    const text =
      "In March 2024, Cohere was valued at $5 billion. Six months later it reached 7 billion, after announcing a funding round of $500 million led by Nvidia.";
    assert.equal(metricOf(text, "en", 7e9), "valuation");
    assert.equal(metricOf(text, "en", 5e8), "funding_round");
  });
});
