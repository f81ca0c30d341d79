import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

describe("qualifier: hearsay wordings", () => {
  it("« ferait grimper la valorisation à », 'would lift its valuation to' (FR, EN)", () => {
    const fr = extract(
      "Ce tour de table ferait grimper la valorisation de la start-up Helsing à 4 milliards d'euros.",
      "fr",
    );
    assert.equal(claimAt(fr, 4e9).qualifier, "rumoured");
    const en = extract("The new round would lift Poolside's valuation to $7 billion.");
    assert.equal(claimAt(en, 7e9).qualifier, "rumoured");
  });

  it("the earlier value set against « ferait grimper » stays reported (FR)", () => {
    const fr = extract(
      "Ce tour ferait grimper la valorisation de la start-up Helsing à 4 milliards d'euros, contre 1,5 milliard l'an dernier.",
      "fr",
    );
    assert.equal(claimAt(fr, 1.5e9).qualifier, "reported");
  });

  it("'reports that', « des informations selon lesquelles » (EN, FR)", () => {
    const en = extract(
      "The news comes after reports in March that AI start-up Poolside was seeking fresh money at a $6 billion valuation.",
    );
    assert.equal(claimAt(en, 6e9).qualifier, "rumoured");
    const fr = extract(
      "Il circule des informations selon lesquelles la start-up Helsing a obtenu 300 millions d'euros.",
      "fr",
    );
    assert.equal(claimAt(fr, 300e6).qualifier, "rumoured");
  });

  it("a company that reports a figure is no hearsay (EN)", () => {
    const en = extract(
      "Poolside, which reports that its revenue reached $90 million in 2024, hired 40 engineers.",
    );
    assert.equal(claimAt(en, 90e6).qualifier, "reported");
  });

  it("a raise sought, not yet made (EN, FR)", () => {
    const en = extract("AI start-up Poolside was seeking up to $800 million in a new funding round.");
    assert.equal(claimAt(en, 800e6).qualifier, "rumoured");
    const raised = extract("AI start-up Poolside raised $800 million in a new funding round.");
    assert.equal(claimAt(raised, 800e6).qualifier, "reported");
    const fr = extract(
      "La start-up Helsing cherchait à lever 300 millions d'euros auprès de fonds du Golfe.",
      "fr",
    );
    assert.equal(claimAt(fr, 300e6).qualifier, "rumoured");
    const done = extract("La start-up Helsing a levé 300 millions d'euros auprès de fonds du Golfe.", "fr");
    assert.equal(claimAt(done, 300e6).qualifier, "reported");
  });

  it("people « ayant connaissance du dossier » are unnamed sources (FR)", () => {
    const fr = extract(
      "Bpifrance injectera 200 millions d'euros dans Helsing, selon deux personnes ayant connaissance du dossier.",
      "fr",
    );
    assert.equal(claimAt(fr, 200e6).qualifier, "rumoured");
  });

  it("« pourrait permettre à … de » says what a deal makes possible, no hearsay (FR); « aurait levé » stays hearsay", () => {
    const term = extract(
      "L'accord de bons de souscription avec Qualcomm pourrait à terme permettre à Mistral de détenir jusqu'à 6 % de Qualcomm.",
      "fr",
    );
    assert.notEqual(claimAt(term, 0.06).qualifier, "rumoured");
    const hearsay = extract(
      "La start-up Helsing aurait levé 300 millions d'euros auprès de fonds européens.",
      "fr",
    );
    assert.equal(claimAt(hearsay, 300e6).qualifier, "rumoured");
  });
});
