import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const read = claimFields(["metric", "value"]);

describe("« elle est évaluée à »", () => {
  it("is the valuation of the company the pronoun stands for", () => {
    assert.deepEqual(
      read(
        "Au printemps, la start-up Nimbra a levé 300 millions d'euros. Elle est aujourd'hui évaluée à 4 milliards d'euros.",
        "fr",
      ),
      [
        ["funding_round", 3e8],
        ["valuation", 4e9],
      ],
    );
    assert.deepEqual(
      read(
        "Le groupe Nimbra a bouclé un tour de table de 200 millions d'euros ; il y a un an, elle était évaluée à 900 millions d'euros.",
        "fr",
      ),
      [
        ["funding_round", 2e8],
        ["valuation", 9e8],
      ],
    );
  });

  it("is no valuation when a masculine pronoun stands for a contract", () => {
    assert.deepEqual(
      read(
        "La start-up Nimbra a signé un contrat de cloud avec Korvel. Il est évalué à 2 milliards d'euros.",
        "fr",
      )
        .map(([metric]) => metric)
        .includes("valuation"),
      false,
    );
  });
});
