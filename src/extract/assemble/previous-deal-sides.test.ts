import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

/** [entity, counterparty] of the claim of `value` in the text. */
function sides(text: string, language: "fr" | "en", value: number): [string, string | null] {
  const claim = claimAt(extract(text, language, "2026-03-02"), value);
  return [claim.entity, claim.counterparty];
}

describe("a compute deal taken up in a sentence naming no company: the previous sentence's deal", () => {
  it("runs from the subject to the company it signed with, whatever the article is about (en)", () => {
    assert.deepEqual(
      sides(
        "Nebius lands a customer\n\nNebius shares rose on Tuesday. Mistral signed a cloud contract with Nebius. The deal is worth up to $3.5 billion over four years.",
        "en",
        3.5e9,
      ),
      ["Mistral AI", "Nebius"],
    );
    assert.deepEqual(
      sides(
        "Velorine Inc expands\n\nVelorine Inc agreed a GPU deal with Lambda.\n\nThe contract is valued at $1.8 billion.",
        "en",
        1.8e9,
      ),
      ["Velorine Inc", "Lambda"],
    );
  });

  it("runs from the subject to the company it signed with (fr)", () => {
    assert.deepEqual(
      sides(
        "Nebius décroche un client\n\nL'action Nebius a bondi mardi. Mistral a signé un contrat cloud avec Nebius. L'accord est évalué à 2,7 milliards de dollars sur cinq ans.",
        "fr",
        2.7e9,
      ),
      ["Mistral AI", "Nebius"],
    );
  });

  it("is bought by the other side when the subject sells compute (en, fr)", () => {
    assert.deepEqual(
      sides(
        "Nebius grows\n\nNebius signed a contract with Cohere. The agreement is worth $900 million.",
        "en",
        900e6,
      ),
      ["Cohere", "Nebius"],
    );
    assert.deepEqual(
      sides(
        "Microsoft grandit\n\nNebius a conclu un accord avec Microsoft. Le contrat est évalué à 11 milliards de dollars.",
        "fr",
        11e9,
      ),
      ["Microsoft", "Nebius"],
    );
  });

  it("is bought by the company served: 'builds for', « construit pour » (en, fr)", () => {
    assert.deepEqual(
      sides(
        "Oracle grows\n\nOracle shares rose. Oracle will build capacity for Velorine Inc. The contract is worth $22 billion a year.",
        "en",
        22e9,
      ),
      ["Velorine Inc", "Oracle"],
    );
    assert.deepEqual(
      sides(
        "Oracle grandit\n\nL'action Oracle a monté. Oracle construira des centres de données pour Mistral. Le contrat vaut 22 milliards de dollars par an.",
        "fr",
        22e9,
      ),
      ["Mistral AI", "Oracle"],
    );
  });

  it("owns the site built for the company served, taken up as 'the site', « le campus » (en, fr)", () => {
    assert.deepEqual(
      sides(
        "Oracle grows\n\nOracle shares rose. Oracle will build a campus for Velorine Inc. The site will have 1.4 GW of capacity.",
        "en",
        1.4,
      ),
      ["Velorine Inc", "Oracle"],
    );
    assert.deepEqual(
      sides(
        "Oracle grandit\n\nL'action Oracle a monté. Oracle construira un centre de données pour Mistral. Le campus aura une capacité de 1,4 GW.",
        "fr",
        1.4,
      ),
      ["Mistral AI", "Oracle"],
    );
  });

  it("leaves a site taken up after a deal 'with' a company, or built for no company, to its builder", () => {
    assert.deepEqual(
      sides(
        "Oracle grows\n\nOracle shares rose. Oracle will build a campus in Tarn. The site will have 1.4 GW of capacity.",
        "en",
        1.4,
      ),
      ["Oracle", null],
    );
    assert.notDeepEqual(
      sides(
        "Oracle grows\n\nOracle shares rose. Oracle signed a lease with Velorine Inc. The site will have 1.4 GW of capacity.",
        "en",
        1.4,
      ),
      ["Velorine Inc", "Oracle"],
    );
  });

  it("leaves a sentence that names a company, or takes up no deal, to its own rules", () => {
    // The supplier names the deal itself: its own sentence decides.
    assert.deepEqual(
      sides(
        "Nebius wins\n\nMistral signed a contract with Nebius. Nebius said the deal is worth $2 billion.",
        "en",
        2e9,
      ),
      ["Nebius", null],
    );
    // No deal taken up: the company's own plan.
    assert.deepEqual(
      sides(
        "Nebius wins\n\nMistral signed a contract with Nebius. Separately, the company expects 300 MW of capacity by 2027.",
        "en",
        0.3,
      ),
      ["Mistral AI", null],
    );
    // No company on the other side: "with" names a person.
    assert.deepEqual(
      sides(
        "Nebius wins\n\nNebius signed a contract with Jane Morrow's approval. The deal is worth $2 billion.",
        "en",
        2e9,
      ),
      ["Nebius", null],
    );
  });

  it("leaves a figure of another kind than a compute deal with no counterparty (en, fr)", () => {
    assert.deepEqual(
      sides(
        "Nebius wins\n\nMistral signed a cloud contract with Nebius. The deal comes as the firm raised $600 million in a funding round.",
        "en",
        600e6,
      ),
      ["Mistral AI", null],
    );
    assert.deepEqual(
      sides(
        "Nebius gagne\n\nMistral a signé un contrat cloud avec Nebius. L'accord intervient alors que la société a levé 600 millions d'euros.",
        "fr",
        600e6,
      ),
      ["Mistral AI", null],
    );
  });
});
