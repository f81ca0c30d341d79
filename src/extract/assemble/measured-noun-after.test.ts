import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

const metricOf = (text: string, language: "fr" | "en", value: number) =>
  claimAt(extract(text, language, "2025-08-07"), value).metric;

describe("a figure whose unit is elided after 'et', 'and' but whose own noun follows it", () => {
  it("keeps its own metric rather than the previous figure's (fr)", () => {
    const text =
      "Mistral AI affiche désormais plus de 100 millions d'euros de revenus mensuels et vise 2 milliards de chiffre d'affaires annuel d'ici fin 2026.";
    assert.equal(metricOf(text, "fr", 1e8), "revenue");
    assert.equal(metricOf(text, "fr", 2e9), "revenue_run_rate");
  });

  it("keeps its own metric rather than the previous figure's (en)", () => {
    const text =
      "Cohere now books more than $100 million of monthly revenue and targets 2 billion in annual revenue by the end of 2026.";
    assert.equal(metricOf(text, "en", 1e8), "revenue");
    assert.equal(metricOf(text, "en", 2e9), "revenue_run_rate");
  });

  it("still carries the metric when nothing names the second figure", () => {
    const text = "Cohere a levé 500 millions de dollars en 2024 et 600 millions en 2025.";
    assert.equal(metricOf(text, "fr", 6e8), metricOf(text, "fr", 5e8));
  });
});
