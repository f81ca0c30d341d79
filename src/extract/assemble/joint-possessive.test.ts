import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extract } from "../../../test/support/claims.js";

/** Each claim as "entity metric value". */
const owners = (text: string) =>
  extract(text, "en").map((c) => `${c.entity} ${c.metric} ${c.value.low ?? c.value.high}`);

describe("a possessive closing a list of companies", () => {
  it("owns a combined noun for the list together", () => {
    assert.deepEqual(
      owners("Oracle, CoreWeave and Nebius's combined capex will exceed $120 billion next year."),
      ["Oracle+CoreWeave+Nebius capex 120000000000"],
    );
  });

  it("owns the noun for the list when the list opens the sentence", () => {
    assert.deepEqual(owners("Nvidia and AMD's $41 billion in combined data-center sales beat forecasts."), [
      "Nvidia+AMD revenue 41000000000",
    ]);
  });

  it("leaves a first name that is an earlier verb's object to itself (near-miss)", () => {
    assert.deepEqual(owners("Nvidia backs Mistral AI and Anthropic's revenue tripled to $7 billion."), [
      "Anthropic revenue 7000000000",
    ]);
  });
});
