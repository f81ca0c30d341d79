import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

describe("qualifier: the deal told after talks in its paragraph is rumoured", () => {
  it("a round and its valuation after unnamed sources speak of talks (EN)", () => {
    const claims = extract(
      "Mistral AI is in talks to raise fresh capital, according to people familiar with the matter. The round would total $3 billion and value the start-up at $40 billion.",
    );
    assert.equal(claimAt(claims, 3e9).qualifier, "rumoured");
    assert.equal(claimAt(claims, 40e9).qualifier, "rumoured");
  });

  it("a valuation told in the present after an outlet's report of a deal near (FR)", () => {
    const claims = extract(
      "Mistral AI est sur le point de lever 2 milliards de dollars, a rapporté Bloomberg mardi. L'opération valorise la start-up 30 milliards de dollars.",
      "fr",
    );
    assert.equal(claimAt(claims, 30e9).qualifier, "rumoured");
  });

  it("a single unnamed informant is a source (FR, EN)", () => {
    const fr = extract(
      "Cohere lève 5 milliards de dollars sur la base d'une valorisation de 80 milliards, selon une personne informée du projet.",
      "fr",
    );
    assert.equal(claimAt(fr, 80e9).qualifier, "rumoured");
    const en = extract(
      "Cohere is raising $5 billion at an $80 billion valuation, according to a person briefed on the plans.",
    );
    assert.equal(claimAt(en, 80e9).qualifier, "rumoured");
  });

  it("a finished round told after the talks stays reported (EN, FR)", () => {
    const en = extract(
      "Mistral AI is in talks to raise new funds, people familiar with the matter said. It raised $1 billion last year.",
    );
    assert.equal(claimAt(en, 1e9).qualifier, "reported");
    const fr = extract(
      "Mistral AI serait en discussions pour une nouvelle levée, selon des sources proches du dossier. La start-up avait levé 1 milliard de dollars l'an dernier.",
      "fr",
    );
    assert.equal(claimAt(fr, 1e9).qualifier, "reported");
  });

  it("talks in another paragraph leave the figure alone (EN)", () => {
    const claims = extract(
      "Mistral AI is in talks to raise new funds, people familiar with the matter said.\nCohere's valuation stands at $12 billion.",
    );
    assert.equal(claimAt(claims, 12e9).qualifier, "reported");
  });
});

describe("qualifier: the media, unnamed, are a source", () => {
  it("« selon les médias américains » is hearsay (FR)", () => {
    const claims = extract(
      "La valorisation de Mistral AI atteint 40 milliards de dollars, selon les médias américains.",
      "fr",
    );
    assert.equal(claimAt(claims, 40e9).qualifier, "rumoured");
  });

  it("'according to US media' is hearsay (EN)", () => {
    const claims = extract("Mistral AI's valuation has reached $40 billion, according to US media.");
    assert.equal(claimAt(claims, 40e9).qualifier, "rumoured");
  });
});

describe("qualifier: talks qualified by their stage are talks", () => {
  it("'in advanced talks' with an outlet credited is rumoured (EN)", () => {
    const claims = extract(
      "Amazon is in advanced talks to invest in OpenAI at a valuation of more than $700 billion, The Information reported.",
    );
    assert.equal(claimAt(claims, 700e9).qualifier, "rumoured");
  });

  it("'in early-stage negotiations' is rumoured (EN)", () => {
    const claims = extract(
      "Nvidia is in early-stage negotiations to invest $4 billion in Mistral AI, Reuters said.",
    );
    assert.equal(claimAt(claims, 4e9).qualifier, "rumoured");
  });
});

describe("qualifier: the round an outlet's hearsay opens stays the rumour's", () => {
  it("the sentences after « aurait rejoint …, selon le Financial Times » are rumoured (FR)", () => {
    const claims = extract(
      "Selon le Financial Times, Salesforce aurait rejoint le tour de table de Cohere. La levée de 2 milliards de dollars valorise la start-up 30 milliards de dollars.",
      "fr",
    );
    assert.equal(claimAt(claims, 2e9).qualifier, "rumoured");
    assert.equal(claimAt(claims, 30e9).qualifier, "rumoured");
  });

  it("the sentences after 'has reportedly joined …' are rumoured (EN)", () => {
    const claims = extract(
      "Salesforce has reportedly joined Cohere's funding round, the Financial Times said. The $2 billion raise values the startup at $30 billion.",
    );
    assert.equal(claimAt(claims, 30e9).qualifier, "rumoured");
  });

  it("an outlet's mere possibility (« pourrait ») opens no rumour (FR)", () => {
    const claims = extract(
      "Selon le Financial Times, Salesforce pourrait un jour investir dans Cohere. La start-up a levé 2 milliards de dollars en mai.",
      "fr",
    );
    assert.equal(claimAt(claims, 2e9).qualifier, "reported");
  });
});

describe("qualifier: a wire story's lead names the sources of the paragraph after it", () => {
  it("a pledge opening the paragraph after a sourced dateline lead is rumoured (FR)", () => {
    const claims = extract(
      "LYON, 4 mars - Le groupe Safran va entrer au capital de la start-up Helsing, a appris Reuters de deux personnes ayant connaissance du dossier.\n\nLe motoriste s'engage à investir 400 millions d'euros dans la levée de fonds de 900 millions d'euros de Helsing.",
      "fr",
    );
    assert.equal(claimAt(claims, 400e6).qualifier, "rumoured");
    assert.equal(claimAt(claims, 900e6).qualifier, "rumoured");
  });

  it("the round opening the paragraph after a sourced dateline lead is rumoured (EN)", () => {
    const claims = extract(
      "BOSTON, June 2 (Reuters) - Fidelity is set to back AI start-up Poolside, people familiar with the matter said.\n\nThe fund commits $300 million to Poolside's $1.2 billion round.",
    );
    assert.equal(claimAt(claims, 1.2e9).qualifier, "rumoured");
  });

  it("a paragraph after a lead with no dateline keeps its own qualifier (FR)", () => {
    const claims = extract(
      "Après deux ans de négociations, Safran a conclu un partenariat avec Helsing.\n\nSafran, qui a investi au total 250 millions d'euros dans Helsing depuis 2021, garde un siège au conseil.",
      "fr",
    );
    assert.notEqual(claimAt(claims, 250e6).qualifier, "rumoured");
  });
});
