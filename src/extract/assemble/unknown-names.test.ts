import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ownerMetricValue } from "../../../test/support/claims.js";

describe("companies the gazetteer does not know", () => {
  it("a place written before the name with '-based' is not part of it", () => {
    const text =
      "Paris-based Tessaline has raised $600 million. Tessaline will use the money to build data centres in France.";
    assert.deepEqual(ownerMetricValue(text, "en"), [["Tessaline", "funding_round", 6e8]]);
  });
});
