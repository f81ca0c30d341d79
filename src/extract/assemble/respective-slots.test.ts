import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const owners = claimFields(["entity", "value", "unit"]);

describe("figures shared out by 'respectively' with a currency restated in brackets", () => {
  it("count a bracketed restatement in its figure's share", () => {
    assert.deepEqual(
      owners(
        "Mistral AI and Cohere said they had raised $1.8 billion (€1.6 billion) and $900 million respectively in their latest rounds.",
        "en",
      ),
      [
        ["Mistral AI", 1.8e9, "USD"],
        ["Mistral AI", 1.6e9, "EUR"],
        ["Cohere", 9e8, "USD"],
      ],
    );
    assert.deepEqual(
      owners(
        "Mistral AI et Cohere ont levé respectivement 1,8 milliard de dollars (1,6 milliard d'euros) et 900 millions de dollars lors de leurs derniers tours.",
        "fr",
      ),
      [
        ["Mistral AI", 1.8e9, "USD"],
        ["Mistral AI", 1.6e9, "EUR"],
        ["Cohere", 9e8, "USD"],
      ],
    );
  });

  it("keep a figure after a comma as a share of its own", () => {
    assert.deepEqual(
      owners(
        "Mistral AI, Cohere and Anthropic raised $1.8 billion, €1.6 billion and $900 million respectively.",
        "en",
      ),
      [
        ["Mistral AI", 1.8e9, "USD"],
        ["Cohere", 1.6e9, "EUR"],
        ["Anthropic", 9e8, "USD"],
      ],
    );
  });

  it("share nothing when a bracketed figure in the same currency leaves more figures than companies", () => {
    const claims = owners(
      "Mistral AI and Cohere raised $1.8 billion ($1.2 billion a year earlier) and $900 million respectively.",
      "en",
    );
    assert.ok(claims.every(([entity]) => entity !== "Cohere"));
  });
});
