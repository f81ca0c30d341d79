import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

const parties = (text: string, language: "fr" | "en", value: number) => {
  const c = claimAt(extract(text, language), value);
  return [c.entity, c.counterparty];
};

describe("a list of one company's deals", () => {
  it("keeps the list's owner on every item, each item's partner its counterparty (en)", () => {
    const text =
      "Amazon signed multi-year capacity contracts: $8 billion with Nebius, $4 billion with IREN, and more than $1 billion with Lambda.";
    assert.deepEqual(parties(text, "en", 4e9), ["Amazon", "IREN"]);
    assert.deepEqual(parties(text, "en", 1e9), ["Amazon", "Lambda"]);
  });

  it("keeps the list's owner on every item, each item's partner its counterparty (fr)", () => {
    const text =
      "Amazon a signé des contrats de capacité pluriannuels : 8 milliards de dollars avec Nebius, 4 milliards avec IREN et 1 milliard avec Lambda.";
    assert.deepEqual(parties(text, "fr", 4e9), ["Amazon", "IREN"]);
    assert.deepEqual(parties(text, "fr", 1e9), ["Amazon", "Lambda"]);
  });
});
