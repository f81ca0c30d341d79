import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const owners = claimFields(["entity", "metric", "value"], { published: "2025-10-10" });

describe("a market sized in a relative clause after it", () => {
  it("owns the figure whatever company the main clause names", () => {
    assert.deepEqual(
      owners(
        "The Lambda contract lands amid a surge in AI infrastructure spending, which consultants estimate will reach $5 trillion by 2030.",
      ),
      [["AI industry", "capex", 5000000000000]],
    );
  });
});

describe("hyperscale companies", () => {
  it("are the hyperscalers' collective", () => {
    assert.deepEqual(
      owners(
        "According to bank estimates, hyperscale companies plan to spend $380 billion on infrastructure next year.",
      ),
      [["hyperscalers", "capex", 380000000000]],
    );
  });
});
