import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const read = claimFields(["entity", "metric", "counterparty", "value"]);

describe("an investment whose sentence names no investee", () => {
  it("goes where the same investor's latest investment went", () => {
    assert.deepEqual(
      read(
        "Selon la presse, Amazon envisage d'investir 1 milliard de dollars supplémentaire dans la société Cohere. Amazon porterait ainsi son engagement financier global à 3 milliards de dollars.",
        "fr",
      ),
      [
        ["Amazon", "investment", "Cohere", 1e9],
        ["Amazon", "investment", "Cohere", 3e9],
      ],
    );
    assert.deepEqual(
      read(
        "Nvidia plans to invest a further $1 billion in Cohere, people familiar with the matter said. Nvidia would thus bring its total financial commitment to $3 billion.",
        "en",
      ),
      [
        ["Nvidia", "investment", "Cohere", 1e9],
        ["Nvidia", "investment", "Cohere", 3e9],
      ],
    );
  });

  it("stays the spender's own capital expenditure when no earlier investment names an investee", () => {
    assert.deepEqual(read("Nvidia would thus bring its total financial commitment to $3 billion.", "en"), [
      ["Nvidia", "capex", null, 3e9],
    ]);
  });
});

describe("an investment whose sentence speaks of the investment already set out", () => {
  it("goes where that investment went, tranche by tranche (EN)", () => {
    assert.deepEqual(
      read(
        "Title\n\nTemasek agreed to invest $12 billion in Mistral AI in May. The investment was paid in tranches, starting with $5 billion wired in June.",
        "en",
      ),
      [
        ["Temasek", "investment", "Mistral AI", 12e9],
        ["Temasek", "investment", "Mistral AI", 5e9],
      ],
    );
  });

  it("goes where that investment went, tranche by tranche (FR)", () => {
    assert.deepEqual(
      read(
        "Titre\n\nTemasek a accepté d'investir 12 milliards de dollars dans Mistral AI en mai. L'investissement a été versé en plusieurs fois, dont 5 milliards de dollars en juin.",
        "fr",
      ),
      [
        ["Temasek", "investment", "Mistral AI", 12e9],
        ["Temasek", "investment", "Mistral AI", 5e9],
      ],
    );
  });
});

describe("an investment whose investee would be the article's subject", () => {
  it("goes where the subject has just invested, the subject being a co-investor (EN)", () => {
    const claims = read(
      "Amazon and Alphabet back Cohere\n\nAmazon and Alphabet have agreed to invest up to $9 billion in Cohere. Alphabet will invest up to $6 billion and Amazon up to $3 billion, people familiar with the matter say.",
      "en",
    );
    assert.deepEqual(
      claims.filter((c) => c[3] === 6e9 || c[3] === 3e9),
      [
        ["Alphabet", "investment", "Cohere", 6e9],
        ["Amazon", "investment", "Cohere", 3e9],
      ],
    );
  });

  it("goes where the subject has just invested, the subject being a co-investor (FR)", () => {
    const claims = read(
      "Amazon et Alphabet misent sur Cohere\n\nAmazon a promis d'investir jusqu'à 4 milliards de dollars dans Cohere. Alphabet investira jusqu'à 6 milliards de dollars, selon des sources proches du dossier.",
      "fr",
    );
    assert.deepEqual(
      claims.filter((c) => c[3] === 6e9),
      [["Alphabet", "investment", "Cohere", 6e9]],
    );
  });
});

describe("an investment taken up by a definite article, paid in tranches", () => {
  it("goes where the investment just read went, for every tranche (en)", () => {
    const claims = read(
      "Amazon has completed its $8 billion investment in Anthropic. The investment was paid in several tranches, starting with $4 billion in March, followed by a further $2.5 billion and a final $1.5 billion in June.",
      "en",
    );
    for (const value of [4e9, 2.5e9, 1.5e9])
      assert.deepEqual(
        claims.find((c) => c[3] === value),
        ["Amazon", "investment", "Anthropic", value],
      );
  });

  it("goes where the investment just read went (fr)", () => {
    const claims = read(
      "Microsoft a finalisé son investissement de 10 milliards de dollars dans Mistral AI. Cet investissement a été versé en deux fois, dont 6 milliards de dollars dès la signature.",
      "fr",
    );
    assert.deepEqual(
      claims.find((c) => c[3] === 6e9),
      ["Microsoft", "investment", "Mistral AI", 6e9],
    );
  });
});
