import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields, periodEndYear } from "../../../test/support/claims.js";

const read = claimFields(["entity", "metric", "value"]);
const years = (text: string, language: "fr" | "en") =>
  read(text, language).map((row, k) => [...row, periodEndYearOf(text, language, k)]);

import { extract } from "../../../test/support/claims.js";

function periodEndYearOf(text: string, language: "fr" | "en", k: number): string | undefined {
  const claim = extract(text, language)[k];
  return claim ? periodEndYear(claim) : undefined;
}

describe("the date a list's lead gives its items", () => {
  it("dates undated items by the lead's one year (EN)", () => {
    assert.deepEqual(
      years("Nebius guidance for 2026:\n• ARR: $7 billion to $9 billion\n• Capex: about $20 billion\n", "en"),
      [
        ["Nebius", "revenue_run_rate", 7e9, "2026"],
        ["Nebius", "capex", 20e9, "2026"],
      ],
    );
  });

  it("dates undated items by the lead's fiscal year (FR)", () => {
    assert.deepEqual(
      years(
        "Les objectifs d'OVHcloud pour l'exercice 2026 :\n- Chiffre d'affaires : 1,2 milliard d'euros\n- Investissements : 450 millions d'euros\n",
        "fr",
      ),
      [
        ["OVHcloud", "revenue", 1.2e9, "2026"],
        ["OVHcloud", "capex", 450e6, "2026"],
      ],
    );
  });

  it("dates labelled company lines by the lead's year (EN)", () => {
    assert.deepEqual(
      years("Capital spending planned in 2026:\n- Amazon: $140 billion\n- Meta: $80 billion\n", "en"),
      [
        ["Amazon", "capex", 140e9, "2026"],
        ["Meta", "capex", 80e9, "2026"],
      ],
    );
  });

  it("keeps an item's own date over the lead's", () => {
    assert.deepEqual(years("Oracle capex since 2023:\n- 2024: $6.9 billion\n- 2025: $21.2 billion\n", "en"), [
      ["Oracle", "capex", 6.9e9, "2024"],
      ["Oracle", "capex", 21.2e9, "2025"],
    ]);
  });

  it("lends no date from a lead naming two years", () => {
    assert.deepEqual(years("Nebius targets for 2026 and 2027:\n• Capex: about $20 billion\n", "en"), [
      ["Nebius", "capex", 20e9, "2025"],
    ]);
  });
  it("dates a table's rows by its lead's one year, unless a column header dates them (EN, FR)", () => {
    assert.deepEqual(years("Capex planned for 2026, in $bn:\nAmazon    140\nMeta    80\n", "en"), [
      ["Amazon", "capex", 140e9, "2026"],
      ["Meta", "capex", 80e9, "2026"],
    ]);
    assert.deepEqual(
      years(
        "Les investissements prévus en 2026 :\n\n| Société | Montant |\n|---|---|\n| Amazon | 140 Md$ |\n",
        "fr",
      ),
      [["Amazon", "capex", 140e9, "2026"]],
    );
    assert.deepEqual(
      years("Capex planned for 2026:\n\n| Company | 2025 |\n|---|---|\n| Amazon | $125bn |\n", "en"),
      [["Amazon", "capex", 125e9, "2025"]],
    );
  });
});
