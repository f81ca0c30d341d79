import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ownerMetricValue } from "../../../test/support/claims.js";

describe("a list of labelled lines under a heading or a colon", () => {
  it("reads year lines under a heading as the heading's metric, its company the owner (FR)", () => {
    const text =
      "Le chiffre d'affaires de Cohere par année\n\n2023 : 20 millions de dollars\n2024 : 70 millions de dollars\n2025 : 150 millions de dollars\n";
    assert.deepEqual(ownerMetricValue(text, "fr"), [
      ["Cohere", "revenue", 20e6],
      ["Cohere", "revenue", 70e6],
      ["Cohere", "revenue", 150e6],
    ]);
  });

  it("reads a line of years separated by dots under a heading (EN)", () => {
    const text =
      "Perplexity's revenue, year by year\n\n2023: $20 million · 2024: $60 million · 2025: $150 million\n";
    assert.deepEqual(ownerMetricValue(text, "en"), [
      ["Perplexity", "revenue", 20e6],
      ["Perplexity", "revenue", 60e6],
      ["Perplexity", "revenue", 150e6],
    ]);
  });

  it("reads quarter lines under a lead ending in a colon (EN)", () => {
    const text = "Oracle's capital spending by quarter:\nQ1: $8.5 billion\nQ2: $12 billion\n";
    assert.deepEqual(ownerMetricValue(text, "en"), [
      ["Oracle", "capex", 8.5e9],
      ["Oracle", "capex", 12e9],
    ]);
  });

  it("reads fiscal-year labels as periods, never as companies (EN)", () => {
    const text = "Dell's AI server revenue\n\nFY2024: $1.5 billion\nFY2025: $9.8 billion\n";
    assert.deepEqual(ownerMetricValue(text, "en"), [
      ["Dell", "revenue", 1.5e9],
      ["Dell", "revenue", 9.8e9],
    ]);
  });

  it("reads company lines under a lead naming rounds as each company's round (EN, FR)", () => {
    const en =
      "The largest rounds of the quarter:\n- Quorvia: $4 billion, led by Thrive\n- Talmic: $900 million\n";
    assert.deepEqual(ownerMetricValue(en, "en"), [
      ["Quorvia", "funding_round", 4e9],
      ["Talmic", "funding_round", 9e8],
    ]);
    const fr =
      "Les plus gros tours de table du trimestre :\n- Quorvia : 4 milliards de dollars\n- Talmic : 900 millions de dollars\n";
    assert.deepEqual(ownerMetricValue(fr, "fr"), [
      ["Quorvia", "funding_round", 4e9],
      ["Talmic", "funding_round", 9e8],
    ]);
  });

  it("does not lend a heading to a paragraph under it that is no list (FR)", () => {
    const text = "Les revenus de Cohere\n\nCohere a embauché 300 ingénieurs en 2024.\n";
    assert.deepEqual(ownerMetricValue(text, "fr"), []);
  });
});

describe("a table's rows", () => {
  it("takes the metric a row is named after over the table's introduction (FR)", () => {
    const text = [
      "# Les comptes de Cohere",
      "",
      "Les chiffres de Cohere présentés aux investisseurs :",
      "",
      "| | 2024 | 2025 |",
      "|---|---|---|",
      "| Chiffre d'affaires | 70 millions de dollars | 150 millions de dollars |",
      "",
    ].join("\n");
    assert.deepEqual(
      ownerMetricValue(text, "fr").map(([, metric]) => metric),
      ["revenue", "revenue"],
    );
  });

  it("does not take a row labelled by a date as the figure's owner (FR, EN)", () => {
    const fr = [
      "Le chiffre d'affaires d'AMD par trimestre :",
      "",
      "| Trimestre | Chiffre d'affaires |",
      "|---|---|",
      "| T3 2025 | 9,2 milliards de dollars |",
      "",
    ].join("\n");
    assert.deepEqual(ownerMetricValue(fr, "fr"), [["AMD", "revenue", 9.2e9]]);
    const en = [
      "AMD's revenue by quarter:",
      "",
      "| Quarter | Revenue |",
      "|---|---|",
      "| Q3 2025 | $9.2 billion |",
      "",
    ].join("\n");
    assert.deepEqual(ownerMetricValue(en, "en"), [["AMD", "revenue", 9.2e9]]);
  });
});

describe("a table column of amounts", () => {
  it("reads a cell with no metric word as most earlier cells of its column (FR)", () => {
    const text = [
      "# Les contrats de calcul de Meta",
      "",
      "| Partenaire | Nature | Montant |",
      "|---|---|---|",
      "| Google | contrat cloud | 10 milliards de dollars |",
      "| CoreWeave | contrat cloud GPU | 14 milliards de dollars |",
      "| Nebius | capacité réservée | 3 milliards de dollars |",
      "",
    ].join("\n");
    assert.deepEqual(
      ownerMetricValue(text, "fr").map(([, metric, value]) => [metric, value]),
      [
        ["compute_commitment", 10e9],
        ["compute_commitment", 14e9],
        ["compute_commitment", 3e9],
      ],
    );
  });

  it("lends nothing when the earlier cells disagree (EN)", () => {
    const text = [
      "# Meta's deals",
      "",
      "| Partner | Kind | Amount |",
      "|---|---|---|",
      "| Google | cloud contract | $10 billion |",
      "| Scale AI | equity investment | $14 billion |",
      "| Nebius | reserved slots | $3 billion |",
      "",
    ].join("\n");
    assert.equal(
      ownerMetricValue(text, "en").some(([, , value]) => value === 3e9),
      false,
    );
  });
});
