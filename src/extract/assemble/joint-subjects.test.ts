import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extract } from "../../../test/support/claims.js";

const owners = (text: string, language: "fr" | "en") =>
  extract(text, language).map((c) => `${c.entity} ${c.metric} ${c.value.low}`);

describe("companies opening a sentence together, then « ils », 'they'", () => {
  it("shares figures « respectivement » among the companies « ils » stands for (fr)", () => {
    assert.deepEqual(
      owners(
        "Microsoft et Alphabet ont publié leurs résultats. Ils ont dépensé respectivement 35 et 24 milliards de dollars en investissements au troisième trimestre.",
        "fr",
      ),
      ["Microsoft capex 35000000000", "Alphabet capex 24000000000"],
    );
  });

  it("shares figures 'respectively' among the companies 'they' stands for (en)", () => {
    assert.deepEqual(
      owners(
        "Microsoft and Alphabet reported results on Tuesday. They spent $35 billion and $24 billion respectively on capital expenditures in the quarter.",
        "en",
      ),
      ["Microsoft capex 35000000000", "Alphabet capex 24000000000"],
    );
  });
});

describe("« le second », 'the latter' as the subject of a clause whose verb is left out", () => {
  it("gives the second figure to the second company (fr)", () => {
    assert.deepEqual(
      owners(
        "Deux néoclouds ont annoncé des levées de fonds, Nscale et Lambda. Le premier a levé 1,1 milliard de dollars, le second 1,5 milliard.",
        "fr",
      ),
      ["Nscale funding_round 1100000000", "Lambda funding_round 1500000000"],
    );
  });

  it("gives the second figure to the second company (en)", () => {
    assert.deepEqual(
      owners(
        "Two neoclouds raised money, Nscale and Lambda. The former raised $1.1 billion, the latter $1.5 billion.",
        "en",
      ),
      ["Nscale funding_round 1100000000", "Lambda funding_round 1500000000"],
    );
  });
});
