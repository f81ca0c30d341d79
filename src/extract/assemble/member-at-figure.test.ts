import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extract } from "../../../test/support/claims.js";

/** Each claim as "entity→counterparty value", in the text's order. */
const owners = (text: string, language: "fr" | "en") =>
  extract(text, language).map((c) => `${c.entity}→${c.counterparty} ${c.value.low ?? c.value.high}`);

describe("a company set 'at' its figure in a 'with' clause after a total", () => {
  it("owns its share, the total staying the group's (en)", () => {
    const text =
      "Oracle, CoreWeave and Nebius expect to spend $90 billion in 2026, with Oracle at $55 billion and CoreWeave at $25 billion.";
    assert.deepEqual(owners(text, "en"), [
      "Oracle+CoreWeave+Nebius→null 90000000000",
      "Oracle→null 55000000000",
      "CoreWeave→null 25000000000",
    ]);
  });

  it("owns its share with « avec … à », the currency written on the total only (fr)", () => {
    const text =
      "Oracle, CoreWeave et Nebius prévoient de dépenser 90 milliards de dollars en 2026, avec Oracle à 55 milliards.";
    assert.deepEqual(owners(text, "fr"), [
      "Oracle+CoreWeave+Nebius→null 90000000000",
      "Oracle→null 55000000000",
    ]);
  });

  it("leaves a 'with' clause that sets no figure (near-miss)", () => {
    const text = "CoreWeave raised $3 billion, with Nvidia at the head of the round.";
    assert.deepEqual(owners(text, "en"), ["CoreWeave→null 3000000000"]);
  });
});
