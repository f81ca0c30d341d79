import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extract } from "../../../test/support/claims.js";

/** Each claim as "entity→counterparty value", in the text's order. */
const owners = (text: string, language: "fr" | "en") =>
  extract(text, language).map((c) => `${c.entity}→${c.counterparty} ${c.value.low ?? c.value.high}`);

describe("a company set beside the subject for comparison, between commas", () => {
  it("is no counterparty of the subject's figure (en, fr)", () => {
    assert.deepEqual(owners("Oracle, like Nebius, plans to invest $40 billion next year.", "en"), [
      "Oracle→null 40000000000",
    ]);
    assert.deepEqual(
      owners("Oracle, comme Nebius, prévoit d'investir 40 milliards de dollars l'an prochain.", "fr"),
      ["Oracle→null 40000000000"],
    );
  });

  it("leaves the figure's own counterparty and 'like' without commas (near-miss)", () => {
    assert.deepEqual(owners("Nvidia, comme AMD, investira 2 milliards de dollars dans Nscale.", "fr"), [
      "Nvidia→Nscale 2000000000",
    ]);
    assert.deepEqual(
      owners("Oracle signed deals with customers like Nebius worth $7 billion.", "en").length,
      1,
    );
  });
});
