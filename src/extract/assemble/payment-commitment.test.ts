import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const parties = claimFields(["entity", "metric", "counterparty", "value"]);

describe("a payment promised to a named company", () => {
  it("is the payer's compute commitment with the payee: 'will pay X $N' (EN)", () => {
    assert.deepEqual(parties("OpenAI will pay Oracle $30 billion a year.", "en"), [
      ["OpenAI", "compute_commitment", "Oracle", 30e9],
    ]);
    assert.deepEqual(parties("Meta will pay Google more than $10 billion over six years.", "en"), [
      ["Meta", "compute_commitment", "Alphabet", 10e9],
    ]);
  });

  it("is the payer's compute commitment with the payee: « paiera … à X », « versera … par an à X » (FR)", () => {
    assert.deepEqual(parties("Microsoft paiera 17,4 milliards de dollars à Nebius.", "fr"), [
      ["Microsoft", "compute_commitment", "Nebius", 17.4e9],
    ]);
    assert.deepEqual(parties("xAI versera 2 milliards de dollars par an à CoreWeave.", "fr"), [
      ["xAI", "compute_commitment", "CoreWeave", 2e9],
    ]);
  });

  it("leaves money handed over once with no word of payment an investment", () => {
    assert.deepEqual(parties("Nvidia versera 10 milliards de dollars à OpenAI.", "fr"), [
      ["Nvidia", "investment", "OpenAI", 10e9],
    ]);
    assert.deepEqual(parties("Anthropic will receive $4 billion from Amazon.", "en"), [
      ["Amazon", "investment", "Anthropic", 4e9],
    ]);
  });
});
