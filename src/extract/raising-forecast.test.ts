import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../test/support/claims.js";

describe("raising a forecast", () => {
  it("is no round: a figure before it keeps its own measure", () => {
    const c = claimAt(
      extract(
        "Nebius trimmed its capex plan to $2 billion (down from $2.6 billion in 2024), while raising its dividend expectations by 10%.",
        "en",
      ),
      2.6e9,
    );
    assert.equal(c.metric, "capex");
  });

  it("still names a round when money is raised", () => {
    const c = claimAt(
      extract("Harvey is raising $300 million in new funding, its chief executive said.", "en"),
      300e6,
    );
    assert.equal(c.metric, "funding_round");
  });
});
