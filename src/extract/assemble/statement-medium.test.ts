import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const owners = claimFields(["entity", "metric", "low"]);

describe("the platform a statement is made on", () => {
  it("owns nothing the statement says (EN)", () => {
    assert.deepEqual(
      owners(
        "On Monday, Arthur Mensch posted on X, formerly Twitter, that Mistral AI now runs its models on 18,000 GPUs.",
        "en",
      ),
      [["Mistral AI", "gpu_count", 18000]],
    );
    assert.deepEqual(
      owners("In a post on Instagram, the founder said Perplexity now serves 30 million weekly users.", "en"),
      [["Perplexity", "weekly_active_users", 3e7]],
    );
  });

  it("owns nothing the statement says (FR)", () => {
    assert.deepEqual(
      owners("Arthur Mensch a écrit sur X que Mistral AI exploite désormais 18 000 GPU.", "fr"),
      [["Mistral AI", "gpu_count", 18000]],
    );
  });

  it("stays a company when it is the one speaking or the one a call belongs to", () => {
    assert.deepEqual(owners("X said on Tuesday that its revenue reached $3 billion in 2024.", "en"), [
      ["X", "revenue", 3e9],
    ]);
    assert.deepEqual(
      owners(
        "Speaking on Nvidia's earnings call, the chipmaker said it shipped 90,000 GPUs to Nebius.",
        "en",
      ).map(([entity]) => entity),
      ["Nebius"],
    );
  });
});
