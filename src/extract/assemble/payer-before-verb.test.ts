import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const roles = claimFields(["entity", "counterparty", "metric", "value"]);

describe("the payer written right before a paying verb", () => {
  it("owns the payment a deal calls for, the payee after the verb being its supplier (en)", () => {
    assert.deepEqual(
      roles("The contract calls for Anthropic to pay Microsoft about $30 billion over six years."),
      [["Anthropic", "Microsoft", "compute_commitment", 30e9]],
    );
  });

  it("owns it when the deal is the sentence's subject and the verb an infinitive (en)", () => {
    assert.deepEqual(
      roles("The agreement requires Meta to pay CoreWeave $14 billion for GPU capacity through 2031."),
      [["Meta", "CoreWeave", "compute_commitment", 14e9]],
    );
  });

  it("owns it in a clause after « prévoit que » (fr)", () => {
    assert.deepEqual(
      roles("L'accord prévoit que Microsoft paiera à Nebius 17 milliards de dollars sur cinq ans.", "fr"),
      [["Microsoft", "Nebius", "compute_commitment", 17e9]],
    );
  });

  it("owns it with a modal before « verser » and the payee after the sum (fr)", () => {
    assert.deepEqual(
      roles("Selon le contrat, OpenAI devra verser 300 milliards de dollars à Oracle.", "fr"),
      [["OpenAI", "Oracle", "compute_commitment", 300e9]],
    );
  });

  it("is not the company paid in a passive (near miss)", () => {
    assert.deepEqual(
      roles("Oracle will be paid about $30 billion a year by OpenAI for cloud capacity.").map((c) => c[0]),
      ["OpenAI"],
    );
  });
});
