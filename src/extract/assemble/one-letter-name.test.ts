import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const claims = claimFields(["entity", "metric", "value"], { published: "2025-06-02" });

describe("a one-letter company name", () => {
  it("is read on its own, valued in a merger (en, fr)", () => {
    const en = "The merger valued xAI at $70 billion and X at $30 billion, people said.";
    assert.deepEqual(
      claims(en, "en").filter(([, m]) => m === "valuation"),
      [
        ["xAI", "valuation", 70e9],
        ["X", "valuation", 30e9],
      ],
    );
    const fr =
      "xAI atteint une valorisation de 70 milliards de dollars. X, de son côté, a été valorisée à 30 milliards.";
    assert.deepEqual(
      claims(fr, "fr").filter(([, m]) => m === "valuation"),
      [
        ["xAI", "valuation", 70e9],
        ["X", "valuation", 30e9],
      ],
    );
  });

  it("is no prefix of a compound name (en)", () => {
    const text = "Amazon backed X-energy with a goal of 4 gigawatts of reactors by 2039.";
    assert.ok(claims(text, "en").every(([entity]) => entity !== "X"));
  });
});
