import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ownerMetricValue } from "../../test/support/claims.js";

describe("a list's scale declared once in its lead", () => {
  it("scales an inline list's digits by the bracket before its items (EN)", () => {
    assert.deepEqual(
      ownerMetricValue("Meta's capex (in billions of dollars): 2023: 28.1 · 2024: 39.2 · 2025: 70\n", "en"),
      [
        ["Meta", "capex", 28.1e9],
        ["Meta", "capex", 39.2e9],
        ["Meta", "capex", 70e9],
      ],
    );
  });

  it("scales bullet items by the lead over them (FR)", () => {
    assert.deepEqual(
      ownerMetricValue(
        "Chiffre d'affaires de Capgemini (en milliards d'euros) :\n- 2023 : 22,5\n- 2024 : 22,1\n",
        "fr",
      ),
      [
        ["Capgemini", "revenue", 22.5e9],
        ["Capgemini", "revenue", 22.1e9],
      ],
    );
  });

  it("scales company lines by a trailing declaration in the lead (EN)", () => {
    assert.deepEqual(
      ownerMetricValue("Capex planned for 2026, in $ billions:\n- Amazon: 140\n- Alphabet: 95\n", "en"),
      [
        ["Amazon", "capex", 140e9],
        ["Alphabet", "capex", 95e9],
      ],
    );
  });

  it("scales a plain-text table by a lead ending on a colon (FR)", () => {
    assert.deepEqual(
      ownerMetricValue(
        "Les dépenses d'investissement en 2025, en milliards de dollars :\nAmazon    125\nMicrosoft    88\n",
        "fr",
      ),
      [
        ["Amazon", "capex", 125e9],
        ["Microsoft", "capex", 88e9],
      ],
    );
  });

  it("leaves an item with its own scale and a lead with no declaration as written", () => {
    assert.deepEqual(
      ownerMetricValue(
        "Chiffre d'affaires de Capgemini (en millions d'euros) :\n- 2023 : 22,5 milliards d'euros\n",
        "fr",
      ),
      [["Capgemini", "revenue", 22.5e9]],
    );
    assert.deepEqual(ownerMetricValue("Nvidia headcount by year:\n- 2023: 26\n- 2024: 29\n", "en"), []);
  });
});
