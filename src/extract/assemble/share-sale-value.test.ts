import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

const metricOf = (text: string, language: "fr" | "en", value: number) =>
  claimAt(extract(text, language, "2025-08-07"), value).metric;

describe("the amount of a sale of shares named as a noun", () => {
  it("is what the shares sold for, not the valuation named after it (fr)", () => {
    const text =
      "Après la vente d'actions détenues par ses salariés, pour un montant total de 2 milliards de dollars, Mistral AI deviendrait la start-up la plus valorisée d'Europe.";
    assert.equal(metricOf(text, "fr", 2e9), "deal_value");
    assert.equal(
      metricOf(
        "xAI a organisé une cession de titres d'un montant de 3 milliards de dollars, selon des sources.",
        "fr",
        3e9,
      ),
      "deal_value",
    );
  });

  it("is what the shares sold for, not the valuation named after it (en)", () => {
    const text =
      "After a sale of shares held by current and former staff worth $2 billion, Mistral AI would become the most valuable start-up in Europe.";
    assert.equal(metricOf(text, "en", 2e9), "deal_value");
    assert.equal(
      metricOf(
        "xAI is arranging a $3 billion secondary share sale, according to people familiar.",
        "en",
        3e9,
      ),
      "deal_value",
    );
  });

  it("leaves the valuation of the same sentence a valuation", () => {
    const text = "SpaceX completed a sale of stock totalling $1.5 billion at a $400 billion valuation.";
    assert.equal(metricOf(text, "en", 1.5e9), "deal_value");
    assert.equal(metricOf(text, "en", 400e9), "valuation");
  });
});
