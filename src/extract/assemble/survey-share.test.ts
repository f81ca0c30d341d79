import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimValues } from "../../../test/support/claims.js";

const values = claimValues("2025-11-15");

describe("a share of people polled or counted (CLAIMS.md §8)", () => {
  it("is no claim when the sentence names no company, even after a company's figure", () => {
    assert.deepEqual(
      values(
        "Amazon will invest $50 billion in AI infrastructure. About 45% of Americans say they use AI tools at work.",
        "en",
      ),
      [50e9],
    );
    assert.deepEqual(
      values(
        "Nvidia reported revenue of $57 billion. Some 70% of surveyed fund managers think AI stocks are in a bubble.",
        "en",
      ),
      [57e9],
    );
    assert.deepEqual(
      values(
        "Mistral AI a levé 1,7 milliard d'euros. Près de 40 % des salariés français utilisent l'IA générative au travail.",
        "fr",
      ),
      [1.7e9],
    );
  });

  it("stays a claim when the sentence names the company whose products are used", () => {
    assert.deepEqual(values("About 30% of American adults use ChatGPT every week.", "en"), [0.3]);
    assert.deepEqual(values("Environ 30 % des Français utilisent ChatGPT chaque semaine.", "fr"), [0.3]);
  });
});
