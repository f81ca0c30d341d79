import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

describe("period: a table's column header dates the figures of its cells", () => {
  it("a year in the header dates a flow with no date in its row (EN)", () => {
    const claims = extract(
      "Capital spending\n\n| Company | 2025 capex |\n|---|---|\n| Meta | $72 billion |\n| Microsoft | $85 billion |",
      "en",
      "2026-01-20",
    );
    assert.deepEqual(claimAt(claims, 72e9).period, { start: "2025-01-01", end: "2025-12-31" });
    assert.deepEqual(claimAt(claims, 85e9).period, { start: "2025-01-01", end: "2025-12-31" });
  });

  it("a year in the header dates a flow with no date in its row (FR)", () => {
    const claims = extract(
      "Investissements\n\n| Société | Capex 2025 |\n|---|---|\n| Meta | 72 milliards de dollars |",
      "fr",
      "2026-01-20",
    );
    assert.deepEqual(claimAt(claims, 72e9).period, { start: "2025-01-01", end: "2025-12-31" });
  });

  it("a date in the row still wins over the header's (EN)", () => {
    const claims = extract(
      "| Company | 2025 capex |\n|---|---|\n| Meta | $72 billion in 2024 |",
      "en",
      "2026-01-20",
    );
    assert.deepEqual(claimAt(claims, 72e9).period, { start: "2024-01-01", end: "2024-12-31" });
  });
});
