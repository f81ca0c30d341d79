import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

describe("qualifier: rumour vocabulary", () => {
  it("several sources, unnamed, are sources (FR, EN)", () => {
    const fr = extract(
      "Mistral AI s'approche d'une valorisation de 40 milliards de dollars, selon plusieurs sources concordantes.",
      "fr",
    );
    assert.equal(claimAt(fr, 40e9).qualifier, "rumoured");
    const en = extract("Cohere will raise $2 billion, several sources told Reuters.");
    assert.equal(claimAt(en, 2e9).qualifier, "rumoured");
  });

  it("an estimated valuation told by sources stays rumoured (FR)", () => {
    const fr = extract(
      "Anthropic vise une valorisation estimée à 350 milliards de dollars, selon plusieurs sources.",
      "fr",
    );
    assert.equal(claimAt(fr, 350e9).qualifier, "rumoured");
  });

  it("preliminary talks held with investors (FR, EN)", () => {
    const fr = extract(
      "xAI a eu des discussions préliminaires avec des fonds pour lever des capitaux sur la base d'une valorisation de 230 milliards de dollars.",
      "fr",
    );
    assert.equal(claimAt(fr, 230e9).qualifier, "rumoured");
    const en = extract(
      "xAI has held preliminary discussions with funds about raising capital at a valuation of $230 billion.",
    );
    assert.equal(claimAt(en, 230e9).qualifier, "rumoured");
  });

  it("earlier reports are hearsay (FR, EN)", () => {
    const fr = extract(
      "Des rapports antérieurs de la presse américaine évoquaient un tour de 5 milliards de dollars pour Cohere.",
      "fr",
    );
    assert.equal(claimAt(fr, 5e9).qualifier, "rumoured");
    const en = extract("Earlier reports had put the size of Cohere's round at $5 billion.");
    assert.equal(claimAt(en, 5e9).qualifier, "rumoured");
  });

  it("a company looking to raise, with no verb of its own (EN)", () => {
    const en = extract(
      "Investors have spent weeks discussing Crusoe looking to raise $1 billion at a valuation above $10 billion.",
    );
    assert.equal(claimAt(en, 1e9).qualifier, "rumoured");
    assert.equal(claimAt(en, 10e9).qualifier, "rumoured");
  });
});
