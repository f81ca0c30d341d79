import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

/** [entity, metric, low value] of every claim, in order. */
const read = claimFields(["entity", "metric", "value"], { published: "2025-10-30" });

describe("the amount a growth rate reaches", () => {
  it("is the level of what grew when it names no metric of its own", () => {
    assert.deepEqual(
      read("Chez Microsoft, la publicité a progressé de 9 % à 3,4 milliards de dollars.", "fr"),
      [
        ["Microsoft", "revenue_growth", 0.09],
        ["Microsoft", "revenue", 3.4e9],
      ],
    );
    assert.deepEqual(read("Amazon said advertising grew 21% to $17 billion in the quarter.", "en"), [
      ["Amazon", "revenue_growth", 0.21],
      ["Amazon", "revenue", 17e9],
    ]);
  });

  it("reads a rise written 'up by' as a growth", () => {
    assert.deepEqual(read("Amazon reported total sales of $160 billion, up by 11%.", "en"), [
      ["Amazon", "revenue", 160e9],
      ["Amazon", "revenue_growth", 0.11],
    ]);
  });
});
