import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extract } from "../../../test/support/claims.js";

/** Each claim as "entity qualifier", in the text's order. */
const qualifiers = (text: string, language: "fr" | "en") =>
  extract(text, language).map((c) => `${c.entity} ${c.qualifier}`);

describe("the figures a list of companies shares out take the first figure's qualifier", () => {
  it("carries « investiront » to every figure of « respectivement » (fr)", () => {
    assert.deepEqual(
      qualifiers(
        "Nebius, Crusoe et Lambda investiront respectivement 14, 8 et 5 milliards d'euros en Norvège.",
        "fr",
      ),
      ["Nebius commitment", "Crusoe commitment", "Lambda commitment"],
    );
  });

  it("carries 'will invest' to every figure of 'respectively' and of a paired run (en)", () => {
    assert.deepEqual(
      qualifiers(
        "Nebius, Crusoe and Lambda will invest $14 billion, $8 billion and $5 billion respectively in Norway.",
        "en",
      ),
      ["Nebius commitment", "Crusoe commitment", "Lambda commitment"],
    );
    assert.deepEqual(
      qualifiers(
        "Nebius, Crusoe et Lambda investiront en Norvège 14, 8 et 5 milliards d'euros d'ici 2028.",
        "fr",
      ),
      ["Nebius commitment", "Crusoe commitment", "Lambda commitment"],
    );
  });

  it("keeps a plan a plan for every figure (en)", () => {
    assert.deepEqual(
      qualifiers(
        "Nebius, Crusoe and Lambda plan to invest $14 billion, $8 billion and $5 billion in Norway.",
        "en",
      ),
      ["Nebius target", "Crusoe target", "Lambda target"],
    );
  });

  it("leaves a figure with a verb of its own after the list (near-miss)", () => {
    const claims = extract(
      "Nebius et Crusoe ont investi respectivement 4 et 3 milliards d'euros en 2024, et Lambda prévoit 6 milliards d'euros.",
      "fr",
    );
    const lambda = claims.find((c) => c.entity === "Lambda");
    assert.equal(lambda?.qualifier, "target", JSON.stringify(claims.map((c) => [c.entity, c.qualifier])));
  });

  it("carries the verb's qualifier to clauses whose verb is left out (fr, en)", () => {
    assert.deepEqual(
      qualifiers(
        "Parmi les annonces, Nebius investira 14 milliards d'euros, Crusoe 8 milliards et Lambda 5 milliards.",
        "fr",
      ),
      ["Nebius commitment", "Crusoe commitment", "Lambda commitment"],
    );
    assert.deepEqual(
      qualifiers(
        "Among the pledges, Nebius will invest $14 billion, Crusoe $8 billion and Lambda $5 billion.",
        "en",
      ),
      ["Nebius commitment", "Crusoe commitment", "Lambda commitment"],
    );
  });

  it("leaves a clause with a verb of its own (near-miss)", () => {
    const claims = extract(
      "Nebius investira 14 milliards d'euros en Norvège et Crusoe a déjà investi 4 milliards d'euros en 2024.",
      "fr",
    );
    const crusoe = claims.find((c) => c.entity === "Crusoe");
    assert.equal(crusoe?.qualifier, "reported", JSON.stringify(claims.map((c) => [c.entity, c.qualifier])));
  });
});
