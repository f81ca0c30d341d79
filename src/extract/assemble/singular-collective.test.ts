import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

/** [entity, metric, low value] of every claim, in order. */
const read = claimFields(["entity", "metric", "value"], { published: "2025-11-04" });

describe("a collective's noun in the singular names one company", () => {
  it("stands for the latest company of that kind named before it", () => {
    assert.deepEqual(
      read(
        "Amazon reported its results on Thursday. The hyperscaler's 19% cloud revenue growth beat estimates.",
        "en",
      ),
      [["Amazon", "revenue_growth", 0.19]],
    );
    assert.deepEqual(
      read(
        "Alphabet raised its outlook. When a hyperscaler tells the market it is spending $150 billion in a year, investors listen.",
        "en",
      ).map(([entity]) => entity),
      ["Alphabet"],
    );
  });

  it("keeps the collective in the plural and as a modifier", () => {
    assert.deepEqual(read("The hyperscalers will spend $500 billion on capex in 2026.", "en"), [
      ["hyperscalers", "capex", 500e9],
    ]);
  });
});
