import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

describe("an intention named as such is the company's plan: target", () => {
  it("reads « son intention d'investir », « leur intention de », 'its intention to' as target (fr, en)", () => {
    const fr = "Nebius a annoncé son intention d'investir 3 milliards de dollars en Finlande.";
    assert.equal(claimAt(extract(fr, "fr", "2025-08-12"), 3e9).qualifier, "target");
    const leur =
      "Les deux groupes ont confirmé leur intention de bâtir un campus de 2 gigawatts près de Lyon, a indiqué Nebius.";
    assert.equal(claimAt(extract(leur, "fr", "2025-08-12"), 2).qualifier, "target");
    const en = "Nebius announced its intention to invest $3 billion in Finland.";
    assert.equal(claimAt(extract(en, "en", "2025-08-12"), 3e9).qualifier, "target");
    const of = "Nebius stated its intention of spending $3 billion on new sites over three years.";
    assert.equal(claimAt(extract(of, "en", "2025-08-12"), 3e9).qualifier, "target");
  });

  it("leaves a letter of intent, and an intention only reported by hearsay, to their own rules", () => {
    const letter = "Nvidia et OpenAI ont signé une lettre d'intention portant sur 10 gigawatts de systèmes.";
    assert.equal(claimAt(extract(letter, "fr", "2025-09-30"), 10).qualifier, "letter_of_intent");
    const hearsay =
      "Selon des sources proches du dossier, xAI aurait signalé son intention de lever 20 milliards de dollars.";
    assert.equal(claimAt(extract(hearsay, "fr", "2025-09-30"), 20e9).qualifier, "rumoured");
  });
});
