import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ownerMetricValue } from "../../../test/support/claims.js";

describe("a spending plan of companies that build their own data centres", () => {
  it("is capex for a cloud, a hyperscaler or a group of them (en, fr)", () => {
    assert.deepEqual(ownerMetricValue("Alphabet plans to spend $90 billion this year.", "en"), [
      ["Alphabet", "capex", 90e9],
    ]);
    assert.deepEqual(
      ownerMetricValue("Meta et Microsoft prévoient de dépenser 150 milliards de dollars cette année.", "fr"),
      [["Meta+Microsoft", "capex", 150e9]],
    );
    assert.deepEqual(ownerMetricValue("Oracle will spend about $35 billion next year.", "en"), [
      ["Oracle", "capex", 35e9],
    ]);
    assert.deepEqual(ownerMetricValue("Hyperscalers plan to spend $450 billion next year.", "en"), [
      ["hyperscalers", "capex", 450e9],
    ]);
  });

  it("stays a compute spending target for a model developer, or when it names compute bought", () => {
    assert.deepEqual(ownerMetricValue("Anthropic plans to spend $50 billion this year.", "en"), [
      ["Anthropic", "compute_spending_target", 50e9],
    ]);
    assert.deepEqual(
      ownerMetricValue(
        "Microsoft prévoit de dépenser 30 milliards de dollars en puissance de calcul louée.",
        "fr",
      ),
      [["Microsoft", "compute_spending_target", 30e9]],
    );
  });
});
