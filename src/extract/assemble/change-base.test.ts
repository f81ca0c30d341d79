import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

const metricOf = (text: string, language: "fr" | "en", value: number) =>
  claimAt(extract(text, language, "2025-06-10"), value).metric;

describe("the amount a percentage change starts from measures what the change does", () => {
  it("takes the run-rate of the sentence before, past a later growth word (fr)", () => {
    const text =
      "Les revenus récurrents annuels de Cursor ont atteint 500 millions de dollars en mai. C'est une hausse de 150 % par rapport aux 200 millions enregistrés en janvier, signe de la croissance rapide du secteur.";
    assert.equal(metricOf(text, "fr", 200e6), "revenue_run_rate");
  });

  it("takes the run-rate of the sentence before, past a later growth word (en)", () => {
    const text =
      "Harvey's annualized revenue reached $100 million in April. That is a 70% increase over the $60 million it posted last autumn, showing strong growth.";
    assert.equal(metricOf(text, "en", 60e6), "revenue_run_rate");
  });

  it("takes the amount before the change in the same sentence (en, fr)", () => {
    assert.equal(
      metricOf(
        "Anthropic's ARR hit $200 million in July, a 40% jump from the $140 million booked in March, on sales growth.",
        "en",
        140e6,
      ),
      "revenue_run_rate",
    );
    assert.equal(
      metricOf(
        "La valorisation de Mistral AI atteint 12 milliards d'euros, en hausse de 100 % par rapport aux 6 milliards de l'an dernier.",
        "fr",
        6e9,
      ),
      "valuation",
    );
  });

  it("a metric word before the change that names the base keeps its say (en)", () => {
    const text =
      "Cohere was valued at $6.8 billion in August. Revenue rose 50% from $100 million a year earlier.";
    assert.equal(metricOf(text, "en", 100e6), "revenue");
  });
});
