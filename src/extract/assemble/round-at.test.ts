import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const read = claimFields(["metric", "value"], { where: (c) => c.unit === "USD" });

describe("a round raised at a figure", () => {
  it("gives the value the company was raised at", () => {
    assert.deepEqual(read("AI startup Nimbra's spring raise at $9 billion drew new backers.", "en"), [
      ["valuation", 9e9],
    ]);
    assert.deepEqual(read("Nimbra closed a Series C round at about $4 billion last week.", "en"), [
      ["valuation", 4e9],
    ]);
    assert.deepEqual(read("AI startup Nimbra raised $600 million at $7 billion, its chief said.", "en"), [
      ["funding_round", 6e8],
      ["valuation", 7e9],
    ]);
    assert.deepEqual(
      read("AI startup Korvel is raising at $12 billion, six months after its seed round.", "en"),
      [["valuation", 12e9]],
    );
  });

  it("leaves the money raised, a floor and a round's size as the round", () => {
    assert.deepEqual(read("AI startup Nimbra raised at least $2 billion in its round.", "en"), [
      ["funding_round", 2e9],
    ]);
    assert.deepEqual(read("AI startup Nimbra closed a round of $500 million in March.", "en"), [
      ["funding_round", 5e8],
    ]);
  });

  it("reads a round whose series is written with a hyphen", () => {
    assert.deepEqual(
      read("AI startup Nimbra has inked a $300 million series-D, lifting its valuation to $5 billion.", "en"),
      [
        ["funding_round", 3e8],
        ["valuation", 5e9],
      ],
    );
  });
});
