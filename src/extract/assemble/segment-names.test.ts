import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";
import { isSegmentName } from "./segment-names.js";

/** [entity, metric, low value, item] of every claim, in order. */
const read = claimFields(["entity", "metric", "value"], { published: "2025-10-30" });

describe("a business segment written with capitals is no company", () => {
  it("is framed by a segment noun before or after it, or glossed as a product line", () => {
    assert.equal(isSegmentName("Home Computing", "la branche Home Computing a progressé"), true);
    assert.equal(isSegmentName("Smart Devices", "the Smart Devices segment grew"), true);
    assert.equal(isSegmentName("Cloud Platform", "Cloud Platform (PaaS) revenue rose 20%"), true);
    // a ticker in capitals is a listed company's, not a product line's gloss
    assert.equal(isSegmentName("Nebula Computing", "Nebula Computing (NBLC) revenue rose 20%"), false);
    assert.equal(isSegmentName("Nebula Computing", "la start-up Nebula Computing a levé"), false);
  });

  it("leaves the figures of the segment to the company that reports it", () => {
    assert.deepEqual(
      read(
        "Microsoft a publié un chiffre d'affaires de 70 milliards de dollars. La branche Home Computing a progressé de 6 % à 12,5 milliards.",
        "fr",
      ),
      [
        ["Microsoft", "revenue", 70e9],
        ["Microsoft", "revenue_growth", 0.06],
        ["Microsoft", "revenue", 12.5e9],
      ],
    );
    assert.deepEqual(
      read(
        "Oracle reported total revenues of $15 billion. Cloud Platform (PaaS) revenue surged 52% to $3.2 billion.",
        "en",
      ),
      [
        ["Oracle", "revenue", 15e9],
        ["Oracle", "revenue_growth", 0.52],
        ["Oracle", "revenue", 3.2e9],
      ],
    );
  });
});
