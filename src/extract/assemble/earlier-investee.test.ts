import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractClaims } from "../index.js";

/** [entity, metric, counterparty, low value] of every claim, in order. */
const read = (text: string, language: "fr" | "en") =>
  extractClaims({ text, language, published: "2025-11-10", document: "d.txt" }).claims.map((c) => [
    c.entity,
    c.metric,
    c.counterparty,
    c.value.low ?? c.value.high,
  ]);

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
