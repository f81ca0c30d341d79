import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ownerMetricValue } from "../../../test/support/claims.js";

describe("a currency written once after coordinated amounts", () => {
  it("is the currency of each amount before it", () => {
    assert.deepEqual(
      ownerMetricValue(
        "xAI et Mistral AI ont levé respectivement 10 milliards et 600 millions de dollars.",
        "fr",
      ),
      [
        ["xAI", "funding_round", 10e9],
        ["Mistral AI", "funding_round", 600e6],
      ],
    );
    assert.deepEqual(
      ownerMetricValue("Blackstone and KKR raised 5 billion and 3 billion euros respectively.", "en"),
      [
        ["Blackstone", "funding_round", 5e9],
        ["KKR", "funding_round", 3e9],
      ],
    );
  });

  it("lets the word before the first amount name what each of them measures", () => {
    assert.deepEqual(
      ownerMetricValue(
        "Amazon et Alphabet investiront respectivement 4 milliards et 2 milliards de dollars dans Anthropic, qui s'est engagée à dépenser 20 milliards de dollars en services cloud.",
        "fr",
      ).slice(0, 2),
      [
        ["Amazon", "investment", 4e9],
        ["Alphabet", "investment", 2e9],
      ],
    );
    assert.deepEqual(
      ownerMetricValue(
        "Amazon and Alphabet will invest up to 4 billion and 2 billion dollars respectively in Anthropic, which has committed to spend $20 billion on cloud services.",
        "en",
      ).slice(0, 2),
      [
        ["Amazon", "investment", 4e9],
        ["Alphabet", "investment", 2e9],
      ],
    );
  });
});
