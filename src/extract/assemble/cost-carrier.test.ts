import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const read = claimFields(["entity", "metric", "value"], { published: "2025-10-02" });

describe("the company a project's amount is carried by", () => {
  it("spends the amount (fr)", () => {
    assert.deepEqual(
      read(
        "Nvidia domine l'actualité, mais le campus à 6 milliards d'euros porté par Amazon reste le plus grand.",
        "fr",
      ),
      [["Amazon", "capex", 6e9]],
    );
  });

  it("spends the amount (en)", () => {
    assert.deepEqual(
      read("Nvidia led the news, but the €6bn campus developed by Amazon remains the largest.", "en"),
      [["Amazon", "capex", 6e9]],
    );
  });

  it("is no owner when a preposition puts the amount into a site the builder builds", () => {
    assert.deepEqual(
      read("Nvidia investira 6 milliards d'euros dans un campus construit par Amazon.", "fr")[0]?.[0],
      "Nvidia",
    );
    assert.deepEqual(read("Nvidia will invest €6bn in a campus built by Amazon.", "en")[0]?.[0], "Nvidia");
  });
});
