import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

describe("qualifier: the earlier value a rumoured figure is compared with is reported", () => {
  it("a past valuation after « par rapport à » in a rumour sentence (FR)", () => {
    const claims = extract(
      "Selon des sources proches du dossier, Cohere négocie une levée qui la valoriserait 12 milliards de dollars, un bond par rapport à sa valorisation de 7 milliards de dollars en mars.",
      "fr",
    );
    assert.equal(claimAt(claims, 12e9).qualifier, "rumoured");
    assert.equal(claimAt(claims, 7e9).qualifier, "reported");
  });

  it("the current valuation given as a benchmark after talks (FR)", () => {
    const claims = extract(
      "Mistral AI serait en pourparlers pour lever 2 milliards d'euros. La valorisation actuelle de Mistral AI s'élève à 6 milliards d'euros.",
      "fr",
    );
    assert.equal(claimAt(claims, 2e9).qualifier, "rumoured");
    assert.equal(claimAt(claims, 6e9).qualifier, "reported");
  });

  it("a base after 'up from' or 'an increase from its' (EN)", () => {
    const claims = extract(
      "Perplexity is in talks to raise funds at a $20 billion valuation, people familiar with the matter said, up from $14 billion in May.",
    );
    assert.equal(claimAt(claims, 20e9).qualifier, "rumoured");
    assert.equal(claimAt(claims, 14e9).qualifier, "reported");
    const other = extract(
      "Cursor is reportedly raising at a $30 billion valuation, a sharp increase from its $10 billion valuation in June.",
    );
    assert.equal(claimAt(other, 10e9).qualifier, "reported");
  });

  it("another company's recent valuation the rumoured one would pass (EN)", () => {
    const claims = extract(
      "Anthropic is in early talks over a round that would value it at $600 billion, sources said, which would put it past OpenAI's recent $500 billion valuation.",
    );
    assert.equal(claimAt(claims, 600e9).qualifier, "rumoured");
    assert.equal(claimAt(claims, 500e9).qualifier, "reported");
  });

  it("a figure of the talks themselves stays rumoured", () => {
    const claims = extract(
      "xAI is in talks to raise $15 billion, compared with the $10 billion it had sought, people familiar with the matter said.",
    );
    assert.equal(claimAt(claims, 15e9).qualifier, "rumoured");
  });
});
