import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const read = claimFields(["metric", "value"]);

describe("the new value of a change", () => {
  it("takes the metric of what changed, across the size of the change", () => {
    assert.deepEqual(
      read(
        "Cloud provider Nimbra raised its yearly investments by $7 billion to $52 billion, citing strong orders.",
        "en",
      ),
      [["capex", 52e9]],
    );
    assert.deepEqual(
      read(
        "Cloud provider Nimbra said its capex grew by $4 billion to $20 billion in the quarter, while cloud sales rose.",
        "en",
      ),
      [["capex", 20e9]],
    );
    assert.deepEqual(
      read(
        "Cette année, le groupe Nimbra a accru ses investissements annuels de 7 milliards de dollars pour les porter à 52 milliards de dollars.",
        "fr",
      ),
      [["capex", 52e9]],
    );
  });

  it("drops the size when « pour les porter à » gives the new value", () => {
    assert.deepEqual(
      read(
        "Le groupe Nimbra a relevé ses investissements de 2 milliards d'euros pour les porter à 9 milliards d'euros, selon son directeur financier.",
        "fr",
      ),
      [["capex", 9e9]],
    );
  });

  it("leaves a change with no new value after it, and the figure after it, as they were", () => {
    assert.deepEqual(
      read(
        "Cloud provider Nimbra said its capex rose by $4 billion, while its cloud sales reached $20 billion.",
        "en",
      ),
      [
        ["capex", 4e9],
        ["revenue", 20e9],
      ],
    );
  });
});
