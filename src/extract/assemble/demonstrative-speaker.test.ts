import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractClaims } from "../index.js";

/** The owner of the claim whose quote holds `figure`. */
function ownerOf(text: string, language: "fr" | "en", figure: string): string {
  const { claims } = extractClaims({ text, language, published: "2026-03-02", document: "invented" });
  const claim = claims.find((c) => c.quote.includes(figure));
  assert.ok(claim, `no claim for ${figure}: ${claims.map((c) => c.quote).join(" | ")}`);
  return claim.entity;
}

/**
 * « Ce dernier a annoncé qu'il… », "The latter said it…": a demonstrative standing for the company
 * named last speaks, and the pronoun of its reported clause is that company, not the article's subject.
 */
describe("a pronoun reported by a demonstrative speaker is that speaker's company", () => {
  it("« ce dernier a annoncé qu'il » (fr)", () => {
    const text =
      "Tervalis gagne des clients\n\nTervalis a signé cette année avec plusieurs industriels, dont le groupe Morvenne. Ce dernier a annoncé qu'il consacrerait 80 millions d'euros au projet commun.";
    assert.equal(ownerOf(text, "fr", "80 millions"), "Morvenne");
  });

  it("« cette dernière a précisé qu'elle » (fr)", () => {
    const text =
      "Tervalis accélère\n\nLa plateforme Tervalis compte parmi ses partenaires la banque Halcyra Capital. Cette dernière a précisé qu'elle prévoyait d'engager 150 millions d'euros dans le cloud souverain d'ici 2027.";
    assert.equal(ownerOf(text, "fr", "150 millions"), "Halcyra Capital");
  });

  it("« celui-ci a indiqué qu'il » (fr)", () => {
    const text =
      "Tervalis signe un accord\n\nTervalis fournira ses serveurs au groupe Morvenne pendant cinq ans. Celui-ci a indiqué qu'il investirait 40 millions d'euros dans ses entrepôts.";
    assert.equal(ownerOf(text, "fr", "40 millions"), "Morvenne");
  });

  it('"the latter said it would" (en)', () => {
    const text =
      "Tervalis adds customers\n\nTervalis Inc. and Brackmoor Foods Inc. both signed the framework in May. The latter said it would spend $60 million on the new warehouses.";
    assert.equal(ownerOf(text, "en", "$60 million"), "Brackmoor Foods Inc");
  });

  it("keeps the subject when « ce dernier » is an adjective (fr, near miss)", () => {
    const text =
      "Tervalis grandit\n\nTervalis a signé avec Morvenne Logistique au printemps. Ce dernier trimestre, Tervalis a indiqué qu'elle avait investi 30 millions d'euros dans ses serveurs.";
    assert.equal(ownerOf(text, "fr", "30 millions"), "Tervalis");
  });
});
