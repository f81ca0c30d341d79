import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ownerMetricValue } from "../../../test/support/claims.js";

describe("figures no metric of the vocabulary records", () => {
  it("sets aside a profit given as a list item's label (EN, FR)", () => {
    const en = "Alphabet's quarter in figures:\n- Revenue: $102 billion\n- Net income: $35 billion\n";
    assert.deepEqual(ownerMetricValue(en, "en"), [["Alphabet", "revenue", 102e9]]);
    const fr =
      "Le trimestre d'Alphabet en chiffres :\n- Chiffre d'affaires : 102 milliards de dollars\n- Résultat net : 35 milliards de dollars\n";
    assert.deepEqual(ownerMetricValue(fr, "fr"), [["Alphabet", "revenue", 102e9]]);
  });

  it("sets aside a share's market price given as an item's label (EN, FR)", () => {
    const en = "Broadcom in figures:\n- Revenue: $16 billion\n- Share price: $340\n";
    assert.deepEqual(ownerMetricValue(en, "en"), [["Broadcom", "revenue", 16e9]]);
    const fr =
      "Broadcom en chiffres :\n- Chiffre d'affaires : 16 milliards de dollars\n- Cours de l'action : 340 dollars\n";
    assert.deepEqual(ownerMetricValue(fr, "fr"), [["Broadcom", "revenue", 16e9]]);
  });

  it("sets aside a multiple of earnings, a share's price (EN, FR)", () => {
    assert.deepEqual(ownerMetricValue("Broadcom trades at 40 times forward earnings.", "en"), []);
    assert.deepEqual(ownerMetricValue("Broadcom se paie 40 fois ses bénéfices attendus.", "fr"), []);
  });

  it("keeps a multiple of revenue, a valuation multiple (EN)", () => {
    assert.deepEqual(ownerMetricValue("Investors valued Cohere at 50 times its revenue.", "en"), [
      ["Cohere", "valuation_multiple", 50],
    ]);
  });

  it("sets aside the world's cloud spending, outside AI finance, and gives world AI spending to the market (EN, FR)", () => {
    assert.deepEqual(
      ownerMetricValue(
        "Selon Gartner, les dépenses mondiales de cloud atteindront 1 500 milliards de dollars en 2025.",
        "fr",
      ),
      [],
    );
    assert.deepEqual(
      ownerMetricValue("Global cloud sales will reach $900 billion in 2027, according to IDC.", "en"),
      [],
    );
    assert.deepEqual(
      ownerMetricValue("Global AI spending will reach $630 billion in 2028, according to IDC.", "en"),
      [["AI industry", "capex", 630e9]],
    );
    assert.deepEqual(
      ownerMetricValue(
        "Selon Gartner, les dépenses mondiales en IA atteindront 1 500 milliards de dollars en 2025.",
        "fr",
      ),
      [["infrastructures d'IA", "capex", 1500e9]],
    );
  });
});
