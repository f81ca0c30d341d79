import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const parties = claimFields(["entity", "metric", "counterparty", "value"]);

describe("money a company received from another, named right after the amount", () => {
  it("is the giver's investment in the receiver", () => {
    assert.deepEqual(parties("Anthropic a reçu 4 milliards de dollars d'Amazon l'an dernier.", "fr"), [
      ["Amazon", "investment", "Anthropic", 4e9],
    ]);
    assert.deepEqual(parties("Intel a reçu 2 milliards de dollars de SoftBank.", "fr"), [
      ["SoftBank", "investment", "Intel", 2e9],
    ]);
    assert.deepEqual(parties("Intel received $2 billion from SoftBank.", "en"), [
      ["SoftBank", "investment", "Intel", 2e9],
    ]);
  });
});

describe("money a company will receive from another", () => {
  it("is the giver's investment in the receiver: 'is set to receive', 'will get', « touchera »", () => {
    assert.deepEqual(parties("Mistral AI is set to receive up to €1 billion from Nvidia.", "en"), [
      ["Nvidia", "investment", "Mistral AI", 1e9],
    ]);
    assert.deepEqual(parties("Anthropic will get $5 billion from Microsoft.", "en"), [
      ["Microsoft", "investment", "Anthropic", 5e9],
    ]);
    assert.deepEqual(parties("Anthropic touchera 5 milliards de dollars de Microsoft.", "fr"), [
      ["Microsoft", "investment", "Anthropic", 5e9],
    ]);
  });

  it("under a contract with a compute supplier, is the payer's commitment to the supplier", () => {
    assert.deepEqual(
      parties("CoreWeave will receive $14 billion from Meta under a six-year contract.", "en"),
      [["Meta", "compute_commitment", "CoreWeave", 14e9]],
    );
    assert.deepEqual(
      parties(
        "CoreWeave recevra 14 milliards de dollars de Meta dans le cadre d'un contrat de six ans.",
        "fr",
      ),
      [["Meta", "compute_commitment", "CoreWeave", 14e9]],
    );
  });
});

describe("money raised from banks", () => {
  it("is debt, even when the lenders are listed", () => {
    assert.deepEqual(
      parties("Oracle a levé 38 milliards de dollars auprès de banques, dont JPMorgan et MUFG.", "fr").map(
        (c) => c.slice(0, 2),
      ),
      [["Oracle", "debt_issuance"]],
    );
    assert.deepEqual(
      parties("Oracle raised $38 billion from banks including JPMorgan and MUFG.", "en").map((c) =>
        c.slice(0, 2),
      ),
      [["Oracle", "debt_issuance"]],
    );
  });
});

describe("money an unnamed receiver takes in from an investor", () => {
  const metricOf = (text: string, language: "fr" | "en") => parties(text, language).map((c) => c.slice(0, 2));

  it("stays the giver's investment, never the giver's own build-out", () => {
    assert.deepEqual(
      metricOf(
        "Nvidia mise sur un loueur de GPU\nCette société vient de recevoir une injection de 2 milliards de dollars de la part de Nvidia.",
        "fr",
      ),
      [["Nvidia", "investment"]],
    );
    assert.deepEqual(
      metricOf(
        "Microsoft parie sur un laboratoire\nLa jeune pousse devrait obtenir un investissement de 800 millions d'euros de la part de Microsoft.",
        "fr",
      ),
      [["Microsoft", "investment"]],
    );
    assert.deepEqual(
      metricOf(
        "Amazon backs a chip designer\nThe firm has just received a fresh injection of $900 million from Amazon.",
        "en",
      ),
      [["Amazon", "investment"]],
    );
  });
});

describe("money a company takes from another", () => {
  it("is the giver's investment, in a sentence or a title's capitals (en)", () => {
    assert.deepEqual(parties("Cohere took $500 million from Nvidia last year.", "en"), [
      ["Nvidia", "investment", "Cohere", 5e8],
    ]);
    assert.deepEqual(
      parties("Cohere Takes Up to $500 Million From Nvidia\n\nThe lab signed the deal on Monday.", "en").map(
        (c) => c.slice(1),
      ),
      [["investment", "Cohere", 5e8]],
    );
  });

  it("« a reçu … de » names the giver the same way (fr)", () => {
    assert.deepEqual(parties("Cohere a reçu 500 millions de dollars de Nvidia l'an dernier.", "fr"), [
      ["Nvidia", "investment", "Cohere", 5e8],
    ]);
  });
});

describe("money received from companies coordinated after the verb", () => {
  it("is the group's investment in the receiver (en, fr)", () => {
    assert.deepEqual(parties("Cohere received $500 million from Nvidia and Oracle.", "en"), [
      ["Nvidia+Oracle", "investment", "Cohere", 5e8],
    ]);
    assert.deepEqual(parties("Cohere a reçu 500 millions de dollars de Nvidia et d'Oracle.", "fr"), [
      ["Nvidia+Oracle", "investment", "Cohere", 5e8],
    ]);
  });
});

describe("an investment named with its investor after the amount", () => {
  it("« de la part de » names the investor, as 'from' does", () => {
    assert.deepEqual(
      parties("Nokia a annoncé un investissement de 1 milliard de dollars de la part de Nvidia.", "fr"),
      [["Nvidia", "investment", "Nokia", 1e9]],
    );
    assert.deepEqual(
      parties("Wayve a obtenu un investissement de 500 millions de dollars de la part d'Uber.", "fr"),
      [["Uber", "investment", "Wayve", 5e8]],
    );
    assert.deepEqual(parties("Nokia announced a $1 billion investment from Nvidia.", "en"), [
      ["Nvidia", "investment", "Nokia", 1e9],
    ]);
  });
});
