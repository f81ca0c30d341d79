import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

/** [entity, metric, low value] of every claim, in order. */
const read = claimFields(["entity", "metric", "value"], { published: "2025-11-04" });

describe("a decline is a negative growth", () => {
  it("reads a fall written with a verb or a noun of decline as a negative rate", () => {
    assert.deepEqual(read("Intel said its data centre revenue fell 12% in the third quarter.", "en"), [
      ["Intel", "revenue_growth", -0.12],
    ]);
    assert.deepEqual(read("Samsung reported that memory sales declined by 8% over the year.", "en"), [
      ["Samsung", "revenue_growth", -0.08],
    ]);
    assert.deepEqual(
      read("Baidu a annoncé une chute de 9 % de son chiffre d'affaires au deuxième trimestre.", "fr"),
      [["Baidu", "revenue_growth", -0.09]],
    );
    assert.deepEqual(read("Le chiffre d'affaires d'Intel a reculé de 6 % sur l'exercice.", "fr"), [
      ["Intel", "revenue_growth", -0.06],
    ]);
  });

  it("restates a fall on another basis after a conjunction, with the same sign", () => {
    assert.deepEqual(
      read("Oracle said licence revenues declined 4% in USD and 6% in constant currency.", "en"),
      [
        ["Oracle", "revenue_growth", -0.04],
        ["Oracle", "revenue_growth", -0.06],
      ],
    );
    assert.deepEqual(
      read(
        "Chez Oracle, les ventes de licences ont baissé de 4 % en dollars et de 6 % à taux constants.",
        "fr",
      ),
      [
        ["Oracle", "revenue_growth", -0.04],
        ["Oracle", "revenue_growth", -0.06],
      ],
    );
  });

  it("keeps a rise joined to a fall by its own verb positive", () => {
    assert.deepEqual(read("Oracle said licence revenues declined 4% while cloud revenues grew 30%.", "en"), [
      ["Oracle", "revenue_growth", -0.04],
      ["Oracle", "revenue_growth", 0.3],
    ]);
  });

  it("reads the same fall in other words, tenses and order as negative", () => {
    assert.deepEqual(read("Vantor Labs said hardware revenue slumped 14% in the second quarter.", "en"), [
      ["Vantor Labs", "revenue_growth", -0.14],
    ]);
    assert.deepEqual(read("Sales of edge chips at Vantor Labs dipped 3% over the year.", "en"), [
      ["Vantor Labs", "revenue_growth", -0.03],
    ]);
    assert.deepEqual(read("Vantor Labs reported a 7% decline in embedded sales.", "en"), [
      ["Vantor Labs", "revenue_growth", -0.07],
    ]);
    assert.deepEqual(read("Vantor Labs said its licence revenue contracted by 5% in the quarter.", "en"), [
      ["Vantor Labs", "revenue_growth", -0.05],
    ]);
    assert.deepEqual(
      read("Le chiffre d'affaires de la société Brivelle a régressé de 4 % sur un an.", "fr").map(
        ([, metric, value]) => [metric, value],
      ),
      [["revenue_growth", -0.04]],
    );
    assert.deepEqual(
      read(
        "Le chiffre d'affaires de la société Brivelle dans le matériel diminue de 3 % au premier semestre.",
        "fr",
      ).map(([, metric, value]) => [metric, value]),
      [["revenue_growth", -0.03]],
    );
  });

  it("keeps a rise written near a fall of another line positive", () => {
    assert.deepEqual(
      read("Vantor Labs said cloud revenue climbed 56% while its hardware sales slipped 3%.", "en").map(
        ([, metric, value]) => [metric, value],
      ),
      [
        ["revenue_growth", 0.56],
        ["revenue_growth", -0.03],
      ],
    );
  });
});
