import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

describe("an amount that takes up the previous one", () => {
  it("measures what its antecedent measures, and a ceiling stays a ceiling (fr)", () => {
    const text =
      "Anthropic était valorisée à 60 milliards de dollars en mars. Un montant considérable qui, selon la presse, pourrait monter à 150 milliards lors de la prochaine levée de fonds.";
    const c = claimAt(extract(text, "fr"), 150e9);
    assert.deepEqual([c.entity, c.metric, c.value.bound], ["Anthropic", "valuation", "up_to"]);
  });

  it("measures what its antecedent measures, and a ceiling stays a ceiling (en)", () => {
    const text =
      "Anthropic was valued at $60 billion in March, a figure that could climb to $150 billion in its next funding round.";
    const c = claimAt(extract(text, "en"), 150e9);
    assert.deepEqual([c.entity, c.metric, c.value.bound], ["Anthropic", "valuation", "up_to"]);
  });

  it("is read after 'with the amount rising to' / « le montant pouvant atteindre », past a deal noun", () => {
    const en = extract(
      "Microsoft has agreed to invest at least $4 billion in Cohere next to the cloud contract, with the amount rising to as much as $9 billion if Cohere meets its sales goals.",
      "en",
    );
    const c = claimAt(en, 9e9);
    assert.deepEqual([c.entity, c.metric, c.counterparty], ["Microsoft", "investment", "Cohere"]);
    const fr = extract(
      "Microsoft s'est engagé à investir au moins 4 milliards de dollars dans Cohere en plus du contrat cloud, le montant pouvant atteindre 9 milliards si Cohere tient ses objectifs.",
      "fr",
    );
    const d = claimAt(fr, 9e9);
    assert.deepEqual([d.entity, d.metric, d.counterparty], ["Microsoft", "investment", "Cohere"]);
  });
});

describe("a figure derived from the previous one with its own measure", () => {
  it("keeps the measure named right after it (en)", () => {
    const text =
      "Harvey doubled its annualized revenue to $80 million. That figure implies about $6.7 million in monthly revenue.";
    const c = claimAt(extract(text, "en"), 6.7e6);
    assert.equal(c.metric, "revenue");
  });

  it("keeps the measure named right after it (fr)", () => {
    const text =
      "Harvey a doublé ses revenus annualisés à 80 millions de dollars. Ce chiffre suppose environ 6,7 millions de dollars de revenus mensuels.";
    const c = claimAt(extract(text, "fr"), 6.7e6);
    assert.equal(c.metric, "revenue");
  });
});

describe("an amount written after power with its currency left out", () => {
  it("takes the currency named before, not the power unit (fr)", () => {
    const text =
      "Le projet Stargate a déjà engagé 300 milliards de dollars, avec un objectif de 8 gigawatts et 450 milliards au total.";
    const c = claimAt(extract(text, "fr"), 450e9);
    assert.equal(c.unit, "USD");
  });

  it("takes the currency named before, not the power unit (en)", () => {
    const text =
      "The Stargate project has already committed $300 billion, aiming for 8 gigawatts and 450 billion in total.";
    const c = claimAt(extract(text, "en"), 450e9);
    assert.equal(c.unit, "USD");
  });
});

describe("money put into compute suppliers as a kind, and the same amount taken up again", () => {
  it("is a compute commitment, and so is its later mention with a definite article (en)", () => {
    const text =
      "Oracle is stepping up with a $40 billion investment into GPU cloud providers, which run rented AI clusters.\n\nThe deals span several years.\n\nThe new $40 billion commitment widens its supply base.";
    const claims = extract(text, "en").filter((c) => c.value.low === 40e9);
    assert.deepEqual(
      claims.map((c) => [c.entity, c.metric]),
      [["Oracle", "compute_commitment"]],
    );
  });

  it("is a compute commitment, and so is its later mention with a definite article (fr)", () => {
    const text =
      "Oracle annonce un investissement de 40 milliards de dollars dans des fournisseurs de cloud spécialisés dans l'IA.\n\nLes contrats courent sur plusieurs années.\n\nCet engagement de 40 milliards élargit ses sources d'approvisionnement.";
    const claims = extract(text, "fr").filter((c) => c.value.low === 40e9);
    assert.deepEqual(
      claims.map((c) => [c.entity, c.metric]),
      [["Oracle", "compute_commitment"]],
    );
  });

  it("an investment in one named company stays an investment (en)", () => {
    const c = claimAt(extract("Oracle made a $4 billion investment in CoreWeave.", "en"), 4e9);
    assert.equal(c.metric, "investment");
  });
});
