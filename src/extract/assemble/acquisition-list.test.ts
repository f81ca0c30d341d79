import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

const deal = (text: string, language: "fr" | "en", value: number) => {
  const c = claimAt(extract(text, language), value);
  return [c.entity, c.metric, c.counterparty];
};

describe("prices bracketed in an acquirer's list", () => {
  it("are the acquirer's acquisition prices, each company bought its counterparty (fr)", () => {
    const text =
      "Les rachats ont été nombreux, avec Nvidia comme principal acquéreur, incluant Lambda (700 millions de dollars) et Windsurf (300 millions de dollars).";
    assert.deepEqual(deal(text, "fr", 700e6), ["Nvidia", "acquisition_price", "Lambda"]);
    assert.deepEqual(deal(text, "fr", 300e6), ["Nvidia", "acquisition_price", "Windsurf"]);
  });

  it("are the acquirer's acquisition prices, each company bought its counterparty (en)", () => {
    const text =
      "Meta was the busiest buyer, with its acquisitions of Quillon ($2 billion) and Brevix ($1 billion).";
    assert.deepEqual(deal(text, "en", 2e9), ["Meta", "acquisition_price", "Quillon"]);
    assert.deepEqual(deal(text, "en", 1e9), ["Meta", "acquisition_price", "Brevix"]);
  });

  it("leave a bracketed figure with no acquirer to its company (en)", () => {
    const text = "Several labs raised money, including Quillon ($2 billion).";
    assert.notEqual(claimAt(extract(text, "en"), 2e9).metric, "acquisition_price");
  });
});
