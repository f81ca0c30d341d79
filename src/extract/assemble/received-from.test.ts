import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const parties = claimFields(["entity", "metric", "counterparty", "value"]);

describe("money a company received from another, named right after the amount", () => {
  it("is the giver's investment in the receiver", () => {
    assert.deepEqual(parties("Anthropic a reçu 4 milliards de dollars d'Amazon l'an dernier.", "fr"), [
      ["Amazon", "investment", "Anthropic", 4e9],
    ]);
    assert.deepEqual(parties("Intel a reçu 2 milliards de dollars de SoftBank.", "fr"), [
      ["SoftBank", "investment", "Intel", 2e9],
    ]);
    assert.deepEqual(parties("Intel received $2 billion from SoftBank.", "en"), [
      ["SoftBank", "investment", "Intel", 2e9],
    ]);
  });
});

describe("money raised from banks", () => {
  it("is debt, even when the lenders are listed", () => {
    assert.deepEqual(
      parties("Oracle a levé 38 milliards de dollars auprès de banques, dont JPMorgan et MUFG.", "fr").map(
        (c) => c.slice(0, 2),
      ),
      [["Oracle", "debt_issuance"]],
    );
    assert.deepEqual(
      parties("Oracle raised $38 billion from banks including JPMorgan and MUFG.", "en").map((c) =>
        c.slice(0, 2),
      ),
      [["Oracle", "debt_issuance"]],
    );
  });
});
