import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const owners = claimFields(["entity", "metric", "low"]);

describe("a round or a valuation whose owner was read as a backer", () => {
  it("goes to the company raising when the backer invests in the round (EN)", () => {
    assert.deepEqual(
      owners(
        "Anthropic is lining up fresh capital. Sequoia Capital plans to invest in a funding round that aims to raise at least $20 billion.",
        "en",
      ),
      [["Anthropic", "funding_round", 2e10]],
    );
  });

  it("goes to the company raising when the backer is the round's source (EN, FR)", () => {
    assert.deepEqual(
      owners(
        "Mistral AI is closing a new round. The deal includes $280 million in equity from investors led by Andreessen Horowitz.",
        "en",
      ).map(([entity, metric]) => [entity, metric]),
      [["Mistral AI", "funding_round"]],
    );
    assert.deepEqual(
      owners(
        "Mistral AI prépare une levée. L'accord comprendrait 280 millions d'euros de capitaux propres, le fonds Andreessen Horowitz investissant à lui seul 150 millions d'euros.",
        "fr",
      )[0],
      ["Mistral AI", "funding_round", 2.8e8],
    );
  });

  it("goes to the company backed when the backers are named in the sentence before", () => {
    assert.deepEqual(
      owners(
        "Amazon and Nvidia have taken stakes in Perplexity, the search start-up. Their participation anchors a $3 billion funding round, which values the young company at $40 billion.",
        "en",
      ),
      [
        ["Perplexity", "funding_round", 3e9],
        ["Perplexity", "valuation", 4e10],
      ],
    );
  });

  it("values the company an offer was made to, declined or not (FR)", () => {
    assert.deepEqual(
      owners(
        "Hugging Face a décliné une offre de Nvidia, qui aurait porté sa valorisation à 9 milliards de dollars.",
        "fr",
      ),
      [["Hugging Face", "valuation", 9e9]],
    );
  });

  it("stays a fund's own when the fund raises for itself", () => {
    assert.deepEqual(owners("Sequoia Capital raised $3 billion for its new growth fund.", "en"), [
      ["Sequoia Capital", "funding_round", 3e9],
    ]);
  });

  it("goes to a start-up the gazetteer does not know, named the sentence before (EN, FR)", () => {
    assert.deepEqual(
      owners(
        "Vantor Labs is raising money. Sequoia Capital is set to take part in a round of up to $600 million.",
        "en",
      ).map(([entity, metric]) => [entity, metric]),
      [["Vantor Labs", "funding_round"]],
    );
    assert.deepEqual(
      owners(
        "La société Brivelle prépare une levée. Le fonds Sequoia Capital doit y participer, pour un tour de 300 millions d'euros.",
        "fr",
      ).map(([entity, metric]) => [entity, metric]),
      [["Brivelle", "funding_round"]],
    );
  });

  it("goes to the company raising when the backer is a complement of it ('backed by')", () => {
    assert.deepEqual(owners("Vantor Labs, backed by Google, raised $100 million in its first round.", "en"), [
      ["Vantor Labs", "funding_round", 1e8],
    ]);
  });

  it("stays a fund's own when the fund closes a fund of its own", () => {
    assert.deepEqual(owners("Andreessen Horowitz closed a $7 billion fund for growth investments.", "en"), [
      ["Andreessen Horowitz", "funding_round", 7e9],
    ]);
  });

  it("never goes to an unnamed collective kept out of the round (EN, FR)", () => {
    assert.deepEqual(
      owners(
        "Nvidia took a stake in Poolside on Monday. Poolside was founded in 2023 in Paris. Its first $500 million round, closed in 2024, which valued it at $3 billion, drew no Big Tech money.",
        "en",
      ),
      [
        ["Poolside", "funding_round", 5e8],
        ["Poolside", "valuation", 3e9],
      ],
    );
    assert.deepEqual(
      owners(
        "Nvidia est entré au capital de Poolside lundi. Poolside a été fondée en 2023 à Paris. Sa première levée de 500 millions de dollars, bouclée en 2024, s'était faite sans les géants de la tech.",
        "fr",
      ),
      [["Poolside", "funding_round", 5e8]],
    );
  });
});
