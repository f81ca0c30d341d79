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

describe("a spending plan of data-centre operators", () => {
  it("is capex, named in French; in English the market's collective owns it, as capex", () => {
    assert.deepEqual(
      ownerMetricValue(
        "Les opérateurs de centres de données dépenseront environ 800 milliards de dollars d'ici 2029.",
        "fr",
      ),
      [["opérateurs de centres de données", "capex", 800e9]],
    );
    assert.deepEqual(
      ownerMetricValue(
        "The bank expects data center operators to spend about $800 billion by 2029.",
        "en",
      ).map(([, metric]) => metric),
      ["capex"],
    );
  });

  it("stays a compute spending target for data-centre customers", () => {
    assert.ok(
      !ownerMetricValue(
        "Les clients des centres de données dépenseront 800 milliards de dollars d'ici 2029.",
        "fr",
      ).some(([, metric]) => metric === "capex"),
    );
  });
});
