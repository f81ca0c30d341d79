import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

describe("counterparty: the company named after a list of figures is every figure's object", () => {
  it("'respectively in X' after two amounts (EN)", () => {
    const claims = extract(
      "Amazon and Alphabet will invest up to $4 billion and $2 billion respectively in Anthropic.",
      "en",
    );
    assert.equal(claimAt(claims, 4e9).counterparty, "Anthropic");
    assert.equal(claimAt(claims, 2e9).counterparty, "Anthropic");
  });

  it("« respectivement … dans X » after two amounts (FR)", () => {
    const claims = extract(
      "Nvidia et SoftBank investiront respectivement 2 et 6 milliards de dollars dans xAI.",
      "fr",
    );
    assert.equal(claimAt(claims, 2e9).counterparty, "xAI");
    assert.equal(claimAt(claims, 6e9).counterparty, "xAI");
  });
});

describe("counterparty: 'respectively' set off by commas before the shared object", () => {
  it("', respectively, into X' (EN)", () => {
    const claims = extract(
      "Nvidia and SoftBank will put $2 billion and $5 billion, respectively, into xAI.",
      "en",
    );
    assert.equal(claimAt(claims, 2e9).counterparty, "xAI");
    assert.equal(claimAt(claims, 5e9).counterparty, "xAI");
  });
});
