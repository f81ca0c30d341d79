import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

/** [entity, metric, low value] of every claim, in order. */
const read = claimFields(["entity", "metric", "value"], { published: "2026-02-02" });

describe("a rate compared with a base amount measures the amount before it", () => {
  it("is capital spending's growth when that amount is capital spending", () => {
    assert.deepEqual(
      read(
        "Pour 2026, Meta vise un budget d'investissement de 90 milliards de dollars. Il s'agit d'une hausse de 40 % par rapport aux 64 milliards investis en 2025.",
        "fr",
      ),
      [
        ["Meta", "capex", 90e9],
        ["Meta", "capex_growth", 0.4],
        ["Meta", "capex", 64e9],
      ],
    );
    assert.deepEqual(
      read(
        "Amazon plans capital expenditures of $90 billion in 2026. That is an increase of 40% from the $64 billion it spent in 2025.",
        "en",
      ),
      [
        ["Amazon", "capex", 90e9],
        ["Amazon", "capex_growth", 0.4],
        ["Amazon", "capex", 64e9],
      ],
    );
  });

  it("stays the growth of sales when the amount before it is revenue", () => {
    assert.deepEqual(
      read(
        "Meta a réalisé un chiffre d'affaires de 50 milliards de dollars. C'est une hausse de 20 % par rapport aux 41 milliards de 2024.",
        "fr",
      ).map(([, metric]) => metric),
      ["revenue", "revenue_growth", "revenue"],
    );
  });
});
