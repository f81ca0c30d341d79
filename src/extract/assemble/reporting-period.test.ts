import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const read = claimFields(["metric", "value"], { where: (c) => c.unit === "USD" });

describe("money over a reporting period", () => {
  it("is revenue when only a segment's name or a generic word names it", () => {
    assert.deepEqual(
      read("Résultats d'AMD. Data Center : 4 milliards de dollars sur le trimestre, +22 %.", "fr"),
      [["revenue", 4e9]],
    );
    assert.deepEqual(read("AMD results. Data Center: $4 billion in the quarter, up 22%.", "en"), [
      ["revenue", 4e9],
    ]);
  });

  it("is revenue, not a market value, when a business weighs it over the period", () => {
    assert.deepEqual(
      read("Chez AMD, l'activité serveurs pèse 4 milliards de dollars sur le trimestre.", "fr"),
      [["revenue", 4e9]],
    );
    assert.deepEqual(read("At AMD, the server business is worth $4 billion in the quarter.", "en"), [
      ["revenue", 4e9],
    ]);
  });

  it("stays spending when a spending verb governs it", () => {
    assert.deepEqual(read("Microsoft spent a record $35 billion on data centres in the quarter.", "en"), [
      ["capex", 35e9],
    ]);
    assert.deepEqual(
      read("Microsoft a dépensé 35 milliards de dollars dans ses centres de données au trimestre.", "fr"),
      [["capex", 35e9]],
    );
  });
});

describe("a level named by its noun over a quarter", () => {
  it("stays the level, dated by the quarter", () => {
    assert.deepEqual(
      read(
        "La valorisation de Nimbra, de 7 milliards de dollars au troisième trimestre 2024, a doublé depuis.",
        "fr",
      ),
      [["valuation", 7e9]],
    );
    assert.deepEqual(
      read("AI startup Nimbra saw its valuation of $12 billion in the first quarter double since.", "en"),
      [["valuation", 12e9]],
    );
  });
});
