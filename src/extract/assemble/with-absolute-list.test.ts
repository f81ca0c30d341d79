import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extract } from "../../../test/support/claims.js";

/** Each claim as "entity→counterparty value", in the text's order. */
const owners = (text: string, language: "fr" | "en") =>
  extract(text, language).map((c) => `${c.entity}→${c.counterparty} ${c.value.low ?? c.value.high}`);

describe("a list of companies as the subject of an absolute 'with' clause", () => {
  it("owns the clause's figure together, after a comma or opening the sentence (en)", () => {
    assert.deepEqual(
      owners(
        "Chip suppliers are thriving, with Oracle, Nebius, CoreWeave, and Nscale jointly set to spend more than $70 billion on new sites next year.",
        "en",
      ),
      ["Oracle+Nebius+CoreWeave+Nscale→null 70000000000"],
    );
    assert.deepEqual(
      owners(
        "With Oracle and Nebius planning to spend $18 billion on servers, memory makers raised prices.",
        "en",
      ),
      ["Oracle+Nebius→null 18000000000"],
    );
  });

  it("owns the clause's figure together after « avec » and a participle (fr)", () => {
    assert.deepEqual(
      owners(
        "Les fondeurs profitent de la vague, avec Oracle, Nebius et CoreWeave prévoyant de dépenser 45 milliards de dollars dans leurs sites.",
        "fr",
      ),
      ["Oracle+Nebius+CoreWeave→null 45000000000"],
    );
  });

  it("leaves a finite verb after the list, and 'with' inside a phrase (near-miss)", () => {
    assert.deepEqual(
      owners("Nscale signed deals with Oracle, Nebius and CoreWeave worth $9 billion.", "en").map((o) =>
        o.startsWith("Nscale"),
      ),
      [true],
    );
    assert.deepEqual(
      owners(
        "Nscale a signé un accord avec Nebius qui prévoit un paiement de 4 milliards de dollars.",
        "fr",
      ).map((o) => o.startsWith("Nscale")),
      [true],
    );
  });
});
