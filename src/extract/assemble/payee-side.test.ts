import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const parties = claimFields(["entity", "metric", "counterparty", "value"]);

describe("a payment read from the payee's side", () => {
  it("is the payer's commitment with the payee: « touchera … par an de X », 'will receive … a year from X'", () => {
    assert.deepEqual(parties("Oracle touchera 30 milliards de dollars par an d'OpenAI.", "fr"), [
      ["OpenAI", "compute_commitment", "Oracle", 30e9],
    ]);
    assert.deepEqual(parties("CoreWeave will receive $4 billion a year from Meta.", "en"), [
      ["Meta", "compute_commitment", "CoreWeave", 4e9],
    ]);
  });

  it("keeps a sum received once, with no word of payment, the giver's investment", () => {
    assert.deepEqual(parties("Mistral AI recevra 1 milliard d'euros de Nvidia.", "fr"), [
      ["Nvidia", "investment", "Mistral AI", 1e9],
    ]);
  });

  it("leaves money paid to a model developer the payer's investment", () => {
    assert.deepEqual(parties("SoftBank will pay Anthropic $5 billion this week.", "en"), [
      ["SoftBank", "investment", "Anthropic", 5e9],
    ]);
    assert.deepEqual(parties("SoftBank paiera 2 milliards de dollars à Mistral AI.", "fr"), [
      ["SoftBank", "investment", "Mistral AI", 2e9],
    ]);
  });
});
