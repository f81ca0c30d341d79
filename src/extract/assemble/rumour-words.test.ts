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

describe("qualifier: hearsay passives and raises being prepared", () => {
  it("'is believed to', 'is understood to', 'are thought to' are hearsay (EN)", () => {
    const en = extract("Nvidia is believed to be investing up to $3 billion in Cohere.");
    assert.equal(claimAt(en, 3e9).qualifier, "rumoured");
    const en2 = extract("Crusoe is understood to have agreed a valuation of $12 billion.");
    assert.equal(claimAt(en2, 12e9).qualifier, "rumoured");
  });

  it("an outlet's unnamed sources are sources (EN)", () => {
    const en = extract("Lambda will raise $4 billion, according to Bloomberg sources.");
    assert.equal(claimAt(en, 4e9).qualifier, "rumoured");
    const en2 = extract("Lambda will raise $4 billion, the paper said, citing two unnamed people.");
    assert.equal(claimAt(en2, 4e9).qualifier, "rumoured");
  });

  it("a raise being prepared is not concluded (EN, FR)", () => {
    const en = extract("Nscale is preparing to raise roughly $6 billion through equity and debt.");
    assert.equal(claimAt(en, 6e9).qualifier, "rumoured");
    const fr = extract("Mistral AI s'apprête à lever 2 milliards d'euros auprès de fonds américains.", "fr");
    assert.equal(claimAt(fr, 2e9).qualifier, "rumoured");
  });

  it("a figure the company itself reported stays reported (EN, FR)", () => {
    const en = extract("Cohere raised $3 billion in a round led by Nvidia.");
    assert.equal(claimAt(en, 3e9).qualifier, "reported");
    const fr = extract("Mistral AI a levé 2 milliards d'euros auprès de fonds américains.", "fr");
    assert.equal(claimAt(fr, 2e9).qualifier, "reported");
  });
});

describe("qualifier: rumours and anonymity", () => {
  it("rumours named as such (FR)", () => {
    const fr = extract(
      "Selon les rumeurs, le précédent tour de 600 millions de dollars avait été mené par Index Ventures.",
      "fr",
    );
    assert.equal(claimAt(fr, 600e6).qualifier, "rumoured");
  });

  it("insiders and bankers kept anonymous (EN)", () => {
    const en = extract(
      "Current investors, including Sequoia and Lightspeed, have pledged more than $900 million to the new round, people in the know said.",
    );
    assert.equal(claimAt(en, 900e6).qualifier, "rumoured");
    const anonymous = extract(
      "Lightspeed put $250 million into Helix Robotics, according to two bankers who asked not to be named.",
    );
    assert.equal(claimAt(anonymous, 250e6).qualifier, "rumoured");
  });

  it("under cover of anonymity (FR)", () => {
    const fr = extract(
      "Le fonds a injecté 250 millions d'euros dans Zeta Labs, a indiqué un banquier sous couvert de l'anonymat.",
      "fr",
    );
    assert.equal(claimAt(fr, 250e6).qualifier, "rumoured");
  });

  it("near miss: a raise with no source word stays reported (EN, FR)", () => {
    const en = extract("Helix Robotics raised $800 million from Sequoia in March.");
    assert.equal(claimAt(en, 800e6).qualifier, "reported");
    const fr = extract("Zeta Labs a levé 400 millions d'euros pour son savoir-faire en robotique.", "fr");
    assert.equal(claimAt(fr, 400e6).qualifier, "reported");
  });
});
