import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const parties = claimFields(["entity", "metric", "counterparty", "value"]);

describe("a payment promised to a company that sells compute", () => {
  it("is the payer's compute commitment with the payee: 'will pay X $N', 'pay $N to X' (EN)", () => {
    assert.deepEqual(parties("OpenAI will pay Oracle $30 billion a year.", "en"), [
      ["OpenAI", "compute_commitment", "Oracle", 30e9],
    ]);
    assert.deepEqual(parties("Meta will pay Google more than $10 billion over six years.", "en"), [
      ["Meta", "compute_commitment", "Alphabet", 10e9],
    ]);
    assert.deepEqual(parties("Microsoft has agreed to pay Lambda $9 billion.", "en"), [
      ["Microsoft", "compute_commitment", "Lambda", 9e9],
    ]);
    assert.deepEqual(parties("Anthropic will pay $10 billion to Cerebras over three years.", "en"), [
      ["Anthropic", "compute_commitment", "Cerebras", 10e9],
    ]);
  });

  it("is the payer's compute commitment with the payee: « paiera … à X », « versera … par an à X » (FR)", () => {
    assert.deepEqual(parties("Microsoft paiera 17,4 milliards de dollars à Nebius.", "fr"), [
      ["Microsoft", "compute_commitment", "Nebius", 17.4e9],
    ]);
    assert.deepEqual(parties("xAI versera 2 milliards de dollars par an à CoreWeave.", "fr"), [
      ["xAI", "compute_commitment", "CoreWeave", 2e9],
    ]);
    assert.deepEqual(
      parties("Selon l'accord, OpenAI versera chaque année 2 milliards de dollars à Cerebras.", "fr"),
      [["OpenAI", "compute_commitment", "Cerebras", 2e9]],
    );
    assert.deepEqual(parties("Anthropic a accepté de payer 1 milliard de dollars par an à Google.", "fr"), [
      ["Anthropic", "compute_commitment", "Alphabet", 1e9],
    ]);
  });

  it("runs payer → payee when a chip maker pays a neocloud: the chain deals both ways there", () => {
    assert.deepEqual(parties("Nvidia will pay CoreWeave $6.3 billion for unused capacity.", "en"), [
      ["Nvidia", "compute_commitment", "CoreWeave", 6.3e9],
    ]);
  });
});

describe("a payment read from the payee's side", () => {
  it("is the payer's commitment with the payee: « touchera … par an de X », 'will receive … a year from X'", () => {
    assert.deepEqual(parties("Oracle touchera 30 milliards de dollars par an d'OpenAI.", "fr"), [
      ["OpenAI", "compute_commitment", "Oracle", 30e9],
    ]);
    assert.deepEqual(
      parties("Lambda percevra 1,5 milliard de dollars par an de la part de Microsoft.", "fr"),
      [["Microsoft", "compute_commitment", "Lambda", 1.5e9]],
    );
    assert.deepEqual(parties("CoreWeave will receive $4 billion a year from Meta.", "en"), [
      ["Meta", "compute_commitment", "CoreWeave", 4e9],
    ]);
    assert.deepEqual(parties("Oracle is set to receive about $30 billion a year from OpenAI.", "en"), [
      ["OpenAI", "compute_commitment", "Oracle", 30e9],
    ]);
  });
});

describe("a payment to a model developer buys no compute of it", () => {
  it("is the payer's investment, whoever pays: 'will pay X $N' (EN)", () => {
    assert.deepEqual(parties("SoftBank will pay Anthropic $5 billion this week.", "en"), [
      ["SoftBank", "investment", "Anthropic", 5e9],
    ]);
    assert.deepEqual(parties("Nvidia will pay Mistral AI $2 billion.", "en"), [
      ["Nvidia", "investment", "Mistral AI", 2e9],
    ]);
    assert.deepEqual(parties("Amazon has agreed to pay Anthropic $4 billion.", "en"), [
      ["Amazon", "investment", "Anthropic", 4e9],
    ]);
  });

  it("is the payer's investment, whoever pays: « paiera … à X », « versera … par an à X » (FR)", () => {
    assert.deepEqual(parties("SoftBank paiera 2 milliards de dollars à Mistral AI.", "fr"), [
      ["SoftBank", "investment", "Mistral AI", 2e9],
    ]);
    assert.deepEqual(parties("Nvidia paiera 2 milliards de dollars à Mistral AI.", "fr"), [
      ["Nvidia", "investment", "Mistral AI", 2e9],
    ]);
    assert.deepEqual(parties("Broadcom versera 500 millions de dollars par an à Anthropic.", "fr"), [
      ["Broadcom", "investment", "Anthropic", 5e8],
    ]);
  });

  it("is the payer's investment read from the payee's side too", () => {
    assert.deepEqual(parties("Mistral AI touchera 500 millions d'euros par an de Nvidia.", "fr"), [
      ["Nvidia", "investment", "Mistral AI", 5e8],
    ]);
    assert.deepEqual(parties("Anthropic is set to receive about $2 billion a year from AMD.", "en"), [
      ["AMD", "investment", "Anthropic", 2e9],
    ]);
  });

  it("leaves money handed over once with no word of payment an investment", () => {
    assert.deepEqual(parties("Nvidia versera 10 milliards de dollars à OpenAI.", "fr"), [
      ["Nvidia", "investment", "OpenAI", 10e9],
    ]);
    assert.deepEqual(parties("Anthropic will receive $4 billion from Amazon.", "en"), [
      ["Amazon", "investment", "Anthropic", 4e9],
    ]);
    assert.deepEqual(parties("Mistral AI recevra 1 milliard d'euros de Nvidia.", "fr"), [
      ["Nvidia", "investment", "Mistral AI", 1e9],
    ]);
  });
});

describe("a payment to a company that sells no compute", () => {
  it("is no compute claim: a fund paid (EN, FR)", () => {
    assert.deepEqual(parties("Microsoft will pay Blue Owl $3 billion a year.", "en"), []);
    assert.deepEqual(parties("Microsoft versera 3 milliards de dollars par an à Blue Owl.", "fr"), []);
  });

  it("is a compute commitment when its sentence says it buys compute, whoever the payee (EN, FR)", () => {
    assert.deepEqual(
      parties("Mistral AI will pay Blue Origin $2 billion a year for computing capacity.", "en"),
      [["Mistral AI", "compute_commitment", "Blue Origin", 2e9]],
    );
    assert.deepEqual(
      parties(
        "Mistral AI versera 2 milliards d'euros par an à Blue Origin pour de la puissance de calcul.",
        "fr",
      ),
      [["Mistral AI", "compute_commitment", "Blue Origin", 2e9]],
    );
  });

  it("counts a payment each month in the currency, as the month's amount (EN, FR)", () => {
    assert.deepEqual(parties("Mistral AI has agreed to pay Oracle about $300 million a month.", "en"), [
      ["Mistral AI", "compute_commitment", "Oracle", 3e8],
    ]);
    assert.deepEqual(parties("Mistral AI paiera 300 millions de dollars par mois à Oracle.", "fr"), [
      ["Mistral AI", "compute_commitment", "Oracle", 3e8],
    ]);
  });

  it("near miss: a subscription's price a month is no payment for compute", () => {
    assert.deepEqual(
      parties("Mistral AI's assistant costs $20 a month.", "en").filter((p) => p[1] === "compute_commitment"),
      [],
    );
  });
});
