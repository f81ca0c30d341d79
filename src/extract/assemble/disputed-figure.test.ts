import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

const fields = (text: string, language: "fr" | "en", value: number) => {
  const c = claimAt(extract(text, language), value);
  return [c.entity, c.metric, c.attribution, c.qualifier];
};

describe("a company disputing a figure and giving its own", () => {
  it("gives the disputed figure's company and metric, itself as the source of an estimate (EN)", () => {
    assert.deepEqual(
      fields(
        "Cohere's annualized revenue reached $300 million in May. However, Perplexity disputes this number, putting the net revenue closer to $200 million.",
        "en",
        2e8,
      ),
      ["Cohere", "revenue_run_rate", "Perplexity", "estimated"],
    );
  });

  it("gives the disputed figure's company and metric, itself as the source of an estimate (FR)", () => {
    assert.deepEqual(
      fields(
        "Le chiffre d'affaires annualisé de Cohere a atteint 300 millions de dollars en mai. Perplexity conteste ce chiffre et avance un revenu net de 200 millions de dollars.",
        "fr",
        2e8,
      ),
      ["Cohere", "revenue_run_rate", "Perplexity", "estimated"],
    );
  });

  it("leaves a figure of the disputing company's own, said in another clause", () => {
    const c = claimAt(
      extract(
        "Cohere's annualized revenue reached $300 million in May. Perplexity disputes this number; its own revenue reached $200 million in 2024.",
        "en",
      ),
      2e8,
    );
    assert.deepEqual([c.entity, c.metric], ["Perplexity", "revenue"]);
  });
});
