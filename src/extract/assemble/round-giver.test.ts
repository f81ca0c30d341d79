import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const parties = claimFields(["entity", "metric", "counterparty", "value"]);

describe("money a company takes from named companies, with no word of a round", () => {
  it("is the givers' investment in it: 'secured … from X' (EN)", () => {
    assert.deepEqual(parties("Anthropic secured $4 billion from Amazon.", "en"), [
      ["Amazon", "investment", "Anthropic", 4e9],
    ]);
    assert.deepEqual(parties("Reflection AI got $2 billion in fresh capital from Nvidia.", "en"), [
      ["Nvidia", "investment", "Reflection AI", 2e9],
    ]);
  });

  it("is the givers' investment in it: « a obtenu … auprès de X » (FR)", () => {
    assert.deepEqual(parties("Mistral AI a obtenu 1,3 milliard d'euros auprès d'ASML.", "fr"), [
      ["ASML", "investment", "Mistral AI", 1.3e9],
    ]);
  });
});

describe("a round names no counterparty", () => {
  it("'raised … from X' stays the raiser's round (EN)", () => {
    assert.deepEqual(parties("Mistral AI raised 1.3 billion euros from ASML.", "en"), [
      ["Mistral AI", "funding_round", null, 1.3e9],
    ]);
  });

  it("'raised … from investors led by X': the leader is no counterparty (EN)", () => {
    assert.deepEqual(parties("Cohere raised $500 million from investors led by Nvidia.", "en"), [
      ["Cohere", "funding_round", null, 5e8],
    ]);
  });

  it("« a levé … auprès de X » stays the raiser's round (FR)", () => {
    assert.deepEqual(parties("Poolside a levé 1 milliard de dollars auprès de Nvidia.", "fr"), [
      ["Poolside", "funding_round", null, 1e9],
    ]);
  });
});
