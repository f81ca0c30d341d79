import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../test/support/claims.js";

const read = claimFields(["entity", "metric", "value"]);

describe("a table figure that looks like a year", () => {
  it("reads it as a figure under a period's column of a scaled table (EN, spaces)", () => {
    const text =
      "Revenue, $ millions\nCompany      2024      2025\nVantora      1915      5100\nNebius       117       550\n";
    assert.deepEqual(read(text, "en"), [
      ["Vantora", "revenue", 1915e6],
      ["Vantora", "revenue", 5100e6],
      ["Nebius", "revenue", 117e6],
      ["Nebius", "revenue", 550e6],
    ]);
  });

  it("reads it as a figure in a Markdown table scaled in its lead (FR)", () => {
    const text =
      "Les investissements de Capgemini (en millions d'euros)\n\n| | 2024 | 2025 |\n|---|---|---|\n| Investissements | 1980 | 2040 |\n";
    assert.deepEqual(read(text, "fr"), [
      ["Capgemini", "capex", 1980e6],
      ["Capgemini", "capex", 2040e6],
    ]);
  });

  it("leaves a year in a table with no declared scale, and a year under a column that is no period", () => {
    assert.deepEqual(read("| Company | 2024 | 2025 |\n|---|---|---|\n| Nebius | 2019 | 2021 |\n", "en"), []);
    assert.deepEqual(
      read(
        "Revenue, $ millions\n\n| Company | Founded | 2025 |\n|---|---|---|\n| Nebius | 2024 | 550 |\n",
        "en",
      ),
      [["Nebius", "revenue", 550e6]],
    );
  });
});
