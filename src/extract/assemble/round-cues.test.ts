import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const metrics = claimFields(["entity", "metric", "low"]);

describe("the words of a round and of a valuation", () => {
  it("read equity in a deal as the round (FR)", () => {
    assert.deepEqual(
      metrics(
        "Mistral AI négocie une levée. L'accord comprendrait plus de 300 millions d'euros de capitaux propres.",
        "fr",
      ),
      [["Mistral AI", "funding_round", 3e8]],
    );
  });

  it("read a deal that values the company as its round (EN)", () => {
    assert.deepEqual(
      metrics("xAI said it closed $12bn of new equity, a deal that values xAI at $180bn.", "en"),
      [
        ["xAI", "funding_round", 1.2e10],
        ["xAI", "valuation", 1.8e11],
      ],
    );
  });

  it("read the company's value after an investment as its valuation (EN)", () => {
    assert.deepEqual(
      metrics(
        "Cohere raised $400 million. The infusion brings its post-investment value to $7 billion.",
        "en",
      ),
      [
        ["Cohere", "funding_round", 4e8],
        ["Cohere", "valuation", 7e9],
      ],
    );
    assert.deepEqual(
      metrics(
        "Anthropic drew its backers in once more; the company's implied value after the sale is $300 billion.",
        "en",
      ),
      [["Anthropic", "valuation", 3e11]],
    );
  });

  it("read what a private company is worth as its valuation (FR)", () => {
    assert.deepEqual(metrics("Hugging Face vaut désormais 6 milliards de dollars.", "fr"), [
      ["Hugging Face", "valuation", 6e9],
    ]);
    assert.deepEqual(metrics("En mars, Perplexity ne « valait » que 14 milliards de dollars.", "fr"), [
      ["Perplexity", "valuation", 1.4e10],
    ]);
  });

  it("leave equity sold by its holders out of the round (FR)", () => {
    assert.ok(
      !metrics(
        "Trois cofondateurs de Mistral AI cèdent pour plus de 2 millions d'euros de capitaux propres.",
        "fr",
      ).some(([, metric]) => metric === "funding_round"),
    );
  });
});
