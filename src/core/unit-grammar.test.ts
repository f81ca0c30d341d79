import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatValue as modelValue } from "../model/text.js";
import { formatAmount } from "../reconcile/format.js";
import { formatValue as reportValue } from "../report/format.js";
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

  it("gives every formatter the same currency sign", () => {
    assert.equal(modelValue(1.4e12, "GBP"), "£1.40tn");
    assert.equal(formatAmount(1.4e12, "GBP"), "1.4 tn £");
    assert.equal(reportValue(1.4e12, "GBP", "en"), "£1.4T");
    assert.equal(modelValue(2.5e9, "EUR/yr"), "€2.5bn");
    assert.equal(reportValue(5e10, "USD_per_GW", "en"), "$50B/GW");
    assert.equal(formatAmount(5e10, "USD_per_GW"), "50 bn $/GW");
  });
});
