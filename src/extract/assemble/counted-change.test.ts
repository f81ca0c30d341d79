import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const counts = claimFields(["entity", "metric", "unit", "low"]);

describe("a count of users that changes from one figure to another", () => {
  it("counts both ends in the subject's unit (FR)", () => {
    const text = "Le nombre d'abonnés payants de Perplexity a bondi, passant de 2 à 5 millions en un an.";
    assert.deepEqual(counts(text, "fr"), [
      ["Perplexity", "paying_subscribers", "subscribers", 2e6],
      ["Perplexity", "paying_subscribers", "subscribers", 5e6],
    ]);
  });

  it("counts both ends in the subject's unit (EN)", () => {
    const text = "Gemini's monthly users grew from 350 million to 650 million this year.";
    assert.deepEqual(counts(text, "en"), [
      ["Alphabet", "monthly_active_users", "users", 350e6],
      ["Alphabet", "monthly_active_users", "users", 650e6],
    ]);
  });
});
