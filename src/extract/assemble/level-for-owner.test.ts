import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const owners = claimFields(["entity", "metric", "low"]);

describe("a level followed straight by the company it is for", () => {
  it("is that company's, not the one a valuation word farther back names (EN)", () => {
    assert.deepEqual(
      owners(
        "Helsing's valuation is striking for a firm founded in 2021, yet it trails the American leaders by far: already over $200 billion for xAI and $20 billion for Perplexity.",
        "en",
      ),
      [
        ["xAI", "valuation", 2e11],
        ["Perplexity", "valuation", 2e10],
      ],
    );
  });

  it("is that company's, not the one a valuation word farther back names (FR)", () => {
    assert.deepEqual(
      owners(
        "La valorisation de Helsing frappe pour une entreprise née en 2021, mais elle reste loin des leaders américains : déjà plus de 200 Md$ pour xAI et 20 Md$ pour Perplexity.",
        "fr",
      ),
      [
        ["xAI", "valuation", 2e11],
        ["Perplexity", "valuation", 2e10],
      ],
    );
  });

  it("stays the possessor's when no company follows the figure", () => {
    assert.deepEqual(owners("Helsing's valuation rose to €12 billion for the first time in June.", "en"), [
      ["Helsing", "valuation", 1.2e10],
    ]);
    assert.deepEqual(owners("Cohere raised $500 million for its new data centres in Canada.", "en"), [
      ["Cohere", "funding_round", 5e8],
    ]);
  });
});
