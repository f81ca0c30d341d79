import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const read = claimFields(["metric", "value"]);

describe("a figure an increase is measured from", () => {
  it("measures what the figure before it measures", () => {
    assert.deepEqual(
      read(
        "AI startup Nimbra had reached $35 million in annualized revenue at the end of March, a significant increase from $13 million at the close of 2024.",
        "en",
      ),
      [
        ["revenue_run_rate", 35e6],
        ["revenue_run_rate", 13e6],
      ],
    );
    assert.deepEqual(
      read(
        "AI startup Nimbra's run-rate revenue hit $80 million in May, a steep rise from $20 million a year earlier.",
        "en",
      ),
      [
        ["revenue_run_rate", 80e6],
        ["revenue_run_rate", 20e6],
      ],
    );
  });

  it("keeps a round's size apart from the value the round set", () => {
    assert.deepEqual(
      read(
        "In October, AI startup Nimbra raised $6.6 billion in a round valuing the company at $157 billion.",
        "en",
      ),
      [
        ["funding_round", 6.6e9],
        ["valuation", 157e9],
      ],
    );
  });
});
