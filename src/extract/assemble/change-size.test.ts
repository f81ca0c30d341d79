import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const read = claimFields(["entity", "metric", "value"], { published: "2026-02-10" });

describe("the size of a change before the new value is no claim", () => {
  it("English: 'by $X to $Y', '$X year over year to $Y', '$X, or N%, to $Y'", () => {
    assert.deepEqual(read("Alphabet's revenue increased by $2 billion to $9 billion in 2025."), [
      ["Alphabet", "revenue", 9e9],
    ]);
    assert.deepEqual(
      read("Amazon's cloud revenue was up $5bn year over year to $33bn in the third quarter."),
      [["Amazon", "revenue", 33e9]],
    );
    assert.deepEqual(read("Alphabet's revenue jumped $9bn, or 28%, to $40bn in 2025."), [
      ["Alphabet", "revenue_growth", 0.28],
      ["Alphabet", "revenue", 40e9],
    ]);
    assert.deepEqual(read("Alphabet raised its capex forecast by $10bn to $85bn for 2026."), [
      ["Alphabet", "capex", 85e9],
    ]);
  });

  it("French: « de X, à Y », « de X pour atteindre Y »", () => {
    assert.deepEqual(
      read(
        "Le chiffre d'affaires d'Alphabet a augmenté de 2 milliards de dollars, à 9 milliards, en 2025.",
        "fr",
      ),
      [["Alphabet", "revenue", 9e9]],
    );
    assert.deepEqual(
      read(
        "Les investissements de Meta ont progressé de 9 milliards de dollars pour atteindre 40 milliards de dollars en 2025.",
        "fr",
      ),
      [["Meta", "capex", 40e9]],
    );
  });

  it("funds raised, a change from A to B and a change with no new value stay claims", () => {
    assert.deepEqual(read("xAI raised $6bn, bringing its total to $12bn."), [
      ["xAI", "funding_round", 6e9],
      ["xAI", "funding_round", 12e9],
    ]);
    assert.deepEqual(
      read("Le chiffre d'affaires d'Alphabet est passé de 3 à 5 milliards de dollars en 2025.", "fr"),
      [
        ["Alphabet", "revenue", 3e9],
        ["Alphabet", "revenue", 5e9],
      ],
    );
  });
});
