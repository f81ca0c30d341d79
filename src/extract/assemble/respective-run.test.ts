import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const owners = claimFields(["entity", "counterparty", "value"]);

describe("figures shared out by 'respectivement'", () => {
  it("stop at a relative clause, whose figure belongs to the company it describes", () => {
    assert.deepEqual(
      owners(
        "Nvidia et Microsoft investiront respectivement jusqu'à 10 milliards et 5 milliards de dollars dans Anthropic, qui s'est engagée à acheter pour 30 milliards de dollars de capacité de calcul sur Azure.",
        "fr",
      ),
      [
        ["Nvidia", "Anthropic", 10e9],
        ["Microsoft", "Anthropic", 5e9],
        ["Anthropic", "Microsoft", 30e9],
      ],
    );
    assert.deepEqual(
      owners(
        "SoftBank and Oracle will invest $8 billion and $4 billion respectively in OpenAI, which has agreed to buy $50 billion of computing capacity from Oracle.",
        "en",
      ),
      [
        ["SoftBank", "OpenAI", 8e9],
        ["Oracle", "OpenAI", 4e9],
        ["OpenAI", "Oracle", 50e9],
      ],
    );
  });

  it("go to the owners of a possessive list, the preposition repeated", () => {
    assert.deepEqual(
      owners(
        "Les revenus de Microsoft et d'Alphabet ont atteint respectivement 77 et 102 milliards de dollars.",
        "fr",
      ),
      [
        ["Microsoft", null, 77e9],
        ["Alphabet", null, 102e9],
      ],
    );
    assert.deepEqual(
      owners(
        "The revenues of Microsoft and of Alphabet reached $77 billion and $102 billion respectively.",
        "en",
      ),
      [
        ["Microsoft", null, 77e9],
        ["Alphabet", null, 102e9],
      ],
    );
  });
});
