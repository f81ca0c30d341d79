import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const read = claimFields(["entity", "metric", "counterparty", "value"]);

describe("an investment whose sentence names no investee", () => {
  it("goes where the same investor's latest investment went", () => {
    assert.deepEqual(
      read(
        "Selon la presse, Amazon envisage d'investir 1 milliard de dollars supplémentaire dans la société Cohere. Amazon porterait ainsi son engagement financier global à 3 milliards de dollars.",
        "fr",
      ),
      [
        ["Amazon", "investment", "Cohere", 1e9],
        ["Amazon", "investment", "Cohere", 3e9],
      ],
    );
    assert.deepEqual(
      read(
        "Nvidia plans to invest a further $1 billion in Cohere, people familiar with the matter said. Nvidia would thus bring its total financial commitment to $3 billion.",
        "en",
      ),
      [
        ["Nvidia", "investment", "Cohere", 1e9],
        ["Nvidia", "investment", "Cohere", 3e9],
      ],
    );
  });

  it("stays the spender's own capital expenditure when no earlier investment names an investee", () => {
    assert.deepEqual(read("Nvidia would thus bring its total financial commitment to $3 billion.", "en"), [
      ["Nvidia", "capex", null, 3e9],
    ]);
  });
});
