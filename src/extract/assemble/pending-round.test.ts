import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

describe("qualifier: a round aimed at or expected before it closes is in talks", () => {
  it("a valuation the company is targeting or aiming for (EN)", () => {
    const a = extract("Perplexity is now targeting a $14 billion valuation in its next financing.");
    assert.equal(claimAt(a, 14e9).qualifier, "rumoured");
    const b = extract("Cohere hopes to raise $600 million in a round led by growth investors.");
    assert.equal(claimAt(b, 600e6).qualifier, "rumoured");
    const c = extract("Crusoe has opened a funding round aimed at raising at least $3 billion.");
    assert.equal(claimAt(c, 3e9).qualifier, "rumoured");
  });

  it("a round expected or about to close (FR)", () => {
    const a = extract(
      "La jeune entreprise parisienne Mistral AI devrait lever 250 millions d'euros auprès de fonds américains.",
      "fr",
    );
    assert.equal(claimAt(a, 250e6).qualifier, "rumoured");
    const b = extract("Pour ce tour, Mistral AI vise une valorisation de 4 milliards d'euros.", "fr");
    assert.equal(claimAt(b, 4e9).qualifier, "rumoured");
    const c = extract(
      "Kyutai est sur le point d'obtenir 180 millions d'euros dans le cadre de sa série B.",
      "fr",
    );
    assert.equal(claimAt(c, 180e6).qualifier, "rumoured");
  });

  it("an investor about to put money in (EN, FR)", () => {
    const a = extract("Sequoia Capital is about to invest $400 million in Crusoe.");
    assert.equal(claimAt(a, 400e6).qualifier, "rumoured");
    const b = extract("Bpifrance est sur le point d'investir 90 millions d'euros dans Kyutai.", "fr");
    assert.equal(claimAt(b, 90e6).qualifier, "rumoured");
  });

  it("a company's business forecast stays a target", () => {
    const a = extract(
      "Mistral AI vise un chiffre d'affaires de 300 millions d'euros en 2027.",
      "fr",
      "2025-11-10",
    );
    assert.equal(claimAt(a, 300e6).qualifier, "target");
    const b = extract("Perplexity is targeting revenue of $2 billion next year.");
    assert.equal(claimAt(b, 2e9).qualifier, "target");
  });

  it("an aim told after the figure of a closed round leaves it reported", () => {
    const a = extract("Crusoe raised $3 billion, above the $2 billion it had targeted.");
    assert.equal(claimAt(a, 3e9).qualifier, "reported");
  });

  it("a round already closed stays reported", () => {
    const a = extract("Cohere raised $600 million at a $5 billion valuation in October.");
    assert.equal(claimAt(a, 600e6).qualifier, "reported");
    assert.equal(claimAt(a, 5e9).qualifier, "reported");
  });
});
