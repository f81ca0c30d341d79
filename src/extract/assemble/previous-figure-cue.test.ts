import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

describe("qualifier: a plan word heading the previous figure's phrase is that figure's", () => {
  it("a past year's amount after a forecast's noun (EN)", () => {
    const claims = extract(
      "Oracle unveiled a $40 billion capex projection for 2025, nearly triple 2024's $14 billion.",
      "en",
      "2025-05-02",
    );
    assert.equal(claimAt(claims, 40e9).qualifier, "target");
    assert.equal(claimAt(claims, 14e9).qualifier, "reported");
  });

  it("a valuation after a round's initial target (EN)", () => {
    const claims = extract(
      "The round was enlarged from an initial $2 billion target and values Cohere at $30 billion.",
      "en",
      "2026-01-12",
    );
    assert.equal(claimAt(claims, 30e9).qualifier, "reported");
    const fr = extract(
      "Mistral AI a levé 3 milliards d'euros, contre un objectif de 2 milliards d'euros de levée et valorise la start-up à 14 milliards d'euros.",
      "fr",
      "2026-01-12",
    );
    assert.equal(claimAt(fr, 14e9).qualifier, "reported");
  });

  it("a quarter's result after a year's guidance (EN)", () => {
    const claims = extract(
      "Meta raised the stakes with $90 billion 2026 capex guidance after fourth-quarter revenue of $61.5 billion.",
      "en",
      "2026-02-10",
    );
    assert.equal(claimAt(claims, 90e9).qualifier, "target");
    assert.equal(claimAt(claims, 61.5e9).qualifier, "reported");
  });

  it("a past year's spending after a planned envelope (FR)", () => {
    const claims = extract(
      "Mistral AI a fixé des dépenses d'investissement de 20 milliards d'euros prévues pour 2026, soit près du double des 11 milliards d'euros de 2025.",
      "fr",
      "2026-03-04",
    );
    assert.equal(claimAt(claims, 20e9).qualifier, "target");
    assert.equal(claimAt(claims, 11e9).qualifier, "reported");
  });

  it("near-misses: a figure joined to the forecast, or heading its own plan word, stays a target (EN, FR)", () => {
    const joined = extract("Oracle issued a $40 billion capex forecast for 2026 and $48 billion for 2027.");
    assert.equal(claimAt(joined, 48e9).qualifier, "target");
    const own = extract("Cohere set a $3 billion revenue target for 2026 and a $5 billion goal for 2027.");
    assert.equal(claimAt(own, 5e9).qualifier, "target");
    const fr = extract(
      "Mistral AI vise 3 milliards d'euros de revenus en 2026 et 5 milliards d'euros en 2027.",
      "fr",
    );
    assert.equal(claimAt(fr, 5e9).qualifier, "target");
  });
});
