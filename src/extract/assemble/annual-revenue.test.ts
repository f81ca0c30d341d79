import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

const metricOf = (text: string, language: "fr" | "en", value: number) =>
  claimAt(extract(text, language), value).metric;

describe("a yearly revenue word is a run-rate only when dated to a point", () => {
  it("a year's revenue reported for a fiscal year, or needed by a year, is revenue (fr)", () => {
    assert.equal(
      metricOf(
        "Le chiffre d'affaires annuel de Broadcom atteint 51,6 milliards de dollars sur l'exercice 2025.",
        "fr",
        51.6e9,
      ),
      "revenue",
    );
    assert.equal(
      metricOf(
        "Selon Bain, le secteur devra dégager 2 000 milliards de dollars de revenus annuels d'ici 2030.",
        "fr",
        2e12,
      ),
      "revenue",
    );
  });

  it("a year's revenue reported for a fiscal year, or needed by a year, is revenue (en)", () => {
    assert.equal(
      metricOf("AMD reported annual revenue of $25.8 billion for fiscal 2024.", "en", 25.8e9),
      "revenue",
    );
    assert.equal(
      metricOf("Nvidia would need $900 billion of yearly sales by 2030, analysts say.", "en", 900e9),
      "revenue",
    );
  });

  it("yearly revenue reached at the end of a year, in a month or now stays a run-rate (fr)", () => {
    assert.equal(
      metricOf("Les revenus annuels de Mistral AI ont atteint 300 millions d'euros fin 2025.", "fr", 300e6),
      "revenue_run_rate",
    );
    assert.equal(
      metricOf(
        "Cohere vise 500 millions de dollars de chiffre d'affaires annuel d'ici la fin de l'année.",
        "fr",
        500e6,
      ),
      "revenue_run_rate",
    );
  });

  it("yearly revenue reached at the end of a year, in a month or now stays a run-rate (en)", () => {
    assert.equal(
      metricOf("Perplexity's annual revenue reached $200 million in September.", "en", 200e6),
      "revenue_run_rate",
    );
    assert.equal(
      metricOf("Cursor now has annual revenue of more than $1 billion, the company said.", "en", 1e9),
      "revenue_run_rate",
    );
  });

  it("an undated yearly revenue stays a run-rate (fr, en)", () => {
    assert.equal(
      metricOf("Mistral AI revendique un chiffre d'affaires annuel de 200 millions de dollars.", "fr", 200e6),
      "revenue_run_rate",
    );
    assert.equal(
      metricOf("Harvey says its annual revenue tops $150 million.", "en", 150e6),
      "revenue_run_rate",
    );
  });

  it("the sentence before dates the year, as a results paragraph does (fr, en)", () => {
    const fr =
      "Broadcom a publié les comptes de son exercice 2025. Le chiffre d'affaires annuel atteint 63,9 milliards de dollars.";
    assert.equal(metricOf(fr, "fr", 63.9e9), "revenue");
    const en =
      "Bain looked ahead to 2030. Nvidia would need $900 billion of annual revenue by that date, it says.";
    assert.equal(metricOf(en, "en", 900e9), "revenue");
  });

  it("annualised words and recurring revenue are run-rates whatever the date (fr, en)", () => {
    assert.equal(
      metricOf(
        "Le chiffre d'affaires récurrent annuel de Lovable s'élève à 200 millions de dollars en 2025.",
        "fr",
        200e6,
      ),
      "revenue_run_rate",
    );
    assert.equal(
      metricOf("Harvey's annualized revenue was $150 million in 2025.", "en", 150e6),
      "revenue_run_rate",
    );
  });

  it("a forecast of the year's revenue is revenue, not a run-rate (fr, en)", () => {
    assert.equal(
      metricOf(
        "Anthropic vise un objectif de chiffre d'affaires annuel de 5 milliards de dollars, selon le document.",
        "fr",
        5e9,
      ),
      "revenue",
    );
    assert.equal(
      metricOf("Cohere kept its annual revenue target of $300 million, the memo said.", "en", 300e6),
      "revenue",
    );
  });
});
