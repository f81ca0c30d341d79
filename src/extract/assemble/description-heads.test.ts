import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractClaims } from "../index.js";

const owners = (text: string, language: "fr" | "en" = "en") =>
  extractClaims({ text: `Titre\n\n${text}`, language, published: "2025-11-10", document: "d.md" }).claims.map(
    (c) => `${c.entity} ${c.metric} ${c.value.low ?? c.value.high}`,
  );

describe("a description by trade and country: « le spécialiste néerlandais », 'the Dutch specialist'", () => {
  it("points back at the company of that country named before", () => {
    assert.deepEqual(
      owners(
        "Mistral AI a levé des fonds auprès d'ASML. Le spécialiste néerlandais y injecte 1 milliard d'euros.",
        "fr",
      ),
      ["ASML investment 1000000000"],
    );
    assert.deepEqual(owners("Mistral AI raised money from ASML. The Dutch specialist put in €1 billion."), [
      "ASML investment 1000000000",
    ]);
    assert.deepEqual(
      owners(
        "Mistral AI a levé des fonds auprès d'ASML. L'équipementier néerlandais apporte 1 milliard d'euros.",
        "fr",
      ),
      ["ASML investment 1000000000"],
    );
  });

  it("points at no company of another country, nor at any when it names no country", () => {
    assert.deepEqual(
      owners(
        "Mistral AI a levé des fonds auprès d'ASML. Le spécialiste français des modèles de langage dépensera 1 milliard d'euros dans un centre de données.",
        "fr",
      ),
      ["Mistral AI capex 1000000000"],
    );
    assert.deepEqual(
      owners("Mistral AI raised money from ASML. The specialist will spend €1 billion on a data centre."),
      ["Mistral AI capex 1000000000"],
    );
  });
});
