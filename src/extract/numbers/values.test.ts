import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { closeAbove, hedgedValues } from "./values.js";

describe("values of a quantity", () => {
  it("a hedge keeps the end it bounds: a floor the low one, a ceiling the high one, a rounding both", () => {
    const notes: string[] = [];
    assert.deepEqual(hedgedValues({ value: 5 }, { bound: "at_least", text: "more than" }, notes), {
      bound: "at_least",
      low: 5,
      high: null,
    });
    assert.deepEqual(hedgedValues({ value: 5 }, { bound: "up_to", text: "jusqu'à" }, notes), {
      bound: "up_to",
      low: null,
      high: 5,
    });
    assert.deepEqual(hedgedValues({ value: 5 }, { bound: "approx", text: "environ" }, notes), {
      bound: "approx",
      low: 5,
      high: 5,
    });
    assert.deepEqual(hedgedValues({ value: 5 }, null, notes), { bound: "exact", low: 5, high: 5 });
    assert.equal(notes.length, 3);
  });

  it("ends in different scales make a range when the second is above the first and at most twice it", () => {
    assert.equal(closeAbove(9e8, 1.1e9), true);
    assert.equal(closeAbove(4e8, 1e9), false);
    assert.equal(closeAbove(1e9, 9e8), false);
  });
});
