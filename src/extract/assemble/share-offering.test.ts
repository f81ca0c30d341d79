import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const owners = claimFields(["entity", "metric", "value"]);

describe("an offering of shares sized by its amount is money raised", () => {
  it("reads the offering's size as the issuer's round, the anchor's slice as its investment (en)", () => {
    assert.deepEqual(
      owners("Nvidia is in talks to anchor $4 billion of Anthropic's $30 billion public offering.", "en"),
      [
        ["Nvidia", "investment", 4e9],
        ["Anthropic", "funding_round", 30e9],
      ],
    );
    assert.deepEqual(owners("Mistral AI priced a $2 billion share offering on Monday.", "en"), [
      ["Mistral AI", "funding_round", 2e9],
    ]);
  });

  it("reads an issue of shares as the issuer's round (fr)", () => {
    assert.deepEqual(
      owners("Mistral AI a lancé mardi une émission d'actions de 3 milliards d'euros.", "fr"),
      [["Mistral AI", "funding_round", 3e9]],
    );
    assert.deepEqual(
      owners("OpenAI prépare une offre d'actions nouvelles de 500 millions de dollars.", "fr"),
      [["OpenAI", "funding_round", 5e8]],
    );
  });
});
