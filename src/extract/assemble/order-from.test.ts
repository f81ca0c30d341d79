import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const roles = claimFields(["entity", "counterparty", "value"]);

describe("the buyer of an order is the company it comes from", () => {
  it("before the amount ('an order from X')", () => {
    assert.deepEqual(
      roles("Vantor Labs won a $3 billion order from Quellix Systems for its AI servers.", "en"),
      [["Quellix Systems", "Vantor Labs", 3e9]],
    );
    assert.deepEqual(
      roles("Vantor Labs landed a purchase order from Norvane Corp valued at $900 million.", "en"),
      [["Norvane Corp", "Vantor Labs", 9e8]],
    );
  });

  it("after the amount an order noun sizes ('orders worth $X from Y')", () => {
    assert.deepEqual(
      roles("Vantor Labs said it had received orders worth $1.5 billion from Norvane Corp.", "en"),
      [["Norvane Corp", "Vantor Labs", 1.5e9]],
    );
  });

  it("leaves the supplier of a verb 'order … from' as the counterparty", () => {
    assert.deepEqual(
      roles("Quellix Systems said it would order $3 billion of servers from Vantor Labs.", "en"),
      [["Quellix Systems", "Vantor Labs", 3e9]],
    );
  });
});
