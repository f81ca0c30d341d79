import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { currencyOf, rateDenominator, readUnitSpelling, unitWithSlash } from "./unit-grammar.js";

describe("unit grammar", () => {
  it("reads claim and scenario spellings of the same rate alike", () => {
    assert.deepEqual(readUnitSpelling("USD_per_GW"), { kind: "rate", code: "USD", per: "GW" });
    assert.deepEqual(readUnitSpelling("USD/GW/yr"), { kind: "rate", code: "USD", per: "GW/yr" });
    assert.deepEqual(readUnitSpelling("USD/yr"), { kind: "currency", code: "USD", perYear: true });
    assert.deepEqual(readUnitSpelling("EUR"), { kind: "currency", code: "EUR", perYear: false });
    assert.deepEqual(readUnitSpelling("GW_per_week"), { kind: "power", per: "week" });
    assert.deepEqual(readUnitSpelling("users"), { kind: "other", unit: "users" });
  });

  it("names the currency and the denominator of a rate", () => {
    assert.equal(currencyOf("USD_per_share"), "USD");
    assert.equal(currencyOf("TWD"), "TWD");
    assert.equal(currencyOf("fraction"), null);
    assert.equal(rateDenominator("USD_per_month"), "month");
    assert.equal(rateDenominator("USD"), null);
  });

  it("writes rates with a slash", () => {
    assert.equal(unitWithSlash("USD_per_GW"), "USD/GW");
    assert.equal(unitWithSlash("GW_per_week"), "GW/week");
    assert.equal(unitWithSlash("users"), "users");
  });
});
