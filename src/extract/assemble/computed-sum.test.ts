import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

describe("qualifier: a total the writer adds up is an estimate", () => {
  it("several companies' spending added up 'au total' or 'à eux quatre' (FR)", () => {
    const total = extract(
      "Au total, Amazon, Alphabet, Meta et Microsoft prévoient d'investir plus de 600 milliards de dollars en 2026.",
      "fr",
    );
    assert.equal(claimAt(total, 600e9).qualifier, "estimated");
    const four = extract(
      "À eux quatre, Amazon, Alphabet, Meta et Microsoft devraient dépenser 500 milliards de dollars en investissements cette année.",
      "fr",
    );
    assert.equal(claimAt(four, 500e9).qualifier, "estimated");
  });

  it("several companies' spending 'in total' (EN)", () => {
    const claims = extract(
      "In total, Microsoft, Alphabet, Amazon and Meta expect capital expenditures of more than $600 billion in 2026.",
    );
    assert.equal(claimAt(claims, 600e9).qualifier, "estimated");
  });

  it("one quarter's figure added to another's to give a year (EN, FR)", () => {
    const en = extract(
      "Oracle spent $12 billion in Q2. Combined with $9 billion in Q1, its capex could reach $45 billion in 2025.",
    );
    assert.equal(claimAt(en, 45e9).qualifier, "estimated");
    const later = extract(
      "Combined with $9 billion in Q1, Oracle's capex could reach $45 billion in 2025, above its earlier $40 billion forecast.",
    );
    assert.equal(claimAt(later, 40e9).qualifier, "target");
    const fr = extract(
      "Ajoutés aux 9 milliards de dollars du premier trimestre, les investissements d'Oracle devraient atteindre 45 milliards de dollars en 2025.",
      "fr",
    );
    assert.equal(claimAt(fr, 45e9).qualifier, "estimated");
  });

  it("one company's own plan stays its target (EN, FR)", () => {
    const en = extract("Microsoft expects capital expenditures of $120 billion in 2026.");
    assert.equal(claimAt(en, 120e9).qualifier, "target");
    const fr = extract("Meta prévoit d'investir 115 milliards de dollars en 2026.", "fr");
    assert.equal(claimAt(fr, 115e9).qualifier, "target");
  });
});

describe("qualifier: a result of rival companies together is a sum someone worked out", () => {
  it("'collectively', 'combined', « collectivement » add up several companies' plans (EN, FR)", () => {
    const en = extract(
      "Amazon, Alphabet and Meta collectively plan to spend $450 billion on data centres in 2026.",
    );
    assert.equal(claimAt(en, 450e9).qualifier, "estimated");
    const fr = extract(
      "En 2026, Microsoft, Meta et Alphabet prévoient collectivement 420 milliards de dollars de dépenses d'investissement.",
      "fr",
    );
    assert.equal(claimAt(fr, 420e9).qualifier, "estimated");
  });

  it("rivals' spending stated as done is a sum, its growth too (FR, EN)", () => {
    const fr = extract(
      "Amazon, Meta et Alphabet ont dépensé 95 milliards de dollars en investissements au troisième trimestre, en hausse de 70 % sur un an.",
      "fr",
    );
    assert.equal(claimAt(fr, 95e9).qualifier, "estimated");
    assert.equal(claimAt(fr, 0.7).qualifier, "estimated");
    const en = extract("Microsoft, Alphabet and Meta spent $90 billion on capital expenditure last quarter.");
    assert.equal(claimAt(en, 90e9).qualifier, "estimated");
  });

  it("a venture the members run together, or one a fund backs, keeps its own figures (EN, FR)", () => {
    const together = extract("Oracle and Nvidia together spent $9 billion on the Texas campus.");
    assert.notEqual(claimAt(together, 9e9).qualifier, "estimated");
    const fund = extract(
      "Crusoe et Blue Owl ont levé 15 milliards de dollars pour le campus d'Abilene.",
      "fr",
    );
    assert.notEqual(claimAt(fund, 15e9).qualifier, "estimated");
  });
});
