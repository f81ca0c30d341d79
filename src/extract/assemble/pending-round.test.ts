import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

describe("qualifier: a round aimed at or expected before it closes is in talks", () => {
  it("a valuation the company is targeting or aiming for (EN)", () => {
    const a = extract("Vantor Labs is now targeting a $9 billion valuation for its next financing.");
    assert.equal(claimAt(a, 9e9).qualifier, "rumoured");
    const b = extract("Quellix hopes to raise $450 million from a group of growth funds.");
    assert.equal(claimAt(b, 450e6).qualifier, "rumoured");
    const c = extract(
      "AI start-up Norvane started a financing round this spring aimed at raising at least $3 billion.",
    );
    assert.equal(claimAt(c, 3e9).qualifier, "rumoured");
  });

  it("a round expected or about to close (FR)", () => {
    const a = extract(
      "La jeune pousse lyonnaise Brivelle devrait lever 140 millions d'euros auprès de fonds européens.",
      "fr",
    );
    assert.equal(claimAt(a, 140e6).qualifier, "rumoured");
    const b = extract(
      "Pour ce tour, la start-up Brivelle vise une valorisation de 2 milliards d'euros.",
      "fr",
    );
    assert.equal(claimAt(b, 2e9).qualifier, "rumoured");
    const c = extract(
      "La start-up Orvena est sur le point d'obtenir 75 millions d'euros dans le cadre de sa série A.",
      "fr",
    );
    assert.equal(claimAt(c, 75e6).qualifier, "rumoured");
  });

  it("an investor about to put money in (EN, FR)", () => {
    const a = extract("Sequoia Capital is about to invest $320 million in Norvane.");
    assert.equal(claimAt(a, 320e6).qualifier, "rumoured");
    const b = extract("Bpifrance est sur le point d'investir 60 millions d'euros dans Orvena.", "fr");
    assert.equal(claimAt(b, 60e6).qualifier, "rumoured");
  });

  it("a company's business forecast stays a target", () => {
    const a = extract(
      "La start-up Brivelle vise un chiffre d'affaires de 210 millions d'euros en 2027.",
      "fr",
      "2025-11-10",
    );
    assert.equal(claimAt(a, 210e6).qualifier, "target");
    const b = extract("Vantor Labs is targeting revenue of $2 billion next year.");
    assert.equal(claimAt(b, 2e9).qualifier, "target");
  });

  it("an aim told after the figure of a closed round leaves it reported", () => {
    const a = extract("Norvane raised $3 billion, above the $2 billion it had targeted.");
    assert.equal(claimAt(a, 3e9).qualifier, "reported");
  });

  it("a round already closed stays reported", () => {
    const a = extract("Quellix raised $450 million at a $5 billion valuation in October.");
    assert.equal(claimAt(a, 450e6).qualifier, "reported");
    assert.equal(claimAt(a, 5e9).qualifier, "reported");
  });
});

describe("qualifier: a listing aimed at is the company's target, not a round in talks", () => {
  it("an IPO targeting a valuation (EN, FR)", () => {
    const en = extract("Poolside is planning an IPO next year, targeting a $40 billion valuation.");
    assert.equal(claimAt(en, 40e9).qualifier, "target");
    const fr = extract(
      "La start-up Helsing prépare son introduction en Bourse et vise une valorisation de 20 milliards d'euros.",
      "fr",
    );
    assert.equal(claimAt(fr, 20e9).qualifier, "target");
  });

  it("a pre-IPO round targeting a valuation is still in talks (EN)", () => {
    const en = extract("Poolside opened a pre-IPO round targeting a $9 billion valuation.");
    assert.equal(claimAt(en, 9e9).qualifier, "rumoured");
  });
});
