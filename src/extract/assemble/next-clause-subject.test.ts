import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const counterparties = (text: string, language: "fr" | "en", value: number) =>
  claimFields(["entity", "counterparty"], {
    published: "2026-02-05",
    where: (c) => (c.value.low ?? c.value.high) === value,
  })(text, language);

describe("a name after the figure that opens a clause of its own", () => {
  it("is the next investor, not the investee (en)", () => {
    const text =
      "Microsoft has invested $3 billion in Mistral AI so far, and Nvidia agreed last month to invest a further $1 billion.";
    assert.deepEqual(counterparties(text, "en", 3e9), [["Microsoft", "Mistral AI"]]);
  });

  it("is the next investor, not a second investee (fr)", () => {
    const text =
      "Microsoft avait déjà investi 300 millions de dollars dans Mistral AI, le groupe Nvidia a injecté 450 millions de dollars en mai.";
    assert.deepEqual(counterparties(text, "fr", 300e6), [["Microsoft", "Mistral AI"]]);
  });

  it("is no counterparty when no other name is found (en)", () => {
    const text =
      "Amazon made a second $4 billion commitment in November, and Google agreed in January to invest a further $1 billion.";
    assert.deepEqual(counterparties(text, "en", 4e9), [["Amazon", null]]);
  });

  it("leaves a plain list of investees whole (en, fr)", () => {
    assert.deepEqual(
      counterparties("Microsoft invested $3 billion in Mistral AI, Nvidia and AMD.", "en", 3e9),
      [["Microsoft", "Mistral AI+Nvidia+AMD"]],
    );
    assert.deepEqual(
      counterparties("Microsoft a investi 3 milliards de dollars dans Mistral AI et Nvidia.", "fr", 3e9),
      [["Microsoft", "Mistral AI+Nvidia"]],
    );
  });

  it("opens its own clause after a bare 'and' when an auxiliary leads to its own figure (en, fr)", () => {
    assert.equal(
      counterparties(
        "Microsoft put $2 billion into Mistral AI and Nvidia has added $1 billion.",
        "en",
        2e9,
      )[0]?.[1],
      "Mistral AI",
    );
    assert.equal(
      counterparties(
        "Nvidia invested $500 million in Cohere and Oracle will commit another $300 million.",
        "en",
        500e6,
      )[0]?.[1],
      "Cohere",
    );
    assert.equal(
      counterparties(
        "Microsoft a investi 2 milliards de dollars dans Mistral AI et Nvidia a apporté 1 milliard de dollars.",
        "fr",
        2e9,
      )[0]?.[1],
      "Mistral AI",
    );
  });

  it("near-misses: a list after a bare 'and' with no verb of its own, or a name closing the list, stays whole (en, fr)", () => {
    assert.deepEqual(
      counterparties("Nvidia invested $1 billion in Mistral AI and Cohere last year.", "en", 1e9),
      [["Nvidia", "Mistral AI+Cohere"]],
    );
    assert.deepEqual(
      counterparties(
        "Microsoft a investi 2 milliards de dollars dans Mistral AI et Cohere au printemps.",
        "fr",
        2e9,
      )[0]?.[1],
      "Mistral AI+Cohere",
    );
  });
});
