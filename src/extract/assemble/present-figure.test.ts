import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

describe("qualifier: a figure that stands now is no target", () => {
  it("an existing or current capacity beside a future verb (EN, FR)", () => {
    const en = extract(
      "Under the new deal, Vistra's existing 400-MW supply arrangement with Meta will move to a grid connection next year.",
    );
    assert.equal(claimAt(en, 0.4).qualifier, "reported");
    const current = extract("Equinix will double its current 250 MW of capacity in Texas by 2028.");
    assert.equal(claimAt(current, 0.25).qualifier, "reported");
    const fr = extract(
      "Le groupe Orvane portera ses 300 MW actuels à 1 GW d'ici 2030 grâce à deux nouveaux campus.",
      "fr",
    );
    assert.equal(claimAt(fr, 0.3).qualifier, "reported");
    assert.equal(claimAt(fr, 1).qualifier, "target");
  });

  it("users served now, after 'à' or 'to', beside a future verb (FR, EN)", () => {
    const fr = extract(
      "La société Lumora a indiqué que cette levée va lui permettre d'offrir de nouveaux services à plus de 200 millions d'utilisateurs hebdomadaires.",
      "fr",
    );
    assert.equal(claimAt(fr, 200e6).qualifier, "reported");
    const en = extract(
      "Perplexity said the funding will help it bring faster answers to its 30 million monthly active users.",
    );
    assert.equal(claimAt(en, 30e6).qualifier, "reported");
  });

  it("a number of users to reach stays a target (EN, FR)", () => {
    const en = extract("Perplexity expects to grow to 100 million monthly active users next year.");
    assert.equal(claimAt(en, 100e6).qualifier, "target");
    const fr = extract("Mistral AI compte atteindre 50 millions d'utilisateurs hebdomadaires en 2026.", "fr");
    assert.equal(claimAt(fr, 50e6).qualifier, "target");
  });
});

describe("qualifier: what a deal sets out is committed", () => {
  it("the contract or agreement 'calls for' or 'provides for' capacity (EN)", () => {
    const claims = extract(
      "Constellation signed a power deal with Microsoft. The agreement, which runs through 2045, calls for delivering 835 MW from 2028.",
    );
    assert.equal(claimAt(claims, 0.835).qualifier, "commitment");
    const gpus = extract(
      "Nscale signed a contract with Microsoft. The contract provides for 60,000 GPUs in Norway by 2027.",
    );
    assert.equal(claimAt(gpus, 60000).qualifier, "commitment");
  });

  it("« l'accord prévoit » or « le contrat stipule » (FR)", () => {
    const claims = extract(
      "EDF a signé un contrat avec Fluidstack. L'accord, conclu pour quinze ans, prévoit la fourniture de 1 GW dès 2028.",
      "fr",
    );
    assert.equal(claimAt(claims, 1).qualifier, "commitment");
  });

  it("a company that 'prévoit' stays a target (FR)", () => {
    const claims = extract("Fluidstack prévoit de déployer 1 GW en France d'ici 2028.", "fr");
    assert.equal(claimAt(claims, 1).qualifier, "target");
  });
});

describe("qualifier: contracted capacity", () => {
  it("contracted power is committed capacity (EN, FR)", () => {
    const en = extract("Nebius said its contracted power capacity increased to 2.5 gigawatts.");
    assert.equal(claimAt(en, 2.5).qualifier, "commitment");
    const fr = extract("Nebius a précisé que sa puissance sous contrat atteint désormais 2,5 GW.", "fr");
    assert.equal(claimAt(fr, 2.5).qualifier, "commitment");
  });

  it("the position a company ended a quarter with is reported (EN, FR)", () => {
    const en = extract("Nebius ended the quarter with 2.5 gigawatts of contracted power.");
    assert.equal(claimAt(en, 2.5).qualifier, "reported");
    const fr = extract("Nebius a terminé le trimestre avec 2,5 GW de puissance sous contrat.", "fr");
    assert.equal(claimAt(fr, 2.5).qualifier, "reported");
  });
});
