import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extract } from "../../../test/support/claims.js";

/** Each claim as "entity→counterparty value", in the text's order. */
const owners = (text: string, language: "fr" | "en") =>
  extract(text, language).map((c) => `${c.entity}→${c.counterparty} ${c.value.low ?? c.value.high}`);

describe("clauses whose verb is left out", () => {
  it("give each figure to the name before it, with the first clause's counterparty (en)", () => {
    assert.deepEqual(
      owners("Alphabet will invest $7 billion in Mistral AI, Nvidia $4 billion and Cisco $2 billion.", "en"),
      ["Alphabet→Mistral AI 7000000000", "Nvidia→Mistral AI 4000000000", "Cisco→Mistral AI 2000000000"],
    );
  });

  it("give each figure to the name before it, with the first clause's counterparty (fr)", () => {
    assert.deepEqual(
      owners(
        "Alphabet investira 7 milliards de dollars dans Mistral AI, Nvidia 4 milliards et Cisco 2 milliards.",
        "fr",
      ),
      ["Alphabet→Mistral AI 7000000000", "Nvidia→Mistral AI 4000000000", "Cisco→Mistral AI 2000000000"],
    );
  });

  it("keep no counterparty when the first clause has none", () => {
    assert.deepEqual(
      owners(
        "Oracle will spend $21 billion on servers this year, Nebius $6 billion and CoreWeave $5 billion.",
        "en",
      ),
      ["Oracle→null 21000000000", "Nebius→null 6000000000", "CoreWeave→null 5000000000"],
    );
  });

  it("leave clauses with a verb of their own (near-miss)", () => {
    assert.deepEqual(
      owners("Alphabet invested $7 billion in Mistral AI, and Nvidia invested $4 billion in Cohere.", "en"),
      ["Alphabet→Mistral AI 7000000000", "Nvidia→Cohere 4000000000"],
    );
  });
});
