import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ownerMetricValue } from "../../../test/support/claims.js";

describe("money raised in a sentence about debt", () => {
  it("is debt when no AI lab raises it and no equity round is named", () => {
    assert.deepEqual(
      ownerMetricValue(
        "Oracle a placé 18 milliards de dollars d'obligations, et Amazon a levé 15 milliards de dollars.",
        "fr",
      ),
      [
        ["Oracle", "debt_issuance", 18e9],
        ["Amazon", "debt_issuance", 15e9],
      ],
    );
    assert.deepEqual(
      ownerMetricValue(
        "Amazon raised $15 billion for a data centre in Ohio, while Oracle sold $18 billion in bonds.",
        "en",
      ),
      [
        ["Amazon", "debt_issuance", 15e9],
        ["Oracle", "debt_issuance", 18e9],
      ],
    );
  });

  it("stays a round for an AI lab or when the round is named", () => {
    assert.deepEqual(
      ownerMetricValue("Anthropic raised $13 billion while Oracle sold $18 billion in bonds.", "en")[0],
      ["Anthropic", "funding_round", 13e9],
    );
    assert.deepEqual(
      ownerMetricValue(
        "Lambda raised $1.5 billion in a Series E round and took a $500 million loan.",
        "en",
      )[0],
      ["Lambda", "funding_round", 1.5e9],
    );
  });
});
