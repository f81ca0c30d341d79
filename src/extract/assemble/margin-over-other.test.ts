import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimValues, skippedReasons } from "../../../test/support/claims.js";

const values = claimValues("2026-01-20");
const skipped = skippedReasons("2026-01-20");

describe("a margin over another figure is no value of its own (CLAIMS.md §8)", () => {
  it("« N de plus que X » and “N more than X” after a forecast are set aside", () => {
    const fr =
      "Mistral AI vise 40 milliards d'euros de chiffre d'affaires en 2030, soit 6 milliards de plus qu'Aleph Alpha.";
    assert.deepEqual(values(fr, "fr"), [40e9]);
    assert.ok(skipped(fr, "fr").some((m) => m.includes("margin")));
    const en = "Mistral AI targets revenue of $40 billion in 2030, some $6 billion more than Cohere.";
    assert.deepEqual(values(en, "en"), [40e9]);
  });

  it("near miss: an amount added on (« de plus », “more”) with no comparison stays a claim", () => {
    const fr = "Mistral AI a levé 2 milliards d'euros en mars, puis 1 milliard de plus en juin.";
    assert.deepEqual(values(fr, "fr"), [2e9, 1e9]);
  });

  it("near miss: a growth in percent compared with a year before stays a claim", () => {
    const en = "Mistral AI's revenue rose 30% more than last year, to $2 billion.";
    assert.ok(values(en, "en").includes(2e9));
  });
});
