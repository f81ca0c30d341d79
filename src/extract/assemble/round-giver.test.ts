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

describe("money taken from companies named with a bare « d' », « de » or before the amount", () => {
  it("is the givers' investment: « a obtenu … d'X », « a reçu … de X et de Y » (FR)", () => {
    assert.deepEqual(parties("Anthropic a obtenu 4 milliards de dollars d'Amazon.", "fr"), [
      ["Amazon", "investment", "Anthropic", 4e9],
    ]);
    assert.deepEqual(parties("xAI a obtenu 2 milliards de dollars de Nvidia et de Cisco.", "fr"), [
      ["Nvidia+Cisco", "investment", "xAI", 2e9],
    ]);
  });

  it("is the givers' investment when the giver comes first: « a obtenu d'X … », 'obtained from X …'", () => {
    assert.deepEqual(parties("Anthropic a obtenu d'Amazon 4 milliards de dollars.", "fr"), [
      ["Amazon", "investment", "Anthropic", 4e9],
    ]);
    assert.deepEqual(parties("Poolside secured from Nvidia about $1 billion.", "en"), [
      ["Nvidia", "investment", "Poolside", 1e9],
    ]);
  });
});

describe("money raised in a round from named companies", () => {
  it("stays the raiser's round: 'raised … from X' (EN), « a levé … auprès de X » (FR)", () => {
    assert.deepEqual(
      parties("Mistral AI raised 1.3 billion euros from ASML.", "en").map((c) => c.slice(0, 2)),
      [["Mistral AI", "funding_round"]],
    );
    assert.deepEqual(
      parties("Poolside a levé 1 milliard de dollars auprès de Nvidia.", "fr").map((c) => c.slice(0, 2)),
      [["Poolside", "funding_round"]],
    );
  });
});
